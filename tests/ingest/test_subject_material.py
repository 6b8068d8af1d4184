"""Material between a subject and its speech verb (:mod:`app.ingest.subject_span`): a
relative clause after the job, a participle phrase, an age, a reflexive, a place after a
body's name, a leading apposition, the relative clause's own verb, and an adverb set off
by commas after the verb.  Names that are objects stay no subject.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

import pytest

from tests.ingest.parsing import SpeakerText, kind_role_org_of, parse_body, speaker_text


def _said(body: str) -> list[SpeakerText]:
    return speaker_text(parse_body("The town was calm.\n\n" + body))


@pytest.mark.parametrize(
    ("body", "speaker", "said"),
    [
        (
            "Hal Brook, a bus driver who said he had worked nights for a decade, told the "
            "Gazette that the new rota was unsafe.",
            "hal-brook",
            "the new rota was unsafe",
        ),
        (
            "Rep. Nora Quill, a Vermont Independent who has fought the plan, wrote in a "
            "letter that the pipeline would harm the river.",
            "nora-quill",
            "the pipeline would harm the river",
        ),
        (
            "Judge Vera Holm, when reading out the sentence, pointed out that the accused "
            "had shown no regret.",
            "vera-holm",
            "the accused had shown no regret",
        ),
        (
            "Commuter Lena Marsh, 37, waiting for a delayed train at Central Station, said "
            "fares had doubled since the spring.",
            "lena-marsh",
            "fares had doubled since the spring",
        ),
        (
            "Otto Berg of the University of Texas, Austin, said the aquifer would shrink "
            "for years.",
            "otto-berg",
            "the aquifer would shrink for years",
        ),
        (
            "One of the drafters of the law, senator Ivan Dolgov, explained to reporters "
            "that the ban would not cover small shops.",
            "ivan-dolgov",
            "the ban would not cover small shops",
        ),
        (
            "Traders set the figures against those of Bank Governor Paula Renn, who argued "
            "in an interview on Monday that rates would stay high.",
            "paula-renn",
            "rates would stay high",
        ),
    ],
)
def test_material_between_the_subject_and_the_verb(body: str, speaker: str, said: str) -> None:
    assert _said(body) == [(speaker, said)]


def test_a_reflexive_and_a_participle_phrase() -> None:
    assert _said(
        "Coach Pavel Ryzhov lost his third game. Ryzhov himself, answering questions from "
        "the club's radio, said that the team had run out of ideas."
    ) == [("pavel-ryzhov", "the team had run out of ideas")]


def test_the_job_before_the_relative_clause_is_the_role() -> None:
    parsed = parse_body(
        "Hal Brook, a bus driver who said he had worked nights for a decade, told the "
        "Gazette that the new rota was unsafe."
    )
    assert kind_role_org_of(parsed, "hal-brook")[1] == "bus driver"


def test_an_adverb_between_commas_after_the_verb() -> None:
    assert _said(
        "Economist Ada Vance spoke at the forum. She warned, however, that the recovery "
        "remained fragile."
    ) == [("ada-vance", "the recovery remained fragile")]


@pytest.mark.parametrize(
    "body",
    [
        # the name is the object of the subject's clause
        "Police who stopped Hal Brook, a bus driver who said he was late, said the van was stolen.",
        "The lawyer for Hal Brook, a bus driver who lost his job, told the court that the "
        "firing was unfair.",
        # a relative clause's verb that carries no report
        "The estate went to his friend, the late Carl Munro, who wrote as Jack Stone.",
    ],
)
def test_names_that_are_no_subject(body: str) -> None:
    assert all(speaker not in {"hal-brook", "carl-munro"} for speaker, _ in _said(body))

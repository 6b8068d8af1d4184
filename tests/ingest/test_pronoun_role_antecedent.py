"""A "He said" or "She told …" right after a sentence that gives a new full name a job of
its own ("Oskar Lind is the chairman of Halvik Shipping.") means that name, not the last
speaker (:func:`app.ingest.people.subjects.role_antecedent`).  Any other sentence between
keeps the pronoun with the last speaker: a name that cannot be the speaker ("declined to
comment", "died in 2019"), a firm named like a person ("Morgan Stanley is advising …"), a
tie rather than a job ("is survived by his wife").

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.parser import parse_article

_HEAD = "Strike at the port\n\n"
_MOE = "Gustav Moe, a trade official, said exports were down.\n\n"
_HOLM = "Anna Holm, a trade official, said exports were down.\n\n"
_JOBS = "the company would cut jobs"


def _parsed(text: str) -> tuple[list[tuple[str | None, str]], dict[str, tuple[str | None, ...]]]:
    parsed = parse_article(text, dt.date(2024, 5, 17))
    speakers = [(statement.speaker, statement.text) for statement in parsed.statements]
    people = {person.slug: (person.role, person.organization) for person in parsed.people}
    return speakers, people


@pytest.mark.parametrize(
    "middle",
    [
        "Oskar Lind is the chairman of Halvik Shipping. He said the company would cut jobs.\n",
        # the pronoun's sentence a paragraph of its own
        "Oskar Lind is the chairman of Halvik Shipping.\n\nHe said the company would cut jobs.\n",
        "Oskar Lind was the chairman of Halvik Shipping. He said the company would cut jobs.\n",
        "Oskar Lind has been the chief executive of Halvik Shipping. He said the company "
        "would cut jobs.\n",
        # "But he", and another verb of reporting
        "Oskar Lind is the chairman of Halvik Shipping. But he said the company would cut jobs.\n",
        "Oskar Lind is the chairman of Halvik Shipping. He told reporters the company would "
        "cut jobs.\n",
    ],
)
def test_he_after_a_role_sentence_means_its_subject(middle: str) -> None:
    speakers, people = _parsed(_HEAD + _MOE + middle)
    assert speakers == [("gustav-moe", "exports were down"), ("oskar-lind", _JOBS)]
    assert people["gustav-moe"] == ("trade official", None)
    assert people["oskar-lind"][1] == "Halvik Shipping"


def test_the_role_sentences_subject_keeps_its_job() -> None:
    text = _HEAD + _MOE + "Oskar Lind is the chairman of Halvik Shipping. He said " + _JOBS + ".\n"
    assert _parsed(text)[1] == {
        "gustav-moe": ("trade official", None),
        "oskar-lind": ("chairman", "Halvik Shipping"),
    }


def test_she_after_a_role_sentence_means_its_subject() -> None:
    text = _HEAD + _HOLM + "Ada Berg is a senior analyst at Orm Capital. She said " + _JOBS + ".\n"
    speakers, people = _parsed(text)
    assert speakers == [("anna-holm", "exports were down"), ("ada-berg", _JOBS)]
    assert people["ada-berg"] == ("senior analyst", "Orm Capital")


@pytest.mark.parametrize(
    "middle",
    [
        # the review's names that cannot be the speaker
        "Oskar Lind declined to comment.",
        "Oskar Lind could not be reached for comment.",
        "Oskar Lind did not respond to a request for comment.",
        "Oskar Lind died in 2019.",
        "Oskar Lind will face trial.",
        "Oskar Lind was arrested.",
        "Oskar Lind is survived by his wife.",
        # firms named like people
        "Morgan Stanley is advising the buyer.",
        "John Deere is a tractor maker.",
        "Ralph Lauren is a fashion house.",
        "Walt Disney World reopened on Friday.",
        "Paul Smith opened a new shop in Leeds.",
        "Morgan Stanley is the lead adviser for Halvik Shipping.",
        "Oskar Lind is the owner of Halvik Shipping.",
        # a sentence that gives no job, or more than a job
        "Oskar Lind runs the yard.",
        "Oskar Lind cut its forecast on Friday.",
        "Oskar Lind is the brother of the mayor.",
        "Oskar Lind was a victim of the crash.",
        "Oskar Lind was the chairman of Halvik Shipping until his death in 2019.",
        # someone else named in the role sentence, or the speaker himself
        "Oskar Lind is the lawyer for Jon Berg.",
        "Oskar Lind is the deputy of Gustav Moe.",
        # the role of the other gender, or a given name of no known gender
        "Oskar Lind is the chairwoman of Halvik Shipping.",
        "Kelo Vantry is the chairman of Halvik Shipping.",
    ],
)
def test_he_stays_with_the_speaker(middle: str) -> None:
    speakers, people = _parsed(_HEAD + _MOE + middle + " He said " + _JOBS + ".\n")
    assert speakers == [("gustav-moe", "exports were down"), ("gustav-moe", _JOBS)]
    assert people["gustav-moe"] == ("trade official", None)


def test_a_role_sentence_inside_a_quote_is_no_antecedent() -> None:
    text = _HEAD + _MOE + "“Oskar Lind is the chairman of Halvik Shipping.” He said " + _JOBS
    speakers = _parsed(text + ".\n")[0]
    assert speakers[-1] == ("gustav-moe", _JOBS)
    assert all(speaker == "gustav-moe" for speaker, _ in speakers)


def test_survived_by_his_wife_gives_no_role() -> None:
    text = _HEAD + _MOE + "Oskar Lind is survived by his wife. He said " + _JOBS + ".\n"
    assert "oskar-lind" not in _parsed(text)[1]


@pytest.mark.parametrize(
    "after",
    [
        # no verb of reporting after the pronoun
        "He went home.",
        # another sentence between the role sentence and the pronoun
        "The port was closed. He said the company would cut jobs.",
    ],
)
def test_only_a_reporting_pronoun_right_after_the_role_sentence(after: str) -> None:
    text = _HEAD + _MOE + "Oskar Lind is the chairman of Halvik Shipping. " + after + "\n"
    speakers = _parsed(text)[0]
    assert ("oskar-lind", _JOBS) not in speakers


def test_she_after_a_mans_role_sentence_stays_with_the_woman() -> None:
    text = _HEAD + _HOLM + "Oskar Lind is the chairman of Halvik Shipping. She said " + _JOBS
    assert _parsed(text + ".\n")[0] == [("anna-holm", "exports were down"), ("anna-holm", _JOBS)]

"""What may stand between a subject and its speech verb: an aside between spaced dashes
("Olsen — who once ran the library — said"; a job there is her apposition) and a few
more adverbs ("She instead told the court: …").  "never" is not among them: "Olsen never
said that …" reports nothing.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

import datetime as dt

from app.ingest.parser import parse_article
from tests.ingest.parsing import SpeakerKindText, parse_body, speaker_kind_text

_SCENE = "The town was calm.\n\nMaria Olsen, a novelist, spoke on Monday.\n\n"


def _said(body: str) -> list[SpeakerKindText]:
    return speaker_kind_text(parse_body(_SCENE + body))


def test_a_dash_aside_between_the_subject_and_the_verb() -> None:
    assert _said("Olsen — who once ran the library herself — said the budget was too small.") == [
        ("maria-olsen", "paraphrase", "the budget was too small")
    ]


def test_a_job_in_the_dash_aside_is_the_apposition() -> None:
    parsed = parse_article(
        "Title\n\nHal Brook — a former town planner — said the budget was too small.",
        dt.date(2024, 5, 17),
    )
    assert [(s.speaker, s.text) for s in parsed.statements] == [
        ("hal-brook", "the budget was too small")
    ]
    assert [p.role for p in parsed.people if p.slug == "hal-brook"] == ["former town planner"]


def test_instead_between_the_subject_and_the_verb() -> None:
    assert _said("She instead told the court: “I made the call because it was serious.”") == [
        ("maria-olsen", "quote", "I made the call because it was serious.")
    ]


def test_never_makes_no_report() -> None:
    assert _said("Olsen never expected that the council would cut the budget.") == []

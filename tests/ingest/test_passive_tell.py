"""A passive telling verb ("she was told that …", "they were assured that …") makes its
subject the one told: the subject is never the speaker of the clause.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

import datetime as dt

from app.ingest.parser import parse_article
from app.ingest.speech_verbs import addressee_subject


def _said(body: str) -> list[tuple[str | None, str]]:
    parsed = parse_article(
        "Title\n\nThe town was calm.\n\nMaria Olsen, the interior minister, spoke on Monday.\n\n"
        + body,
        dt.date(2024, 5, 17),
    )
    return [(s.speaker, s.text) for s in parsed.statements]


def test_the_one_told_is_not_the_speaker() -> None:
    assert _said("Olsen was told by an unnamed aide that the plan had failed.") == []


def test_the_one_telling_is_the_speaker() -> None:
    assert _said("Olsen told reporters that the plan had failed.") == [
        ("maria-olsen", "the plan had failed")
    ]


def test_addressee_subject() -> None:
    assert addressee_subject("told", "she was ")
    assert addressee_subject("assured", "they were repeatedly ")
    assert not addressee_subject("told", "she ")
    assert not addressee_subject("said", "it was ")

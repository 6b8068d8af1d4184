"""A headline signed with a surname alone after a dash: that person's view (r5 S2).

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

import datetime as dt

from app.ingest.parser import parse_article
from tests.ingest.parsing import speaker_kind_text

_DAY = dt.date(2026, 3, 2)


def _said(text: str) -> list[tuple[str | None, str, str]]:
    return speaker_kind_text(parse_article(text, _DAY))


def test_surname_after_a_dash_is_the_speaker_of_the_headline() -> None:
    said = _said(
        "Ferry fares are far too high – Kessler\n\n"
        "Councillor Dora Kessler spoke at the harbour meeting on Monday."
    )
    assert ("dora-kessler", "paraphrase", "Ferry fares are far too high") in said


def test_surname_the_body_never_names_is_not_taken() -> None:
    said = _said("Ferry fares are far too high – Kessler\n\nThe harbour board met on Monday.")
    assert said == []


def test_full_name_after_a_topic_is_still_its_author() -> None:
    said = _said(
        "Storm season on the northern coast – Dora Kessler\n\n"
        "Councillor Dora Kessler spoke at the harbour meeting on Monday."
    )
    assert said == []


def test_surname_before_a_colon_is_still_not_read() -> None:
    said = _said(
        "Kessler: ferry fares are far too high\n\n"
        "Councillor Dora Kessler spoke at the harbour meeting on Monday."
    )
    assert said == []

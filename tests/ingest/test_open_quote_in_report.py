"""A quote opened inside a reported clause and left open at the paragraph's end ('X said
the release “gives us hope …') runs on: the next paragraph's quote is X's.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

import datetime as dt

from app.ingest.parser import parse_article


def _said(body: str) -> list[tuple[str | None, str]]:
    parsed = parse_article("Title\n\nThe town was calm.\n\n" + body, dt.date(2024, 5, 17))
    return [(s.speaker, s.text) for s in parsed.statements]


def test_a_quote_left_open_in_a_reported_clause_runs_on_with_its_reporter() -> None:
    said = _said(
        "Foreign Minister Karl Brandt said the release of the sailors “gives us hope for "
        "the talks, which we stand ready to support.\n\n"
        "“We see these steps as hopeful signs that the long conflict may end.”\n\n"
        "The talks resume in May."
    )
    assert said[-1] == (
        "karl-brandt",
        "We see these steps as hopeful signs that the long conflict may end.",
    )


def test_a_closed_quote_in_a_reported_clause_hands_nothing_on() -> None:
    said = _said(
        "Foreign Minister Karl Brandt said the release of the sailors “gives us hope.”\n\n"
        "“We see these steps as hopeful signs that the long conflict may end.”\n\n"
        "The talks resume in May."
    )
    assert [text for _, text in said if text.startswith("We see")] == []
    # The report is Brandt's, its quoted words closed with their own mark.
    assert said == [("karl-brandt", "the release of the sailors “gives us hope.”")]

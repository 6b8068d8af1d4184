"""An editor's bracketed given name ("Coach (Ann) Birch", usually inside a quote) names
someone a later "Birch said" means (issue 10).  Sentences are made up; none is from the
corpus."""

from __future__ import annotations

import datetime as dt

from app.ingest.parser import parse_article


def _parse(text: str) -> tuple[dict[str, str | None], list[tuple[str, str]]]:
    parsed = parse_article(text, dt.date(2024, 5, 17))
    people = {p.slug: p.role for p in parsed.people}
    return people, [(s.speaker, s.text) for s in parsed.statements]


def test_a_bracketed_given_name_in_a_quote_names_the_later_surname() -> None:
    people, statements = _parse(
        "Title\n\nLeBron James scored 30 points on Friday.\n\n"
        "“Coach (Frank) Vogel came in here and said congratulations,” James said.\n\n"
        "The team won again.\n\n"
        "“He is just playing terrific basketball,” Vogel said.\n"
    )
    assert ("frank-vogel", "He is just playing terrific basketball") in statements
    assert people["frank-vogel"] == "Coach"


def test_square_brackets_work_too() -> None:
    _, statements = _parse(
        "Title\n\nLeBron James scored 30 points on Friday.\n\n"
        "“[Maria] Lopez told us to keep going,” James said.\n\n"
        "“We kept going,” Lopez said.\n"
    )
    assert ("maria-lopez", "We kept going") in statements


def test_a_bracketed_word_that_is_no_given_name_names_nobody() -> None:
    _, statements = _parse(
        "Title\n\nLeBron James scored 30 points on Friday.\n\n"
        "“The (Western) Conference is hard,” James said.\n\n"
        "“We kept going,” Conference said.\n"
    )
    assert all(speaker != "western-conference" for speaker, _ in statements)

"""'Narrated clause, “quoted clause”, noted X.': the quote rules give the quote to X, and
the narrated clause before it, set off by a comma, is X's paraphrase.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

import datetime as dt

from app.ingest.parser import parse_article


def _said(body: str) -> list[tuple[str | None, str, str]]:
    parsed = parse_article(
        "Title\n\nThe town was calm.\n\nMaria Olsen, a novelist, spoke on Monday.\n\n" + body,
        dt.date(2024, 5, 17),
    )
    return [(s.speaker, s.kind, s.text) for s in parsed.statements]


def test_the_clause_before_a_quote_and_its_attribution_is_the_speakers() -> None:
    assert _said(
        "Costs of running the library rose by a third, “and nobody noticed it”, noted Olsen."
    ) == [
        ("maria-olsen", "paraphrase", "Costs of running the library rose by a third"),
        ("maria-olsen", "quote", "and nobody noticed it"),
    ]


def test_a_short_introduction_before_the_quote_is_no_paraphrase() -> None:
    assert _said("In a statement on Monday, “costs rose”, noted Olsen.") == [
        ("maria-olsen", "quote", "costs rose")
    ]

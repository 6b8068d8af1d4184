"""A scare quote inside a narrated clause does not make the clause a quotation: 'All
“relevant sites” were cleaned, reports Lee.' is Lee's reported statement.  A clause that
is mostly quoted words stays with the quote rules.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

import datetime as dt

from app.ingest.parser import parse_article

PUBLISHED = dt.date(2024, 5, 17)
_LEAD = (
    "Title\n\nThe town was calm.\n\n"
    "The health agency said it had traced every contact, according to Dana Holt of the "
    "Daily Star. "
)


def _said(sentence: str) -> list[tuple[str | None, str]]:
    parsed = parse_article(_LEAD + sentence + " The agency assured the public.", PUBLISHED)
    return [(s.speaker, s.text) for s in parsed.statements][1:]


def test_a_scare_quote_in_a_reported_clause_keeps_the_clause_reported() -> None:
    assert _said("All “relevant sites” were also cleaned, reports Holt.") == [
        ("dana-holt", "All “relevant sites” were also cleaned")
    ]


def test_a_clause_without_quoted_words_is_reported_as_before() -> None:
    assert _said("All relevant sites were also cleaned, reports Holt.") == [
        ("dana-holt", "All relevant sites were also cleaned")
    ]

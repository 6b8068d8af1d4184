"""A few quoted words inside a narrated sentence whose attribution comes after it ('The
aim is a “smooth ride” for every reader, Lee said.') are no quote of their own: the
attribution reports the whole sentence, scare quote included.  A quote that opens its
sentence is still the speaker's quote.

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


def test_a_scare_quote_mid_sentence_leaves_the_sentence_to_the_attribution() -> None:
    assert _said("The aim is a “smooth ride” for every reader in every town, Olsen said.") == [
        ("maria-olsen", "paraphrase", "The aim is a “smooth ride” for every reader in every town")
    ]


def test_a_quote_opening_its_sentence_is_still_a_quote() -> None:
    assert _said("“The library is a gift” to the town and its readers, she said.") == [
        ("maria-olsen", "quote", "The library is a gift")
    ]


def test_a_quote_closing_right_before_the_attribution_is_still_a_quote() -> None:
    assert _said("It is, in her words, “a gift,” Olsen said.") == [
        ("maria-olsen", "quote", "a gift")
    ]

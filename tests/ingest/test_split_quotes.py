"""A later quote in a paragraph goes on with the earlier quote's speaker ("split quote")
unless it sits inside a new sentence of the narrator's that makes it something else: a few
quoted words (a scare quote), or a sentence reporting someone else's words.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

import datetime as dt

from app.ingest.parsed import ParsedArticle
from app.ingest.parser import parse_article

PUBLISHED = dt.date(2024, 5, 17)


def _parse(body: str) -> ParsedArticle:
    return parse_article("Title\n\n" + body, PUBLISHED)


def _texts(parsed: ParsedArticle) -> list[str]:
    return [s.text for s in parsed.statements]


def test_a_scare_quote_in_the_narrators_next_sentence_is_no_statement() -> None:
    parsed = _parse(
        "Lena Voss, head of product at Brightwave, spoke at the launch.\n\n"
        "“We built our own network for this,” she said. The aim is a “smooth ride” for "
        "every player on every screen."
    )
    texts = _texts(parsed)
    assert "We built our own network for this" in texts
    assert "smooth ride" not in texts
    assert [(s.speaker, s.kind, s.text) for s in parsed.statements] == [
        ("lena-voss", "quote", "We built our own network for this")
    ]


def test_a_quote_reported_by_someone_else_in_the_next_sentence_is_not_the_speakers() -> None:
    parsed = _parse(
        "Rita Calloway, a neighbour, knew the family well.\n\n"
        "“They rarely spoke,” Calloway said. Years later, her uncle told a reporter that "
        "“nobody in that house ever forgave the other side.”"
    )
    assert [(s.speaker, s.text) for s in parsed.statements] == [
        ("rita-calloway", "They rarely spoke")
    ]


def test_a_longer_quote_in_the_narrators_sentence_goes_on_with_the_speaker() -> None:
    parsed = _parse(
        "Omar Haddad, a biologist at Northgate University, studies the gut.\n\n"
        "“These cells react very fast,” Haddad said. That may explain some allergies: there "
        "could be trouble “if the body makes too many of them at once.”"
    )
    assert [(s.speaker, s.text) for s in parsed.statements] == [
        ("omar-haddad", "These cells react very fast"),
        ("omar-haddad", "if the body makes too many of them at once."),
    ]


def test_a_quote_opening_the_next_sentence_is_a_split_quote() -> None:
    parsed = _parse(
        "Omar Haddad, a biologist at Northgate University, studies the gut.\n\n"
        "“These cells react very fast,” Haddad said. “Nobody expected that.”"
    )
    assert [(s.speaker, s.text) for s in parsed.statements] == [
        ("omar-haddad", "These cells react very fast"),
        ("omar-haddad", "Nobody expected that."),
    ]

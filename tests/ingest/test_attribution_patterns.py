"""Attribution patterns of English news and Russian-press translation (issue 10).

Each test is a short article written here to the shape of one general pattern; no corpus
text.  The figures these patterns move are in ``make eval`` (dev split).
"""

from __future__ import annotations

import datetime as dt

from app.ingest.parsed import ParsedArticle
from app.ingest.parser import parse_article

PUBLISHED = dt.date(2024, 5, 17)


def _parse(body: str) -> ParsedArticle:
    return parse_article("Title\n\n" + body, PUBLISHED)


def _said(parsed: ParsedArticle) -> list[tuple[str | None, str, str]]:
    return [(s.speaker, s.kind, s.text) for s in parsed.statements]


def test_long_place_and_occasion_after_the_verb_still_attribute_the_quote() -> None:
    parsed = _parse(
        "Foreign Minister Ilse Marten arrived in Lisbon on Tuesday.\n\n"
        "“We will not bargain over the border,” Marten said in an address to the Atlantic "
        "Policy Forum of Portugal, a private research institute."
    )
    assert _said(parsed) == [("ilse-marten", "quote", "We will not bargain over the border")]


def test_a_time_adverbial_after_the_verb_is_part_of_the_attribution() -> None:
    parsed = _parse(
        "Foreign Minister Ilse Marten arrived in Lisbon on Tuesday.\n\n"
        "“The door stays open,” Marten said late on Tuesday at a news conference in the old "
        "harbour district of the capital."
    )
    assert _said(parsed) == [("ilse-marten", "quote", "The door stays open")]

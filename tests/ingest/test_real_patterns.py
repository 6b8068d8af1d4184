"""Patterns that real news uses (issue 10), each in a short article written here.

No corpus text: every sentence below is made up to mimic the shape of the pattern.
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


def test_a_surname_finds_a_full_name_used_before_without_a_role() -> None:
    parsed = _parse(
        "Marta Kowalczyk scored twice in the second half on Sunday.\n\n"
        "“We were patient and it paid off,” Kowalczyk said."
    )
    assert _said(parsed) == [("marta-kowalczyk", "quote", "We were patient and it paid off")]
    assert [p.name for p in parsed.people] == ["Marta Kowalczyk"]


def test_a_lone_surname_never_seen_in_full_is_nobody() -> None:
    parsed = _parse("“We were patient and it paid off,” Kowalczyk said.")
    assert parsed.statements == []


def test_reporting_verbs_are_an_open_class_with_every_inflection() -> None:
    parsed = _parse(
        "Senator Olga Brandt, chair of the budget committee, spoke on Monday.\n\n"
        "Brandt underscored that the deficit would shrink next year.\n\n"
        "“The numbers do not lie,” Brandt conceded.\n\n"
        "Brandt also denies that the plan was rushed."
    )
    assert _said(parsed) == [
        ("olga-brandt", "paraphrase", "the deficit would shrink next year"),
        ("olga-brandt", "quote", "The numbers do not lie"),
        ("olga-brandt", "paraphrase", "the plan was rushed"),
    ]


def test_urged_reports_its_object() -> None:
    parsed = _parse(
        "Defence Minister Piet Vollmer spoke in Oslo.\n\n"
        "Vollmer urged both sides to return to the talks."
    )
    assert _said(parsed) == [("piet-vollmer", "paraphrase", "both sides to return to the talks")]


def test_the_verb_lexicon_inflects_every_lemma() -> None:
    from app.ingest.vocabulary import reporting_verbs

    verbs = reporting_verbs()
    for form in ("cites", "cited", "related", "recommends", "complained", "saying", "says"):
        assert form in verbs, form
    assert "seen" not in verbs  # a bare past participle reports nothing
    assert "bare" in verbs["underscored"]
    assert "tell" in verbs["told"]

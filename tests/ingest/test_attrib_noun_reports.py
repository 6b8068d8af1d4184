"""Every report named by a noun in a sentence counts, not only the first: "Lee's claim
that … is as odd as Chen's denial that …".

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

import datetime as dt

from app.ingest.parser import parse_article


def _said(body: str) -> list[tuple[str | None, str, str]]:
    parsed = parse_article(
        "Title\n\nSenator Adam Hale and the banker Nora Quist met twice.\n\n" + body,
        dt.date(2024, 5, 17),
    )
    return [(s.speaker, s.kind, s.text) for s in parsed.statements]


def test_two_noun_reports_in_one_sentence_are_both_read() -> None:
    assert _said(
        "Hale's flat assertion that he never met the banker is as odd as Nora Quist's own "
        "sworn testimony that she had never heard of the fund."
    ) == [
        ("adam-hale", "paraphrase", "he never met the banker"),
        ("nora-quist", "paraphrase", "she had never heard of the fund"),
    ]


def test_the_second_report_ends_at_a_dash() -> None:
    assert _said(
        "Hale's claim that the deal was fair is as hollow as Quist's denial that she "
        "knew the buyer — a man she had dined with for years."
    ) == [
        ("adam-hale", "paraphrase", "the deal was fair"),
        ("nora-quist", "paraphrase", "she knew the buyer"),
    ]

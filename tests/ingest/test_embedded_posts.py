"""Embedded social-media posts signed "— Name (@handle) date" (issue 10)."""

from __future__ import annotations

from app.ingest.parsed import ParsedArticle
from tests.ingest.parsing import parse_body


def _said(parsed: ParsedArticle) -> list[tuple[str | None, str, str, str]]:
    """(speaker, kind, text, rule) of each statement; the rule is "" where none attributed it."""
    return [
        (s.speaker, s.kind, s.text, s.attribution.rule if s.attribution else "")
        for s in parsed.statements
    ]


def test_a_post_above_its_signature_is_the_signers_quote() -> None:
    parsed = parse_body(
        "The new toll drew a flood of replies online.\n\n"
        "The toll is a tax on people who have no train to take: https://t.co/Ab12Cd34\n\n"
        "— Marta Quillan (@mquillan) March 3, 2024\n\n"
        "The transport office did not reply."
    )
    assert _said(parsed) == [
        (
            "marta-quillan",
            "quote",
            "The toll is a tax on people who have no train to take",
            "embedded-post",
        )
    ]
    assert parsed.statements[0].attribution is not None
    assert parsed.statements[0].attribution.cue == "— Marta Quillan (@mquillan)"
    assert [p.name for p in parsed.people] == ["Marta Quillan"]


def test_each_line_of_a_post_is_one_statement_and_a_title_is_no_name() -> None:
    parsed = parse_body(
        "She answered her critics the same evening.\n\n"
        "Posting the full plan for the valley roads.\n"
        "We fix the bridges first.\n"
        "Then the schools. pic.twitter.com/Zz9Yy8Xx\n\n"
        "— Governor Lena Abbot (@govlenaabbot) March 3, 2024"
    )
    assert [(s.speaker, s.text) for s in parsed.statements] == [
        ("lena-abbot", "Posting the full plan for the valley roads."),
        ("lena-abbot", "We fix the bridges first."),
        ("lena-abbot", "Then the schools."),
    ]


def test_a_line_of_arrows_and_a_link_says_nothing() -> None:
    parsed = parse_body(
        "Hey everyone, the whole point of the campaign is to be noticed. #OnIt\n"
        "⬇️⬇️⬇️ https://t.co/Qq1Ww2Ee\n\n"
        "— Lena Abbot (@govlenaabbot) March 3, 2024"
    )
    assert [s.text for s in parsed.statements] == [
        "Hey everyone, the whole point of the campaign is to be noticed. #OnIt"
    ]


def test_an_organisations_account_and_a_post_without_link_speak_for_nobody() -> None:
    parsed = parse_body(
        "The agency posted a picture of the probe: https://t.co/Kk3Ll4Mm\n\n"
        "— NASA Mars Office (@NASAMars) March 3, 2024\n\n"
        "Shameful scenes tonight, the fans deserved better. pic.twitter.com/Xy12\n\n"
        "— Sports Desk (@sportsdesk) March 3, 2024\n\n"
        "The probe landed in a crater, the paper reported in its morning edition.\n\n"
        "— Jonas Weller (@jweller) March 3, 2024"
    )
    assert parsed.statements == []


def test_a_one_sentence_a_line_text_gives_the_signer_only_the_post_line() -> None:
    # No blank lines anywhere: the narrator's line above the post is not the post's.
    parsed = parse_body(
        "The governor replied within the hour.\n"
        "We will keep the campaign running all year: https://t.co/Ab12Cd34\n"
        "— Lena Abbot (@govlenaabbot) March 3, 2024"
    ).statements
    assert [(s.speaker, s.text) for s in parsed] == [
        ("lena-abbot", "We will keep the campaign running all year")
    ]

""" "According to the member of parliament", "the people's representative": a reference to
the legislator introduced earlier (issue 10).  Sentences are made up; none is from the
corpus."""

from __future__ import annotations

from tests.ingest.parsing import parse_full_text, speaker_text

_INTRO = (
    "Title\n\n"
    "The amendments were prepared by the deputy chairman of the Regional Council committee "
    "on transport Anna Lind.\n"
    "As Lind indicates, the old law has no sanctions for this.\n"
)


def test_according_to_the_member_of_parliament() -> None:
    statements = speaker_text(
        parse_full_text(
            _INTRO + "However, according to the member of parliament, ferries are not regulated.\n"
        )
    )
    assert ("anna-lind", "ferries are not regulated") in statements


def test_according_to_the_peoples_representative() -> None:
    statements = speaker_text(
        parse_full_text(
            _INTRO + "According to the people's representative, the fine must be higher.\n"
        )
    )
    assert ("anna-lind", "the fine must be higher") in statements


def test_a_legislator_reference_finds_no_expert() -> None:
    statements = speaker_text(
        parse_full_text(
            "Title\n\nEconomist Anna Lind said that prices rose.\n"
            "According to the member of parliament, ferries are not regulated.\n"
        )
    )
    assert all(text != "ferries are not regulated" for _, text in statements)

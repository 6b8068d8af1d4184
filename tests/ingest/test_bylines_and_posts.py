"""Bylines, captions and credits are nobody's words; social-media posts are reports."""

from __future__ import annotations

import pytest

from app.ingest.noise import classify
from app.ingest.parsed import ParsedArticle
from tests.ingest.parsing import parse_body

_FIRE = "The old mill on Harbor Street burned down on Monday night. Crews could not save it.\n\n"
_ORPHAN = '"It\'s gone," she said.'


def _said(parsed: ParsedArticle) -> list[tuple[str | None, str, str]]:
    return [(s.speaker, s.kind, s.text) for s in parsed.statements]


def _noise(parsed: ParsedArticle) -> list[tuple[str, str]]:
    return [(n.kind, parsed.text[n.start : n.end]) for n in parsed.noise]


@pytest.mark.parametrize(
    "byline",
    [
        "By Rachel Dunn, Staff Writer",
        "By Omar Feld | Channel 9 News",
        "By Lena Hart and Tom Wu, Associated Press",
        "Story by Rachel Dunn",
        "Written by Rachel Dunn",
        "Rachel Dunn, Reuters",
        "Rachel Dunn, The Washington Post",
        "By Rachel Dunn\nStaff Writer",
        "By Rachel Dunn, Staff Writer\nPublished March 3, 2024",
        "By RACHEL DUNN, rdunn@harbortimes.com",
        "Story by Ann Lee | Photos by Tom Wu",
    ],
)
def test_a_byline_at_the_top_is_nobody_who_speaks(byline: str) -> None:
    parsed = parse_body(byline + "\n\n" + _FIRE + _ORPHAN)
    assert _noise(parsed) == [("byline", byline)]
    assert parsed.people == []
    assert all(s.speaker is None for s in parsed.statements)


@pytest.mark.parametrize(
    "byline",
    ["Rachel Dunn | CNN", "(Reporting by Rachel Dunn in Boston; Editing by Tom Wu)"],
)
def test_a_byline_at_the_end_is_noise(byline: str) -> None:
    parsed = parse_body(_FIRE + _ORPHAN + "\n\n" + byline)
    assert ("byline", byline) in _noise(parsed)
    assert parsed.people == []


@pytest.mark.parametrize(
    "line",
    [
        "By Tuesday, Mayor Ann Lee said, the roads will reopen.",
        "By the way, the roads will reopen.",
        "By Ann Lee, the mayor said the roads will reopen.",
        "Ann Lee, Democrat",
        "Ann Lee, mayor of Springfield",
        "Ann Lee, Press Secretary",
        "Ann Lee, Staff Sergeant",
        "By Rachel Dunn, Staff Writer\nThe old mill burned down on Monday, and nobody knew why.",
    ],
)
def test_a_sentence_or_a_name_with_a_role_is_no_byline(line: str) -> None:
    assert classify(line) != "byline"


def test_a_sentence_opening_with_by_keeps_its_speaker() -> None:
    parsed = parse_body(
        "Mayor Ann Lee spoke at the depot on Friday.\n\n"
        '"By Tuesday the roads will reopen," Lee said.'
    )
    assert _said(parsed) == [("ann-lee", "quote", "By Tuesday the roads will reopen")]
    assert parsed.noise == []


@pytest.mark.parametrize(
    "credit",
    [
        "Photo: Jane Roe/Reuters",
        "(AP Photo/John Locher)",
        "Image credit: John Locher",
        "Photo by John Locher, Getty Images",
        "Related: Mayor Ann Lee says the roads will reopen",
        'Related: "We will rebuild," says Mayor Ann Lee',
    ],
)
def test_captions_and_credits_make_no_speaker(credit: str) -> None:
    parsed = parse_body(_FIRE + credit + "\n\n" + _ORPHAN)
    assert [text for _, text in _noise(parsed)] == [credit]
    assert parsed.people == []
    assert all(s.speaker is None for s in parsed.statements)


_OKORO = "The investor Daniel Okoro had pushed for the merger for months. "


@pytest.mark.parametrize(
    ("sentence", "kind", "text"),
    [
        ('"The deal is dead," Okoro posted on Instagram.', "quote", "The deal is dead"),
        ('"The deal is dead," Okoro posted.', "quote", "The deal is dead"),
        ("Okoro posted that the deal was dead.", "paraphrase", "the deal was dead"),
        ("On Sunday, Okoro posted on X that the deal was dead.", "paraphrase", "the deal was dead"),
        ('"The deal is dead," he posted on his Instagram account.', "quote", "The deal is dead"),
        (
            "Okoro wrote in a Facebook post that the deal was dead.",
            "paraphrase",
            "the deal was dead",
        ),
        ("Okoro said in a post on X that the deal was dead.", "paraphrase", "the deal was dead"),
        ('"The deal is dead," Okoro tweeted.', "quote", "The deal is dead"),
    ],
)
def test_a_post_reports_its_author(sentence: str, kind: str, text: str) -> None:
    parsed = parse_body(_OKORO + sentence)
    assert _said(parsed) == [("daniel-okoro", kind, text)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The company posted a loss of $3 million.",
        "Police posted officers at the gate.",
        "Okoro posted bail on Tuesday.",
        "Okoro posted a video on Instagram.",
        "Okoro was posted to Berlin in 2019.",
        "Guards were posting notices at the gate.",
        "Okoro posted that video on his page on Sunday.",
        "Okoro posts that kind of thing every week.",
        "Okoro wrote that song in 2010.",
        "Okoro tweeted that photo of the crowd.",
    ],
)
def test_posting_a_thing_reports_nothing(sentence: str) -> None:
    parsed = parse_body(_OKORO + sentence)
    assert parsed.statements == []


def test_a_that_clause_whose_verb_is_quoted_is_still_a_report() -> None:
    parsed = parse_body(
        _OKORO + "Okoro later posted that the merger “needs to be a public debate,” adding "
        "“we need everyone in the room.”"
    )
    assert ("daniel-okoro", "paraphrase") in [(s[0], s[1]) for s in _said(parsed)]
    assert parsed.statements[0].text.startswith("the merger")

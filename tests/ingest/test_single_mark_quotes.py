"""Quotes in single marks, straight or curly ('…', ‘…’), told from apostrophes (r4 N5).

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from app.ingest.parse_quotes import find_quotes
from tests.ingest.parsing import parse_body, speaker_kind_text

_SCENE = "The square was full.\n\nMayor Odile Framm spoke on Monday.\n\n"


def _contents(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text, 0, len(text), running=False)]


def test_straight_single_marks_quote_with_apostrophes_inside() -> None:
    said = speaker_kind_text(
        parse_body(_SCENE + "'We can't wait for the state to act,' Framm said. 'It's our town.'")
    )
    assert said == [
        ("odile-framm", "quote", "We can't wait for the state to act"),
        ("odile-framm", "quote", "It's our town."),
    ]


def test_curly_single_marks_quote() -> None:
    said = speaker_kind_text(parse_body(_SCENE + "‘We won’t give up the park,’ Framm said."))
    assert said == [("odile-framm", "quote", "We won’t give up the park")]


def test_possessive_apostrophes_are_not_quotes() -> None:
    assert _contents("The players' union met. Framm's plan and the teachers' pay were late.") == []


def test_a_clipped_word_is_not_an_opener() -> None:
    assert _contents("They played rock 'n' roll until the '90s ended, she said.") == []


def test_a_single_mark_that_closes_after_a_letter_is_no_quote() -> None:
    assert _contents("The sign read 'closed for repairs' all week.") == []


def test_single_marks_inside_double_marks_stay_inside() -> None:
    assert _contents("“She told me 'never again,' and left,” he said.") == [
        "She told me 'never again,' and left"
    ]


def test_a_title_case_headline_in_single_marks_is_no_quote() -> None:
    assert _contents("'I Never Thought We Would Win,' Says Cup Winner") == []

"""Quote-mark pairing on translated copy (r5 S10): straight marks nested in straight
marks, and a “ typed as the closing mark with a blank on both sides.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from app.ingest.parse_quotes import find_quotes
from tests.ingest.parsing import SpeakerKindText, parse_body, speaker_kind_text

_SCENE = "The hall was full.\n\nGovernor Lida Varko spoke after the vote.\n\n"


def _said(body: str) -> list[SpeakerKindText]:
    return speaker_kind_text(parse_body(_SCENE + body))


def _contents(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text, 0, len(text), running=False)]


def test_straight_marks_nested_in_straight_marks_stay_inside_the_quote() -> None:
    said = _said(
        'Varko stressed that "the new rules, the name of the club "Northern Stars" and '
        'the cost make us careful."'
    )
    assert said
    assert said[0][0] == "lida-varko"
    assert '"Northern Stars" and the cost make us careful' in said[0][2]


def test_two_separate_straight_quotes_are_not_nested() -> None:
    assert _contents('"We won," she said. "We will win again."') == [
        "We won",
        "We will win again.",
    ]


def test_an_inner_pair_too_long_is_not_read_as_nested() -> None:
    text = 'He wrote "the plan "is late and nobody in the whole office knows why at all'
    assert _contents(text)[0] == "the plan"


def test_an_opening_shaped_mark_with_blanks_on_both_sides_closes_the_quote() -> None:
    assert _said("“We know the cost of waiting for the bridge, “ the governor said.") == [
        ("lida-varko", "quote", "We know the cost of waiting for the bridge")
    ]


def test_a_spaced_mark_before_a_long_narration_does_not_close() -> None:
    text = "“We know the cost, “ and then the long meeting went on until the late evening hours"
    assert _contents(text) != ["We know the cost"]

"""Quote marks paired by where they stand, not only by their shape: nested guillemets, a
“ typed as the closing mark, a ” typed as the opening mark, and straight marks nested
inside a curly quote.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from app.ingest.parse_quotes import find_quotes
from tests.ingest.parsing import SpeakerKindText, parse_body, speaker_kind_text

_SCENE = "The hall was full.\n\nCoach Pavel Dorn spoke after the match.\n\n"


def _said(body: str) -> list[SpeakerKindText]:
    return speaker_kind_text(parse_body(_SCENE + body))


def _contents(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text, 0, len(text), running=False)]


def test_guillemets_nested_in_guillemets_stay_inside_the_quote() -> None:
    assert _said("«The board passed the rule «On Youth Clubs» without asking us,» Dorn said.") == [
        ("pavel-dorn", "quote", "The board passed the rule «On Youth Clubs» without asking us")
    ]


def test_unbalanced_guillemets_still_close_at_the_first_closer() -> None:
    assert _contents("«We lost,» he said, and «nobody» came. «Then") == [
        "We lost",
        "nobody",
        "Then",
    ]


def test_an_opening_shaped_mark_glued_after_a_word_closes_the_quote() -> None:
    assert _said("“We will not sell the stadium. Our fans matter“, Dorn said.") == [
        ("pavel-dorn", "quote", "We will not sell the stadium. Our fans matter")
    ]


def test_an_opening_shaped_mark_before_a_short_attribution_closes_the_quote() -> None:
    assert _said("“We played too slowly in the first half. I take the blame, “Dorn noted.") == [
        ("pavel-dorn", "quote", "We played too slowly in the first half. I take the blame")
    ]


def test_two_opening_marks_with_a_closer_after_them_keep_shape_pairing() -> None:
    text = "“He said “maybe” and left,” Dorn said."
    assert _contents(text)[0].startswith("He said")
    # the opening-shaped mark before "maybe" does not close: a ” follows it
    assert "“maybe" in _contents(text)[0]


def test_an_opening_shaped_mark_before_a_long_clause_does_not_close() -> None:
    text = "“It was, “a cold and long evening for all of us who stayed in the old town."
    assert _contents(text) == [text[1:]]  # no speech verb after the mark: it does not close


def test_a_closing_shaped_mark_after_a_full_stop_opens_the_next_quote() -> None:
    assert _said("“The fund pays for the school,” Dorn said.”I trust the board, as always.”") == [
        ("pavel-dorn", "quote", "The fund pays for the school"),
        ("pavel-dorn", "quote", "I trust the board, as always."),
    ]


def test_a_lone_closing_mark_after_a_word_opens_nothing() -> None:
    assert _contents("The word was “fair” and” nothing more.") == ["fair"]


def test_straight_marks_inside_a_curly_quote_are_inner_marks() -> None:
    assert _said('“What happens at "Dynamo" is not our business. We had chances,” Dorn said.') == [
        ("pavel-dorn", "quote", 'What happens at "Dynamo" is not our business. We had chances')
    ]


def test_a_mixed_straight_closer_still_closes_a_curly_quote() -> None:
    assert _contents('“We were ready," Dorn said.') == ["We were ready"]


def test_pairing_stays_fast_on_many_unbalanced_marks() -> None:
    import time

    for piece in ("«a «b » ", "“a, “b said ", '“a "b" c ', "x.”y "):
        text = piece * 800
        began = time.perf_counter()
        find_quotes(text, 0, len(text), running=False)
        assert time.perf_counter() - began < 2.0

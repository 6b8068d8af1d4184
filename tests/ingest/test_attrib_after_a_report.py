"""Two openings that name their source: "(As Hal Brook noted, ….)" inside parentheses,
and a quote closing a paragraph right after a sentence reporting someone, even when an
unattributed scare quote stands between them.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from tests.ingest.parsing import SpeakerKindText, parse_body, speaker_kind_text

_SCENE = "The town was calm.\n\nMaria Olsen, a historian, spoke on Monday.\n\n"


def _said(body: str) -> list[SpeakerKindText]:
    return speaker_kind_text(parse_body(_SCENE + body))


def test_as_x_noted_inside_parentheses() -> None:
    assert _said(
        "The library was built in 1901. (As the town planner Hal Brook noted at the time, "
        "the library needed a far bigger budget.)"
    ) == [("hal-brook", "paraphrase", "the library needed a far bigger budget")]


def test_a_scare_quote_does_not_cut_a_quote_off_from_the_report_before_it() -> None:
    assert _said(
        "It is not clear which came first, Olsen says. Just because readers knew of "
        "“free” books first, “that does not mean it happened in that order.”"
    ) == [
        ("maria-olsen", "paraphrase", "It is not clear which came first"),
        ("maria-olsen", "quote", "that does not mean it happened in that order."),
    ]

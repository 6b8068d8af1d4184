"""A statement's span never ends in an opening quote mark it does not close: when trimming
the sentence's final punctuation would cut off the closing mark of a quote the span
opened, the span keeps it ('… “gives us hope.”').

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from tests.ingest.parsing import SpeakerKindText, parse_body, speaker_kind_text

_SCENE = "The town was calm.\n\nMaria Olsen, a novelist, spoke on Monday.\n\n"


def _said(body: str) -> list[SpeakerKindText]:
    return speaker_kind_text(parse_body(_SCENE + body))


def test_a_report_ending_in_a_partial_quote_keeps_its_closing_mark() -> None:
    assert _said("Olsen said the new library was “a gift to the town.”") == [
        ("maria-olsen", "paraphrase", "the new library was “a gift to the town.”")
    ]


def test_guillemets_and_straight_marks_are_closed_too() -> None:
    assert _said("Olsen said the new library was «a gift to the town».") == [
        ("maria-olsen", "paraphrase", "the new library was «a gift to the town»")
    ]
    assert _said('Olsen said the new library was "a gift to the town."') == [
        ("maria-olsen", "paraphrase", 'the new library was "a gift to the town."')
    ]


def test_a_closed_partial_quote_inside_the_report_changes_nothing() -> None:
    assert _said("Olsen said the library was “a gift” to the town.") == [
        ("maria-olsen", "paraphrase", "the library was “a gift” to the town")
    ]

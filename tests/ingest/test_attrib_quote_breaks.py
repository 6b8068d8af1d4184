"""A reported clause ends where a quotation that closes its sentence is followed by a new
quotation ('… he was “shy by nature.” “I once …'): the sentence splitter cannot see that
end, since quoted words are masked, and the next quotation is no part of the report.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from tests.ingest.parsing import SpeakerKindText, parse_body, speaker_kind_text

_SCENE = "The town was calm.\n\nMaria Olsen, a novelist, spoke on Monday.\n\n"


def _said(body: str) -> list[SpeakerKindText]:
    return speaker_kind_text(parse_body(_SCENE + body))


def test_a_report_ending_in_a_quotation_stops_before_the_next_quotation() -> None:
    assert _said(
        "Olsen said the mayor was “shy by nature.” “I once visited him at home,” Olsen wrote."
    ) == [
        ("maria-olsen", "paraphrase", "the mayor was “shy by nature.”"),
        ("maria-olsen", "quote", "I once visited him at home"),
    ]

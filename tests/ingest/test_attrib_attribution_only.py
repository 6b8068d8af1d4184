"""A reported clause that is nothing but the attribution of the quote before it ('“…,”
Lee said she told them.') reports nothing of its own; the quote is Lee's.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from tests.ingest.parsing import SpeakerKindText, parse_body, speaker_kind_text

_SCENE = "The town was calm.\n\nMaria Olsen, a coach, spoke on Monday.\n\n"


def _said(body: str) -> list[SpeakerKindText]:
    return speaker_kind_text(parse_body(_SCENE + body))


def test_a_clause_that_only_attributes_the_quote_is_no_report() -> None:
    assert _said(
        "“You have beaten some really good teams this year,” Olsen said she told them."
    ) == [("maria-olsen", "quote", "You have beaten some really good teams this year")]


def test_a_told_clause_with_content_is_still_a_report() -> None:
    assert _said("Olsen said she told them the budget was small.") == [
        ("maria-olsen", "paraphrase", "she told them the budget was small")
    ]

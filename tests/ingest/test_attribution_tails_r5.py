"""An attribution after the clause, followed by a participle phrase that reports nothing
("…, said Dana Lee, referring to the mayor."): the clause before the attribution is hers,
and the attribution is no part of it.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from tests.ingest.parsing import SpeakerText, parse_body, speaker_text

_SCENE = "The town was calm.\n\n"


def _said(body: str) -> list[SpeakerText]:
    return speaker_text(parse_body(_SCENE + body))


def test_participle_tail_after_the_attribution_is_left_out() -> None:
    assert _said(
        "The grain fund is far too small, said Dana Kerimova, referring to the mayor."
    ) == [("dana-kerimova", "The grain fund is far too small")]


def test_participle_tail_after_a_quote_keeps_the_quote() -> None:
    assert _said("“The grain will come,” said Dana Kerimova, pointing at the silos.") == [
        ("dana-kerimova", "The grain will come")
    ]


def test_a_parenthetical_attribution_still_reports_the_whole_sentence() -> None:
    assert _said("The grain fund, said Dana Kerimova, would run dry in the winter.") == [
        ("dana-kerimova", "The grain fund, said Dana Kerimova, would run dry in the winter")
    ]

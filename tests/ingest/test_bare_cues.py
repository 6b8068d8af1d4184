"""Cues with little around them: "countered that …" (a reporting verb of the lexicon,
inflected by morphology) and a saying verb right before a quotation with neither comma nor
colon (:mod:`app.ingest.quote_cues`).

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from tests.ingest.parsing import SpeakerKindText, parse_body, speaker_kind_text

_SCENE = "The town was calm.\n\nMayor Rita Dunn spoke on Monday.\n\n"


def _said(body: str) -> list[SpeakerKindText]:
    return speaker_kind_text(parse_body(_SCENE + body))


def test_countered_reports_its_clause() -> None:
    assert _said("Dunn countered that the new tax would pay for the bridge.") == [
        ("rita-dunn", "paraphrase", "the new tax would pay for the bridge")
    ]


def test_counters_as_a_noun_reports_nothing() -> None:
    assert _said("Shoppers crowded the counters at the market on Saturday.") == []


def test_said_right_before_a_whole_quoted_sentence() -> None:
    assert _said("Harbor Air CEO Tom Platt said “there are far too many small carriers.”") == [
        ("tom-platt", "quote", "there are far too many small carriers.")
    ]


def test_said_before_a_short_quoted_word_is_no_quote() -> None:
    assert [
        speaker for speaker, kind, _ in _said("The council said “no” to the plan on Monday.")
    ] == []

"""A report named by a noun opening its sentence ends at the sentence's own "is"/"was":
the first one after three words, so a "was" inside a short clause does not end it
("Lee's claim that the deal was fair is hard to believe").

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from tests.ingest.parsing import SpeakerKindText, parse_body, speaker_kind_text

_SCENE = "Senator Adam Hale and the banker Nora Quist met twice.\n\n"


def _said(body: str) -> list[SpeakerKindText]:
    return speaker_kind_text(parse_body(_SCENE + body))


def test_a_was_inside_a_short_clause_does_not_end_it() -> None:
    assert _said("Hale's claim that the deal was fair is hard to believe.") == [
        ("adam-hale", "paraphrase", "the deal was fair")
    ]


def test_the_report_still_ends_at_a_dash() -> None:
    assert _said("It was Quist's denial that she knew the buyer — a man she had met often.") == [
        ("nora-quist", "paraphrase", "she knew the buyer")
    ]

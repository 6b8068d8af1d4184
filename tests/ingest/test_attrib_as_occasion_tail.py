""" "As President Tom Hale stressed in his speech on Monday, the elections should be fair.":
the reported clause starts after the occasion and the time or place that follows it (past
its comma, or past a time such as "last week"), never with the rest of the adjunct
(app/ingest/source_phrases.py, _as_x_said and _occasion_end).

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

import pytest

from tests.ingest.parsing import SpeakerKindText, parse_body, speaker_kind_text


def _said(body: str) -> list[SpeakerKindText]:
    return speaker_kind_text(parse_body(body))


@pytest.mark.parametrize(
    "occasion",
    [
        "in his speech",
        "in his speech,",
        "in his speech on Monday,",
        "in his speech on Monday",
        "in his address at the UN,",
        "in his speech yesterday,",
        "in a speech to the nation,",
    ],
)
def test_the_clause_starts_after_the_occasion_and_its_tail(occasion: str) -> None:
    assert _said(f"As President Tom Hale stressed {occasion} the elections should be fair.") == [
        ("tom-hale", "paraphrase", "the elections should be fair")
    ]


def test_a_time_after_the_occasion_without_a_comma_is_skipped() -> None:
    assert _said(
        "As President Tom Hale stressed in a speech last week the economy is growing."
    ) == [("tom-hale", "paraphrase", "the economy is growing")]


def test_a_place_with_no_comma_after_the_occasion_gives_nothing() -> None:
    # where "at the UN …" ends is unsure: nothing rather than a clause with its words
    assert (
        _said(
            "As President Tom Hale stressed in his address at the UN the elections should be fair."
        )
        == []
    )

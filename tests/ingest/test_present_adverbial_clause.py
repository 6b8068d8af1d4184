"""A bare reported clause may open with an adverbial of the present that belongs to it
("said at this moment the case is …", "said for now the road stays closed"): the
adverbial is skipped when testing for a clause, and kept in the stored span.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

import pytest

from tests.ingest.parsing import parse_body, speaker_kind_text


def test_at_this_moment_then_a_clause_is_reported() -> None:
    parsed = parse_body("Fire chief Nora Quist said at this moment the blaze is under control.")
    assert speaker_kind_text(parsed) == [
        ("nora-quist", "paraphrase", "at this moment the blaze is under control")
    ]


def test_for_now_then_a_clause_is_reported() -> None:
    parsed = parse_body("Fire chief Nora Quist said for now the bridge stays closed.")
    assert speaker_kind_text(parsed) == [
        ("nora-quist", "paraphrase", "for now the bridge stays closed")
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Fire chief Nora Quist said at this moment of grief.",
        "Fire chief Nora Quist said so far.",
        "Fire chief Nora Quist said at the moment.",
    ],
)
def test_an_adverbial_with_no_clause_after_reports_nothing(body: str) -> None:
    assert speaker_kind_text(parse_body(body)) == []

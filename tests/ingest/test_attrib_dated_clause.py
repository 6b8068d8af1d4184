"""When it was said, between the verb and a bare reported clause: "Petrov said last week
the reform would fail." reports "the reform would fail".

Every sentence below is made up here; no corpus text.
"""

from __future__ import annotations

import pytest

from tests.ingest.parsing import SpeakerKindText, parse_body, speaker_kind_text

_SCENE = "The economist Ivan Petrov spoke at a briefing.\n\n"


def _said(body: str) -> list[SpeakerKindText]:
    return speaker_kind_text(parse_body(body))


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        ("Petrov said last week the reform would fail.", "the reform would fail"),
        ("Petrov said on Monday the talks had stalled.", "the talks had stalled"),
        ("Petrov said Tuesday prices would rise again.", "prices would rise again"),
        ("Petrov warned yesterday the ruble could fall further.", "the ruble could fall further"),
    ],
)
def test_a_day_between_the_verb_and_a_bare_clause(sentence: str, clause: str) -> None:
    assert _said(_SCENE + sentence) == [("ivan-petrov", "paraphrase", clause)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Petrov announced on Monday the closure of the plant.",
        "Petrov spoke on Monday the first time in a year.",
        "Petrov said Monday.",
    ],
)
def test_a_day_then_no_clause_reports_nothing(sentence: str) -> None:
    assert _said(_SCENE + sentence) == []


def test_a_possessive_day_opens_the_clause() -> None:
    body = _SCENE + "Petrov said Monday's vote was rigged."
    assert _said(body) == [("ivan-petrov", "paraphrase", "Monday's vote was rigged")]

""" "following" ends a telling verb's audience as "after" does: "told reporters following the
meeting (that) …" reports the clause after the adverbial, and "…, X told reporters
following the meeting of …" is an attribution with an adverbial tail
(app/ingest/quote_cues.py, _AUDIENCE_ENDS).

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

import pytest

from app.ingest.quote_cues import ends_in_preposition, preposition_at
from tests.ingest.parsing import SpeakerKindText, parse_body, speaker_kind_text

_LONG_TAIL = "the long closed meeting of the city council on the river crossing."


def _said(body: str) -> list[SpeakerKindText]:
    return speaker_kind_text(parse_body(body))


@pytest.mark.parametrize("word", ["after", "following"])
def test_told_reporters_then_an_adverbial_then_that(word: str) -> None:
    assert _said(
        f"Mayor Ana Ruiz told reporters {word} the meeting that the bridge would reopen in June."
    ) == [("ana-ruiz", "paraphrase", "the bridge would reopen in June")]


@pytest.mark.parametrize("word", ["after", "following"])
def test_told_reporters_then_an_adverbial_then_a_bare_clause(word: str) -> None:
    assert _said(
        f"Mayor Ana Ruiz told reporters {word} the meeting the bridge would reopen in June."
    ) == [("ana-ruiz", "paraphrase", "the bridge would reopen in June")]


def test_the_adverbials_object_is_no_clause_before_a_quote() -> None:
    assert _said(
        'Mayor Ana Ruiz told reporters following the meeting, "The bridge will reopen in June."'
    ) == [("ana-ruiz", "quote", "The bridge will reopen in June.")]


@pytest.mark.parametrize("word", ["after", "following"])
def test_a_long_adverbial_after_the_audience_ends_the_attribution(word: str) -> None:
    assert _said(
        "The bridge will reopen in June and the old ferry will stop running, Mayor Ana Ruiz "
        f"told reporters {word} {_LONG_TAIL}"
    ) == [
        (
            "ana-ruiz",
            "paraphrase",
            "The bridge will reopen in June and the old ferry will stop running",
        )
    ]


def test_a_quote_before_a_long_adverbial_after_the_audience() -> None:
    assert _said(
        f'"The bridge will reopen in June," Mayor Ana Ruiz told reporters following {_LONG_TAIL}'
    ) == [("ana-ruiz", "quote", "The bridge will reopen in June")]


def test_told_reporters_a_clause_with_no_adverbial_is_unchanged() -> None:
    assert _said("Mayor Ana Ruiz told reporters the bridge would reopen in June.") == [
        ("ana-ruiz", "paraphrase", "the bridge would reopen in June")
    ]


def test_a_clause_after_the_audience_is_not_taken_for_an_adverbial() -> None:
    # "following" inside the clause, after its subject, is the clause's own verb
    assert _said("Mayor Ana Ruiz told reporters the crews were following the plan.") == [
        ("ana-ruiz", "paraphrase", "the crews were following the plan")
    ]


def test_the_audience_ends_in_a_preposition() -> None:
    assert ends_in_preposition("reporters following ")
    assert ends_in_preposition("the panel after")
    assert not ends_in_preposition("reporters ")
    assert not ends_in_preposition("")


def test_a_preposition_opens_the_words() -> None:
    text = "told reporters following the meeting"
    assert preposition_at(text, len("told reporters")) == len("told reporters following ")
    assert preposition_at(text, len("told")) is None


def test_an_adverbial_whose_end_is_unsure_gives_no_clause() -> None:
    # "following the vote count closely": no clause rather than "count closely the plan …"
    assert (
        _said("Anna Lee told reporters following the vote count closely the plan was dead.") == []
    )

"""Quoted words inside a paraphrase (README, Gold format: "a paraphrase is the reported
clause without the attribution"): 'Petrov said the reform was "a disaster" and would
fail.' is one paraphrase, not the quote "a disaster"; so is a sentence whose attribution
stands inside it right after the quoted words ('The reform was "a disaster," Petrov said,
and would fail.').

Every sentence below is made up here; no corpus text.
"""

from __future__ import annotations

import pytest

from tests.ingest.parsing import SpeakerKindText, parse_body, speaker_kind_text

_SCENE = "The economist Ivan Petrov spoke at a briefing on Monday.\n\n"


def _said(body: str) -> list[SpeakerKindText]:
    return speaker_kind_text(parse_body(body))


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        (
            'Petrov said the reform was "a disaster" and would fail.',
            'the reform was "a disaster" and would fail',
        ),
        (
            "Petrov believes the new tax is \u201cpure theft\u201d and will be repealed.",
            "the new tax is \u201cpure theft\u201d and will be repealed",
        ),
        (
            'The reform was "a disaster," Petrov said, and would fail within a year.',
            'The reform was "a disaster," Petrov said, and would fail within a year',
        ),
        (
            "Prices are \u201cout of control\u201d, Petrov said, and will keep rising.",
            "Prices are \u201cout of control\u201d, Petrov said, and will keep rising",
        ),
    ],
)
def test_quoted_words_inside_a_paraphrase_are_part_of_it(sentence: str, clause: str) -> None:
    assert _said(_SCENE + sentence) == [("ivan-petrov", "paraphrase", clause)]


def test_a_quote_opening_the_sentence_stays_a_quote() -> None:
    body = _SCENE + '"Prices are out of control," Petrov said, and left the room.'
    assert _said(body) == [("ivan-petrov", "quote", "Prices are out of control")]


def test_a_quote_before_an_attribution_with_a_participle_keeps_both() -> None:
    body = _SCENE + 'Prices are "out of control," Petrov said, adding that they would keep rising.'
    assert _said(body) == [
        ("ivan-petrov", "quote", "out of control"),
        ("ivan-petrov", "paraphrase", "they would keep rising"),
    ]


def test_a_quote_opening_a_clause_after_a_dash_stays_a_quote() -> None:
    body = (
        _SCENE + "Petrov has changed his forecast twice \u2014 \u201cthe ruble is stronger "
        "than I thought,\u201d he said, speaking to students."
    )
    assert ("ivan-petrov", "quote", "the ruble is stronger than I thought") in _said(body)
    assert not [s for s in _said(body) if s[1] == "paraphrase"]

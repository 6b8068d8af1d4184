"""'According to them, …' after a sentence that opens with two named people."""

from __future__ import annotations

import pytest

from tests.ingest.parsing import parse_body

_CLAUSE = "the road had not been repaired for ten years."


@pytest.mark.parametrize(
    "text",
    [
        "The farmers Ivan Ivanov and Pyotr Petrov went to the district office on Monday. "
        "According to them, " + _CLAUSE,
        "The farmers Ivan Ivanov and Pyotr Petrov went to the district office on Monday. "
        "According to their words, " + _CLAUSE,
        "Ivan Ivanov and Pyotr Petrov have farmed the valley since 1990. In their view, " + _CLAUSE,
        "Ivan Ivanov and Pyotr Petrov have farmed the valley since 1990.\n\n"
        "According to them, " + _CLAUSE,
    ],
)
def test_according_to_them_is_both_named_people(text: str) -> None:
    parsed = parse_body(text)
    assert [(s.speaker, s.kind, s.text) for s in parsed.statements] == [
        ("ivan-ivanov", "paraphrase", _CLAUSE.rstrip(".")),
        ("pyotr-petrov", "paraphrase", _CLAUSE.rstrip(".")),
    ]


@pytest.mark.parametrize(
    "before",
    [
        # someone else, or a plural noun, could be "them"
        "The farmers Ivan Ivanov and Pyotr Petrov spoke to the regional officials.",
        "The farmers Ivan Ivanov and Pyotr Petrov met the governor, Sergei Lavrov, on Monday.",
        "The farmers Ivan Ivanov and Pyotr Petrov told the district about the road.",
        "Ivan Ivanov and his neighbours went to the district office.",
        "Police stopped Ivan Ivanov and Pyotr Petrov on the road.",
        # a passive with its agent: "them" is the police (review of this session's rules)
        "Ivan Ivanov and Pyotr Petrov were arrested by police on Monday.",
        "Ivan Ivanov and Pyotr Petrov were questioned for hours.",
    ],
)
def test_according_to_them_without_a_clear_pair_is_nobodys(before: str) -> None:
    parsed = parse_body(before + " According to them, " + _CLAUSE)
    assert [s.speaker for s in parsed.statements if s.speaker is not None] == []

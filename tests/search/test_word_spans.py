"""Highlighting splits ASCII text with one regular expression: the same words, at the same
places and folded the same, as the character-by-character split every other text gets."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.search.query import unicode_word_spans, word_spans


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=80))
def test_ascii_text_splits_as_any_text_does(text: str) -> None:
    assert word_spans(text) == unicode_word_spans(text)


def test_non_ascii_text_takes_the_general_split() -> None:
    assert word_spans("Tokayev’s café, 2022") == [
        (0, 7, "tokayev"),
        (8, 9, "s"),
        (10, 14, "cafe"),
        (16, 20, "2022"),
    ]

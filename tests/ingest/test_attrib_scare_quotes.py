"""A few quoted words inside a narrated sentence whose attribution comes after it ('The
aim is a “smooth ride” for every reader, Lee said.') are no quote of their own: the
attribution reports the whole sentence, scare quote included.  A quote that opens its
sentence is still the speaker's quote.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from tests.ingest.parsing import SpeakerKindText, parse_body, speaker_kind_text

_SCENE = "The town was calm.\n\nMaria Olsen, a novelist, spoke on Monday.\n\n"


def _said(body: str) -> list[SpeakerKindText]:
    return speaker_kind_text(parse_body(_SCENE + body))


def test_a_scare_quote_mid_sentence_leaves_the_sentence_to_the_attribution() -> None:
    assert _said("The aim is a “smooth ride” for every reader in every town, Olsen said.") == [
        ("maria-olsen", "paraphrase", "The aim is a “smooth ride” for every reader in every town")
    ]


def test_a_quote_opening_its_sentence_is_still_a_quote() -> None:
    assert _said("“The library is a gift” to the town and its readers, she said.") == [
        ("maria-olsen", "quote", "The library is a gift")
    ]


def test_a_quote_closing_right_before_the_attribution_is_still_a_quote() -> None:
    assert _said("It is, in her words, “a gift,” Olsen said.") == [
        ("maria-olsen", "quote", "a gift")
    ]

"""'According to him, CLAUSE' where the clause holds a quoted fragment: his paraphrase, as
after a named source; a clause led by a quotation stays the quote rules'.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from tests.ingest.parsing import SpeakerKindText, parse_body, speaker_kind_text

_SCENE = "The town was calm.\n\nMayor Pavel Ostrin spoke on Monday. "


def _said(body: str) -> list[SpeakerKindText]:
    return speaker_kind_text(parse_body(_SCENE + body))


def test_pronoun_source_with_a_quoted_fragment_is_a_paraphrase() -> None:
    assert _said('According to him, the ferry plan is "very simple, very cheap for the city".') == [
        ("pavel-ostrin", "paraphrase", 'the ferry plan is "very simple, very cheap for the city"')
    ]


def test_pronoun_source_of_the_wrong_gender_stays_unattributed() -> None:
    assert _said("According to her, the mill “will never reopen” without new owners.") == []


def test_pronoun_source_and_a_whole_quotation_stays_a_quote() -> None:
    assert _said("According to him, “the ferry will sail by spring.”") == [
        ("pavel-ostrin", "quote", "the ferry will sail by spring.")
    ]


def test_pronoun_source_and_a_clause_led_by_a_quotation_is_no_paraphrase() -> None:
    assert _said("According to him, “the ferry” and “the bridge” are both late.") == []

"""A quote whose own sentence credits it to a source ("According to the council, “…”") is
not handed on to the speaker of an earlier sentence, neither as that speaker's words going
on after a statement (inline_quotes._reported_earlier) nor as the second part of a split
quote.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from tests.ingest.parsing import SpeakerKindText, parse_body, speaker_kind_text


def _said(body: str) -> list[SpeakerKindText]:
    return speaker_kind_text(parse_body(body))


def test_a_credited_quote_after_a_paraphrase_is_not_the_earlier_speakers() -> None:
    assert _said(
        'Most staff follow the rules, Ana Ruiz said. According to the union, "nobody was charged."'
    ) == [("ana-ruiz", "paraphrase", "Most staff follow the rules")]


def test_a_credited_quote_after_a_quote_is_not_the_earlier_speakers() -> None:
    assert _said(
        'Mayor Ana Ruiz spoke on Monday. "We will rebuild," she said. According to the '
        'council, "the bridge will reopen in June."'
    ) == [("ana-ruiz", "quote", "We will rebuild")]


def test_an_uncredited_quote_after_a_paraphrase_is_still_the_speakers() -> None:
    assert _said('Most staff follow the rules, Ana Ruiz said. "But should they be charged?"') == [
        ("ana-ruiz", "paraphrase", "Most staff follow the rules"),
        ("ana-ruiz", "quote", "But should they be charged?"),
    ]


def test_according_to_in_the_earlier_sentence_does_not_block() -> None:
    assert _said(
        "Most staff follow the rules, Ana Ruiz said according to the minutes. "
        '"But should they be charged?"'
    ) == [
        ("ana-ruiz", "paraphrase", "Most staff follow the rules"),
        ("ana-ruiz", "quote", "But should they be charged?"),
    ]


def test_a_quote_opening_its_own_sentence_after_a_credited_one_goes_on() -> None:
    assert _said(
        'Mayor Ana Ruiz spoke on Monday. "We will rebuild," she said. According to the '
        'plan, the bridge is done. "The bridge will reopen in June."'
    ) == [
        ("ana-ruiz", "quote", "We will rebuild"),
        ("ana-ruiz", "quote", "The bridge will reopen in June."),
    ]


def test_according_to_a_named_person_gives_that_person() -> None:
    said = _said(
        "Most staff follow the rules, Ana Ruiz said. According to union leader Jon Pell, "
        '"nobody was charged."'
    )
    assert ("jon-pell", "quote", "nobody was charged.") in said
    assert ("ana-ruiz", "quote", "nobody was charged.") not in said

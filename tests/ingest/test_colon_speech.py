"""Unquoted speech after a colon in the same paragraph (patterns r6 P6): "Varga added:
We faced …" makes the rest of the paragraph Varga's quote.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from tests.ingest.parsing import parse_body, speaker_kind_text


def test_words_after_a_speech_clause_and_a_colon_are_a_quote() -> None:
    body = (
        "Tomas Varga said the game was hard. Varga added: We faced a strong side with fast wings."
    )
    assert ("tomas-varga", "quote", "We faced a strong side with fast wings.") in (
        speaker_kind_text(parse_body(body))
    )


def test_no_person_a_list_or_a_short_tail_is_no_quote() -> None:
    assert (
        speaker_kind_text(
            parse_body("The club said in a statement: Tickets go on sale on Monday morning.")
        )
        == []
    )
    assert (
        speaker_kind_text(parse_body("Tomas Varga named his reasons: Speed, size, luck and form."))
        == []
    )
    body = "Tomas Varga said the game was hard. Varga added: Not today."
    assert [kind for _, kind, _ in speaker_kind_text(parse_body(body))] == ["paraphrase"]

"""After an opening participle phrase and its comma, a title and a surname that are the
sentence's subject ("Taking the floor, President Adamir spoke …") introduce that person
for a following "and said" or "He said"; the participle itself is no name.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from tests.ingest.parsing import parse_body, speaker_text


def test_a_coordinated_said_after_a_titled_subject() -> None:
    parsed = parse_body(
        "Taking the floor at the summit, President Adamir spoke about the economy and said "
        "that growth would return."
    )
    assert speaker_text(parsed) == [("adamir", "growth would return")]


def test_a_pronoun_in_the_next_sentence() -> None:
    parsed = parse_body(
        "Taking the floor at the summit, President Adamir spoke about the economy. "
        "He said that growth would return."
    )
    assert speaker_text(parsed) == [("adamir", "growth would return")]


def test_no_title_no_person() -> None:
    parsed = parse_body(
        "Taking the floor at the summit, Adamir spoke about the economy. "
        "He said that growth would return."
    )
    assert parsed.people == []

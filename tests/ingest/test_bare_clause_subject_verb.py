"""A reported clause with no "that" whose verb is an irregular past ("found", "knew") or,
after a plural noun, a plural present ("residents want"); and verb objects that are no
clause ("said goodbye to fans", "said a prayer").

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from app.ingest.speech_verbs import bare_clause_ok
from tests.ingest.parsing import parse_body, speaker_text


def test_an_irregular_past_after_a_bare_noun_phrase() -> None:
    parsed = parse_body(
        "Police Chief Tom Rand spoke on Monday. The chief said officers found two rifles "
        "in the trunk."
    )
    assert speaker_text(parsed) == [("tom-rand", "officers found two rifles in the trunk")]
    parsed = parse_body("Ravi Patel said Garcia knew about the loan.")
    assert speaker_text(parsed) == [("ravi-patel", "Garcia knew about the loan")]


def test_a_plural_present_after_a_plural_noun() -> None:
    parsed = parse_body("Ravi Patel said residents want a new school.")
    assert speaker_text(parsed) == [("ravi-patel", "residents want a new school")]


def test_objects_of_said_are_no_clause() -> None:
    for rest in (
        "goodbye to fans.",
        "the word twice.",
        "a prayer.",
        "hello.",
        "grace before they ate.",
        "goodbye to fans who left early.",
        "thanks to friends.",
        "farewell as fans cheered.",
        "goodbye to the staff who stayed.",
    ):
        assert not bare_clause_ok("said", rest), rest
    parsed = parse_body("Ravi Patel said goodbye to fans who left early.")
    assert speaker_text(parsed) == []

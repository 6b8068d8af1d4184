"""The habitual past ("he would respond", "she'd say"): a reporting verb's base form after
"would" or "'d" reports, and its subject is the one before the auxiliary; "could" or
"might" is hypothetical and reports nothing.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from app.ingest.speech_verbs import find_verbs
from tests.ingest.parsing import SpeakerText, parse_body, speaker_text

_SCENE = "The novelist Mark Fenn wrote slowly.\n\n"


def _said(body: str) -> list[SpeakerText]:
    """``body``'s statements, told after ``_SCENE``."""
    return speaker_text(parse_body(_SCENE + body))


def test_a_contracted_would_before_a_reporting_verb_attributes_the_quote() -> None:
    assert _said("When his editors asked for cuts, he’d respond, “I hate being obvious.”") == [
        ("mark-fenn", "I hate being obvious.")
    ]


def test_would_before_a_reporting_verb_attributes_a_reported_clause() -> None:
    assert _said("He would argue that most books were far too long.") == [
        ("mark-fenn", "most books were far too long")
    ]


def test_a_hypothetical_reports_nothing() -> None:
    assert _said("He could argue that most books were far too long.") == []


def test_the_verb_starts_at_its_auxiliary() -> None:
    text = "she'd explain it, and he would respond"
    assert [verb.group() for verb in find_verbs(text)] == ["'d explain", "would respond"]
    assert [verb.group() for verb in find_verbs("Eduardo d'Amato")] == []


def test_would_under_a_condition_reports_nothing() -> None:
    assert _said("If asked, he would argue that the book was finished.") == []
    assert _said("He would argue that the policy failed, if he were still alive.") == []
    assert _said("Unless pressed, he would insist that nothing had changed.") == []

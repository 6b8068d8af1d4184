"""A reporting verb coordinated after another verb phrase ("Lind took to social media and
accused the label of …") has the clause's one named subject; with two people named before
it, nobody is sure, so nobody gets it.  "Swear" reports ("swore she had never met him").

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from tests.ingest.parsing import SpeakerText, parse_body, speaker_text

_SCENE = "The town was calm.\n\nKara Lind, a singer, left the label last year.\n\n"


def _said(body: str) -> list[SpeakerText]:
    """``body``'s statements, told after ``_SCENE``."""
    return speaker_text(parse_body(_SCENE + body))


def test_a_coordinated_reporting_verb_has_the_clauses_subject() -> None:
    assert _said(
        "On Thursday, Lind took to social media and accused the label of blocking her film."
    ) == [("kara-lind", "the label of blocking her film")]


def test_two_people_before_the_coordinated_verb_leave_it_unattributed() -> None:
    assert _said("Lind met Tom Reed and said the deal was dead.") == []


def test_swear_reports_a_clause() -> None:
    assert _said("Lind swore she had never met him.") == [("kara-lind", "she had never met him")]

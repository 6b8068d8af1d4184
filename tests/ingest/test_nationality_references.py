""" "the Dutchman told reporters", "The Portuguese said": a person named by their nation
refers back to the one person of the article it fits; "the Kremlin" or "the Times" are no
such reference.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from tests.ingest.parsing import parse_body, speaker_text


def test_the_dutchman_is_the_coach_who_praised_the_teams() -> None:
    parsed = parse_body(
        "Guus Hiddink, who attended the match, praised both teams.\n\n"
        '"It was a fine advertisement for football," the Dutchman told reporters.\n'
    )
    assert speaker_text(parsed) == [("guus-hiddink", "It was a fine advertisement for football")]


def test_capitalised_bodies_are_no_nationality_reference() -> None:
    parsed = parse_body(
        "Guus Hiddink, who attended the match, praised both teams.\n\n"
        '"We will not comment," the Kremlin said. "It rained," the Times reported.\n'
    )
    assert speaker_text(parsed) == []

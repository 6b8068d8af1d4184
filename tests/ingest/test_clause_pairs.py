"""Coordinated speakers after the clause: "CLAUSE, Lang and Piet de Vries, president of
X, wrote." stores the clause for both (a surname-only first one named earlier), and a
"CLAUSE, they wrote." right after goes to the same pair.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from tests.ingest.parsing import SpeakerText, parse_body, speaker_text

_SCENE = "Rita Lang studies reefs.\n\n"
_PAIR = (
    "The survey was incomplete, Lang and Piet de Vries, president of the Oakport Ocean Lab, "
    "wrote in a column."
)


def _said(body: str) -> list[SpeakerText]:
    return speaker_text(parse_body(_SCENE + body))


def test_a_clause_before_a_coordinated_pair_with_an_apposition_is_both_of_theirs() -> None:
    assert _said(_PAIR) == [
        ("rita-lang", "The survey was incomplete"),
        ("piet-de-vries", "The survey was incomplete"),
    ]


def test_they_wrote_right_after_the_pair_goes_to_both() -> None:
    assert _said(_PAIR + " The summary hides the worst of it, they wrote.")[2:] == [
        ("rita-lang", "The summary hides the worst of it"),
        ("piet-de-vries", "The summary hides the worst of it"),
    ]


def test_they_wrote_in_the_next_paragraph_goes_to_both() -> None:
    assert _said(_PAIR + "\n\nThe summary hides the worst of it, they wrote.")[2:] == [
        ("rita-lang", "The summary hides the worst of it"),
        ("piet-de-vries", "The summary hides the worst of it"),
    ]


def test_they_after_a_single_speaker_is_nobody() -> None:
    assert _said(
        "The survey was incomplete, Lang said. The summary hides the worst of it, they wrote."
    ) == [("rita-lang", "The survey was incomplete")]


def test_they_with_plural_people_in_the_clause_is_nobody() -> None:
    assert _said(_PAIR + " The divers hid the worst of it, they wrote.")[2:] == []


def test_a_body_first_in_the_pair_is_no_speaker() -> None:
    assert _said("The survey was incomplete, the bank and Piet de Vries said.") == [
        ("piet-de-vries", "The survey was incomplete")
    ]

"""Ordinary news text the people rules must not misread (review of merge 3860d04): a place
named like a person is nobody, a jobless word in an organisation's name is no office, a
relative's job is not the relative, and a job or team near a name is not always theirs.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

import pytest

from tests.ingest.parsing import parse_body, speaker_text

_MARIA = "“The storm was brutal,” said Maria Lopez, a meteorologist.\n\n"
_TOM = "“The storm was brutal,” said Tom Birch, a meteorologist.\n\n"


# M1: "she said" after a name in narration that nobody links to the pronoun.


@pytest.mark.parametrize(
    "place",
    [
        "Virginia Beach",
        "Ann Arbor",
        "Santa Barbara",
        "Carolina Beach",
        "Victoria Station",
        "Florence Regional Airport",
        "Charlotte Motor Speedway",
    ],
)
def test_a_place_named_like_a_woman_is_not_she(place: str) -> None:
    parsed = parse_body(
        _MARIA + f"Winds reached 80 mph near {place} overnight.\n\n“We expect more rain,” she said."
    )
    assert speaker_text(parsed)[-1] == ("maria-lopez", "We expect more rain")
    assert {p.slug for p in parsed.people} == {"maria-lopez"}


@pytest.mark.parametrize(
    "place", ["Jackson Hole", "Lincoln Park", "Jordan Valley", "Austin Peay", "Clinton Township"]
)
def test_a_place_named_like_a_man_is_not_he(place: str) -> None:
    parsed = parse_body(
        _TOM + f"Winds reached 80 mph near {place} overnight.\n\n“We expect more rain,” he said."
    )
    assert speaker_text(parsed)[-1] == ("tom-birch", "We expect more rain")
    assert {p.slug for p in parsed.people} == {"tom-birch"}


def test_a_woman_named_in_narration_is_not_the_speaker_who_mourns_her() -> None:
    parsed = parse_body(
        "“We are heartbroken,” said Jane Doe, the school's principal.\n\n"
        "The school will hold a vigil for Emily Carter on Friday.\n\n"
        "“She was loved by everyone,” she said."
    )
    assert speaker_text(parsed)[-1] == ("jane-doe", "She was loved by everyone")


def test_a_man_named_in_narration_is_not_the_speaker_who_mourns_him() -> None:
    parsed = parse_body(
        "“We are heartbroken,” said Tom Birch, the team's coach.\n\n"
        "Funeral services for David Cole will be held Saturday.\n\n"
        "“We will miss him,” he said."
    )
    assert speaker_text(parsed)[-1] == ("tom-birch", "We will miss him")


def test_a_woman_who_is_the_subject_of_her_sentence_is_she() -> None:
    parsed = parse_body(
        _TOM + "Ingrid Vell arrived at the harbour on Monday.\n\n“I am so glad,” she said."
    )
    assert speaker_text(parsed)[-1] == ("ingrid-vell", "I am so glad")


@pytest.mark.parametrize("place", ["Virginia Beach", "Lincoln Park", "Georgia Tech"])
def test_a_place_that_is_its_sentence_subject_is_not_she_or_he(place: str) -> None:
    parsed = parse_body(
        _MARIA + f"{place} was hit hardest overnight.\n\n“We expect more rain,” she said."
    )
    assert speaker_text(parsed)[-1] == ("maria-lopez", "We expect more rain")

"""Whoever scores as a team wins plays for it: "Ann Lee scored twice as the Wild beat the
Sabres", in a sentence or in the headline.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

import pytest

from tests.ingest.parsing import RoleOrg, parse_full_text, role_org_by_slug


def _people(text: str) -> dict[str, RoleOrg]:
    return role_org_by_slug(parse_full_text(text))


def test_a_headline_scorer_plays_for_the_team_that_won() -> None:
    people = _people(
        "Olaf Kern heating up, scores twice as Harbor beat Vell 4-1\n\n"
        "The crowd was loud.\n\n“I felt good tonight,” Kern said."
    )
    assert people["olaf-kern"] == (None, "Harbor")


@pytest.mark.parametrize(
    ("sentence", "organization"),
    [
        ("Olaf Kern scored twice as the Harbor Hawks beat the Vell Owls.", "Harbor Hawks"),
        ("Olaf Kern had 30 points to help the Hawks top the Owls.", "Hawks"),
        ("Olaf Kern watched as the Hawks beat the Owls.", None),
        ("Olaf Kern scored twice as the crowd cheered.", None),
    ],
)
def test_a_scorer_in_a_sentence_plays_for_the_winners(
    sentence: str, organization: str | None
) -> None:
    people = _people(f"Title\n\n{sentence}\n\n“I felt good tonight,” Kern said.")
    assert people["olaf-kern"] == (None, organization)


@pytest.mark.parametrize(
    "sentence",
    [
        "Olaf Kern scored an own goal as the Harbor Hawks beat the Vell Owls 2-0.",
        "Olaf Kern scored a late consolation goal as the Hawks beat the Owls 3-1.",
        "Olaf Kern scored 35 points in a losing effort as the Hawks beat the Owls.",
        "Vell's Olaf Kern scored twice as the Hawks beat Vell 3-2.",
    ],
)
def test_a_score_for_the_losing_side_names_no_team(sentence: str) -> None:
    people = _people(f"Title\n\n{sentence}\n\n“I felt good tonight,” Kern said.")
    assert people["olaf-kern"] == (None, None)

"""A match side's possessive ("the away side's head coach") is no part of the job, and
names no team by itself (made-up sentences; no corpus text)."""

from __future__ import annotations

from app.ingest.people.roles import split_role
from tests.ingest.parsing import kind_role_org_by_slug, parse_body


def test_the_away_sides_head_coach_is_a_head_coach() -> None:
    assert split_role("the away side’s head coach") == ("head coach", None)
    assert split_role("the home team's goalkeeper coach") == ("goalkeeper coach", None)


def test_the_side_is_not_the_other_team_named() -> None:
    parsed = parse_body(
        "Larks beat Herons 3-1 at Mill Lane on Sunday. “We lacked pace,” said the "
        "visiting side’s head coach Remy Stahl.\n"
    )
    assert kind_role_org_by_slug(parsed)["remy-stahl"][1:] == ("head coach", None)


def test_a_side_word_alone_still_reads_as_before() -> None:
    assert split_role("the club's head coach") == ("head coach", None)

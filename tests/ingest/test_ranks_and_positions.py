"""Military ranks and team positions before a name are the person's job (issue 10).

Sentences are made up; none is taken from the corpus.
"""

from __future__ import annotations

import pytest

from tests.ingest.parsing import KindRoleOrg, kind_role_org, parse_body


def _first_person(body: str) -> KindRoleOrg:
    """Kind, role and organisation of the first person ``body`` names."""
    return kind_role_org(parse_body(body).people[0])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a rank read as an honorific is the job, as written, with the title before it
        ("Lt. Col. Ann Ruiz told lawmakers it was her duty to report.", ("Lt. Col.", None)),
        ("Col. Ann Ruiz said the base was safe.", ("Col.", None)),
        ("Army Lt. Col. Ann Ruiz told lawmakers it was her duty.", ("Lt. Col.", "Army")),
        # an apposition still says more than the rank
        (
            "Sgt. Ann Ruiz, a spokeswoman for the county police, said the road was shut.",
            ("spokeswoman", "county police"),
        ),
    ],
)
def test_a_rank_is_the_job(sentence: str, expected: tuple[str | None, str | None]) -> None:
    kind, role, organization = _first_person(sentence)
    assert (role, organization) == expected
    assert kind == "official"


def test_an_honorific_that_is_no_rank_is_no_job() -> None:
    assert _first_person("Dr. Ann Ruiz said the base was safe.") == ("expert", None, None)


@pytest.mark.parametrize(
    ("sentence", "role", "organization"),
    [
        ("Hawks DL Tom Reyes said on Monday that the fine was fair.", "DL", "Hawks"),
        ("Hawks QB Tom Reyes said on Monday that the fine was fair.", "QB", "Hawks"),
        ("Hawks linebacker Tom Reyes said the fine was fair.", "linebacker", "Hawks"),
    ],
)
def test_a_team_position_before_a_name(sentence: str, role: str, organization: str) -> None:
    assert _first_person(sentence) == ("expert", role, organization)


def test_the_team_a_player_scores_for() -> None:
    assert _first_person(
        "Dennis Reyes scored 20 of his season-high 31 points in a phenomenal first half "
        "for the Hawks, who have lost four straight. “We did a great job on him,” Reyes said."
    ) == ("expert", None, "Hawks")


def test_a_team_named_as_owner_of_a_win_is_no_employer() -> None:
    assert _first_person(
        "Dennis Reyes scored 20 points in the Hawks’ win. “We did a great job,” Reyes said."
    ) == ("expert", None, None)

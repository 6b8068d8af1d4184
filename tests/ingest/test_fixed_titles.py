"""Titles of one piece ("Head of State", "Chief of Staff"), "FM", a bullet, a field before
"expert" and an award before "laureate" (issue 10: p8-B5, p8-B7/A12, p9-C5).  Sentences
are made up; none is taken from the corpus.
"""

from __future__ import annotations

import pytest

from app.ingest.people.roles import split_role
from tests.ingest.parsing import kind_role_org_by_slug, parse_body


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Head of State", ("Head of State", None)),
        ("Estonian Head of State", ("Head of State", "Estonia")),
        ("Head of Government", ("Head of Government", None)),
        ("White House Chief of Staff", ("Chief of Staff", "White House")),
        ("Deputy Chief of the General Staff", ("Deputy Chief of the General Staff", None)),
        ("Speaker of the House", ("Speaker of the House", None)),
        ("head of the State Grain Board", ("head", "State Grain Board")),
        ("FM", ("Foreign Minister", None)),
        ("Romanian FM", ("Foreign Minister", "Romania")),
        ("Europa FM", ("FM", "Europa")),
        ("• Sonar expert", ("sonar expert", None)),
        ("Glacier specialist", ("glacier specialist", None)),
        ("Barclays expert", ("expert", "Barclays")),
        ("NATO expert", ("expert", "NATO")),
        ("Nobel laureate", ("Nobel laureate", None)),
        ("Pulitzer Prize winner", ("Pulitzer Prize winner", None)),
        ("Acme Robotics engineer", ("engineer", "Acme Robotics")),
    ],
)
def test_split_role(phrase: str, expected: tuple[str | None, str | None]) -> None:
    assert split_role(phrase) == expected


def test_a_head_of_state_with_a_country_adjective() -> None:
    people = kind_role_org_by_slug(
        parse_body("Finnish Head of State Arvo Lind noted that the harvest was good this year.")
    )
    assert people["arvo-lind"] == ("official", "Head of State", "Finland")


def test_fm_is_the_foreign_minister() -> None:
    people = kind_role_org_by_slug(
        parse_body(
            "There is no date for the next round of talks yet, FM Lidia Sorescu said in "
            "parliament on Tuesday."
        )
    )
    assert people["lidia-sorescu"][:2] == ("official", "Foreign Minister")


def test_a_bulleted_field_expert_has_no_organisation() -> None:
    people = kind_role_org_by_slug(
        parse_body("• Radar expert Wei Lan says the new system can track small boats at night.")
    )
    assert people["wei-lan"] == ("expert", "radar expert", None)

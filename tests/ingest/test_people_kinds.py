"""Expert or official (app.ingest.people.kinds.classify) for roles the documented rule
had read the wrong way.

Every sentence below is made up here; no corpus text.
"""

from __future__ import annotations

import pytest

from app.ingest.people.kinds import classify
from tests.ingest.parsing import KindRoleOrg, kind_role_org_by_slug, parse_body

_SCENE = "The town was calm.\n\n"  # a calm paragraph before the text under test


def _people(body: str) -> dict[str, KindRoleOrg]:
    return kind_role_org_by_slug(parse_body(_SCENE + body))


@pytest.mark.parametrize(
    ("role", "organization", "kind"),
    [
        ("vice president for sales and service", "Orlan", "expert"),
        ("senior vice president of engineering", "Velto Motors", "expert"),
        ("president", "Estonia", "official"),
        ("vice president", "Ruritania", "official"),
    ],
)
def test_a_president_of_a_line_of_business_heads_no_state(
    role: str, organization: str, kind: str
) -> None:
    assert classify(role, organization, "") == kind


def test_a_vice_president_for_a_division_is_an_expert() -> None:
    people = _people(
        "“The rockets are ready,” said Ada Kern, vice president for launch services at Orlan."
    )
    assert people["ada-kern"][0] == "expert"


@pytest.mark.parametrize(
    ("organization", "kind"),
    [
        ("Bureau of Prisons", "official"),
        ("federal Bureau of Land Management", "official"),
        ("Better Business Bureau", "expert"),
        ("Harbor Press bureau", "expert"),
    ],
)
def test_a_bureau_of_a_named_field_is_a_state_body(organization: str, kind: str) -> None:
    assert classify("head", organization, "") == kind


def test_the_head_put_in_charge_of_a_bureau_is_an_official() -> None:
    people = _people(
        "The minister put Ada Kern in charge of the Bureau of Mines on Monday.\n\n"
        "“We will reopen the pits,” Kern said."
    )
    assert people["ada-kern"] == ("official", "head", "Bureau of Mines")


@pytest.mark.parametrize(
    ("organization", "kind"),
    [
        ("Harbor Correctional Center", "official"),
        ("Vell County Jail", "official"),
        ("Ministry of Health", "official"),
        ("Harbor Institute", "expert"),
        ("Wild", "expert"),
    ],
)
def test_with_no_job_named_a_state_body_makes_an_official(organization: str, kind: str) -> None:
    assert classify(None, organization, "") == kind


def test_guards_assigned_to_a_prison_are_officials() -> None:
    people = _people(
        "Officials said Mira Holt and Olaf Kern, assigned to the night shift at Harbor "
        "Correctional Center, slept through the alarm.\n\n"
        "“We were tired,” Holt said."
    )
    assert people["mira-holt"] == ("official", None, "Harbor Correctional Center")


@pytest.mark.parametrize(
    ("role", "organization", "kind"),
    [
        ("physician", "President", "official"),
        ("senior adviser", "Governor", "official"),
        ("private secretary", "Queen", "official"),
        ("physician", "Harbor Clinic", "expert"),
        ("physician", "president", "expert"),
    ],
)
def test_working_for_a_capitalised_office_holder_is_the_state(
    role: str, organization: str, kind: str
) -> None:
    assert classify(role, organization, "") == kind


def test_the_presidents_physician_is_an_official() -> None:
    people = _people(
        "Dr. Ada Kern, who was then serving as the President's physician, spoke.\n\n"
        "“His heart is strong,” Kern said."
    )
    assert people["ada-kern"] == ("official", "physician", "President")


@pytest.mark.parametrize("organization", ["Ohio State", "Penn State", "Harbor State"])
def test_a_body_named_state_alone_makes_no_official_without_a_job(organization: str) -> None:
    assert classify(None, organization, "") == "expert"

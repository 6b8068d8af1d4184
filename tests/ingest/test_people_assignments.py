"""Whoever a comma-set "assigned to … at X" follows works at X: "Ann Lee and Bo Park,
assigned to the night shift at Harbor Prison, …".

Every sentence below is made up here; no corpus text.
"""

from __future__ import annotations

import pytest

from tests.ingest.parsing import RoleOrg, parse_body, role_org_by_slug

_SCENE = "The town was calm.\n\n"  # a calm paragraph before the text under test


def _people(body: str) -> dict[str, RoleOrg]:
    return role_org_by_slug(parse_body(_SCENE + body))


def test_both_of_two_names_assigned_to_a_unit_at_a_body_work_there() -> None:
    people = _people(
        "Officials said Mira Holt and Olaf Kern, assigned to the night shift at Harbor "
        "Prison, slept through the alarm.\n\n"
        "“We were tired,” Holt said. “Nobody came,” Kern said."
    )
    assert people["mira-holt"] == (None, "Harbor Prison")
    assert people["olaf-kern"] == (None, "Harbor Prison")


@pytest.mark.parametrize(
    ("sentence", "organization"),
    [
        ("Olaf Kern, who was posted to the Harbor Embassy, left in May.", "Harbor Embassy"),
        (
            "Olaf Kern, assigned to a ward at Saint Vell Hospital, left in May.",
            "Saint Vell Hospital",
        ),
        ("Olaf Kern was assigned to the ward at Saint Vell Hospital.", "Saint Vell Hospital"),
        ("Olaf Kern was posted to Iraq in 2004.", None),
        ("Olaf Kern, assigned to the night shift, left in May.", None),
    ],
)
def test_an_assignment_names_the_workplace(sentence: str, organization: str | None) -> None:
    people = _people(f"{sentence}\n\n“It was quiet,” Kern said.")
    assert people["olaf-kern"] == (None, organization)

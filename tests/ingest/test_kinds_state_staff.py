"""Staff of a state or intergovernmental body known by one name are civil servants
(README "Gold format": officials include civil servants); its scholars stay experts."""

from __future__ import annotations

import pytest

from app.ingest.people.kinds import classify


@pytest.mark.parametrize(
    ("role", "organization"),
    [
        ("supervisor of field operations", "OPCW"),
        ("inspector", "FDA"),
        ("case officer", "Interpol"),
    ],
)
def test_staff_of_a_known_state_body_are_officials(role: str, organization: str) -> None:
    assert classify(role, organization, "") == "official"


@pytest.mark.parametrize(
    ("role", "organization"),
    [
        ("chief economist", "ECB"),
        ("senior researcher", "WHO"),
        ("lawyer", "FBI"),
        ("supervisor of field operations", "Acme Logistics"),
    ],
)
def test_scholars_private_jobs_and_other_bodies_are_not(role: str, organization: str) -> None:
    assert classify(role, organization, "") == "expert"

"""A relative named by their tie to someone ("Kern's sister, Mira Holt"): the tie is the
role, and the person it belongs to is no organisation.

Every sentence below is made up here; no corpus text.
"""

from __future__ import annotations

import pytest

from app.ingest.people.roles import split_role
from tests.ingest.parsing import RoleOrg, parse_body, role_org_by_slug

_SCENE = "The town was calm.\n\n"  # a calm paragraph before the text under test


def _people(body: str) -> dict[str, RoleOrg]:
    return role_org_by_slug(parse_body(_SCENE + body))


@pytest.mark.parametrize(
    ("phrase", "split"),
    [
        ("Kern’s sister", ("sister", None)),
        ("Olaf Kern's younger brother", ("younger brother", None)),
        ("me an email address for Kern’s mother", ("mother", None)),
        ("Acme's chief economist", ("chief economist", "Acme")),
        ("Acme's partner", ("partner", "Acme")),
    ],
)
def test_a_tie_to_a_named_person_is_the_role_with_no_organisation(
    phrase: str, split: tuple[str | None, str | None]
) -> None:
    assert split_role(phrase) == split


@pytest.mark.parametrize(
    "opening",
    [
        "She gave me an email address for Kern’s sister, Mira Holt.",
        "She wrote to Kern’s sister, Mira Holt.",
    ],
)
def test_a_relative_introduced_in_narration_keeps_the_tie(opening: str) -> None:
    people = _people(f"{opening}\n\n“I cannot believe it,” Holt said.")
    assert people["mira-holt"] == ("sister", None)

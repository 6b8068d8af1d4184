"""Two people joined by "and" and given one job in the plural ("Lee and Park were the
only officers on duty") hold it each; a workplace noted for them before stays with the job.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

import pytest

from tests.ingest.parsing import KindRoleOrg, kind_role_org_by_slug, parse_body

_SCENE = "The town was calm.\n\n"  # a calm paragraph before the text under test


def _people(body: str) -> dict[str, KindRoleOrg]:
    return kind_role_org_by_slug(parse_body(_SCENE + body))


@pytest.mark.parametrize(
    ("sentence", "role", "organization"),
    [
        (
            "Officials said Mira Holt and Olaf Kern were the only officers assigned to the "
            "unit, and nobody checked.",
            "officer",
            None,
        ),
        (
            "Mira Holt and Olaf Kern are both senior economists at Harbor Bank.",
            "senior economist",
            "Harbor Bank",
        ),
        ("Mira Holt and Olaf Kern were the only ones left.", None, None),
        ("Mira Holt and Olaf Kern were friends of the mayor.", None, None),
        ("Mira Holt, and Olaf Kern were economists.", None, None),
    ],
)
def test_a_plural_job_after_two_names_is_each_ones(
    sentence: str, role: str | None, organization: str | None
) -> None:
    people = _people(f"{sentence}\n\n“We were tired,” Kern said.")
    assert people["olaf-kern"][1:] == (role, organization)


def test_the_job_joins_the_workplace_noted_before() -> None:
    people = _people(
        "Officials said Mira Holt and Olaf Kern, assigned to the night shift at Harbor "
        "Prison, slept.\n\nLater, Holt and Kern were the only officers on duty.\n\n"
        "“We were tired,” Kern said."
    )
    assert people["olaf-kern"] == ("official", "officer", "Harbor Prison")


@pytest.mark.parametrize(
    ("opening", "role"),
    [
        (
            "Both accomplished songwriters who had written for the show “Harbor,” Kern’s "
            "co-writers Mira Holt and Ada Vell came to the project.",
            "accomplished songwriter",
        ),
        ("Both seasoned reporters, Mira Holt and Ada Vell flew home.", "seasoned reporter"),
        ("Both tired and hungry, Mira Holt and Ada Vell came home.", None),
        ("A few years later, Mira Holt came home.", None),
    ],
)
def test_a_job_opening_the_sentence_describes_its_subjects(opening: str, role: str | None) -> None:
    people = _people(f"{opening}\n\n“It was fun,” Holt said.")
    assert people["mira-holt"][1] == role

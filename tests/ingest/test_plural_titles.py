"""A plural title before a list of names gives each name its singular (made-up sentences;
no corpus text)."""

from __future__ import annotations

import pytest

from app.ingest.people.plural_titles import plural_title_before
from tests.ingest.parsing import kind_role_org_by_slug, parse_body


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("Sens. Mike Dornan (R-UT), Ron Kellet (R-WI) and ", "Sen."),
        ("Sens. Mike Dornan (R-UT), ", "Sen."),
        ("On Monday Senators Mike Dornan and ", "Senator"),
        ("Reps. Ann Hollis, Bo Tarnow, and ", "Rep."),
        # negatives: a verb or a lower-case word in the list; no plural title
        ("Senators met Mike Dornan and ", None),
        ("Sens. Mike Dornan said the bill was late, and ", None),
        ("Mike Dornan and ", None),
    ],
)
def test_plural_title_before(before: str, expected: str | None) -> None:
    assert plural_title_before(before) == expected


def test_the_last_name_of_a_titled_list_is_an_official() -> None:
    parsed = parse_body(
        "Sens. Mike Dornan (R-UT), Ron Kellet (R-WI) and Rick Sandor (R-FL) said that the "
        "bill must wait.\n"
    )
    assert kind_role_org_by_slug(parsed)["rick-sandor"][:2] == ("official", "Sen.")


def test_no_title_for_the_object_of_a_verb() -> None:
    parsed = parse_body(
        "Senators met Mike Dornan and Rick Sandor, who said that the bill must wait.\n"
    )
    assert kind_role_org_by_slug(parsed)["rick-sandor"][1] is None

"""A role noun next to a name that belongs to someone else: the asker of a question, the
reporters one talks to (issue 10: p8-B3).  Sentences are made up; none is taken from the
corpus.
"""

from __future__ import annotations

import pytest

from app.ingest.people.roles import split_role
from tests.ingest.parsing import kind_role_org_by_slug, parse_body


@pytest.mark.parametrize(
    "lead",
    [
        "Answering a question from a Morning Courier correspondent,",
        "In response to a question posed by a Daily Star reporter,",
        "Asked by a Harbor Radio correspondent,",
    ],
)
def test_the_askers_role_is_not_the_answerers(lead: str) -> None:
    people = kind_role_org_by_slug(
        parse_body(f"{lead} Farid Nouri said the embassy would reopen next week.")
    )
    assert people["farid-nouri"][1:] == (None, None)


def test_a_role_before_the_name_is_still_read() -> None:
    people = kind_role_org_by_slug(
        parse_body("Morning Courier correspondent Farid Nouri said the embassy would reopen.")
    )
    assert people["farid-nouri"][1:] == ("correspondent", "Morning Courier")


def test_the_title_after_a_meeting_with_is_the_met_persons() -> None:
    people = kind_role_org_by_slug(
        parse_body(
            "Minister Ada Lenz told reporters following her meeting with President Olu Bako "
            "that the border would open. Bako said that trade would grow."
        )
    )
    assert people["olu-bako"] == ("official", "President", None)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("reporters following her meeting with President", ("President", None)),
        ("a phone call with Prime Minister", ("Prime Minister", None)),
        ("adviser to President", ("adviser to President", None)),
        ("economist with Acme Bank", ("economist", "Acme Bank")),
    ],
)
def test_split_role(phrase: str, expected: tuple[str | None, str | None]) -> None:
    assert split_role(phrase) == expected

"""Who a person works for, when no job is named (issue 10, "organisation carried"): made-up
sentences."""

from __future__ import annotations

import datetime as dt

from app.ingest.parser import parse_article
from app.ingest.people.roles import split_role


def test_a_who_clause_naming_a_body_gives_the_organisation() -> None:
    assert split_role("who plays for the Harbor City Gulls") == (None, "Harbor City Gulls")
    assert split_role("who reports for NPR") == (None, "NPR")
    assert split_role("who writes for the Daily Ledger") == (None, "Daily Ledger")


def test_a_sentence_saying_whom_a_person_reports_for_gives_the_organisation() -> None:
    parsed = parse_article(
        "Title\n\nAs Emily Fong reports for NPR, the first cases came to light last week.\n\n"
        "“Do not hide things,” Fong said.",
        dt.date(2024, 5, 17),
    )
    (person,) = parsed.people
    assert (person.name, person.role, person.organization) == ("Emily Fong", None, "NPR")


def test_a_lower_case_body_after_for_is_no_organisation() -> None:
    parsed = parse_article(
        "Title\n\nAnn Vale works for a small charity in the north.\n\n“It helps,” Vale said.",
        dt.date(2024, 5, 17),
    )
    (person,) = parsed.people
    assert person.organization is None


def test_the_job_a_subject_is_appointed_to_is_their_role() -> None:
    parsed = parse_article(
        "Title\n\nJose Marino has agreed a deal to replace Mauro Pochet as Harbor's manager "
        "until the end of the season.\n\n“I am happy,” Marino said.",
        dt.date(2024, 5, 17),
    )
    (person,) = parsed.people
    assert (person.role, person.organization) == ("manager", "Harbor")


def test_named_as_something_that_is_no_job_gives_no_role() -> None:
    parsed = parse_article(
        "Title\n\nAnn Vale was named as a reason for the delay.\n\n“I am happy,” Vale said.",
        dt.date(2024, 5, 17),
    )
    (person,) = parsed.people
    assert person.role is None

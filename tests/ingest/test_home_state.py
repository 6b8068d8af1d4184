"""A state official's organisation is the U.S. state the article is about (issue 10).

Sentences are made up; none is taken from the corpus.
"""

from __future__ import annotations

from app.ingest.people.home_state import is_state_office, main_us_state
from tests.ingest.parsing import kind_role_org_by_slug, parse_body


def test_a_governor_serves_the_state_the_article_names_most() -> None:
    people = kind_role_org_by_slug(
        parse_body(
            "The new Nebraska fishing rules start in May. Gov. Lena Marsh signed them on "
            "Friday.\n\n“Our lakes need rest,” Marsh said. Fishers across Nebraska disagree."
        )
    )
    assert people["lena-marsh"] == ("official", "Gov.", "Nebraska")


def test_a_lower_case_state_office() -> None:
    people = kind_role_org_by_slug(
        parse_body(
            "Ohio schools will test reading twice a year. “It helps teachers,” said Ana Ruiz, "
            "the state schools superintendent. Ohio teachers' unions were not consulted."
        )
    )
    assert people["ana-ruiz"][1:] == ("state schools superintendent", "Ohio")


def test_no_state_is_guessed_when_none_leads() -> None:
    people = kind_role_org_by_slug(
        parse_body(
            "Ohio and Iowa signed the pact. Gov. Lena Marsh spoke first.\n\n"
            "“We share a river,” Marsh said. Ohio and Iowa will meet again."
        )
    )
    assert people["lena-marsh"][1:] == ("Gov.", None)


def test_a_named_organisation_is_kept_and_other_jobs_get_none() -> None:
    people = kind_role_org_by_slug(
        parse_body(
            "Texas ranchers lost cattle in Texas floods. “It was bad,” said Tom Birch, an "
            "economist at Harbor Bank. “We lost half,” said Ann Lee, a veterinarian."
        )
    )
    assert people["tom-birch"][1:] == ("economist", "Harbor Bank")
    assert people["ann-lee"][1:] == ("veterinarian", None)


def test_the_state_counts_whole_names_only() -> None:
    assert main_us_state("South Dakotans love South Dakota. South Dakota's lakes.") == (
        "South Dakota"
    )
    assert main_us_state("Kansas City, Kansas.") == "Kansas"
    assert main_us_state("Kansas once.") is None
    assert main_us_state("Virginia twice, Virginia. West Virginia.") == "Virginia"


def test_state_offices() -> None:
    assert is_state_office("Lt. Gov.")
    assert is_state_office("Republican state senator")
    assert is_state_office("state schools Superintendent")
    assert not is_state_office("head of state")
    assert not is_state_office("state media anchor")
    assert not is_state_office("Secretary of State")

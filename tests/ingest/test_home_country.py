"""A national official's organisation is the country they serve (issue 10).

Sentences are made up; none is taken from the corpus.
"""

from __future__ import annotations

import pytest

from app.ingest.people.home_country import home_country, is_national_office, one_state_office
from tests.ingest.parsing import kind_role_org_by_slug, parse_body

_US_ABOUT_VALDORIA = (
    "The White House wants Valdoria to reopen its ports. Republicans in Congress agree, "
    "and Democrats in the House of Representatives have asked Valdoria's ministers to "
    "testify. Valdoria said it would consider the request; Valdoria's ports stay shut."
)


def test_a_president_in_a_us_article_about_another_country_serves_the_us() -> None:
    people = kind_role_org_by_slug(
        parse_body(
            _US_ABOUT_VALDORIA + "\n\n“The ports must open,” President Tom Ridley said on Friday."
        )
    )
    assert people["tom-ridley"] == ("official", "President", "U.S.")


def test_an_envoy_to_another_country_serves_the_home_country() -> None:
    people = kind_role_org_by_slug(
        parse_body(
            _US_ABOUT_VALDORIA
            + "\n\n“We tried,” said Ann Lowe, the former special envoy to Valdoria."
        )
    )
    assert people["ann-lowe"][1:] == ("former special envoy to Valdoria", "U.S.")


def test_a_named_country_or_body_is_kept() -> None:
    people = kind_role_org_by_slug(
        parse_body(
            _US_ABOUT_VALDORIA + "\n\n“We will wait,” Chilean President Ida Marek said. "
            "“It is early,” said Tom Birch, the president of the Harbor Club."
        )
    )
    assert people["ida-marek"][1:] == ("President", "Chile")
    assert people["tom-birch"][1:] == ("president", "Harbor Club")


def test_no_country_is_guessed_without_domestic_institutions() -> None:
    people = kind_role_org_by_slug(
        parse_body(
            "Valdoria will reopen its ports. Valdoria's neighbours agree.\n\n"
            "“The ports must open,” President Tom Ridley said on Friday."
        )
    )
    assert people["tom-ridley"][1:] == ("President", None)


def test_secretary_of_state_alone_is_a_us_office() -> None:
    people = kind_role_org_by_slug(
        parse_body(
            "Valdoria freed two hostages on Tuesday.\n\n“This gives us hope,” Secretary of "
            "State Mark Dunn said."
        )
    )
    assert people["mark-dunn"] == ("official", "Secretary of State", "U.S.")


def test_the_home_country_needs_a_clear_lead() -> None:
    assert home_country("The Kremlin and the Duma met. The State Duma voted.") == "Russia"
    assert home_country("The White House and the Kremlin met. Congress and the Duma.") is None
    assert home_country("The White House said so. Congress.") is None  # two markers only
    assert home_country("Washington State rains. Washington State. Washington State.") is None


@pytest.mark.parametrize(
    ("role", "national"),
    [
        ("President", True),
        ("Vice President", True),
        ("Ambassador", True),
        ("former special envoy to Ukraine", True),
        ("state senator", False),
        ("president of the student union", False),
        ("county attorney general", False),
        ("economist", False),
    ],
)
def test_national_offices(role: str, national: bool) -> None:
    assert is_national_office(role) is national


def test_one_state_offices() -> None:
    assert one_state_office("Secretary of State") == "U.S."
    assert one_state_office("special counsel") == "U.S."
    assert one_state_office("Secretary of State for Health") is None
    assert one_state_office("head of state") is None

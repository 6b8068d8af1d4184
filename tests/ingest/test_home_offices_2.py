"""The state or country of an official whose organisation the article leaves implied:
a Russian paper's minister, a U.S. or British cabinet secretary, a U.S. state's secretary
of state in an article about its vote (app.ingest.people.home_country, home_state).

Every sentence below is made up here; no corpus text.
"""

from __future__ import annotations

import pytest

from app.ingest.people.home_country import home_country, one_state_office
from tests.ingest.parsing import kind_role_org_by_slug, parse_body


def test_a_russian_paper_names_its_country_as_it_writes_it() -> None:
    text = (
        "The Ministry of Transport of the Russian Federation will spend 90 billion rubles on "
        "roads. Regions of the Russian Federation will get 30 billion rubles.\n\n"
        "“Roads will be repaired,” Transport Minister Roman Starov said."
    )
    assert kind_role_org_by_slug(parse_body(text))["roman-starov"] == (
        "official",
        "Transport Minister",
        "Russian Federation",
    )


def test_a_russian_paper_calling_it_russia_gets_russia() -> None:
    text = (
        "Russia will spend 90 billion rubles on roads, Moscow said; Russia's regions get "
        "30 billion rubles."
    )
    assert home_country(text) == "Russia"


def test_rubles_alone_in_a_us_article_do_not_outweigh_washington() -> None:
    text = (
        "The White House and Congress argued; Republicans said the rubles were frozen. "
        "Democrats in Washington agreed."
    )
    assert home_country(text) == "U.S."


@pytest.mark.parametrize(
    ("role", "country"),
    [
        ("Commerce Secretary", "U.S."),
        ("Treasury Secretary", None),
        ("Homeland Security Secretary", "U.S."),
        ("former Defense Secretary", "U.S."),
        ("Home Secretary", "United Kingdom"),
        ("Defence Secretary", "United Kingdom"),
        ("Health Secretary", None),
        ("Education Secretary", None),
        ("press secretary", None),
        ("Commerce Minister", None),
    ],
)
def test_a_cabinet_secretary_of_one_state(role: str, country: str | None) -> None:
    assert one_state_office(role) == country


def test_a_commerce_secretary_with_no_country_serves_the_us() -> None:
    text = "Steel tariffs rose.\n\n“Tariffs work,” Commerce Secretary Hal Lutz said."
    assert kind_role_org_by_slug(parse_body(text))["hal-lutz"][1:] == ("Commerce Secretary", "U.S.")


_GEORGIA_VOTE = (
    "Voting began in Georgia on Tuesday. Georgia counties reported long lines, and voters "
    "waited for hours to cast ballots.\n\n"
)


def test_a_secretary_of_state_in_an_article_about_a_state_s_vote_is_the_state_s() -> None:
    text = _GEORGIA_VOTE + "“Lines are short now,” said Secretary of State Brad Raff."
    assert kind_role_org_by_slug(parse_body(text))["brad-raff"][1:] == (
        "Secretary of State",
        "Georgia",
    )


def test_a_secretary_of_state_with_no_vote_is_the_us_one() -> None:
    text = (
        "Georgia and Ohio sent troops. Georgia's troops arrived first.\n\n"
        "“We stand with our allies,” said Secretary of State Mike Pomp."
    )
    assert kind_role_org_by_slug(parse_body(text))["mike-pomp"][1:] == (
        "Secretary of State",
        "U.S.",
    )

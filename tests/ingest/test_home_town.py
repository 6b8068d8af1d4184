"""A local official's town or school district, when the article names it and the
apposition does not (app.ingest.people.home_town).

Every sentence below is made up here; no corpus text.
"""

from __future__ import annotations

from app.ingest.people.home_town import main_school_district, main_town
from tests.ingest.parsing import kind_role_org_by_slug, parse_body


def test_a_mayor_serves_the_town_the_article_names() -> None:
    text = (
        "The storm hit the town of Millbrook on Tuesday, and the Millbrook Town Council met "
        "at night.\n\n“Stay inside,” Mayor Karen Holt said."
    )
    assert kind_role_org_by_slug(parse_body(text))["karen-holt"] == (
        "official",
        "Mayor",
        "Millbrook",
    )


def test_a_superintendent_serves_the_school_district_the_article_names() -> None:
    text = (
        "Schools in the Millbrook School District closed on Monday.\n\n"
        "“Buses cannot run,” Superintendent Ed Burns said."
    )
    assert kind_role_org_by_slug(parse_body(text))["ed-burns"] == (
        "official",
        "Superintendent",
        "Millbrook School District",
    )


def test_no_town_is_guessed() -> None:
    assert main_town("The City Council met. The storm hit the coast.") is None
    assert main_town("The city of Avon and the town of Esk flooded.") is None  # a tie
    assert main_town("The Avon Police Department and Avon City Hall.") == "Avon"
    assert main_school_district("The school district closed.") is None


def test_a_mayor_with_no_town_named_keeps_none() -> None:
    text = "The storm hit the coast.\n\n“Stay inside,” Mayor Karen Holt said."
    assert kind_role_org_by_slug(parse_body(text))["karen-holt"] == ("official", "Mayor", None)

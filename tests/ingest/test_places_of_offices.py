"""The capital a dateline names, the one region an article names, and "People's Deputy"
(issue 10: p9-C2, p8-B2, p7-B8).  Sentences are made up; none is taken from the corpus.
"""

from __future__ import annotations

import pytest

from app.ingest.people.dateline_country import dateline_city
from app.ingest.people.named_bodies import fill_regions
from app.ingest.people.registry import Person
from app.ingest.people.roles import split_role
from tests.ingest.parsing import kind_role_org_by_slug, parse_body


def test_the_capital_is_the_datelines_city() -> None:
    people = kind_role_org_by_slug(
        parse_body(
            "LIMA – Prices will rise in May, said Ana Ruiz, the consumer rights "
            "commissioner in the capital."
        )
    )
    assert people["ana-ruiz"][1:] == ("consumer rights commissioner", "Lima")


def test_the_capital_without_a_dateline_is_no_organisation() -> None:
    people = kind_role_org_by_slug(
        parse_body(
            "Prices will rise in May, said Ana Ruiz, the consumer rights commissioner in "
            "the capital."
        )
    )
    assert people["ana-ruiz"][1:] == ("consumer rights commissioner", None)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        (
            "the consumer rights commissioner in the capital",
            ("consumer rights commissioner", "capital"),
        ),
        ("a doctor in the capital", ("doctor in the capital", None)),
        ("People's Deputy", ("People's Deputy", None)),
        ("Ukrainian People's Deputy", ("People's Deputy", "Ukraine")),
    ],
)
def test_split_role(phrase: str, expected: tuple[str | None, str | None]) -> None:
    assert split_role(phrase) == expected


@pytest.mark.parametrize(
    ("text", "city"),
    [("LIMA – Prices rose.", "Lima"), ("PORTVIK, Norland – Prices rose.", None)],
)
def test_dateline_city(text: str, city: str | None) -> None:
    assert dateline_city(text) == city


def _regional(role: str) -> Person:
    person = Person(name="Hal Brandt", role=role)
    person.has_statement = True
    return person


@pytest.mark.parametrize(
    ("role", "text", "expected"),
    [
        ("regional governor", "The Lowland province lost its orchards.", "Lowland province"),
        ("regional governor", "Frost hit the Province of Vell.", "Province of Vell"),
        ("regional governor", "The Lowland province and the Kursk region froze.", None),
        ("regional governor", "Nothing is named here.", None),
        ("governor", "The Lowland province lost its orchards.", None),
    ],
)
def test_fill_regions(role: str, text: str, expected: str | None) -> None:
    person = _regional(role)
    fill_regions([person], text)
    assert person.organization == expected


def test_a_regional_governor_of_the_region_named_before() -> None:
    people = kind_role_org_by_slug(
        parse_body(
            "The Lowland province has lost half its orchards to frost. “We will replant,” "
            "regional governor Hal Brandt said."
        )
    )
    assert people["hal-brandt"] == ("official", "regional governor", "Lowland province")

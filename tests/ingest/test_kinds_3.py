"""Multi-word office titles, elected local boards, supranational office holders and
companies named by an industry word (made-up sentences; no corpus text)."""

from __future__ import annotations

import pytest

from app.ingest.people.roles import split_role
from tests.ingest.parsing import kind_role_org_by_slug, parse_body


def _people(body: str) -> dict[str, tuple[str, str | None, str | None]]:
    return kind_role_org_by_slug(parse_body("The town was calm.\n\n" + body))


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Greene County District Attorney", ("District Attorney", "Greene County")),
        ("Brooklyn District Attorney", ("District Attorney", "Brooklyn")),
        ("Cook County Circuit Judge", ("Circuit Judge", "Cook County")),
        ("Circuit Judge", ("Circuit Judge", None)),
        ("Public Defender", ("Public Defender", None)),
        ("Board President", ("Board President", None)),
        ("Council Chair", ("Council Chair", None)),
        # negatives: a polity's or a body's name keeps its noun
        ("Harlan County Sheriff", ("Sheriff", "Harlan County")),
        ("Millbrook School Board President", ("President", "Millbrook School Board")),
        ("Federal Reserve Governor", ("Governor", "Federal Reserve")),
        ("Acme Chief Financial Officer", ("Chief Financial Officer", "Acme")),
        ("Ameriprise Financial chief economist", ("chief economist", "Ameriprise Financial")),
    ],
)
def test_a_two_word_office_keeps_its_first_word(
    phrase: str, expected: tuple[str | None, str | None]
) -> None:
    assert split_role(phrase) == expected


@pytest.mark.parametrize(
    ("body", "slug", "expected"),
    [
        (
            '"We will prosecute every case," Greene County District Attorney Jane Roe said.',
            "jane-roe",
            ("official", "District Attorney", "Greene County"),
        ),
        (
            '"The motion is denied," Circuit Judge Lisa Wong said on Monday.',
            "lisa-wong",
            ("official", "Circuit Judge", None),
        ),
        (
            '"My client is innocent," Public Defender Sam Ortiz said on Monday.',
            "sam-ortiz",
            ("official", "Public Defender", None),
        ),
    ],
)
def test_a_two_word_office_in_an_article(
    body: str, slug: str, expected: tuple[str, str | None, str | None]
) -> None:
    assert _people(body)[slug] == expected


def test_a_company_named_by_an_industry_word_is_no_person() -> None:
    people = _people(
        "Vexa Robotics said on Monday that sales rose. "
        '"We are growing," said Ben Ng, the company\'s chief executive.'
    )
    assert "vexa-robotics" not in people
    assert people["ben-ng"] == ("expert", "chief executive", "Vexa Robotics")


@pytest.mark.parametrize(
    ("body", "slug", "organization"),
    [
        ('"Sales rose," said Ben Ng of Helix Biosciences.', "ben-ng", "Helix Biosciences"),
        (
            '"The market is growing," said Ana Ruiz, co-founder of Lumen Therapeutics.',
            "ana-ruiz",
            "Lumen Therapeutics",
        ),
    ],
)
def test_an_industry_word_ends_an_organisation(body: str, slug: str, organization: str) -> None:
    kind, _, org = _people(body)[slug]
    assert (kind, org) == ("expert", organization)


def test_an_industry_word_company_speaking_is_no_person() -> None:
    assert _people('"Costs fell," Orbit Logistics said on Monday.') == {}

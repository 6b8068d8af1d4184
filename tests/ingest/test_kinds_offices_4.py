"""Kinds for municipal offices, police ranks, company spokespeople and a legislature's
factions and committees (made-up sentences; no corpus text)."""

from __future__ import annotations

import pytest

from tests.ingest.parsing import kind_role_org_by_slug, parse_body


def _people(body: str) -> dict[str, tuple[str, str | None, str | None]]:
    return kind_role_org_by_slug(parse_body("The town was calm.\n\n" + body))


@pytest.mark.parametrize(
    ("sentence", "slug", "expected"),
    [
        (
            "City Attorney Rolf Danner stated that the town would appeal the ruling.",
            "rolf-danner",
            ("official", "City Attorney", None),
        ),
        (
            "City Manager Tina Hollis said that the budget was balanced.",
            "tina-hollis",
            ("official", "City Manager", None),
        ),
        (
            "Captain Lena Morrow of the harbor police said that the crew checked each room.",
            "lena-morrow",
            ("official", "Captain", None),
        ),
        # a team's captain is no officer, whatever the sentence says of the police
        (
            "Team captain Ola Brekke said that the police had been kind to the fans.",
            "ola-brekke",
            ("expert", "team captain", None),
        ),
        (
            "Although Veltrix heard from a few worried owners, company spokesman Dan Roos "
            "said that the plant would stay open.",
            "dan-roos",
            ("expert", "company spokesman", "Veltrix"),
        ),
        (
            "The leader of the faction Sergei Norin said that the bill would pass this week.",
            "sergei-norin",
            ("official", "leader of the faction", None),
        ),
        (
            "The leader of the rebel faction Omar Talib said that the truce would fail.",
            "omar-talib",
            ("expert", "leader of the rebel faction", None),
        ),
        (
            "The head of the Committee Vasily Perov said that the bill would fail in the Duma.",
            "vasily-perov",
            ("official", "head", "Committee"),
        ),
    ],
)
def test_kinds_of_local_police_company_and_legislature_roles(
    sentence: str, slug: str, expected: tuple[str, str | None, str | None]
) -> None:
    assert _people(sentence)[slug] == expected


def test_a_company_spokesman_speaks_for_the_company_named_in_the_sentence() -> None:
    people = _people(
        "Although Veltrix heard from a few worried owners, company spokesman Dan Roos said "
        "that the plant would stay open."
    )
    assert people["dan-roos"] == ("expert", "company spokesman", "Veltrix")


def test_no_company_taken_when_the_sentence_names_two() -> None:
    people = _people(
        "Although Veltrix and Ostera heard from a few worried owners, company spokesman Dan "
        "Roos said that the plant would stay open."
    )
    assert people["dan-roos"][2] is None

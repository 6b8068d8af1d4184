"""A body named for an election or a storm is the state's only when the state's words
qualify its name: firms, campaigns, volunteers' groups and TV stations name theirs so too
("Rock the Vote Center", "Storm Center").  A public service's volunteers and partners are
not its staff; a body the article calls a nonprofit is none; a "Conference Center
Authority" runs a hall, not a sport; a state's mission "to" a country is the state's."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from app.ingest.parser import parse_article
from app.ingest.people.kinds import classify


def _kinds(text: str) -> dict[str, str]:
    article = parse_article(
        f"Count goes on\n\n{text}\n\nMore results are expected on Tuesday.",
        dt.date(2025, 1, 1),
        title="Count goes on",
    )
    return {person.name: person.kind for person in article.people}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # not the state's: a firm's unit, a campaign, volunteers, a firm, a nonprofit, a station
        (
            '"Counts are on time," said Ada Pike, a manager at the Election Services Center '
            "of Dominion Voting.",
            "Ada Pike",
            "expert",
        ),
        (
            '"Register now," said Ben Lore, a director of the Rock the Vote Center.',
            "Ben Lore",
            "expert",
        ),
        (
            '"Lines were long," said Cal Moss, a volunteer with the Election Protection Committee.',
            "Cal Moss",
            "expert",
        ),
        (
            '"Rain will fall," said Dee Rusk, a partner at the Storm Advisory Board.',
            "Dee Rusk",
            "expert",
        ),
        (
            '"The count was clean," said Eve Tarr, the chair of the Tarnville Election '
            "Integrity Council, a nonprofit.",
            "Eve Tarr",
            "expert",
        ),
        (
            '"The storm will strengthen," said Fay Lund, a forecaster at the Storm Center.',
            "Fay Lund",
            "expert",
        ),
        # the state's: a public hall's authority, a union of states' mission, a commission
        (
            '"We will host the fair," said Gil Marr, commissioner of the Tarn County '
            "Conference Center Authority.",
            "Gil Marr",
            "official",
        ),
        (
            '"The vote was calm," said Hal Nye, head of the UN mission to Norvania.',
            "Hal Nye",
            "official",
        ),
        (
            '"Turnout was high," said Ida Voss, chair of the Central Election Commission.',
            "Ida Voss",
            "official",
        ),
    ],
)
def test_in_an_article(text: str, name: str, kind: str) -> None:
    assert _kinds(text).get(name) == kind


@pytest.mark.parametrize(
    ("role", "organization"),
    [
        ("manager", "Election Services Center of Dominion Voting"),
        ("director", "Rock the Vote Center"),
        ("volunteer", "Election Protection Committee"),
        ("partner", "Storm Advisory Board"),
        ("chair", "Tarnville Election Integrity Council"),
        ("forecaster", "Storm Center"),
        ("senior hurricane forecaster", "Storm Centre"),
        ("director", "Election Center"),
        ("volunteer", "National Election Commission"),
        ("partner", "Tarn County Emergency Management Agency"),
        ("head", "Acme mission to Norvania"),
        ("commissioner", "Big Tarn Conference"),
        ("commissioner", "Tarn Athletic Conference"),
    ],
)
def test_unqualified_or_outside_bodies_are_experts(role: str, organization: str) -> None:
    assert classify(role, organization, "") == "expert"


@pytest.mark.parametrize(
    ("role", "organization"),
    [
        ("member", "Election Commission"),
        ("member", "Election Commission of Norvania"),
        ("chair", "Tarn County Election Board"),
        ("director", "Texas Election Commission"),
        ("forecaster", "National Storm Center"),
        ("forecaster", "Weather Service office"),
        ("commissioner", "Tarn County Conference Center Authority"),
        ("head", "UN mission to Norvania"),
        ("head", "OSCE mission to Norvania"),
        ("spokeswoman", "Tarn Office of Emergency Management"),
    ],
)
def test_qualified_state_bodies_are_officials(role: str, organization: str) -> None:
    assert classify(role, organization, "") == "official"


def test_a_body_the_article_calls_a_nonprofit_is_none() -> None:
    context = "Ann Lee, chair of the Tarn County Election Board, a nonprofit, said so."
    assert classify("chair", "Tarn County Election Board", context) == "expert"
    context = "Ann Lee, chair of the Tarn County Election Board, said a nonprofit helped."
    assert classify("chair", "Tarn County Election Board", context) == "official"


# A timing ratio: with the linear-time group in `make test-slow`, run in one process.
@pytest.mark.slow
@pytest.mark.parametrize(
    "organization",
    [
        "Tarn " + "Election " * 2_000 + "Commission of Norvania",
        "Election Center " + "of Tarn " * 1_000,
        "UN " + "mission to " * 1_000 + "Norvania",
    ],
)
def test_qualifier_rules_stay_linear(organization: str) -> None:
    def timed(name: str) -> float:
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            classify("forecaster", name, f"Ann Lee, a forecaster at the {name}, a nonprofit.")
            classify(None, name, "")
            best = min(best, time.perf_counter() - start)
        return best

    small = timed(organization[: len(organization) // 10])
    large = timed(organization)
    assert large < max(small, 0.02) * 40

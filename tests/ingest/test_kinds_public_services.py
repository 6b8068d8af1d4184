"""Staff of the public services only a state runs are civil servants (README "Gold
format": officials include the staff of state and intergovernmental bodies): a national
or a county weather service's forecasters, an emergency management agency's staff, an
election commission's chair and members, the head of an intergovernmental observer
mission.  A private weather firm's meteorologist, a bank's chair, an NGO's head and the
economists and researchers of any body stay experts."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from app.ingest.parser import parse_article
from app.ingest.people.kinds import classify


@pytest.mark.parametrize(
    ("role", "organization"),
    [
        # weather services: named by the state's words ("Weather Service" alone is the state's)
        ("senior hurricane forecaster", "National Storm Centre"),
        ("Director", "National Storm Centre"),
        ("meteorologist", "NWS"),
        ("meteorologist", "National Weather Service in Tarnville"),
        ("meteorologist in charge", "Weather Service office in Tarnville"),
        ("meteorologist", "weather service"),
        ("forecaster", "Tarn County Weather Service"),
        ("forecaster", "Tarn Hydrometeorological Centre"),
        ("Meteorologist in Charge", None),
        # emergency management
        ("Director", "EMA"),
        ("spokeswoman", "Tarn Office of Emergency Management"),
        ("director", "Tarn County Emergency Management Agency"),
        # election commissions
        ("Chairwoman", "Central Vote Commission"),
        ("head", "Norvanian Central Election Commission"),
        ("member", "Tarn State Election Commission"),
        ("secretary", "Central Election Commission of Norvania"),
        ("chairwoman", "CEC"),
        ("president", "Supreme Electoral Tribunal"),
        ("member", "National Electoral Council"),
        # missions of states and of their unions
        ("head", "OSCE observer mission"),
        ("head", "CIS observer mission"),
        ("head", "OSCE/ODIHR election observation mission"),
        ("head", "EU election observation mission"),
        ("deputy head", "the regional states' observer mission"),
        ("spokeswoman", "UN"),
        # a public health centre
        ("deputy director", "Tarn's disease prevention and control centre"),
    ],
)
def test_staff_of_public_services_are_officials(role: str, organization: str | None) -> None:
    assert classify(role, organization, "") == "official"


@pytest.mark.parametrize(
    ("role", "organization"),
    [
        # private forecasters and a station's weather desk
        ("meteorologist", "Skyline Weather Inc"),
        ("meteorologist", "Skyline Weather"),
        ("meteorologist", "Skyline Weather Center"),
        ("meteorologist", "WTRN Storm Center"),
        ("chief meteorologist", "WTRN-TV"),
        # scholars of a state's service stay experts
        ("economist", "National Storm Centre"),
        ("researcher", "Tarn County Emergency Management Agency"),
        ("hurricane researcher", "National Hurricane Center"),
        ("special rapporteur on torture", "UN"),
        # bodies no state runs, named for the same fields
        ("head", "Clean Vote Foundation"),
        ("director", "Election Law Institute"),
        ("senior fellow", "Center for Election Science"),
        ("president", "Tarn Emergency Management Association"),
        ("head", "Golos election monitoring group"),
        ("head", "NDI observer mission"),
        ("head", "Acme trade delegation"),
        # a company's director, a university's head, a bank's chair
        ("director", "Harbor Analytics"),
        ("chair", "Harborbank"),
        ("chairman", "Quarkly"),
        ("head of the history department", "Tarn University"),
    ],
)
def test_private_bodies_and_scholars_stay_experts(role: str, organization: str | None) -> None:
    assert classify(role, organization, "") == "expert"


def test_no_role_at_a_public_service_is_its_staff() -> None:
    assert classify(None, "Emergency Management Agency", "") == "official"
    assert classify(None, "OSCE observer mission", "") == "official"
    assert classify(None, "Skyline Weather Center", "") == "expert"


def _kinds(text: str) -> dict[str, str]:
    article = parse_article(
        f"Storm hits the coast\n\n{text}\n\nMore rain is expected on Tuesday.",
        dt.date(2025, 1, 1),
        title="Storm hits the coast",
    )
    return {person.name: person.kind for person in article.people}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            '"The storm will strengthen," said Ada Pike, a senior hurricane forecaster '
            "at the National Storm Centre.",
            "Ada Pike",
            "official",
        ),
        ("NWS meteorologist Ada Pike said the storm would strengthen.", "Ada Pike", "official"),
        ("EMA Director Ruth Kane said shelters were open.", "Ruth Kane", "official"),
        (
            "Chairwoman of the Central Vote Commission Mira Tolst said turnout was high.",
            "Mira Tolst",
            "official",
        ),
        (
            "Sergei Lanin, head of the OSCE observer mission, said the vote was fair.",
            "Sergei Lanin",
            "official",
        ),
        (
            '"The storm will strengthen," said Ada Pike, a meteorologist with Skyline Weather Inc.',
            "Ada Pike",
            "expert",
        ),
        ("Ann Lee, chair of Harborbank, said turnout was high.", "Ann Lee", "expert"),
    ],
)
def test_in_an_article(text: str, name: str, kind: str) -> None:
    assert _kinds(text).get(name) == kind


# A timing ratio: with the linear-time group in `make test-slow`, run in one process.
@pytest.mark.slow
@pytest.mark.parametrize(
    "organization",
    [
        "Weather " + "in " * 2_000 + "Service",
        "Tarn " + "Storm " * 2_000 + "Centre in Tarnville",
        "OSCE " + "mission of " * 1_000 + "the CIS",
        "Tarn" + " in Tarn" * 2_000,
    ],
)
def test_public_service_rules_stay_linear(organization: str) -> None:
    """The rules read an organisation's name with anchored patterns and one scan: a name
    ten times longer takes about ten times as long, not a hundred."""

    def timed(name: str) -> float:
        best = float("inf")
        for _ in range(3):  # the best of three: a busy machine slows one run, not all
            start = time.perf_counter()
            classify("forecaster", name, "")
            classify(None, name, "")
            best = min(best, time.perf_counter() - start)
        return best

    small = timed(organization[: len(organization) // 10])
    large = timed(organization)
    assert large < max(small, 0.02) * 40


@pytest.mark.parametrize(
    ("role", "organization"),
    [
        ("commissioner", "NFL"),
        ("Commissioner", "NBA"),
        ("League Commissioner", None),
        ("commissioner of the Tarn Football League", None),
        ("Commissioner", "Big Tarn Conference"),
    ],
)
def test_a_sport_commissioner_holds_no_office(role: str, organization: str | None) -> None:
    assert classify(role, organization, "") == "expert"


@pytest.mark.parametrize(
    ("role", "organization"),
    [
        ("County Commissioner", None),
        ("Commissioner", "Tarn County"),
        ("Insurance Commissioner", "Tarn"),
        ("Police Commissioner", None),
        ("European Commissioner", None),
        ("state's sports commissioner", None),
        ("state athletic commissioner", None),
    ],
)
def test_a_public_commissioner_is_an_official(role: str, organization: str | None) -> None:
    assert classify(role, organization, "") == "official"


def test_a_countys_public_service_job_is_its_staff() -> None:
    context = "Ann Lee, elections supervisor for Tarn County, said turnout was high."
    assert classify("elections supervisor", "Tarn County", context) == "official"
    context = "Ann Lee, a planner with Tarn County, said the road would be built."
    assert classify("planner", "Tarn County", context) == "official"


@pytest.mark.parametrize(
    ("role", "organization", "context"),
    [
        ("veterinarian", "Tarn County", "Ann Lee, a veterinarian from Tarn County, said so."),
        ("engineer", "Tarn County", "Ann Lee, an engineer in Tarn County, said so."),
        ("sales manager", "Tula region", "Ann Lee, a sales manager for the Tula region, said so."),
        ("farmer", "Tarn County", "Ann Lee, a farmer for Tarn County, said so."),
    ],
)
def test_who_comes_from_a_county_or_covers_a_region_is_not(
    role: str, organization: str, context: str
) -> None:
    assert classify(role, organization, context) == "expert"

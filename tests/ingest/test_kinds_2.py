"""Expert or official (app.ingest.people.kinds) for shapes an independent held-out check
found read the wrong way: a deputy of a company head, an elected local council or board,
the European Commission.

Every sentence below is made up here; no corpus text.
"""

from __future__ import annotations

import pytest

from app.ingest.people.kinds import classify
from tests.ingest.parsing import kind_role_org_by_slug, parse_body


def _kind(body: str, slug: str) -> str:
    return kind_role_org_by_slug(parse_body("The town was calm.\n\n" + body))[slug][0]


@pytest.mark.parametrize(
    ("role", "organization", "kind"),
    [
        # "deputy" before another job word is that job's second, not a parliament's deputy
        ("deputy general director", "Russian Railways", "expert"),
        ("first deputy general director", "Orlan Freight", "expert"),
        ("deputy director of the program on Medicare policy", "Harbor Health Fund", "expert"),
        ("deputy head", "Ministry of Finance", "official"),
        ("deputy prime minister", None, "official"),
        ("deputy mayor", None, "official"),
        ("State Duma deputy", "A Just Russia", "official"),
        ("deputy of the regional assembly", None, "official"),
        # a head whose role names a state body
        ("deputy chairman of the Duma committee on energy", "A Just Russia", "official"),
        ("chairman of the board", "Orlan Freight", "expert"),
        # the staff of the President's office, not a desk
        ("deputy chief of staff", "White House", "official"),
    ],
)
def test_a_deputy_is_the_second_of_the_job_after_it(
    role: str, organization: str | None, kind: str
) -> None:
    assert classify(role, organization, "") == kind


@pytest.mark.parametrize(
    ("role", "organization", "kind"),
    [
        ("member", "Millbrook City Council", "official"),
        ("member", "city council", "official"),
        ("president", "Millbrook school board", "official"),
        ("president", "Millbrook Board of Education", "official"),
        ("chairman", "Harlow County Commission", "official"),
        ("chair", "regional council", "official"),
        ("executive vice-president", "European Commission", "official"),
        ("Vice-President", "European Commission", "official"),
        # councils and boards no polity elects
        ("member", "Eurasian Expert Council", "expert"),
        ("president", "Penn State University Board of Trustees", "expert"),
        ("member", "board of directors", "expert"),
        ("personal lawyer", "City Council", "expert"),
    ],
)
def test_a_polity_s_council_or_board_is_the_state(role: str, organization: str, kind: str) -> None:
    assert classify(role, organization, "") == kind


def test_a_council_member_in_a_sentence_is_an_official() -> None:
    assert (
        _kind(
            "“Parks get more money,” said Tom Reyes, a member of the Millbrook City Council.",
            "tom-reyes",
        )
        == "official"
    )
    assert _kind("“Parks get more money,” said City Council member Tom Reyes.", "tom-reyes") == (
        "official"
    )


def test_a_deputy_director_of_a_foundation_is_an_expert() -> None:
    assert (
        _kind(
            "“Seniors will pay more,” said Ruth Ames, deputy director of the program on "
            "Medicare policy at the Harbor Health Fund.",
            "ruth-ames",
        )
        == "expert"
    )


@pytest.mark.parametrize(
    ("role", "organization", "context", "kind"),
    [
        # a director runs a body, never governs a place
        ("general director", "Rusagrotrans", "", "expert"),
        ("executive director", "Aviaport", "", "expert"),
        ("artistic director", "Bolshoi", "", "expert"),
        # an acronym not known as a state's is an association's or a firm's
        ("president", "AKIT", "", "expert"),
        ("head", "KFF", "", "expert"),
        # the article describes the name as a body
        (
            "president",
            "Russoft",
            "said Ivo Marr, president of Russoft, the association of software developers.",
            "expert",
        ),
        ("head of the analytical service", "Aviaport", "", "expert"),
        # places and state bodies stay officials'
        ("president", "Ruritania", "", "official"),
        ("head", "Tatarstan", "", "official"),
        ("head", "RF", "", "official"),
        ("director", "NASA", "", "official"),
        ("head", "Rosstat", "", "official"),
        ("director", "FBI", "", "official"),
    ],
)
def test_a_one_word_name_is_a_place_only_for_a_head_who_could_govern_it(
    role: str, organization: str, context: str, kind: str
) -> None:
    assert classify(role, organization, context) == kind


@pytest.mark.parametrize(
    ("body", "slug"),
    [
        (
            "“The wagons are in short supply,” said Pavel Orlov, general director of Rusagrotrans.",
            "pavel-orlov",
        ),
        (
            "According to Aviaport executive director Oleg Lanin, demand has fallen.",
            "oleg-lanin",
        ),
        ("“Marketplaces will pay more,” said Artem Sokolin, president of AKIT.", "artem-sokolin"),
        (
            "“Developers are leaving,” said Vera Makarina, president of Russoft, the association "
            "of software developers.",
            "vera-makarina",
        ),
    ],
)
def test_heads_of_companies_and_associations_are_experts(body: str, slug: str) -> None:
    assert _kind(body, slug) == "expert"


@pytest.mark.parametrize(
    ("role", "organization", "kind"),
    [
        # the police are the state's, written in lower case too
        ("head", "department of the district police", "official"),
        ("head", "district police department", "official"),
        ("president", "Fraternal Order of Police", "expert"),
        ("head", "Police Foundation", "expert"),
        # a village or a rural settlement is a polity
        ("head", "Ivanovka rural settlement", "official"),
        ("head of the village", None, "official"),
        ("head of the district", None, "official"),
        # a polity's employee named by its lower-case noun
        ("city traffic engineer", None, "official"),
        ("county clerk", None, "official"),
        ("city editor", None, "expert"),
        ("state champion", None, "expert"),
        # a council with no name is the town's
        ("member", "council", "official"),
        ("councilor", None, "official"),
    ],
)
def test_the_police_villages_and_town_staff_are_the_state(
    role: str, organization: str | None, kind: str
) -> None:
    assert classify(role, organization, "") == kind


@pytest.mark.parametrize(
    ("body", "slug"),
    [
        (
            "“We are looking for the driver,” said Ivan Sidorin, head of the department of the "
            "district police.",
            "ivan-sidorin",
        ),
        ("The head of the village Nina Kuzina said there was no bridge now.", "nina-kuzina"),
        ("“Crashes have doubled,” said Dan Colter, the city traffic engineer.", "dan-colter"),
        ("“Parks get more money,” said council member Tom Reyes.", "tom-reyes"),
    ],
)
def test_police_village_heads_and_town_staff_in_a_sentence_are_officials(
    body: str, slug: str
) -> None:
    assert _kind(body, slug) == "official"

"""Roles and organisations on translated and web copy (issue 10: p7-B5, p7-B7, p7-B8,
p9-B5, p9-C2, p9-C3, p9-C4).  Sentences are made up; none is taken from the corpus.
"""

from __future__ import annotations

import pytest

from app.ingest.people.kinds import classify
from app.ingest.people.named_bodies import fill_named_bodies
from app.ingest.people.registry import Person
from app.ingest.people.roles import split_role
from tests.ingest.parsing import kind_role_org_by_slug, parse_body


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # a dateline or an agency's slug glued before the title (p9-C3, p7-B8)
        ("NEWSWIRE First Vice Minister of Energy", ("First Vice Minister of Energy", None)),
        ("OTTAWA— Archbishop", ("Archbishop", None)),
        ("KYIV – Deputy Mayor", ("Deputy Mayor", None)),
        ("NATO Deputy Secretary General", ("Deputy Secretary General", "NATO")),
        ("BBC correspondent", ("correspondent", "BBC")),
        # the party and "State" before a legislator's title (p7-B8)
        ("Republican State Senator", ("State Senator", None)),
        ("Republican Party chairman", ("chairman", "Republican Party")),
        # a function after "of" stays in the title (p7-B5)
        ("Associate Dean of Admissions", ("Associate Dean of Admissions", None)),
        ("Head of Research of Acme Bank", ("Head of Research", "Acme Bank")),
        ("chairman of the Research Council", ("chairman", "Research Council")),
        # a body named by its kind (p9-C2, p7-B6)
        ("the academy's president", ("president", "academy")),
        ("of the tax agency's Northfield office", (None, "tax agency's Northfield office")),
        ("with the diocese", (None, "diocese")),
        ("the company's chief executive", ("chief executive", None)),
        # two titles, the second with its body named: that one (p9-C3)
        (
            "OTTAWA— Archbishop of Kingsford and chairman of the U.S. Council of Rural Parishes",
            ("chairman", "U.S. Council of Rural Parishes"),
        ),
        (
            "Bishop of Vell and president of the Vell Charity Fund",
            ("president", "Vell Charity Fund"),
        ),
        ("Minister of Science and Education", ("Minister of Science and Education", None)),
        ("chairman of Harbor and Sons", ("chairman", "Harbor and Sons")),
    ],
)
def test_split_role(phrase: str, expected: tuple[str | None, str | None]) -> None:
    assert split_role(phrase) == expected


@pytest.mark.parametrize(
    ("role", "organization", "kind"),
    [
        ("head", "Kazakh Space Agency", "official"),
        ("director of the earth observation division", "National Space Agency", "official"),
        ("meteorologist", "National Weather Service", "official"),
        ("director", "Federal Tax Service", "official"),
        ("manager", "Acme Travel Agency", "expert"),
        ("researcher", "National Bureau of Economic Research", "expert"),
        ("director", "National Advertising Agency", "expert"),
    ],
)
def test_heads_and_staff_of_state_agencies(role: str, organization: str, kind: str) -> None:
    assert classify(role, organization, "") == kind


def test_a_title_in_a_list_of_titled_people_is_the_next_names() -> None:
    people = kind_role_org_by_slug(
        parse_body(
            "The Minister of Health Rasa Vilk, the Commander of the Coast Guard, Admiral "
            "Jonas Berg, and the Director of the Customs Office, Ona Lind, attended. Vilk "
            "said that the clinics were ready."
        )
    )
    assert people["rasa-vilk"][:2] == ("official", "Minister of Health")


def test_a_title_read_with_the_next_name_is_that_names() -> None:
    people = kind_role_org_by_slug(
        parse_body(
            "Minister of Transport Ivo Saar, the Chairman of the Harbour Board, Tom Rask, "
            "and others came. Saar said that the ferries would run on time."
        )
    )
    assert people["ivo-saar"][:2] == ("official", "Minister of Transport")


def test_a_second_title_of_the_same_person_is_kept() -> None:
    people = kind_role_org_by_slug(
        parse_body(
            "Economist Ivo Saar, the Chairman of the Harbour Board, said that the ferries "
            "would run on time."
        )
    )
    assert people["ivo-saar"][1:] == ("Chairman", "Harbour Board")


def test_the_academys_president_is_the_academy_named_before() -> None:
    people = kind_role_org_by_slug(
        parse_body(
            "The Northern Academy of Arts will expand, Oleg Markov, the academy's "
            "president, told reporters."
        )
    )
    assert people["oleg-markov"][1:] == ("president", "Northern Academy of Arts")


def _speaker(organization: str) -> Person:
    person = Person(name="Ann Lee", organization=organization)
    person.has_statement = True
    return person


@pytest.mark.parametrize(
    ("organization", "text", "expected"),
    [
        ("ministry", "The Ministry of Ports will hire staff.", "Ministry of Ports"),
        ("University", "Norrland University will cut fees.", "Norrland University"),
        (
            "diocese",
            "The shelter is run by the Holy Cross Diocese of Port Vell.",
            "Holy Cross Diocese of Port Vell",
        ),
        # two bodies of the kind: neither is taken
        (
            "academy",
            "The Northern Academy of Arts met the Southern Academy of Music.",
            "academy",
        ),
        # none named: the kind stays as written
        ("ministry", "Nothing is named here.", "ministry"),
        # a name is never replaced
        ("Acme Bank", "The Harbor Bank grew.", "Acme Bank"),
        # a state or a city is too broad a kind
        ("state", "The State Bank grew.", "state"),
    ],
)
def test_named_bodies(organization: str, text: str, expected: str) -> None:
    person = _speaker(organization)
    fill_named_bodies([person], text)
    assert person.organization == expected


def test_a_seat_in_a_legislature_as_a_second_apposition_makes_an_official() -> None:
    people = kind_role_org_by_slug(
        parse_body(
            "Ivan Rudak, director of a railway bureau and a deputy to the National Assembly, "
            "said that the line would reopen in May."
        )
    )
    assert people["ivan-rudak"][0] == "official"


def test_a_bureau_director_alone_stays_an_expert() -> None:
    people = kind_role_org_by_slug(
        parse_body("Ivan Rudak, director of a railway bureau, said that the line would reopen.")
    )
    assert people["ivan-rudak"][0] == "expert"

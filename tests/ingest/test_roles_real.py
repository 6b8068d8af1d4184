"""Role, organisation and kind patterns of real news (issue 10), one made-up sentence each.

The sentences mimic the patterns of the real-news corpus; none is taken from it.
"""

from __future__ import annotations

import pytest

from app.ingest.people.roles import split_role
from tests.ingest.parsing import kind_role_org_of, parse_body


@pytest.mark.parametrize(
    ("phrase", "role", "organization"),
    [
        # narration before the job ends at a preposition or a conjunction
        ("a newly leaked phone call with President", "President", None),
        ("When Chilean President", "President", "Chile"),
        ("if US President", "President", "United States"),
        # a portfolio in lower case, then the body it belongs to
        (
            "deputy associate administrator for research in NASA's Earth Science Division",
            "deputy associate administrator for research",
            "NASA's Earth Science Division",
        ),
        # "on" a body, but not "on" a subject
        (
            "a Balkans specialist on the National Security Council",
            "Balkans specialist",
            "National Security Council",
        ),
        ("an expert on Russia", "expert on Russia", None),
        # an organisation alone
        ("of the Boston Globe", None, "Boston Globe"),
        # a clause about the person names no job
        ("who laughed about the weather", None, None),
        ("who is the chairman of the Lyon Club", "chairman", "Lyon Club"),
        # one of several, several for one
        ("one of her editors at Harbor Press", "editor", "Harbor Press"),
        ("founding members", "founding member", None),
        ("bass players", "bass player", None),
        # a family tie is no job when a job is given too
        ("Maria's brother and Harbor Press's editor in chief", "editor in chief", "Harbor Press"),
    ],
)
def test_split_role(phrase: str, role: str | None, organization: str | None) -> None:
    assert split_role(phrase) == (role, organization)


def test_a_clause_after_the_name_leaves_the_title_before_it() -> None:
    parsed = parse_body(
        "Rangers goalkeeper Tomas Wexler, who laughed about the weather, said the team was ready."
    )
    assert kind_role_org_of(parsed, "tomas-wexler")[1:] == ("goalkeeper", "Rangers")


def test_a_scholar_with_an_institute() -> None:
    parsed = parse_body(
        "“The deal is small,” said Dana Broek, a Japan scholar with the Pacific Policy "
        "Institute in Boston."
    )
    assert kind_role_org_of(parsed, "dana-broek")[1:] == (
        "Japan scholar",
        "Pacific Policy Institute in Boston",
    )


@pytest.mark.parametrize(
    ("sentence", "slug", "expected"),
    [
        (
            "Nevada House Speaker Tom Ashby said the budget was fair.",
            "tom-ashby",
            ("official", "Speaker", "Nevada House"),
        ),
        (
            "Oregon Gov. Lena Marsh said the plan was fair.",
            "lena-marsh",
            ("official", "Gov.", "Oregon"),
        ),
        (
            "“We need a bigger rocket,” said Rep. Ana Ruiz (D-Minn.), ranking member of the "
            "House Energy Committee’s oil subcommittee, at a hearing.",
            "ana-ruiz",
            ("official", "ranking member", "House Energy Committee’s oil subcommittee"),
        ),
        (
            "“The ice is young,” said planetary scientist Jane Doe of the Lunar Research "
            "Laboratory in Texas.",
            "jane-doe",
            ("expert", "planetary scientist", "Lunar Research Laboratory in Texas"),
        ),
    ],
)
def test_titles_and_bodies_around_the_name(
    sentence: str, slug: str, expected: tuple[str, str, str]
) -> None:
    assert kind_role_org_of(parse_body(sentence), slug) == expected


def test_a_body_after_the_name_before_a_verb() -> None:
    parsed = parse_body(
        "When the chemist Ana Gil at the University of Leeds looked at the samples, she was "
        "surprised.\n\n“It was odd,” Gil said."
    )
    assert kind_role_org_of(parsed, "ana-gil")[1:] == ("chemist", "University of Leeds")


@pytest.mark.parametrize(
    ("presented", "expected"),
    [
        # a job at a state body is the civil service
        (
            "Ana Ruiz, Oregon State Department of Labor press officer,",
            ("official", "press officer", "Oregon State Department of Labor"),
        ),
        # "State" in the name of an association does not make it the state's
        (
            "Ohio State Nurses Association President Ana Ruiz",
            ("expert", "President", "Ohio State Nurses Association"),
        ),
        (
            "Ana Ruiz, Policy Director for Latin America at Human Rights Watch,",
            ("expert", "Policy Director for Latin America", "Human Rights Watch"),
        ),
        # a prosecutor of the state
        (
            "Ana Ruiz, the U.S. attorney for the District of Oregon,",
            ("official", "U.S. attorney", "District of Oregon"),
        ),
        # "former" belongs to the person
        (
            "Ana Ruiz, a former National Security Council official,",
            ("expert", "former National Security Council official", "National Security Council"),
        ),
        # military ranks
        ("Lt. Col. Ana Ruiz", ("official", "Lt. Col.", None)),
    ],
)
def test_officials_and_experts(presented: str, expected: tuple[str, str, str | None]) -> None:
    parsed = parse_body(f"{presented} said the outlook was uncertain.")
    assert kind_role_org_of(parsed, "ana-ruiz") == expected


@pytest.mark.parametrize(
    ("phrase", "role", "organization"),
    [
        ("The strange story of how Emmy-winning actress", "actress", None),
        (
            "The head of the Chilean Ministry of Foreign Affairs",
            "head of the Ministry of Foreign Affairs",
            "Chile",
        ),
    ],
)
def test_more_split_roles(phrase: str, role: str, organization: str | None) -> None:
    assert split_role(phrase) == (role, organization)


def test_a_named_organisation_replaces_a_described_one() -> None:
    parsed = parse_body(
        "“It will change games,” says Ana Ruiz, director for games at the tech giant.\n\n"
        "“It is a cloud platform,” Ana Ruiz, director for games at Nimbus, tells reporters."
    )
    assert kind_role_org_of(parsed, "ana-ruiz")[1:] == ("director for games", "Nimbus")


def test_an_owner_before_the_name_is_the_organisation() -> None:
    parsed = parse_body(
        "“We need more landers,” Orbita's Ana Ruiz, deputy administrator for research in "
        "the science office, said in a statement."
    )
    assert kind_role_org_of(parsed, "ana-ruiz")[1:] == ("deputy administrator", "Orbita")


def test_a_capitalised_title_held_for_a_state() -> None:
    parsed = parse_body("U.S. Attorney Ana Ruiz said the case was closed.")
    assert kind_role_org_of(parsed, "ana-ruiz") == ("official", "Attorney", "United States")
    assert split_role("American attorney") == ("attorney", None)


def test_a_team_before_a_title_is_part_of_the_role() -> None:
    parsed = parse_body("“We are ready,” said Rescue Team Leader Anna Petrova.")
    assert kind_role_org_of(parsed, "anna-petrova")[1:] == ("Rescue Team Leader", None)
    assert split_role("Eurasia Group President") == ("President", "Eurasia Group")


def test_the_company_named_in_the_sentence_before() -> None:
    parsed = parse_body(
        "The deal was signed by Harbor Freight Lines in May.\n\n"
        "“We are ready,” said Anna Petrova, the company’s chief operating officer."
    )
    assert kind_role_org_of(parsed, "anna-petrova")[1:] == (
        "chief operating officer",
        "Harbor Freight Lines",
    )


def test_a_home_town_is_no_organisation() -> None:
    parsed = parse_body("“I could not breathe,” said Ana Ruiz of Cornwall.")
    assert kind_role_org_of(parsed, "ana-ruiz")[1:] == (None, None)


def test_a_clause_before_the_name_is_no_role() -> None:
    assert split_role("actress Ana Ruiz came to write the song that") == (None, None)


def test_a_title_before_the_name_and_a_state_after_it() -> None:
    parsed = parse_body("Gov. Lena Marsh of North Dakota said the campaign works.")
    assert kind_role_org_of(parsed, "lena-marsh") == ("official", "Gov.", "North Dakota")


def test_said_a_body_then_a_job_then_the_name() -> None:
    parsed = parse_body("“Rates will fall,” said Harborbank economist Tom Birch.")
    assert kind_role_org_of(parsed, "tom-birch") == ("expert", "economist", "Harborbank")
    parsed = parse_body("“We played hard,” said Rivertown coach Ana Ruiz.")
    assert kind_role_org_of(parsed, "ana-ruiz")[1:] == ("coach", "Rivertown")


def test_a_comma_after_the_body_is_no_title() -> None:
    parsed = parse_body("“It works,” said Harborbank, and economist Tom Birch agreed.")
    assert [p.slug for p in parsed.people] == []


@pytest.mark.parametrize(
    ("phrase", "role"),
    [
        ("who represents Marsh", "attorney"),
        ("who represented the Lee family", "attorney"),
        ("who represents Marsh in the case", "attorney"),
        # a legislator or an advocate represents a place or a body, not a client
        ("who represents Ohio", None),
        ("who represents Harbor County", None),
        ("who represents the Teachers Union", None),
    ],
)
def test_one_who_represents_a_person_is_their_lawyer(phrase: str, role: str | None) -> None:
    assert split_role(phrase) == (role, None)


def test_the_lawyer_is_found_in_an_article() -> None:
    parsed = parse_body("“We will fight the charges,” said Jason Fox, who represents Marsh.")
    assert kind_role_org_of(parsed, "jason-fox") == ("expert", "attorney", None)

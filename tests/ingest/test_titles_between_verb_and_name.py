"""The wire-service habit of a title-case job phrase between the reporting verb and the
name ("said U.S. Commerce Secretary Wilbur Ross"), or before the name opening the
sentence, with made-up people: a country's initials ("U.S.", "U.K.") open the title and
name no one; a place before an office ("Georgia Secretary of State") is the organisation;
and a name inside a relative clause of the subject ("Police who stopped X said") is no
speaker."""

from __future__ import annotations

import pytest

from app.ingest.people.roles import split_role
from tests.ingest.parsing import kind_role_org_by_slug, parse_body, role_org_by_slug, speaker_text


@pytest.mark.parametrize(
    ("body", "slug", "role_org"),
    [
        (
            '"We will not back down," said U.S. Commerce Secretary Walter Rosko.',
            "walter-rosko",
            ("Commerce Secretary", "United States"),
        ),
        (
            '"We will not back down," added U.K. Trade Secretary Liam Foxley.',
            "liam-foxley",
            ("Trade Secretary", "Britain"),
        ),
        (
            '"The talks are over," wrote U.S. Treasury Secretary Janet Yellow.',
            "janet-yellow",
            ("Treasury Secretary", "United States"),
        ),
        (
            '"The talks are over," U.S. Trade Representative Robert Lightman told reporters.',
            "robert-lightman",
            ("Trade Representative", "United States"),
        ),
    ],
)
def test_a_countrys_initials_open_the_title_after_the_verb(
    body: str, slug: str, role_org: tuple[str, str]
) -> None:
    parsed = parse_body(body)
    assert [speaker for speaker, _ in speaker_text(parsed)] == [slug]
    assert role_org_by_slug(parsed) == {slug: role_org}


def test_a_persons_initials_still_open_a_name() -> None:
    parsed = parse_body('"It was a long season," said J.R. Smithers, the team\'s coach.')
    assert [speaker for speaker, _ in speaker_text(parsed)] == ["j-r-smithers"]


def test_a_countrys_initials_ending_a_sentence_name_no_one() -> None:
    parsed = parse_body("The plan angered the U.S. Officials in Ottawa said little.")
    assert parsed.people == []


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Georgia Secretary of State", ("Secretary of State", "Georgia")),
        ("Michigan Secretary of State", ("Secretary of State", "Michigan")),
        ("Texas Attorney General", ("Attorney General", "Texas")),
        ("New York Attorney General", ("Attorney General", "New York")),
        ("Oregon Gov.", ("Gov.", "Oregon")),
        ("Russia Deputy Foreign Minister", ("Deputy Foreign Minister", "Russia")),
        # a body of its own after the place: the later rules name it whole
        ("Ohio State University President", ("President", "Ohio State University")),
        ("Virginia Beach Mayor", ("Mayor", "Virginia Beach")),
        ("Florida Republican Party Chairman", ("Chairman", "Florida Republican Party")),
        # no office: a team's coach
        ("Georgia Tech Coach", ("Coach", "Georgia Tech")),
    ],
)
def test_a_place_before_an_office_is_the_organisation(
    phrase: str, expected: tuple[str | None, str | None]
) -> None:
    assert split_role(phrase) == expected


@pytest.mark.parametrize(
    ("body", "slug", "role_org"),
    [
        (
            "Georgia Secretary of State Brad Rafferty said the count was accurate.",
            "brad-rafferty",
            ("Secretary of State", "Georgia"),
        ),
        (
            '"The suit is filed," said Texas Attorney General Ken Paxford.',
            "ken-paxford",
            ("Attorney General", "Texas"),
        ),
    ],
)
def test_a_state_office_before_the_name(body: str, slug: str, role_org: tuple[str, str]) -> None:
    assert role_org_by_slug(parse_body(body)) == {slug: role_org}


@pytest.mark.parametrize(
    "body",
    [
        "Police who stopped Hal Brookes said the car had been stolen.",
        "The company that hired Tom Vantry said it would appeal the ruling.",
        "Neighbours who knew Ann Lessing said the family kept to itself.",
        "The union, which represents Ivan Petrosyan, said the strike would go on.",
        '"It is over," said the officer who arrested Hal Brookes.',
        "The doctor who treated Ann Lessing said she would recover.",
        "Officials who met Sen. Tom Cottingham said he was upbeat.",
    ],
)
def test_a_name_in_a_relative_clause_of_the_subject_is_no_speaker(body: str) -> None:
    assert [speaker for speaker, _ in speaker_text(parse_body(body))] in ([], [None])


def test_the_speaker_before_a_relative_clause_still_speaks() -> None:
    parsed = parse_body("Ann Lessing, who hired Tom Vantry in May, said the team was ready.")
    assert [speaker for speaker, _ in speaker_text(parsed)] == ["ann-lessing"]


@pytest.mark.parametrize(
    ("body", "slug", "role_org"),
    [
        (
            '"Space is open to all," said popularizer of astronautics Ivan Petrovsky.',
            "ivan-petrovsky",
            ("popularizer of astronautics", None),
        ),
        (
            '"The march goes on," said organiser of the rally Jane Rowley.',
            "jane-rowley",
            ("organiser of the rally", None),
        ),
        (
            '"The race is close," said long-time party strategist Jane Rowley.',
            "jane-rowley",
            ("strategist", "party"),
        ),
        (
            '"We will win," said veteran union organizer Tom Vantry.',
            "tom-vantry",
            ("organizer", "union"),
        ),
    ],
)
def test_a_lower_case_job_phrase_after_the_verb(
    body: str, slug: str, role_org: tuple[str, str | None]
) -> None:
    parsed = parse_body(body)
    assert [speaker for speaker, _ in speaker_text(parsed)] == [slug]
    assert role_org_by_slug(parsed) == {slug: role_org}


@pytest.mark.parametrize(
    "body",
    [
        '"Growth slowed," said Commerce Department data released on Friday.',
        '"Growth slowed," said a fertilizer maker in a statement.',
        '"Prices will rise," said the synthesizer maker Korg Nova.',
    ],
)
def test_no_person_in_a_phrase_of_things(body: str) -> None:
    assert parse_body(body).people == []


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Interim Home Secretary", ("Interim Home Secretary", None)),
        (
            "Acting Federal Reserve Chairman",
            ("Acting Federal Reserve Chairman", "Federal Reserve"),
        ),
        (
            "Interim Harbor Transit Police Chief",
            ("Interim Harbor Transit Police Chief", "Harbor Transit Police"),
        ),
        ("First Republic Bank President", ("President", "First Republic Bank")),
    ],
)
def test_a_stand_ins_word_is_the_jobs(phrase: str, expected: tuple[str, str | None]) -> None:
    assert split_role(phrase) == expected


@pytest.mark.parametrize(
    ("body", "slug", "role_org"),
    [
        (
            '"We will act," said Acting Defense Secretary Mark Tollander.',
            "mark-tollander",
            ("Acting Defense Secretary", "U.S."),
        ),
        (
            '"We will act," said Interim Home Secretary Mark Tollander.',
            "mark-tollander",
            ("Interim Home Secretary", "United Kingdom"),
        ),
    ],
)
def test_a_stand_in_holds_an_office_of_one_state(
    body: str, slug: str, role_org: tuple[str, str]
) -> None:
    assert role_org_by_slug(parse_body(body)) == {slug: role_org}


@pytest.mark.parametrize(
    ("body", "slug", "role_org"),
    [
        (
            "Harbor Foods reported a loss on Tuesday. The firm's chief executive, Ann "
            "Lessing, said demand had fallen.",
            "ann-lessing",
            ("chief executive", "Harbor Foods"),
        ),
        (
            "Harbor Foods reported a loss on Tuesday. The company's chief executive Tom "
            "Vantry said demand had fallen.",
            "tom-vantry",
            ("chief executive", "Harbor Foods"),
        ),
        (
            "Harbor Foods reported a loss on Tuesday. Its chief executive, Ann Lessing, said "
            "demand had fallen.",
            "ann-lessing",
            ("chief executive", "Harbor Foods"),
        ),
        # two companies named: either may be meant
        (
            "Harbor Foods bought Kiel Bank on Tuesday. The company's chief executive, Ann "
            "Lessing, said the deal was good.",
            "ann-lessing",
            ("chief executive", None),
        ),
    ],
)
def test_the_companys_job_takes_the_one_company_named_before(
    body: str, slug: str, role_org: tuple[str, str | None]
) -> None:
    assert role_org_by_slug(parse_body(body)) == {slug: role_org}


def test_a_rank_in_ing_is_no_participle_before_the_name() -> None:
    parsed = parse_body(
        "Harbor Foods reported a loss on Tuesday. The company's chief operating officer "
        "Tom Vantry said demand had fallen."
    )
    assert [speaker for speaker, _ in speaker_text(parsed)] == ["tom-vantry"]
    assert role_org_by_slug(parsed) == {"tom-vantry": ("chief operating officer", "Harbor Foods")}


def test_a_participle_after_a_job_still_names_an_object() -> None:
    assert parse_body("The doctor treating Mia Hartley said she was stable.").people == []


@pytest.mark.parametrize(
    ("body", "slug", "role_org"),
    [
        ('"The queue is long," said Ann Lessing, a barista.', "ann-lessing", ("barista", None)),
        (
            '"The piece is new," said Tom Vantry, a choreographer at the Harbor Ballet.',
            "tom-vantry",
            ("choreographer", "Harbor Ballet"),
        ),
        ("Midwife Ann Lessing said the ward was full.", "ann-lessing", ("Midwife", None)),
        # trades that are common surnames stay names
        ('"The bread is late," said Ann Baker.', "ann-baker", (None, None)),
    ],
)
def test_trades_with_no_agent_ending(
    body: str, slug: str, role_org: tuple[str | None, str | None]
) -> None:
    assert role_org_by_slug(parse_body(body)) == {slug: role_org}


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("who heads the statistics service", ("head", "statistics service")),
        ("who chairs the local school board", ("chair", "local school board")),
        # no body noun, or more than a body after it: no organisation
        ("who runs the workshop with her brother", ("head", None)),
        ("who runs a small bakery", ("head", None)),
        # "former" stays with the job, as before
        (
            "a former National Security Council official",
            ("former National Security Council official", "National Security Council"),
        ),
    ],
)
def test_a_lower_case_body_a_relative_clause_heads(
    phrase: str, expected: tuple[str, str | None]
) -> None:
    assert split_role(phrase) == expected


@pytest.mark.parametrize(
    ("body", "slug", "role_org"),
    [
        (
            '"The bill will pass," said South Dakota Gov. Kristin Noakes.',
            "kristin-noakes",
            ("Gov.", "South Dakota"),
        ),
        ('"The bill will pass," said Sen. Tom Cottingham.', "tom-cottingham", ("Sen.", None)),
        (
            '"The bill will pass," said Rep. Adam Shifford, D-Calif.',
            "adam-shifford",
            ("Rep.", "U.S."),
        ),
    ],
)
def test_an_abbreviated_title_after_the_verb(
    body: str, slug: str, role_org: tuple[str, str | None]
) -> None:
    parsed = parse_body(body)
    assert [speaker for speaker, _ in speaker_text(parsed)] == [slug]
    assert role_org_by_slug(parsed) == {slug: role_org}


@pytest.mark.parametrize(
    ("body", "slug", "role_org"),
    [
        (
            '"The park is open," said Mt. Vernon Mayor Tom Halley.',
            "tom-halley",
            ("Mayor", "Mt. Vernon"),
        ),
        ('"We are ready," said Ann St. Clair, a coach.', "ann-st-clair", ("coach", None)),
    ],
)
def test_saint_or_mount_abbreviated_opens_a_name(
    body: str, slug: str, role_org: tuple[str, str | None]
) -> None:
    parsed = parse_body(body)
    assert [speaker for speaker, _ in speaker_text(parsed)] == [slug]
    assert role_org_by_slug(parsed) == {slug: role_org}


def test_a_one_word_body_after_a_body_noun_is_no_given_name() -> None:
    parsed = parse_body(
        '"Sales fell," said an analyst at the investment bank Harbor Ivan Petrovsky.'
    )
    assert role_org_by_slug(parsed) == {"ivan-petrovsky": ("analyst", "Harbor")}


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        (
            "head of the press service of the investment bank Harbor",
            ("head of the press service", "Harbor"),
        ),
        (
            "chairman of the board of directors of Acme",
            ("chairman of the board of directors", "Acme"),
        ),
        ("head of the town of Hythe", ("head", "town of Hythe")),
    ],
)
def test_a_unit_then_a_described_body(phrase: str, expected: tuple[str, str]) -> None:
    assert split_role(phrase) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("U.S. District Judge", ("District Judge", "United States")),
        ("U.S. Magistrate Judge", ("Magistrate Judge", "United States")),
        # a body named in full stays the body
        ("U.S. District Court Judge", ("Judge", "District Court")),
    ],
)
def test_a_federal_judges_title_is_the_states(phrase: str, expected: tuple[str, str]) -> None:
    assert split_role(phrase) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the object of a preposition shares no coordinated verb
        (
            "Deputy Minister Ann Lessing held a meeting.\n\nThe union attacked the plan of "
            "Lessing and said that the wages were too low.",
            [],
        ),
        # the subject opening the clause does
        (
            "Deputy Minister Ann Lessing held a meeting.\n\nLessing took questions and said "
            "that the wages were too low.",
            ["ann-lessing"],
        ),
    ],
)
def test_a_coordinated_verb_shares_the_subject_not_an_object(
    body: str, expected: list[str]
) -> None:
    speakers = [speaker for speaker, _ in speaker_text(parse_body(body))]
    assert [speaker for speaker in speakers if speaker] == expected


def test_a_board_in_the_role_makes_a_one_word_body_a_company() -> None:
    parsed = parse_body('"Loans are cheap," said Herman Goldman, chairman of the board at Kelvara.')
    assert kind_role_org_by_slug(parsed) == {
        "herman-goldman": ("expert", "chairman of the board", "Kelvara")
    }

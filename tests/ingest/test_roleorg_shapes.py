"""Organisation shapes of English web news (made-up text, invented names): a capitalised
title with "from the <Body>", a firm named for its trade ("Halvik Shipping"), and an
apposition that is only the body (", of the Halvik Port Authority,").  Each rule has
cases where it must not fire."""

from __future__ import annotations

import pytest

from app.ingest.people.names import is_name_word, is_org_word
from app.ingest.people.role_rules import job_from
from app.ingest.people.roles import split_role
from app.ingest.people.trade_words import is_trade_word
from tests.ingest.parsing import parse_body, role_org_by_slug, speaker_text

SCENE = "The strike entered its third day.\n\n"


# --- a job "from the <Body>" ---------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Professor from the University of Salten", ("Professor", "University of Salten")),
        (
            "researcher from the Institute of Marine Biology",
            ("researcher", "Institute of Marine Biology"),
        ),
        ("lawyer from the Bank of Halvik", ("lawyer", "Bank of Halvik")),
        ("Senior Lecturer from the Orm Institute", ("Senior Lecturer", "Orm Institute")),
    ],
)
def test_a_job_from_a_body_whose_name_holds_of(phrase: str, expected: tuple[str, str]) -> None:
    assert split_role(phrase) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Professor from Salten", ("Professor", None)),  # a place: no employer
        ("plumber from Leeds", ("plumber", None)),
        ("state senator from the Halvik region", ("state senator", "Halvik region")),
    ],
)
def test_a_job_from_a_place_names_no_employer(
    phrase: str, expected: tuple[str, str | None]
) -> None:
    assert split_role(phrase) == expected


def test_a_capitalised_phrase_that_is_no_job_is_not_read_as_one() -> None:
    assert job_from("Halvik Gardens from the Orm Institute") is None


def test_a_titled_professor_from_the_university_of_a_place() -> None:
    body = (
        SCENE
        + "Professor Ivo Kranj from the University of Salten said the results were "
        + '"very encouraging".\n'
    )
    assert role_org_by_slug(parse_body(body)) == {
        "ivo-kranj": ("Professor", "University of Salten")
    }


def test_a_doctor_from_a_medical_centre_keeps_the_centre() -> None:
    body = (
        SCENE
        + 'Dr Eva Holm from the Salten Medical Centre said the wards were "full every night".\n'
    )
    assert role_org_by_slug(parse_body(body))["eva-holm"][1] == "Salten Medical Centre"


# --- a firm named for its trade ------------------------------------------------------


@pytest.mark.parametrize("word", ["Shipping", "Mining", "Trading", "Brewing", "Publishing"])
def test_a_trade_word_heads_an_organisation(word: str) -> None:
    assert is_trade_word(word.lower())
    assert is_org_word(word)
    assert not is_name_word(word)


@pytest.mark.parametrize(
    "word",
    ["Price", "King", "Bishop", "Judge", "Doctor", "Baker", "Smith", "Banks", "Gates", "Manning"],
)
def test_a_surname_that_is_also_a_word_stays_a_name_word(word: str) -> None:
    assert not is_trade_word(word.lower())
    assert is_name_word(word) or word in ("Bishop", "Judge", "Doctor", "King", "Banks")


def test_lower_case_trade_words_are_no_organisation_head() -> None:
    assert not is_org_word("shipping")


@pytest.mark.parametrize(
    "word",
    ["operating", "marketing", "planning", "housing", "darling", "sterling", "hawking", "foods"],
)
def test_title_words_surnames_and_plurals_are_no_trade_words(word: str) -> None:
    assert not is_trade_word(word)


def test_a_title_then_a_name_after_a_speaking_clause_keeps_its_place() -> None:
    body = SCENE + (
        "Speaking to reporters, Deputy Mayor Sara Falk of Halvik said the budget was "
        '"a disgrace".\n'
    )
    assert role_org_by_slug(parse_body(body)) == {"sara-falk": ("Deputy Mayor", "Halvik")}


def test_a_firm_named_for_its_trade_is_no_person_and_owns_the_next_job() -> None:
    body = SCENE + (
        "Halvik Shipping said in a statement that it regretted the strike. "
        "Its chief executive, Erik Sand, said talks would resume on Friday.\n"
    )
    parsed = parse_body(body)
    assert role_org_by_slug(parsed) == {"erik-sand": ("chief executive", "Halvik Shipping")}
    assert speaker_text(parsed) == [("erik-sand", "talks would resume on Friday")]


@pytest.mark.parametrize(
    ("body", "slug"),
    [
        ("Tomas Price said on Tuesday that he regretted the strike.\n", "tomas-price"),
        ("Bill Gates said on Tuesday that he regretted the strike.\n", "bill-gates"),
        ("Stephen Hawking said on Tuesday that he regretted the strike.\n", "stephen-hawking"),
        ("Erik Manning said on Tuesday that he regretted the strike.\n", "erik-manning"),
        ("Ann Smith said on Tuesday that she regretted the strike.\n", "ann-smith"),
        ("Tom Baker said on Tuesday that he regretted the strike.\n", "tom-baker"),
        # -ing surnames: no frequency list tells them from a trade
        ("Tori Spelling said on Tuesday that she regretted the strike.\n", "tori-spelling"),
        ("Ray Banning said on Tuesday that he regretted the strike.\n", "ray-banning"),
        ("Anna Bowling said on Tuesday that she regretted the strike.\n", "anna-bowling"),
        ("Ed Keeling said on Tuesday that he regretted the strike.\n", "ed-keeling"),
    ],
)
def test_people_whose_surname_is_a_word_stay_people(body: str, slug: str) -> None:
    assert [speaker for speaker, _ in speaker_text(parse_body(SCENE + body))] == [slug]


def test_a_lone_surname_that_is_also_a_plural_still_speaks() -> None:
    body = SCENE + 'Bill Gates said he regretted the strike. "We are sorry," Gates said.\n'
    assert [speaker for speaker, _ in speaker_text(parse_body(body))] == ["bill-gates"] * 2


# --- a home place in commas -----------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        'Nora Lind, of Aberdeenshire, said the strike was "costly".\n',
        'Nora Lind, from Ohio, said the strike was "costly".\n',
    ],
)
def test_a_home_place_in_commas_is_no_organisation(body: str) -> None:
    assert role_org_by_slug(parse_body(SCENE + body)) == {"nora-lind": (None, None)}


# --- a job "with" a body whose name ends in a job word --------------------------------


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("a senior analyst with Orm Capital Partners", ("senior analyst", "Orm Capital Partners")),
        ("a consultant with Orm Advisory Partners", ("consultant", "Orm Advisory Partners")),
    ],
)
def test_a_job_with_a_body_named_partners(phrase: str, expected: tuple[str, str]) -> None:
    assert split_role(phrase) == expected


def test_a_title_after_with_before_a_name_is_still_the_title() -> None:
    # no job before "with": the capitalised title after it is the name's
    assert split_role("told reporters following her meeting with President") == (
        "President",
        None,
    )


# --- a body named by its kind opening the sentence; a date after a body ---------------


def test_a_sentence_opening_kind_owner_is_the_body_named_before() -> None:
    body = SCENE + (
        "The Halvik Dockers Union called the strike on Monday. "
        'The union\'s leader, Nora Lind, said it was "overdue".\n'
    )
    assert role_org_by_slug(parse_body(body)) == {"nora-lind": ("leader", "Halvik Dockers Union")}


def test_a_sentence_opening_polity_owner_is_left_as_it_was() -> None:
    # "The state's governor": a polity is no body the kind rule resolves
    assert split_role("The state's governor") == ("state's governor", None)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("who founded Orm Trading in 2010", ("founder", "Orm Trading")),
        ("director of the Orm Institute in May", ("director", "Orm Institute")),
    ],
)
def test_a_date_after_the_body_is_no_part_of_it(phrase: str, expected: tuple[str, str]) -> None:
    assert split_role(phrase) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("economist at Orm Trading in London", ("economist", "Orm Trading in London")),
        (
            "analyst at the Center for Marchland Studies",
            ("analyst", "Center for Marchland Studies"),
        ),
    ],
)
def test_a_place_or_a_month_like_word_stays_with_the_body(
    phrase: str, expected: tuple[str, str]
) -> None:
    assert split_role(phrase) == expected

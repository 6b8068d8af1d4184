"""Precision regressions a review found in the people rules (an organisation word read as a
surname, ranks moved out of a lower-case role, acronyms of polities, a country's offices
given to another's officials, sentence openers kept in a town's name, …).

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

import re

import pytest

from app.ingest.people.kinds import classify
from app.ingest.subject_span import role_of_antecedent
from tests.ingest.parsing import kind_role_org_of, parse_body, speaker_text


def _speakers(body: str) -> set[str | None]:
    return {speaker for speaker, _ in speaker_text(parse_body("The town was calm.\n\n" + body))}


# B1: "Victoria University said": an organisation word after a given name is a surname only
# with a person's apposition after it.


def test_a_body_named_like_a_person_says_nothing_as_one() -> None:
    for body, body_slug in (
        ("Victoria University said in a statement that fees would rise.", "victoria-university"),
        ("Grace Church said in a statement that the hall would reopen.", "grace-church"),
        ("The outage will end soon, Austin Energy said.", "austin-energy"),
        ("“The outage will end soon,” Austin Energy said.", "austin-energy"),
    ):
        assert body_slug not in _speakers(body), body


def test_an_org_word_surname_with_a_job_after_it_stays_a_person() -> None:
    parsed = parse_body(
        "“Rents keep rising,” said Carla Church, chief economist at Westfield Bank."
    )
    assert speaker_text(parsed) == [("carla-church", "Rents keep rising")]
    assert kind_role_org_of(parsed, "carla-church")[1:] == ("chief economist", "Westfield Bank")


# B2: before a lower-case job, a rank-like word ("Financial", "Sporting") is the employer's.


def test_a_lower_case_job_keeps_its_employer_whole() -> None:
    parsed = parse_body(
        "Markets fell.\n\n“Rates will stay high,” said Harwick Financial chief economist "
        "Russell Pane."
    )
    assert kind_role_org_of(parsed, "russell-pane")[1:] == ("chief economist", "Harwick Financial")
    parsed = parse_body("The match ended.\n\n“We played well,” Sporting coach Ruben Marin said.")
    assert kind_role_org_of(parsed, "ruben-marin")[1:] == ("coach", "Sporting")


# B3: a country or a polity known by its initials is a polity, as its name would be.


def test_the_head_of_a_polity_named_by_initials_is_an_official() -> None:
    parsed = parse_body(
        "Talks went on.\n\nThe president of the UAE, Karim bin Saleh, said the talks "
        "would continue."
    )
    assert kind_role_org_of(parsed, "karim-bin-saleh") == ("official", "president", "UAE")
    parsed = parse_body("Shelling went on.\n\n“We will hold,” said Pavel Dorin, head of the DPR.")
    assert kind_role_org_of(parsed, "pavel-dorin") == ("official", "head", "DPR")


def test_an_acronym_of_a_company_still_heads_no_polity() -> None:
    parsed = parse_body("“Sales will grow,” said Pavel Dorin, head of AKIT.")
    assert kind_role_org_of(parsed, "pavel-dorin")[0] == "expert"


# B4: a "Defense Secretary" is the U.S.'s only in an article about the U.S. or no country.


def test_a_cabinet_secretary_abroad_is_not_given_the_united_states() -> None:
    parsed = parse_body(
        "The Philippines and China traded words in Manila on Monday. Philippine officials "
        "protested to the Chinese envoy.\n\n“We will not back down,” Defense Secretary "
        "Danilo Ramos said."
    )
    assert kind_role_org_of(parsed, "danilo-ramos")[2] is None


def test_a_cabinet_secretary_at_home_is_the_united_states() -> None:
    parsed = parse_body(
        "Farm prices fell again this spring.\n\n“We will help growers,” Agriculture "
        "Secretary Tom Welles said."
    )
    assert kind_role_org_of(parsed, "tom-welles")[2] == "U.S."
    parsed = parse_body(
        "U.S. farm exports fell as American growers lost buyers in China.\n\n“We will "
        "help growers,” Agriculture Secretary Tom Welles said."
    )
    assert kind_role_org_of(parsed, "tom-welles")[2] == "U.S."


# B5: election words make a secretary of state a U.S. state's only when the state named is
# one in that sense; "Georgia" is also a country.


def test_a_vote_in_the_country_georgia_leaves_the_us_secretary_of_state_alone() -> None:
    parsed = parse_body(
        "Georgia held parliamentary elections on Saturday. The ruling party in Georgia "
        "claimed victory in the elections in Tbilisi.\n\n“The vote must be fair,” "
        "Secretary of State Mark Dunn said."
    )
    assert kind_role_org_of(parsed, "mark-dunn")[1:] == ("Secretary of State", "U.S.")


def test_a_vote_in_the_state_georgia_gives_its_secretary_of_state() -> None:
    parsed = parse_body(
        "Voters lined up across Georgia on Tuesday, and the elections in Georgia drew "
        "record numbers. Fulton County, Georgia, counted ballots late.\n\n“Lines are short "
        "now,” Secretary of State Brad Raff said."
    )
    assert kind_role_org_of(parsed, "brad-raff")[1:] == ("Secretary of State", "Georgia")


# B6: roubles are paid in Belarus too, and "RF" is no mark of Russian copy.


def test_roubles_do_not_make_an_article_russian() -> None:
    parsed = parse_body(
        "Belarus raised prices in Minsk. Wages are paid in rubles, pensions rose by 200 "
        "rubles and bread costs two rubles.\n\n“We will raise pensions,” Prime Minister "
        "Roman Golen said."
    )
    assert kind_role_org_of(parsed, "roman-golen")[2] != "Russia"


# B7: a town's or a district's name does not take the words that open its sentence.


def test_a_town_s_name_leaves_the_sentence_opening_out() -> None:
    parsed = parse_body(
        "On Tuesday Millbrook City Council voted to close the pool.\n\n“It is too costly,” "
        "Mayor Karen Holt said."
    )
    assert kind_role_org_of(parsed, "karen-holt")[1:] == ("Mayor", "Millbrook")
    parsed = parse_body(
        "In New Haven City Council news, the pool closed.\n\n“It is too costly,” Mayor "
        "Karen Holt said."
    )
    assert kind_role_org_of(parsed, "karen-holt")[1:] == ("Mayor", "New Haven")


def test_a_school_district_s_name_leaves_the_preposition_out() -> None:
    parsed = parse_body(
        "In Austin Independent School District, classes resumed.\n\n“We are glad,” "
        "Superintendent Karen Holt said."
    )
    assert kind_role_org_of(parsed, "karen-holt")[1:] == (
        "Superintendent",
        "Austin Independent School District",
    )


# B10: a polity's lower-case noun makes a public servant only before a public service's job.


@pytest.mark.parametrize(
    ("role", "kind"),
    [
        ("county farmer", "expert"),
        ("state university professor", "expert"),
        ("county fair organizer", "expert"),
        ("city bus driver", "expert"),
        ("county clerk", "official"),
        ("city traffic engineer", "official"),
        ("state epidemiologist", "official"),
        ("county board supervisor", "official"),
    ],
)
def test_a_polity_s_noun_before_a_job_that_is_no_public_service(role: str, kind: str) -> None:
    assert classify(role, None, "") == kind


# B11: the job before a relative clause's antecedent is the words right before the name,
# not the clause that ends with it.


@pytest.mark.parametrize(
    ("pre_role", "role"),
    [
        ("The report praised Governor", "Governor"),
        ("those of Fed Governor", "Fed Governor"),
        ("The panel thanked chief economist", "chief economist"),
        ("The report praised", None),
    ],
)
def test_the_role_of_a_relative_clause_s_antecedent(pre_role: str, role: str | None) -> None:
    assert role_of_antecedent(pre_role) == role


# B13: a state body's acronym is compared as written.


@pytest.mark.parametrize(
    ("organization", "kind"),
    [("The Who", "expert"), ("Ice", "expert"), ("WHO", "official"), ("the FBI", "official")],
)
def test_a_state_body_s_acronym_matches_only_in_capitals(organization: str, kind: str) -> None:
    assert classify("director", organization, "") == kind


# kinds: reading an organisation's context compiles no pattern made from its name.


def test_classify_builds_no_pattern_from_the_organisation_s_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    compiled: list[str] = []
    original = re._compile  # type: ignore[attr-defined]

    def spy(pattern: object, flags: object) -> object:
        compiled.append(str(pattern))
        return original(pattern, flags)

    monkeypatch.setattr(re, "_compile", spy)
    for role, context in (
        ("head", "said Ann Lee, head of Zorblax, the regional capital"),
        ("head", "said Ann Lee, head of the Zorblax plant"),
        ("head", "said Ann Lee, who works at Zorblax and lives in Zorblax"),
    ):
        classify(role, "Zorblax", context)
    assert not [pattern for pattern in compiled if "Zorblax" in pattern]

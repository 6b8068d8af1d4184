from __future__ import annotations

import pytest

from app.evaluation.matching import name_matches, normalise, organization_matches, role_matches


def test_normalise_folds_case_diacritics_and_punctuation() -> None:
    assert normalise("  Jean-Luc  Mélenchon ") == "jean luc melenchon"
    assert normalise("O’Brien, Jr.") == "obrien jr"


@pytest.mark.parametrize(
    ("parsed", "expected"),
    [
        ("Vladimir Putin", True),
        ("vladimir putin", True),
        ("Putin", True),  # surname alone: first names missing on one side
        ("V. Putin", True),  # an initial
        ("Vladimír Putin", True),  # diacritics
        ("Volodymyr Putin", False),  # another first name
        ("Vladimir Putina", False),
        ("President", False),
        ("", False),
    ],
)
def test_names(parsed: str, expected: bool) -> None:
    assert name_matches(parsed, "Vladimir Putin") is expected


def test_aliases_count_as_names() -> None:
    assert name_matches("Grandma Anya", "Anna Ivanova", ["Grandma Anya"])
    assert name_matches("Anya", "Anna Ivanova", ["Grandma Anya"])
    assert not name_matches("Anya", "Anna Ivanova")


def test_roles_match_by_containment_in_either_direction() -> None:
    assert role_matches("deputy head of the department", "deputy head")
    assert role_matches("Head", "the head of the department")
    assert role_matches("Foreign Minister", "foreign minister")
    assert not role_matches("minister", "administrator")
    assert not role_matches("head", "headmaster")  # whole words only
    assert not role_matches(None, "economist")


def test_organisations_may_sit_in_the_role() -> None:
    assert organization_matches("Higher School of Economics", None, "Higher School of Economics")
    assert organization_matches(None, "Foreign Minister of Russia", "Russia")
    assert not organization_matches(None, "Foreign Minister", "Russia")
    assert not organization_matches("Russian Railways", None, "Gazprom")


def test_abbreviated_titles_are_their_full_words() -> None:
    assert role_matches("Sen.", "Senator, R-Neb.")
    assert role_matches("Gov", "Gov.")
    assert role_matches("Lt. Col.", "lieutenant colonel")
    assert not role_matches("Sen.", "representative")
    assert not role_matches("Gen.", "Governor")


def test_short_names_of_states_are_the_state() -> None:
    assert organization_matches("United States", None, "U.S.")
    assert organization_matches("US", None, "United States")
    assert organization_matches("Britain", None, "UK")
    assert organization_matches(None, "U.S. Attorney", "United States")
    assert not organization_matches("United States", None, "Russia")
    assert not organization_matches("South America", None, "United States")


def test_a_possessive_is_the_owner() -> None:
    assert organization_matches(
        "House Science Committee’s space subcommittee", None, "House Science Committee"
    )
    assert organization_matches("NASA's Jet Propulsion Laboratory", None, "NASA")
    assert not organization_matches("NASA's Jet Propulsion Laboratory", None, "NAS")

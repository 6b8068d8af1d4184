"""Each named sub-rule of the role splitter, alone and in its place in the order.

Phrases are made up; none is taken from the corpus.
"""

from __future__ import annotations

import pytest

from app.ingest.people import role_rules
from app.ingest.people.roles import ROLE_RULES, owned_role, split_role, state_office


def test_named_body_then_role() -> None:
    assert role_rules.named_body_then_role("Bank of Ruritania governor") == (
        "governor",
        "Bank of Ruritania",
    )
    assert role_rules.named_body_then_role("Harbor Press editor") is None  # no "of"


def test_portfolio_of_state() -> None:
    assert role_rules.portfolio_of_state("Minister of Fisheries of Ruritania") == (
        "Minister of Fisheries",
        "Ruritania",
    )
    assert role_rules.portfolio_of_state("Minister of Fisheries") is None


def test_unit_of_parent() -> None:
    assert role_rules.unit_of_parent("director of the Ocean Lab at Harbor University") == (
        "director",
        "Ocean Lab at Harbor University",
    )
    assert role_rules.unit_of_parent("director of the Ocean Lab") is None


def test_owned_role() -> None:
    assert owned_role("Harborbank's chief economist") == ("chief economist", "Harborbank")
    assert owned_role("chief economist") is None


def test_state_office() -> None:
    assert state_office("Chilean Fisheries Minister") == ("Fisheries Minister", "Chile")
    assert state_office("Russian political scientist") == ("political scientist", None)
    assert state_office("Harbor Press editor") is None  # no country first


def test_portfolio_title() -> None:
    assert role_rules.portfolio_title("Minister of Foreign Affairs") == (
        "Minister of Foreign Affairs",
        None,
    )
    assert role_rules.portfolio_title("Minister of Chile") is None  # a country is a state


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("researcher at the Ocean Lab", ("researcher", "Ocean Lab")),
        ("spokeswoman for Harbor Freight", ("spokeswoman", "Harbor Freight")),
        ("an expert on Ruritania", None),  # a subject, not a body
        (
            "administrator for fisheries in Harborland's Ocean Office",
            ("administrator for fisheries", "Harborland's Ocean Office"),
        ),
        ("editor", None),
    ],
)
def test_split_at_preposition(phrase: str, expected: tuple[str, str | None] | None) -> None:
    assert role_rules.split_at_preposition(phrase) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Harbor Reserve Governor", ("Governor", "Harbor Reserve")),
        ("HRB President", ("President", "HRB")),
        ("Fisheries Minister", ("Fisheries Minister", None)),  # one word: a portfolio
        ("Rescue Team Leader", ("Rescue Team Leader", None)),  # a unit is part of the job
        ("chief economist", None),
    ],
)
def test_capitalised_title(phrase: str, expected: tuple[str, str | None] | None) -> None:
    assert role_rules.capitalised_title(phrase) == expected


def test_capitalised_body_then_job() -> None:
    assert role_rules.capitalised_body_then_job("Harbor House press secretary") == (
        "press secretary",
        "Harbor House",
    )
    assert role_rules.capitalised_body_then_job("Energy analyst") is None  # a field


def test_body_noun_then_title() -> None:
    assert role_rules.body_noun_then_title("Fishers' union president") == (
        "president",
        "Fishers' union",
    )
    assert role_rules.body_noun_then_title("coastal project director") is None


def test_words_before_job() -> None:
    assert role_rules.words_before_job("Oscar-winning actress") == ("actress", None)
    assert role_rules.words_before_job("talented actress") is None


def test_the_order_puts_narrow_shapes_before_the_preposition_split() -> None:
    names = [rule.__name__ for rule in ROLE_RULES]
    assert names.index("unit_of_parent") < names.index("split_at_preposition")
    assert names.index("portfolio_of_state") < names.index("split_at_preposition")
    # The preposition split alone would cut "Bank of Ruritania governor" after "Bank".
    assert split_role("Bank of Ruritania governor") == ("governor", "Bank of Ruritania")


def test_modifiers_before_job() -> None:
    assert role_rules.modifiers_before_job("Veteran teacher") == ("veteran teacher", None)
    assert role_rules.modifiers_before_job("Retired engineer") == ("retired engineer", None)
    assert role_rules.modifiers_before_job("Senior Economist") == ("Senior Economist", None)
    # adjectives that name the employer, the church or the party are not modifiers
    assert role_rules.modifiers_before_job("Western Digital engineer") is None
    assert role_rules.modifiers_before_job("Eastern Orthodox priest") is None
    assert role_rules.modifiers_before_job("Conservative MP") is None
    assert role_rules.modifiers_before_job("Harbor Press editor") is None  # a body's name
    assert role_rules.modifiers_before_job("teacher") is None  # nothing before the job


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Veteran teacher", ("veteran teacher", None)),
        ("Rookie nurse", ("rookie nurse", None)),
        ("Longtime engineer", ("longtime engineer", None)),
        ("Senior Economist", ("Senior Economist", None)),  # title case kept
        ("Quarry Mills engineer", ("engineer", "Quarry Mills")),
    ],
)
def test_a_modifier_before_a_job_is_never_an_organisation(
    phrase: str, expected: tuple[str | None, str | None]
) -> None:
    assert split_role(phrase) == expected

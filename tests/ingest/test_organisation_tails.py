"""Where an organisation's name ends (made-up sentences): a clause after the body's name
("Dynamo decided to keep") and what the person brings ("with 30 years of experience") are
no part of it, and a subject after "of" ("a teacher of Russian language") is no body; a
participle before the job ("recently named executive chair") stays the job's."""

from __future__ import annotations

import pytest

from app.ingest.people.roles import split_role
from tests.ingest.parsing import parse_body, role_org_by_slug


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("The board of directors of Dynamo decided to keep", (None, None)),
        ("The council of Harborbank agreed that", (None, None)),
        (
            "a teacher of Russian language from Kazan",
            ("teacher of Russian language from Kazan", None),
        ),
        ("a teacher at Kazan Lyceum with 30 years of experience", ("teacher", "Kazan Lyceum")),
        ("a professor of German literature", ("professor of German literature", None)),
        (
            "the recently named executive chair at Quarkly",
            ("recently named executive chair", "Quarkly"),
        ),
        (
            "a researcher at the Russian Academy of Sciences",
            ("researcher", "Russian Academy of Sciences"),
        ),
        ("an officer of the Russian army", ("officer", "Russian army")),
    ],
)
def test_an_organisation_ends_before_a_clause_or_a_tail(
    phrase: str, expected: tuple[str | None, str | None]
) -> None:
    assert split_role(phrase) == expected


def test_a_board_that_decided_is_not_the_named_persons_job() -> None:
    parsed = parse_body(
        "The board of directors of Dynamo decided to keep Valery Karpin as coach. "
        '"He has our trust," said Karpin.'
    )
    role, org = role_org_by_slug(parsed)["valery-karpin"]
    assert role != "board of directors"
    assert org is None or "decided" not in org


def test_experience_is_no_part_of_the_organisation() -> None:
    parsed = parse_body(
        '"Pupils read less," said Ivan Petrov, a teacher of Russian language from Kazan '
        "with 30 years of experience."
    )
    role, org = role_org_by_slug(parsed)["ivan-petrov"]
    assert org is None
    assert role is not None
    assert role.startswith("teacher")
    assert "experience" not in role

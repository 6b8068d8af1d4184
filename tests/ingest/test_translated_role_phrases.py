"""Role phrases of translated copy: a club's press attaché, a hyphenated "Vice-speaker"
with the member's party after the legislature, a marked company name after a job
(made-up sentences; no corpus text)."""

from __future__ import annotations

import pytest

from app.ingest.people.roles import split_role
from tests.ingest.parsing import kind_role_org_by_slug, parse_body


def _people(body: str) -> dict[str, tuple[str, str | None, str | None]]:
    return kind_role_org_by_slug(parse_body("The town was calm.\n\n" + body))


def test_a_clubs_press_attache() -> None:
    people = _people("Rotor’s press attaché Ivan Zolin stressed that the team is ready.")
    assert people["ivan-zolin"][1:] == ("press attaché", "Rotor")


def test_a_hyphenated_vice_speaker_and_the_party_after_the_legislature() -> None:
    people = _people(
        "Vice-speaker of the Duma from LDPR Igor Lensky has denied that the bill would pass."
    )
    assert people["igor-lensky"] == ("official", "Vice-speaker", "Duma")


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("leading analyst “Oak Capital”", ("leading analyst", "Oak Capital")),
        ("analyst of «Birch Invest»", ("analyst", "Birch Invest")),
        ("analyst at Bank “Neva”", ("analyst", "Bank Neva")),
        ("deputy of the Rada from the Green Union party", ("deputy", "Rada")),
        # negatives: no job before the marks; "from" after a body that is no legislature
        ("the song “Blue River”", (None, None)),
        ("a student from Oxford", ("student", None)),
    ],
)
def test_split_role_reads_marked_bodies_and_party_tails(
    phrase: str, expected: tuple[str | None, str | None]
) -> None:
    assert split_role(phrase) == expected


def test_a_marked_company_between_job_and_name() -> None:
    people = _people("Leading analyst “Oak Capital” Ivan Petrovsky said that the rouble is weak.")
    assert people["ivan-petrovsky"][1:] == ("Leading analyst", "Oak Capital")

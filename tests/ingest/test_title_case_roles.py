"""Title-case and ranked job titles before a name (made-up sentences): the ranks and
functions that open a title ("Chief", "Senior", "Deputy", "First", "Executive",
"Artistic", "Principal", "Acting", "Interim") belong to the role, never to the
organisation; a body's name before the title ("First Republic Bank economist") stays the
organisation."""

from __future__ import annotations

import pytest

from app.ingest.people.roles import split_role
from tests.ingest.parsing import parse_body, role_org_by_slug


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Chief Financial Officer", ("Chief Financial Officer", None)),
        ("Chief Operating Officer", ("Chief Operating Officer", None)),
        ("Executive Vice President", ("Executive Vice President", None)),
        ("First Deputy Chairman", ("First Deputy Chairman", None)),
        ("Interim Chief Executive", ("Interim Chief Executive", None)),
        ("Principal Deputy Press Secretary", ("Principal Deputy Press Secretary", None)),
        ("Vice Admiral", ("Vice Admiral", None)),
        ("Senior assistant to the prosecutor", ("Senior assistant to the prosecutor", None)),
        (
            "Artistic director of the Sovremennik theatre",
            ("Artistic director", "Sovremennik theatre"),
        ),
        (
            "Senior Vice President of Marketing at Acme",
            ("Senior Vice President of Marketing", "Acme"),
        ),
        ("Acme Chief Financial Officer", ("Chief Financial Officer", "Acme")),
    ],
)
def test_a_rank_opening_the_title_is_the_roles(
    phrase: str, expected: tuple[str | None, str | None]
) -> None:
    assert split_role(phrase) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("First Republic Bank economist", ("economist", "First Republic Bank")),
        ("Federal Reserve Governor", ("Governor", "Federal Reserve")),
        ("Google CEO", ("CEO", "Google")),
        ("General Motors chief executive", ("chief executive", "General Motors")),
    ],
)
def test_a_bodys_name_before_the_title_stays_the_organisation(
    phrase: str, expected: tuple[str | None, str | None]
) -> None:
    assert split_role(phrase) == expected


@pytest.mark.parametrize(
    ("body", "slug", "expected"),
    [
        (
            "Chief Financial Officer Lisa Lambert said the company would cut costs.",
            "lisa-lambert",
            ("Chief Financial Officer", None),
        ),
        (
            '"Sales grew," said Chief Operating Officer Mark Dunn.',
            "mark-dunn",
            ("Chief Operating Officer", None),
        ),
        (
            "First Deputy Chairman Pavel Sidorov said the bank was stable.",
            "pavel-sidorov",
            ("First Deputy Chairman", None),
        ),
        (
            '"The case is closed," said Senior assistant to the prosecutor Anna Belova.',
            "anna-belova",
            ("Senior assistant to the prosecutor", None),
        ),
    ],
)
def test_ranked_titles_in_articles(
    body: str, slug: str, expected: tuple[str | None, str | None]
) -> None:
    assert role_org_by_slug(parse_body(body))[slug] == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        (
            "Minister of State for Petroleum Resources",
            ("Minister of State for Petroleum Resources", None),
        ),
        (
            "Secretary of State for Northern Ireland",
            ("Secretary of State for Northern Ireland", None),
        ),
        ("Minister of Transport of Kazakhstan", ("Minister of Transport", "Kazakhstan")),
    ],
)
def test_a_minister_of_state_is_one_title(
    phrase: str, expected: tuple[str | None, str | None]
) -> None:
    assert split_role(phrase) == expected


def test_a_portfolio_glued_before_the_name_is_no_part_of_it() -> None:
    parsed = parse_body(
        "Minister of State for Petroleum Resources Heineken Lokpobiri said output would rise."
    )
    assert [(p.name, p.role, p.organization) for p in parsed.people] == [
        ("Heineken Lokpobiri", "Minister of State for Petroleum Resources", None)
    ]

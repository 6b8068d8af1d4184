"""A pre-name role made of two appositions ("Regional Council deputy from the Green Party,
member of its branch in Harbor Anna Lind"): the job is the apposition opening the
sentence, and later role nouns ("the parliamentarian", "the deputy") find her (issue 10).
Sentences are made up; none is from the corpus."""

from __future__ import annotations

import datetime as dt

from app.ingest.parser import parse_article
from tests.ingest.parsing import kind_role_org_by_slug, parse_full_text, speaker_text

_TEXT = (
    "Lind leaves the Greens\n\n"
    "Regional Council deputy from the Green Party, member of its branch in Harbor Anna "
    "Lind handed in a letter of resignation from the party.\n"
    "As the parliamentarian announced, she gave the letter to the Harbor branch of the "
    "party.\n"
    "Nothing else is known yet.\n"
)


def test_the_opening_apposition_is_the_job_not_the_membership() -> None:
    people = kind_role_org_by_slug(parse_full_text(_TEXT))
    kind, role, organization = people["anna-lind"]
    assert kind == "official"
    assert role is not None
    assert "deputy" in role
    assert "member" not in role
    # The gold's convention (a State Duma deputy "from the party" X): the party is the
    # organisation and the body the deputy sits in stays with the job.
    assert "Regional Council" in role
    assert organization == "Green Party"


def test_the_parliamentarian_refers_back_to_the_deputy() -> None:
    statements = speaker_text(parse_full_text(_TEXT))
    assert ("anna-lind", "she gave the letter to the Harbor branch of the party") in statements


def test_a_membership_alone_stays_the_role() -> None:
    parsed = parse_article(
        "Title\n\nIn Harbor, member of the Green Party Anna Lind said that the vote was fair.\n",
        dt.date(2024, 5, 17),
    )
    people = {p.slug: p.role for p in parsed.people}
    assert people["anna-lind"] is not None
    assert "member" in people["anna-lind"]


def test_a_bare_job_after_the_leaders_role_is_the_second_apposition() -> None:
    people = kind_role_org_by_slug(
        parse_full_text(
            "Title\n\nThe march will start at noon.\nThis was reported by the leader of the "
            '"Harbor" association, rally organizer Anna Lind.\n'
        )
    )
    assert people["anna-lind"][1:] == ("leader", '"Harbor" association')
    people = kind_role_org_by_slug(
        parse_full_text(
            'Title\n\nThe leader of the "Harbor" association, rally organizer Anna Lind said that '
            "the march will start at noon.\n"
        )
    )
    assert people["anna-lind"][1:] == ("leader", '"Harbor" association')


def test_a_place_before_the_comma_is_no_role() -> None:
    people = kind_role_org_by_slug(
        parse_full_text(
            "Title\n\nIn the harbour town of Kest, economist Anna Lind said that prices rose.\n"
        )
    )
    assert people["anna-lind"][1] == "economist"

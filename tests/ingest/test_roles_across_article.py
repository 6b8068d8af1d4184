"""A person's role given where nobody speaks (a subtitle, a later paragraph) is theirs
(issue 10, "People across sentences").  Sentences are made up; none is from the corpus."""

from __future__ import annotations

import datetime as dt

from app.ingest.parser import parse_article


def _people(text: str) -> dict[str, tuple[str, str | None, str | None]]:
    parsed = parse_article(text, dt.date(2024, 5, 17))
    return {p.slug: (p.kind, p.role, p.organization) for p in parsed.people}


def test_a_role_in_an_unattributed_lead_line_is_the_speakers() -> None:
    # Translation layout: the lead line's verb attributes nothing, and the speaker is first
    # found by a later "said Lind" (the read-ahead finds the full name and its role).
    people = _people(
        "Lind: half of the harbour towns need help\n\n"
        "The deputy governor of the Harbor region Anna Lind stated that half of the towns "
        "need help\n"
        "In total 18 towns out of 40 receive aid from the regional budget.\n"
        "In 2023 18 towns out of 40 received aid from the regional budget.\n"
        'Within the budget, around 2 billion is spent on the towns," said Lind.\n'
    )
    assert people["anna-lind"] == ("official", "deputy governor", "Harbor region")


def test_an_owner_read_ahead_stays_the_organisation() -> None:
    people = _people(
        "Title\n\n"
        "“All of them bring different ideas,” Birch said on a call.\n\n"
        "The landers will fly in 2026.\n\n"
        "“We want more, sooner,” Acme's Tom Birch, deputy administrator for exploration "
        "in the science division, said in the statement.\n"
    )
    assert people["tom-birch"][1:] == (
        "deputy administrator for exploration in the science division",
        "Acme",
    )


def test_an_owner_before_a_name_with_no_job_is_the_organisation() -> None:
    assert _people("Title\n\nSerbia's Nikola Radic said the team would win.\n")["nikola-radic"] == (
        "expert",
        None,
        "Serbia",
    )
    assert _people("Title\n\nAcme's Tom Birch said the lander works.\n")["tom-birch"] == (
        "expert",
        None,
        "Acme",
    )

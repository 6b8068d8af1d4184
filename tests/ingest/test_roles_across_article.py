"""A person's role given where nobody speaks (a subtitle, a later paragraph) is theirs
(issue 10, "People across sentences").  Sentences are made up; none is from the corpus."""

from __future__ import annotations

from tests.ingest.parsing import kind_role_org_by_slug, parse_full_text


def test_a_role_in_an_unattributed_lead_line_is_the_speakers() -> None:
    # Translation layout: the lead line's verb attributes nothing, and the speaker is first
    # found by a later "said Lind" (the read-ahead finds the full name and its role).
    people = kind_role_org_by_slug(
        parse_full_text(
            "Lind: half of the harbour towns need help\n\n"
            "The deputy governor of the Harbor region Anna Lind stated that half of the towns "
            "need help\n"
            "In total 18 towns out of 40 receive aid from the regional budget.\n"
            "In 2023 18 towns out of 40 received aid from the regional budget.\n"
            'Within the budget, around 2 billion is spent on the towns," said Lind.\n'
        )
    )
    assert people["anna-lind"] == ("official", "deputy governor", "Harbor region")


def test_an_owner_read_ahead_stays_the_organisation() -> None:
    people = kind_role_org_by_slug(
        parse_full_text(
            "Title\n\n"
            "“All of them bring different ideas,” Birch said on a call.\n\n"
            "The landers will fly in 2026.\n\n"
            "“We want more, sooner,” Acme's Tom Birch, deputy administrator for exploration "
            "in the science division, said in the statement.\n"
        )
    )
    assert people["tom-birch"][1:] == (
        "deputy administrator for exploration in the science division",
        "Acme",
    )


def test_an_owner_before_a_name_with_no_job_is_the_organisation() -> None:
    assert kind_role_org_by_slug(
        parse_full_text("Title\n\nSerbia's Nikola Radic said the team would win.\n")
    )["nikola-radic"] == (
        "expert",
        None,
        "Serbia",
    )
    assert kind_role_org_by_slug(
        parse_full_text("Title\n\nAcme's Tom Birch said the lander works.\n")
    )["tom-birch"] == (
        "expert",
        None,
        "Acme",
    )

"""A later, fuller apposition fills an empty organisation; a body named in the role
("Foreign Ministry spokesperson") is the organisation; a title read before a name stops at
the clause before it (made-up sentences; no corpus text)."""

from __future__ import annotations

from app.ingest.people.roles import (
    _narration_before_subordinator,
    _title_after_clause_opener,
    body_out_of_role,
)
from tests.ingest.parsing import kind_role_org_by_slug, parse_body


def test_a_later_apposition_names_the_body_of_a_bare_director() -> None:
    parsed = parse_body(
        "Institute Director Mara Lindqvist said on Monday that the reef is dying.\n\n"
        "Mara Lindqvist, director of the Bay Coral Institute, wrote that the reef is "
        "shrinking fast.\n"
    )
    assert kind_role_org_by_slug(parsed)["mara-lindqvist"] == (
        "expert",
        "director",
        "Bay Coral Institute",
    )


def test_a_later_apposition_for_another_job_leaves_the_first() -> None:
    parsed = parse_body(
        "Coach Tom Vallin said on Monday that the squad is tired.\n\n"
        "Tom Vallin, a director of the Harbor Sailing Club, said that the squad will rest.\n"
    )
    assert kind_role_org_by_slug(parsed)["tom-vallin"][1:] == ("Coach", None)


def test_a_ministry_in_the_role_is_the_organisation() -> None:
    parsed = parse_body(
        "The talks will go on, said Norland's Foreign Ministry spokesperson Ilze Kalnina.\n"
    )
    assert kind_role_org_by_slug(parsed)["ilze-kalnina"] == (
        "official",
        "spokesperson",
        "Norland's Foreign Ministry",
    )


def test_body_out_of_role() -> None:
    assert body_out_of_role("Interior Ministry press secretary", "Norland") == (
        "press secretary",
        "Norland's Interior Ministry",
    )
    assert body_out_of_role("spokesperson", "Norland") is None
    assert body_out_of_role("Ministry spokesperson", None) is None


def test_a_title_after_a_clause_is_the_names_own() -> None:
    parsed = parse_body(
        "The Foreign Minister expressed regret that the German Chancellor Otto Brandt gave "
        "no time to the talks.\n\nBrandt said that the talks were useful.\n"
    )
    assert kind_role_org_by_slug(parsed)["otto-brandt"][1:] == ("Chancellor", "Germany")


def test_a_clause_opener_with_no_title_after_it_is_left_alone() -> None:
    words = ["spokesman", "for", "the", "committee", "that", "investigated", "the", "crash"]
    assert _title_after_clause_opener(words) is None
    words = ["regret", "that", "the", "German", "Chancellor"]
    assert _title_after_clause_opener(words) == ["German", "Chancellor"]


def test_narration_before_a_subordinator_is_no_job() -> None:
    assert _narration_before_subordinator(
        ["party", "would", "not", "accept", "any", "MP", "after", "former"]
    )
    # a job after the subordinator, or no modal before it: left to the other rules
    assert not _narration_before_subordinator(["would", "meet", "after", "the", "minister"])
    assert not _narration_before_subordinator(["spokesman", "for", "the", "panel", "after"])

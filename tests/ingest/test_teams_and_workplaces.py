"""Organisations told without an apposition (issue 10): the side a heading names over a
player's quote, the team a player scores for, a coach's team, a member's party, a
workplace and one's fellows.  Sentences are made up; none is taken from the corpus."""

from __future__ import annotations

import pytest

from app.ingest.people.roles import split_role
from app.ingest.people.section_teams import heading_country
from tests.ingest.parsing import parse_full_text, role_org_by_slug

_ROUND_UP = (
    "Ruiz keeps Chile alive against Peru at the Harbor Cup\n\n"
    "LIMA — Pablo Ruiz won his singles match 6-4, 6-3 and the hosts lost the doubles.\n\n"
    '"It was a hard night for us," Ruiz said.\n\n'
    "NORWAY WINS\n\n"
    "Norway beat Japan 2-1 after Lars Berg won the deciding doubles with his partner.\n\n"
    '"We fought for every point," Berg said.\n\n'
    "UP NEXT\n\n"
    '"We play again on Friday," said Ken Ito, who lost to Berg.\n'
)


def test_a_result_heading_gives_its_side_to_the_players_quoted_under_it() -> None:
    people = role_org_by_slug(parse_full_text(_ROUND_UP))
    assert people["pablo-ruiz"] == (None, "Chile")  # the headline heads the first section
    assert people["lars-berg"] == (None, "Norway")
    assert people["ken-ito"] == (None, None)  # "UP NEXT" names no side


def test_a_heading_without_a_result_names_no_side() -> None:
    people = role_org_by_slug(parse_full_text(_ROUND_UP.replace("NORWAY WINS", "NORWAY AND JAPAN")))
    assert people["lars-berg"] == (None, None)


def test_a_speaker_with_a_job_keeps_it_under_a_result_heading() -> None:
    text = _ROUND_UP.replace(
        '"We fought for every point," Berg said.',
        '"We fought for every point," said Eva Holm, an economist at Bayco.',
    )
    assert role_org_by_slug(parse_full_text(text))["eva-holm"] == ("economist", "Bayco")


@pytest.mark.parametrize(
    ("heading", "country"),
    [
        ("US FALLS", "United States"),  # a short name, written in full
        ("NORWAY WINS AGAIN", "Norway"),
        ("Ruiz keeps Chile alive against Peru", "Chile"),  # a headline names it later
        ("JAPAN AND NORWAY", None),  # no result
        ("TOP SEEDS FALL TO NORWAY", None),  # a heading in capitals opens with its side
        ("Ruiz wins in Lima", None),  # no country
    ],
)
def test_heading_country(heading: str, country: str | None) -> None:
    assert heading_country(heading) == country


def test_a_player_who_finished_for_a_ranked_team_plays_for_it() -> None:
    text = (
        "Harbor hold off Quill 101-99\n\n"
        "Tom Reyes finished with 25 points and 10 assists for the league-leading Harbor "
        "Hawks on Tuesday night.\n\n"
        '"We got the win," Reyes said.\n'
    )
    assert role_org_by_slug(parse_full_text(text))["tom-reyes"] == (None, "Harbor Hawks")


def test_a_coach_with_no_team_named_coaches_the_subject() -> None:
    text = (
        "Hawks beat Quill 101-99\n\n"
        "The Hawks won again. The Hawks lead the league and the Hawks are rested.\n\n"
        '"We defended well," Coach Ann Lowe said after the game.\n'
    )
    assert role_org_by_slug(parse_full_text(text))["ann-lowe"] == ("Coach", "Hawks")


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ('Assembly deputy from the party "Harbor First"', ("Assembly deputy", "Harbor First")),
        ("lawmaker from the Green Party", ("lawmaker", "Green Party")),
        ("deputy of the faction Harbor First", ("deputy", "Harbor First")),
        ("summer guests from the Green Party", None),  # no job before the party
    ],
)
def test_a_member_of_a_party_belongs_to_it(phrase: str, expected: tuple[str, str] | None) -> None:
    from app.ingest.people.role_rules import party_member

    assert party_member(phrase) == expected


def test_party_member_comes_before_the_preposition_split() -> None:
    assert split_role('Assembly deputy from the party "Harbor First"') == (
        "Assembly deputy",
        "Harbor First",
    )


def test_a_workplace_after_a_name_is_the_organisation() -> None:
    text = (
        "When Tom Reyes visited his editor Ann Lowe at her office at Harbor Press, he "
        "brought poems.\n\n"
        '"He was always early," Lowe said.\n'
    )
    assert role_org_by_slug(parse_full_text(text))["ann-lowe"] == ("editor", "Harbor Press")


def test_an_office_in_a_city_is_no_organisation() -> None:
    text = (
        "When Tom Reyes visited his editor Ann Lowe at her office in Boston, he "
        "brought poems.\n\n"
        '"He was always early," Lowe said.\n'
    )
    assert role_org_by_slug(parse_full_text(text))["ann-lowe"] == ("editor", None)


def test_fellows_from_a_body_tell_the_speakers_body() -> None:
    text = (
        "Ann Lowe, a high school teacher, said she and more than 40 fellow teachers from "
        "the Harbor schools near Quill left at dawn for the rally.\n\n"
        '"We need better pay," Lowe said.\n'
    )
    assert role_org_by_slug(parse_full_text(text))["ann-lowe"] == (
        "high school teacher",
        "Harbor schools",
    )


def test_fellows_after_another_name_are_that_persons() -> None:
    text = (
        "Ann Lowe, a high school teacher, said Tom Reyes and his fellow teachers from the "
        "Harbor schools left at dawn.\n\n"
        '"We need better pay," Lowe said.\n'
    )
    assert role_org_by_slug(parse_full_text(text))["ann-lowe"] == ("high school teacher", None)

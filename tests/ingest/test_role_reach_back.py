"""The role read before a name stops at the word that starts a new phrase ("and", a
preposition, a relative, a verb taking a person object, an occasion noun), and never
spans a line break; a cut that would drop a role or leave sentence text is not made.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from app.ingest.role_reach import cut_reach_back
from tests.ingest.parsing import parse_body, role_org_by_slug


def test_and_before_an_organisation_role_is_cut() -> None:
    parsed = parse_body(
        "Shares rose after the results, and Orchard CEO Milo Penn told investors "
        "that demand was strong."
    )
    assert role_org_by_slug(parsed)["milo-penn"] == ("CEO", "Orchard")


def test_an_occasion_before_a_title_is_cut() -> None:
    parsed = parse_body("At the meeting Premier Daniel Kassar said the budget would grow.")
    assert role_org_by_slug(parsed)["daniel-kassar"][0] == "Premier"
    parsed = parse_body("In a statement Chief Nurse Helen Marsby said the ward would reopen.")
    assert role_org_by_slug(parsed)["helen-marsby"][0] == "Chief Nurse"


def test_a_role_in_object_position_after_a_meeting_verb() -> None:
    parsed = parse_body(
        "President Tom Marlowe received Prosecutor General Ivo Brandtner. "
        "Brandtner said the case was closed."
    )
    assert role_org_by_slug(parsed)["ivo-brandtner"][0] == "Prosecutor General"


def test_cuts_that_would_drop_a_role_or_keep_sentence_text_are_not_made() -> None:
    assert cut_reach_back("President and Chief Executive") == "President and Chief Executive"
    assert cut_reach_back("Head of Department at the Ministry") == (
        "Head of Department at the Ministry"
    )
    assert cut_reach_back("late science fiction and fantasy author") == (
        "late science fiction and fantasy author"
    )
    assert cut_reach_back("unhappy with the way his business partner") == (
        "unhappy with the way his business partner"
    )
    assert cut_reach_back("Minister of Trade and Industry") == "Minister of Trade and Industry"
    assert cut_reach_back("the firm's newly appointed chief executive") == (
        "the firm's newly appointed chief executive"
    )


def test_a_role_never_spans_a_line_break() -> None:
    assert cut_reach_back("Images | Photo\nPresident") == "President"
    assert cut_reach_back("expressed regret that the German Chancellor") == (
        "the German Chancellor"
    )

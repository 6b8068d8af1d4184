"""One sentence per line (translation layout): after a quote by someone who speaks for a
body, an unmarked line in the body's "we" goes on with the quote; the newsroom's "we"
("We could not reach …") and narration do not.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from app.ingest.dash_blocks import speaks_as
from tests.ingest.parsing import parse_body, speaker_text


def test_a_we_line_after_a_quote_by_a_body_s_head_goes_on() -> None:
    parsed = parse_body(
        "«Quotas do not help», – noted Irina Voss, director of the Lake Trust.\n"
        "We have no other levers.\n"
        "The trust has 30 staff.\n"
    )
    assert speaker_text(parsed) == [
        ("irina-voss", "Quotas do not help"),
        ("irina-voss", "We have no other levers."),
    ]


def test_a_we_line_after_a_quote_by_a_private_person_is_the_narrator_s() -> None:
    parsed = parse_body("«Quotas do not help», – noted Irina Voss.\nWe have no other levers.\n")
    assert speaker_text(parsed) == [("irina-voss", "Quotas do not help")]


def test_the_newsroom_we_is_no_body_s_we() -> None:
    assert not speaks_as("We could not reach the ministry for comment.", "It fails", for_body=True)
    assert not speaks_as("We contacted the regional governor.", "It fails", for_body=True)
    assert speaks_as("We have no other levers.", "It fails", for_body=True)
    assert not speaks_as("We have no other levers.", "It fails")
    assert not speaks_as("I have no other levers.", "It fails", for_body=True)


def test_a_member_of_a_body_does_not_speak_in_its_we() -> None:
    # the union's activist is no head or spokesperson: the "we" line is the narrator's
    parsed = parse_body(
        "«The fines do not work», – noted Bo Chen, an activist of the Acme union.\n"
        "We are tired of waiting.\n"
    )
    assert speaker_text(parsed) == [("bo-chen", "The fines do not work")]


def test_the_newsroom_following_a_case_is_no_body_s_we() -> None:
    assert not speaks_as("We will keep following the case.", "It fails", for_body=True)
    assert not speaks_as("We will update this story.", "It fails", for_body=True)

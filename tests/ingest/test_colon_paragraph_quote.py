"""Web layout: a paragraph ends with "X said:" and, after a blank line, a paragraph of
unquoted first-person words follows: X's quote (r5 S3).

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from tests.ingest.parsing import parse_body, speaker_kind_text

_SCENE = "Rovers play at home on Sunday.\n\nCoach Anton Brisk has picked his team.\n\n"


def test_first_person_paragraph_after_said_colon_is_a_quote() -> None:
    said = speaker_kind_text(
        parse_body(
            _SCENE + "Speaking to reporters, Brisk said:\n\n"
            "Mills is fit and he will play. I trust him completely.\n\nKick-off is at three."
        )
    )
    assert said == [
        ("anton-brisk", "quote", "Mills is fit and he will play. I trust him completely.")
    ]


def test_a_list_under_the_colon_is_not_a_quote() -> None:
    said = speaker_kind_text(
        parse_body(_SCENE + "Brisk said:\n\nMills, Okoro and Vance, all three back from injury.")
    )
    assert all(kind != "quote" for _, kind, _ in said)


def test_a_label_under_the_colon_is_not_taken() -> None:
    said = speaker_kind_text(
        parse_body(_SCENE + "Brisk said:\n\nQ: Are we ready for Sunday? I think so.")
    )
    assert ("anton-brisk", "quote", "Q: Are we ready for Sunday? I think so.") not in said


def test_only_the_next_paragraph_is_taken() -> None:
    said = speaker_kind_text(
        parse_body(
            _SCENE
            + "Brisk said:\n\nWe are ready for this game.\n\nOur reporter saw the team train."
        )
    )
    assert said == [("anton-brisk", "quote", "We are ready for this game.")]

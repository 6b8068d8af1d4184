"""Dash paragraphs after an introduction with no colon: "Mayor X spoke at a press
conference." then "- We will …" lines in the first person are the mayor's quotes; a dashed
line in the third person, or one with its own attribution, is not taken for them.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from tests.ingest.parsing import SpeakerText, parse_body, speaker_text

_SCENE = "The town was calm.\n\n"


def _said(body: str) -> list[SpeakerText]:
    return speaker_text(parse_body(_SCENE + body))


def test_first_person_dash_lines_after_a_plain_introduction() -> None:
    assert _said(
        "Mayor Ivo Pekar spoke at a press conference on Monday.\n\n"
        "- We will repair the dam next spring.\n\n"
        "- The money is already in the budget."
    ) == [
        ("ivo-pekar", "We will repair the dam next spring."),
        ("ivo-pekar", "The money is already in the budget."),
    ]


def test_third_person_dash_line_after_a_plain_introduction_is_nobodys() -> None:
    assert (
        _said(
            "Mayor Ivo Pekar spoke at a press conference on Monday.\n\n"
            "- The dam will be repaired next spring."
        )
        == []
    )


def test_a_dashed_question_is_never_the_speakers_quote() -> None:
    said = _said(
        "Mayor Ivo Pekar declared it at a press conference on Monday.\n\n"
        "- Ivo Petrovich, we all wonder: will the dam be repaired soon?\n\n"
        "- We will repair the dam next spring."
    )
    assert all("wonder" not in text for _, text in said)

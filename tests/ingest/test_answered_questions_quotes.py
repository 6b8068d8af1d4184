""" "X answered the questions of journalists." announces lines of questions and answers;
when a quote in marks comes next instead, the quote keeps its own attribution and the
dashed question after it stays the interviewer's.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from tests.ingest.parsing import parse_body, speaker_kind_text

_COACH = (
    "Zenit beat Rubin 2:0 in the match of the 10th round.\n"
    "After the match, the head coach of Zenit Sergei Semak answered the questions of "
    "journalists.\n"
    '"We played well today.\n'
    'The team showed character," – said the coach.\n'
    "– What did you tell the players at half-time?\n"
    "– I asked them to be patient and keep the ball.\n"
)


def test_a_quote_in_marks_after_the_announcement_keeps_its_closing_attribution() -> None:
    said = speaker_kind_text(parse_body(_COACH))
    texts = [text for _, _, text in said]
    assert "The team showed character" in texts  # the span stops at the closing mark
    assert not any("said the coach" in text for text in texts)
    assert "What did you tell the players at half-time?" not in texts
    assert ("sergei-semak", "quote", "I asked them to be patient and keep the ball.") in said


def test_unmarked_lines_after_the_announcement_are_still_an_interview() -> None:
    body = (
        "Goalkeeper Ivan Orlov answered the questions of journalists.\n"
        "– How do you rate the season?\n"
        "– I think we did everything we could.\n"
    )
    said = speaker_kind_text(parse_body(body))
    assert said == [("ivan-orlov", "quote", "I think we did everything we could.")]

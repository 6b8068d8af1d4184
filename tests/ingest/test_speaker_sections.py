"""Quote sheets: a label line "Head coach Nora Lind:" then her plain answers, with
"Q: …? answer" lines whose question part is nobody's statement.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from app.ingest.speaker_sections import Label, label_line
from tests.ingest.parsing import parse_body, speaker_kind_text


def test_label_lines_open_sections_of_plain_answers() -> None:
    body = (
        "Head coach Nora Lind:\n\n"
        "We had to hold one more drive.\n\n"
        "Q: Did the referee explain the call? No. He said nothing.\n\n"
        "Senior forward Tom Berg:\n\n"
        "Q: How did the last minute feel? Long. We kept our heads.\n\n"
        "Q: What did you see on the final play?\n\n"
        "We practised that set all week."
    )
    assert speaker_kind_text(parse_body(body)) == [
        ("nora-lind", "quote", "We had to hold one more drive."),
        ("nora-lind", "quote", "No. He said nothing."),
        ("tom-berg", "quote", "Long. We kept our heads."),
        ("tom-berg", "quote", "We practised that set all week."),
    ]


def test_a_name_then_role_label_works_too() -> None:
    body = "Nora Lind, head coach:\n\nWe had to hold one more drive."
    assert speaker_kind_text(parse_body(body)) == [
        ("nora-lind", "quote", "We had to hold one more drive.")
    ]


def test_a_label_with_a_speech_verb_is_no_section_label() -> None:
    assert label_line("Nora Lind said:", "We had to hold one more drive.") is None
    assert label_line("Coach Nora Lind told reporters:", "We had to hold on.") is None
    assert label_line("Head coach Nora Lind:", "We had to hold on.") is not None


def test_a_heading_or_narration_about_another_ends_the_section() -> None:
    body = (
        "Head coach Nora Lind:\n\n"
        "We had to hold one more drive.\n\n"
        "Injury report\n\n"
        "The team lost two players to injury in the first half."
    )
    assert speaker_kind_text(parse_body(body)) == [
        ("nora-lind", "quote", "We had to hold one more drive.")
    ]


def test_a_label_with_no_given_name_opens_nothing() -> None:
    body = "Match Report Summary:\n\nThe team won in the last minute."
    assert speaker_kind_text(parse_body(body)) == []


def test_a_label_at_the_end_opens_nothing() -> None:
    body = "The team won in the last minute.\n\nHead coach Nora Lind:"
    assert speaker_kind_text(parse_body(body)) == []


def test_a_label_over_dashed_answers_is_left_to_the_dash_rules() -> None:
    assert label_line("Nora Lind, chief economist at Orbank:", "— The rate will fall.") is None
    body = "Nora Lind, chief economist at Orbank:\n\n— The rate will fall by spring."
    assert speaker_kind_text(parse_body(body)) == [
        ("nora-lind", "quote", "The rate will fall by spring.")
    ]


def test_capitalised_role_words_and_a_three_word_name() -> None:
    assert label_line("Senior Forward Tom Berg:", "We kept going.") == Label(
        ["Tom", "Berg"], "senior forward"
    )
    assert label_line("Coach Anna Maria Lind:", "We kept going.") is not None


def test_a_label_without_a_job_is_no_speaker() -> None:
    assert label_line("Contact Jane Doe:", "Call the office on Monday.") is None
    assert label_line("Meet Jane Doe:", "She runs the bakery.") is None


def test_narration_after_an_answer_ends_the_section() -> None:
    body = (
        "Nora Lind, finance minister:\n\n"
        "We will lower the fuel tax.\n\n"
        "The opposition rejected the plan. Critics called it costly.\n\n"
        "The vote is set for June."
    )
    assert speaker_kind_text(parse_body(body)) == [
        ("nora-lind", "quote", "We will lower the fuel tax.")
    ]


def test_an_answer_to_a_question_counts_but_narration_after_it_does_not() -> None:
    body = (
        "City official Nora Lind:\n\n"
        "Q: Who may apply?\n\n"
        "Any resident over 18 may apply.\n\n"
        "The council approved the grant last month after a long debate.\n\n"
        "Applications open in June."
    )
    assert speaker_kind_text(parse_body(body)) == [
        ("nora-lind", "quote", "Any resident over 18 may apply.")
    ]


def test_a_label_over_narration_quotes_nobody() -> None:
    body = "Head coach Nora Lind:\n\nThe team flew home on Sunday night."
    assert speaker_kind_text(parse_body(body)) == []

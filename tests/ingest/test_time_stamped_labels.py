"""Transcript turns labelled "Full Name (mm:ss):" (r4 N6): the stamp makes the label a
turn even when the narration never introduced the speaker.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from tests.ingest.parsing import parse_body, speaker_kind_text


def test_time_stamped_full_name_labels_are_turns() -> None:
    said = speaker_kind_text(
        parse_body(
            "Transcript of the hearing.\n\n"
            "Nadia Poltz (00:12): We will vote on the budget today.\n\n"
            "Arno Weil (01:05): I think we need more time to read it.\n\n"
            "Poltz (01:40): Then we wait one week."
        )
    )
    assert said == [
        ("nadia-poltz", "quote", "We will vote on the budget today."),
        ("arno-weil", "quote", "I think we need more time to read it."),
        ("nadia-poltz", "quote", "Then we wait one week."),
    ]


def test_an_unknown_full_name_label_without_a_stamp_is_not_taken() -> None:
    said = speaker_kind_text(
        parse_body("Transcript of the hearing.\n\nNadia Poltz: We will vote on the budget today.")
    )
    assert said == []


def test_a_one_word_stamped_label_of_nobody_is_not_taken() -> None:
    said = speaker_kind_text(
        parse_body("Transcript of the hearing.\n\nSpeaker (00:12): We will vote on it today.")
    )
    assert said == []

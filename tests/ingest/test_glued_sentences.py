"""Sentences glued with no space after the full stop ("on Monday.He said") are split
(r4 N3); abbreviations glued to a name are not.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from app.ingest.layout import sentences
from tests.ingest.parsing import parse_body, speaker_kind_text


def _pieces(text: str) -> list[str]:
    return [text[s.start : s.end] for s in sentences(text, 0, len(text))]


def test_a_glued_full_stop_ends_the_sentence() -> None:
    assert _pieces("The vote is on Monday.He said it was fair.") == [
        "The vote is on Monday.",
        "He said it was fair.",
    ]


def test_abbreviations_glued_to_a_name_do_not_split() -> None:
    assert _pieces("She moved to St.Louis and met Mr.Lee there.") == [
        "She moved to St.Louis and met Mr.Lee there."
    ]


def test_a_domain_name_does_not_split() -> None:
    assert _pieces("He works at shopfront.com and likes it.") == [
        "He works at shopfront.com and likes it."
    ]


def test_both_glued_sentences_report_their_speaker() -> None:
    said = speaker_kind_text(
        parse_body(
            "Mayor Rina Holt spoke on Friday.\n\n"
            "Holt said the pool would reopen in May.She said the repairs were nearly done."
        )
    )
    assert said == [
        ("rina-holt", "paraphrase", "the pool would reopen in May"),
        ("rina-holt", "paraphrase", "the repairs were nearly done"),
    ]

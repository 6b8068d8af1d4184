"""A quote after a participle ('Lee issued a statement, saying, “…”'): the participle
hangs on the sentence's subject, so the quote is the subject's.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from tests.ingest.parsing import SpeakerText, parse_body, speaker_text

_SCENE = "The board met on Monday.\n\n"


def _said(body: str) -> list[SpeakerText]:
    """``body``'s statements, told after ``_SCENE``."""
    return speaker_text(parse_body(_SCENE + body))


def test_a_quote_after_a_participle_is_the_sentence_subjects() -> None:
    assert _said(
        "Dana Holt, the director, spoke briefly.\n\n"
        "After the hearing, Holt issued a statement about the charges, saying, "
        "“We will appeal and we expect to win.”"
    ) == [("dana-holt", "We will appeal and we expect to win.")]


def test_a_participle_with_no_person_in_its_sentence_gives_nobody_the_quote() -> None:
    assert (
        _said(
            "Dana Holt, the director, spoke briefly.\n\n"
            "The agency issued a statement about the charges, saying, “We will appeal.”"
        )
        == []
    )

"""A report inside a subordinate clause ("When Lee said the plan would fail, shares fell")
ends at the clause's comma: the main clause after it is the narrator's.  Initials written
together ("J.K. Lee") end no sentence, so the clause keeps its subordinator.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from app.ingest.layout import sentences
from tests.ingest.parsing import SpeakerText, parse_body, speaker_text

_SCENE = "The town was calm.\n\nMaria Olsen, a novelist, spoke on Monday.\n\n"


def _said(body: str) -> list[SpeakerText]:
    """``body``'s statements, told after ``_SCENE``."""
    return speaker_text(parse_body(_SCENE + body))


def test_a_report_in_a_subordinate_clause_ends_at_its_comma() -> None:
    assert _said("When Olsen said the plan would fail, shares fell sharply.") == [
        ("maria-olsen", "the plan would fail")
    ]


def test_a_title_written_in_a_subordinate_clause_is_no_report() -> None:
    assert (
        _said(
            "Years before Maria J.K. Olsen wrote The Long Winter, Hal Brook created a saga "
            "of frozen kingdoms."
        )
        == []
    )


def test_initials_written_together_end_no_sentence() -> None:
    text = "Years before Maria J.K. Olsen wrote it, he did. We met at 10 a.m. The end."
    assert [text[s.start : s.end] for s in sentences(text, 0, len(text))] == [
        "Years before Maria J.K. Olsen wrote it, he did.",
        "We met at 10 a.m.",
        "The end.",
    ]

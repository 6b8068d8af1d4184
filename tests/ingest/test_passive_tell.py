"""A passive telling verb ("she was told that …", "they were assured that …") makes its
subject the one told: the subject is never the speaker of the clause.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from app.ingest.speech_verbs import addressee_subject
from tests.ingest.parsing import SpeakerText, parse_body, speaker_text

_SCENE = "The town was calm.\n\nMaria Olsen, the interior minister, spoke on Monday.\n\n"


def _said(body: str) -> list[SpeakerText]:
    """``body``'s statements, told after ``_SCENE``."""
    return speaker_text(parse_body(_SCENE + body))


def test_the_one_told_is_not_the_speaker() -> None:
    assert _said("Olsen was told by an unnamed aide that the plan had failed.") == []


def test_the_one_telling_is_the_speaker() -> None:
    assert _said("Olsen told reporters that the plan had failed.") == [
        ("maria-olsen", "the plan had failed")
    ]


def test_addressee_subject() -> None:
    assert addressee_subject("told", "she was ")
    assert addressee_subject("assured", "they were repeatedly ")
    assert not addressee_subject("told", "she ")
    assert not addressee_subject("said", "it was ")

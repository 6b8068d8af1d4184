"""A pronoun in a clause joined to one whose subject is a noun phrase for a person ("The
driver was stopped, but he says …") means that person, not whoever the article quoted
last: no statement for the earlier speaker.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from tests.ingest.parsing import SpeakerText, parse_body, speaker_text

_SCENE = "The town was calm.\n\nDetective Omar Quinn said the search was over. "


def _said(body: str) -> list[SpeakerText]:
    return speaker_text(parse_body(_SCENE + body))


def test_the_pronoun_after_a_person_noun_subject_is_not_the_speaker() -> None:
    assert _said("The driver was stopped, but he says that he never saw the parcel.") == [
        ("omar-quinn", "the search was over")
    ]


def test_the_pronoun_after_a_thing_noun_subject_is_the_speaker() -> None:
    assert _said("The trial was delayed, but he said that it would open in June.") == [
        ("omar-quinn", "the search was over"),
        ("omar-quinn", "it would open in June"),
    ]

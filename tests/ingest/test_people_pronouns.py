""" "She" or "he" after a full name the text gave without presenting anyone ("I thought of
Ann Lee.") means that name when its given name has the pronoun's gender, not the person
mentioned before it.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from tests.ingest.parsing import SpeakerText, parse_body, speaker_text

_SCENE = "The town was calm.\n\n"  # a calm paragraph before the text under test


def _said(body: str) -> list[SpeakerText]:
    return speaker_text(parse_body(_SCENE + body))


_EARLIER = "“The harbour will reopen,” said Mira Holt, a port engineer.\n\n"


def test_she_after_a_newly_named_woman_means_her() -> None:
    said = _said(
        _EARLIER + "Then I thought of Ingrid Vell. How would she feel about the news?\n\n"
        "“I am so glad,” she replied in an email."
    )
    assert ("ingrid-vell", "I am so glad") in said


def test_a_name_of_the_other_gender_leaves_she_to_the_earlier_woman() -> None:
    said = _said(
        _EARLIER + "Then I thought of Olaf Vell. How would he feel about the news?\n\n"
        "“I am so glad,” she replied in an email."
    )
    assert ("mira-holt", "I am so glad") in said


def test_a_person_mentioned_after_the_name_keeps_the_pronoun() -> None:
    said = _said(
        "I thought of Ingrid Vell on the way.\n\n"
        "“The harbour will reopen,” said Mira Holt, a port engineer.\n\n"
        "“I am so glad,” she added."
    )
    assert ("mira-holt", "I am so glad") in said


def test_a_name_after_the_pronoun_in_its_sentence_is_not_meant() -> None:
    said = _said(
        "“Prices will rise,” said Tom Birch, an economist.\n\n"
        "The mayor, he argued, had failed Olaf Kern."
    )
    assert said[-1] == ("tom-birch", "The mayor, he argued, had failed Olaf Kern")

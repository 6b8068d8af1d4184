"""A dash signature naming the speaker and then what the words are about:
'“…” – Tom Baker on Ivan Kerr' (r4 N14): the speaker is the name before "on".

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from tests.ingest.parsing import parse_body, speaker_kind_text

_SCENE = "Midfielder Arlo Venn has a sore ankle.\n\n"


def test_signature_on_a_person_goes_to_the_signer() -> None:
    said = speaker_kind_text(
        parse_body(_SCENE + "“He has a fair chance of playing.” – Nils Ekdahl on Arlo Venn")
    )
    assert said == [("nils-ekdahl", "quote", "He has a fair chance of playing.")]


def test_signature_on_a_topic_goes_to_the_signer() -> None:
    said = speaker_kind_text(
        parse_body(_SCENE + "“We will know more on Friday.” – Nils Ekdahl on the injury list")
    )
    assert said == [("nils-ekdahl", "quote", "We will know more on Friday.")]


def test_a_dash_then_a_sentence_is_no_signature() -> None:
    said = speaker_kind_text(
        parse_body(_SCENE + "“We will know more on Friday.” – Nils Ekdahl on Friday. He left.")
    )
    assert ("nils-ekdahl", "quote", "We will know more on Friday.") not in said

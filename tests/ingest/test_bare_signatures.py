"""Quotes signed by a bare "Role Name", with no dash and no verb, on the same line or on
the line below (r5 S5).

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from tests.ingest.parsing import parse_body, speaker_kind_text

_SCENE = "A storm hit the valley overnight.\n\n"


def test_role_and_name_after_the_quote_on_the_same_line() -> None:
    said = speaker_kind_text(
        parse_body(
            _SCENE + "“It was a long night for the valley. We thank every crew.” "
            "Eastfield Fire Chief Marta Olund"
        )
    )
    assert said == [
        ("marta-olund", "quote", "It was a long night for the valley. We thank every crew.")
    ]


def test_signature_paragraph_below_a_quote_paragraph() -> None:
    said = speaker_kind_text(
        parse_body(
            _SCENE + "Quotes\n\n“Strong dams keep our farms safe. We are glad to fund them.”\n\n"
            "The Honourable Piet Lorne, Minister of Water and Member for Eastfield"
        )
    )
    assert said == [
        ("piet-lorne", "quote", "Strong dams keep our farms safe. We are glad to fund them.")
    ]


def test_a_bare_name_without_a_role_is_not_a_signature() -> None:
    said = speaker_kind_text(
        parse_body(_SCENE + "“It was a long night for the valley.” Marta Olund")
    )
    assert said == []


def test_a_narration_sentence_below_is_not_a_signature() -> None:
    said = speaker_kind_text(
        parse_body(
            _SCENE + "“Strong dams keep our farms safe.”\n\n"
            "Fire Chief Marta Olund visited the dam on Friday."
        )
    )
    assert ("marta-olund", "quote", "Strong dams keep our farms safe.") not in said


def test_a_scare_quote_before_a_place_is_not_signed() -> None:
    said = speaker_kind_text(
        parse_body(_SCENE + "The crews called it “the long night” Eastfield Fire Chief Marta Olund")
    )
    assert said == []

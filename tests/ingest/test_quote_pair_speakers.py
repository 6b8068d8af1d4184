"""A quote attributed to two people joined by "and" ('"…," Lang and Piet de Vries
wrote.'): stored for both (leftover L2).

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from tests.ingest.parsing import parse_body, speaker_kind_text

_SCENE = "Surgeons Oda Renn and Tomas van Heel wrote to the board.\n\n"


def test_a_quote_by_a_pair_goes_to_both() -> None:
    said = speaker_kind_text(
        parse_body(_SCENE + "“The wards are unsafe,” Renn and Tomas van Heel, two surgeons, wrote.")
    )
    assert sorted(said) == [
        ("oda-renn", "quote", "The wards are unsafe"),
        ("tomas-van-heel", "quote", "The wards are unsafe"),
    ]


def test_a_single_speaker_gets_the_quote_alone() -> None:
    said = speaker_kind_text(parse_body(_SCENE + "“The wards are unsafe,” Tomas van Heel wrote."))
    assert said == [("tomas-van-heel", "quote", "The wards are unsafe")]


def test_a_list_of_three_is_left_alone() -> None:
    said = speaker_kind_text(
        parse_body(
            _SCENE + "Ada Kolk joined them.\n\n"
            "“The wards are unsafe,” Kolk, Renn and Tomas van Heel wrote."
        )
    )
    assert ("oda-renn", "quote", "The wards are unsafe") not in said

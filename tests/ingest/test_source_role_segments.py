"""'As noted by <role of Place>, <role> <Name>, CLAUSE': two titles set off by commas
before the named source; the clause is the named holder's.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from tests.ingest.parsing import SpeakerText, parse_body, speaker_text

_SCENE = "The town was calm.\n\n"


def _said(body: str) -> list[SpeakerText]:
    return speaker_text(parse_body(_SCENE + body))


def test_two_titles_before_the_source_name() -> None:
    assert _said(
        "As noted by First Deputy Mayor of Velmar, head of the roads office Ivo Stern, the "
        "tram line will open in May."
    ) == [("ivo-stern", "the tram line will open in May")]


def test_two_capitalised_titles_before_the_source_name() -> None:
    assert _said(
        "As stated by Deputy Governor of Upper Dale, Director of Finance Olga Sedova, the "
        "budget relies on new taxes."
    ) == [("olga-sedova", "the budget relies on new taxes")]


def test_a_role_of_a_place_alone_names_no_source() -> None:
    assert _said("According to the mayor of Velmar, the tram line will open in May.") == []


def test_a_segment_with_a_verb_is_no_title() -> None:
    assert (
        _said(
            "According to the mayor of Velmar, who met Ivo Stern, the tram line will open in May."
        )
        == []
    )

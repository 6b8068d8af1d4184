""" "Lee and her team wrote": the named person speaks for the unnamed people who work with
them (team, colleagues, co-authors, staff …), so the name is the speaker.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from tests.ingest.parsing import SpeakerKindText, parse_body, speaker_kind_text

_SCENE = "The town was calm.\n\nMaria Olsen, a geologist, spoke on Monday.\n\n"


def _said(body: str) -> list[SpeakerKindText]:
    return speaker_kind_text(parse_body(_SCENE + body))


def test_a_quote_attributed_to_a_name_and_her_team_is_hers() -> None:
    assert _said('"The lake is older than we thought," Olsen and her team wrote in the paper.') == [
        ("maria-olsen", "quote", "The lake is older than we thought")
    ]


def test_a_report_by_a_name_and_her_colleagues_is_hers() -> None:
    assert _said("Olsen and her colleagues wrote that the lake is older than thought.") == [
        ("maria-olsen", "paraphrase", "the lake is older than thought")
    ]

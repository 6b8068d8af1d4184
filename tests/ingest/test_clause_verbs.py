"""Speech verbs the translations use: "foresees", "signaled that", and a sentence-final
"…, X points." (a translation of "points out"), each with its guard.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from tests.ingest.parsing import SpeakerText, parse_body, speaker_text

_SCENE = "The town was calm.\n\n"


def _said(body: str) -> list[SpeakerText]:
    return speaker_text(parse_body(_SCENE + body))


def test_foresees_reports_a_bare_clause() -> None:
    assert _said("Analyst Lev Orlin foresees the mill will hire again next year.") == [
        ("lev-orlin", "the mill will hire again next year")
    ]


def test_foresaw_nothing_without_a_subject_reports_nothing() -> None:
    assert _said("Nobody foresaw the flood.") == []


def test_signaled_that_reports_its_clause() -> None:
    assert _said("Supervisor Ines Varga signaled that the bus fares would rise.") == [
        ("ines-varga", "the bus fares would rise")
    ]


def test_signaled_without_that_reports_nothing() -> None:
    assert _said("Supervisor Ines Varga signaled a change of course on the fares.") == []


def test_a_sentence_final_points_after_a_name_attributes_the_clause() -> None:
    assert _said("The lira will stay weak all winter, Lev Orlin points.") == [
        ("lev-orlin", "The lira will stay weak all winter")
    ]


def test_points_as_a_score_reports_nothing() -> None:
    assert _said("The Hawks beat the Owls by 12 points.") == []
    assert _said("The Hawks won the derby, Lev Orlin scored 20 points.") == []

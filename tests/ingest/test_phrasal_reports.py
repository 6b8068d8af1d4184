""" "Go on" reports ("“No,” she went on.", "went on to say") only when no noun phrase
follows it: "went on a hunger strike" or "went on air" says nothing.  Likewise "added the
group “Red Hand” to the list" puts an object somewhere; it reports no clause.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

import datetime as dt

from app.ingest.parser import parse_article
from app.ingest.speech_verbs import find_verbs
from tests.ingest.parsing import SpeakerText, parse_body, speaker_text


def test_went_on_before_a_noun_phrase_is_no_speech_verb() -> None:
    assert find_verbs("The mayor went on a hunger strike.") == []
    assert find_verbs("He went on air at noon.") == []


def test_went_on_after_a_quote_or_before_to_is_a_speech_verb() -> None:
    assert [v.group() for v in find_verbs("“No,” she went on. He went on to add this.")] == [
        "went on",
        "went on",
    ]


def test_a_protest_reported_by_an_agency_is_nobodys_statement() -> None:
    parsed = parse_article(
        "Title\n\nThe border was quiet.\n\n"
        "The mayor of the border town, Ayla Demir went on a hunger strike, protesting "
        "against the new wall, reported the Anka news agency on Friday.",
        dt.date(2024, 5, 17),
    )
    assert parsed.statements == []


_SCENE = "The town was calm.\n\nMaria Olsen, the interior minister, spoke on Monday.\n\n"


def _said(body: str) -> list[SpeakerText]:
    """``body``'s statements, told after ``_SCENE``."""
    return speaker_text(parse_body(_SCENE + body))


def test_added_an_object_to_a_list_reports_nothing() -> None:
    assert _said("In 2011, Olsen added the group “Red Hand” to the list of terror groups.") == []


def test_a_quotation_may_hold_a_bare_clauses_verb() -> None:
    assert _said("Olsen said the release “gives us hope” for peace.") == [
        ("maria-olsen", "the release “gives us hope” for peace")
    ]

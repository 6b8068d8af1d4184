""" "Go on" reports ("“No,” she went on.", "went on to say") only when no noun phrase
follows it: "went on a hunger strike" or "went on air" says nothing.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

import datetime as dt

from app.ingest.parser import parse_article
from app.ingest.speech_verbs import find_verbs


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

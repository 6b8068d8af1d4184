"""A directive reports its object and infinitive only when the object is someone who can be
told to do something (app.ingest.directives): a pronoun for people, a name, a word for a
person, a group, a body or a job ("told them to …", "ordered the farmers to …", "called on
the government to …").  A thing ordered ("ordered the soup to start", "told the trucks to
leave") directs nobody, and is no statement.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

import pytest

from app.ingest.directives import commits_to, directive_object
from app.ingest.report_clauses import adjunct_clause_start, dated_clause_start
from app.ingest.vocabulary import read_entries
from tests.ingest.parsing import SpeakerKindText, parse_body, speaker_kind_text

_SCENE = "The harbour was calm.\n\nMayor Orla Pemberly of Kestrel Bay spoke on Tuesday.\n\n"


def _said(body: str) -> list[SpeakerKindText]:
    parsed = parse_body(_SCENE + body)
    full = "Title\n\n" + _SCENE + body
    for statement in parsed.statements:
        assert full[statement.start : statement.end] == statement.text
    return speaker_kind_text(parsed)


@pytest.mark.parametrize(
    ("body", "span"),
    [
        ("Pemberly told him to leave the pier by noon.", "him to leave the pier by noon"),
        ("Pemberly told them not to fish near the wreck.", "them not to fish near the wreck"),
        (
            "Pemberly ordered the farmers to move their herds inland.",
            "the farmers to move their herds inland",
        ),
        (
            "Pemberly called on the government to fund the sea wall.",
            "the government to fund the sea wall",
        ),
        (
            "Pemberly told the ministries not to freeze the grants.",
            "the ministries not to freeze the grants",
        ),
        (
            "Pemberly instructed harbour staff to check every mooring.",
            "harbour staff to check every mooring",
        ),
        (
            "Pemberly ordered the police to reopen the coast road.",
            "the police to reopen the coast road",
        ),
        (
            "Pemberly advised local residents to boil their water.",
            "local residents to boil their water",
        ),
        (
            "Pemberly told the ferry companies to add a late crossing.",
            "the ferry companies to add a late crossing",
        ),
        (
            "Pemberly called on both sides to return to the table.",
            "both sides to return to the table",
        ),
        (
            "Pemberly ordered Dunmarrow Freight to pay the harbour dues.",
            "Dunmarrow Freight to pay the harbour dues",
        ),
        (
            "Pemberly told the dock managers to post the new tide tables.",
            "the dock managers to post the new tide tables",
        ),
        (
            "Pemberly told her co-workers to lock the boathouse.",
            "her co-workers to lock the boathouse",
        ),
        (
            "Pemberly encouraged citizens to report broken lights.",
            "citizens to report broken lights",
        ),
    ],
)
def test_a_directive_to_people_or_a_body_is_reported(body: str, span: str) -> None:
    assert _said(body) == [("orla-pemberly", "paraphrase", span)]


@pytest.mark.parametrize(
    "body",
    [
        "Pemberly ordered the soup to start the banquet.",
        "Pemberly ordered the trucks to leave the depot by noon.",
        "Pemberly told the trucks to leave the depot by noon.",
        "Pemberly ordered the gates to open at dawn.",
        "Pemberly ordered the gas to be shut off in the east ward.",
        "Pemberly ordered the ships to leave port before the storm.",
        "Pemberly ordered the old cranes to stop for the night.",
    ],
)
def test_a_thing_ordered_is_no_directive(body: str) -> None:
    assert _said(body) == []


@pytest.mark.parametrize(
    ("following", "directed"),
    [
        (" the crews to stand down", True),
        (" everyone to stay calm", True),
        (" the Harbour Board to meet", True),
        (" the depot managers not to cut routes", True),
        (" the soup to start", False),
        (" the lorries to leave", False),
        (" the buses not to stop", False),
    ],
)
def test_directive_object_wants_someone_directed(following: str, directed: bool) -> None:
    assert (directive_object("ordered", following) is not None) is directed


def test_a_verb_that_directs_nobody_has_no_directive_object() -> None:
    assert directive_object("said", " the farmers to leave") is None


def test_commitments_are_unchanged_by_the_addressee_check() -> None:
    assert commits_to("pledged", " to build the sea wall", "Pemberly ")
    assert not commits_to("asked", " to build the sea wall", "Pemberly was ")


def test_the_clause_shapes_moved_to_report_clauses_still_read() -> None:
    assert dated_clause_start("said", " on Monday the wall would hold") == len(" on Monday ")
    assert dated_clause_start("said", " the wall would hold") is None
    after = " at the harbour meeting she was worried"
    assert adjunct_clause_start("said", after) == len(" at the harbour meeting ")
    assert adjunct_clause_start("said", " according to tide data, the wall held") == 0


def test_the_addressee_list_is_one_lower_case_word_a_line_with_no_repeat() -> None:
    words = [entry[0] for entry in read_entries("addressees.txt")]
    assert all(len(entry) == 1 for entry in read_entries("addressees.txt"))
    assert all(word == word.lower() and word.isalpha() for word in words)
    assert len(words) == len(set(words))

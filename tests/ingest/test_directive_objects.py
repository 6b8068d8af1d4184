"""A directive reports its object and infinitive (app.ingest.directives): "told them to …",
"ordered the farmers to …", "called on the government to …".  A check that the object is a
person or a body ("ordered the soup to start") was tried and withdrawn: it dropped real
directives ("told the coaches to …", "ordered the shops to close"), so none of those cases
is asserted here.  A passive "were told not to …" directs its subject, and is no crash.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

import pytest

from app.ingest.directives import commits_to, directive_object
from app.ingest.report_clauses import adjunct_clause_start, dated_clause_start
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
        "Fans were told not to travel.",
        "Residents were advised not to drink the water.",
        "Troops were ordered not to fire.",
        "Pemberly told not to leave the pier.",
    ],
)
def test_a_bare_not_before_the_infinitive_is_no_object_and_no_crash(body: str) -> None:
    _said(body)  # each once raised IndexError inside the addressee check


@pytest.mark.parametrize(
    ("following", "directed"),
    [
        (" the crews to stand down", True),
        (" everyone to stay calm", True),
        (" the Harbour Board to meet", True),
        (" the depot managers not to cut routes", True),
        (" the coaches to rest", True),
        (" reporters on the way to lunch", False),
        (" a pizza to go", False),
    ],
)
def test_directive_object_reads_an_object_and_its_infinitive(
    following: str, directed: bool
) -> None:
    assert (directive_object("ordered", following) is not None) is directed


def test_a_verb_that_directs_nobody_has_no_directive_object() -> None:
    assert directive_object("said", " the farmers to leave") is None


def test_commitments_read_their_infinitive() -> None:
    assert commits_to("pledged", " to build the sea wall", "Pemberly ")
    assert not commits_to("asked", " to build the sea wall", "Pemberly was ")


def test_the_clause_shapes_moved_to_report_clauses_still_read() -> None:
    assert dated_clause_start("said", " on Monday the wall would hold") == len(" on Monday ")
    assert dated_clause_start("said", " the wall would hold") is None
    after = " at the harbour meeting she was worried"
    assert adjunct_clause_start("said", after) == len(" at the harbour meeting ")
    assert adjunct_clause_start("said", " according to tide data, the wall held") == 0

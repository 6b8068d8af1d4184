"""Asking someone to act reports what was asked, from the object on, as "urged X to …"
does (the dev gold's convention): "asked the board to …".  Not "asked about …", "was
asked to …" nor "asked a question to the mayor".  ("called on X to …" stays unread: the
fixture corpus, tests/ingest/corpus, annotates no statement for it.)

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

import pytest

from tests.ingest.parsing import SpeakerKindText, parse_body, speaker_kind_text

_SCENE = "The town was calm.\n\nMaria Olsen, a novelist, spoke on Monday.\n\n"


def _said(body: str) -> list[SpeakerKindText]:
    return speaker_kind_text(parse_body(_SCENE + body))


def test_asked_an_object_to_act_reports_from_the_object() -> None:
    assert _said("Olsen asked the council to keep the library open.") == [
        ("maria-olsen", "paraphrase", "the council to keep the library open")
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Olsen asked about the plan to keep the library.",
        "Olsen was asked to leave the hall.",
        "Olsen asked for a recount of the votes.",
        "Olsen called on Monday to demand a recount.",
        "Olsen asked a question to the mayor.",
        "Olsen asked what it would cost to build.",
        "Olsen asked her sister to the library.",
        "Olsen asked the clerk to librarys the book.",
    ],
)
def test_asking_with_no_object_and_infinitive_reports_nothing(body: str) -> None:
    assert _said(body) == []

"""Pleas report what their speaker asked for, from the verb's object on: "begged the
council not to …", "implored voters to …" (like "urged").

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

import pytest

from tests.ingest.parsing import SpeakerKindText, parse_body, speaker_kind_text

_SCENE = "The town was calm.\n\nMaria Olsen, a novelist, spoke on Monday.\n\n"


def _said(body: str) -> list[SpeakerKindText]:
    return speaker_kind_text(parse_body(_SCENE + body))


def test_begged_reports_from_its_object() -> None:
    assert _said("Olsen begged the council not to close the library.") == [
        ("maria-olsen", "paraphrase", "the council not to close the library")
    ]


def test_implored_reports_from_its_object() -> None:
    assert _said("Olsen implored voters to keep the library open.") == [
        ("maria-olsen", "paraphrase", "voters to keep the library open")
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Olsen begged for food all evening.",  # a person: the plea's form, not its subject
        "Olsen's dog begged for food all evening.",
    ],
)
def test_begging_for_a_thing_reports_nothing(body: str) -> None:
    assert _said(body) == []

"""Pleas report what their speaker asked for, from the verb's object on: "begged the
council not to …", "implored voters to …" (like "urged").

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.parser import parse_article


def _said(body: str) -> list[tuple[str | None, str, str]]:
    parsed = parse_article(
        "Title\n\nThe town was calm.\n\nMaria Olsen, a novelist, spoke on Monday.\n\n" + body,
        dt.date(2024, 5, 17),
    )
    return [(s.speaker, s.kind, s.text) for s in parsed.statements]


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

"""Subjects after a speech verb (patterns r6 P12, P16a): a name that owns something
inside a participle clause ("…, a respected economist said, suggesting a rise in Governor
Ivan Petrov's ratings …") is never the speaker; "– said on Friday that Name in an
interview" is translated word order with Name the subject.  Sentences are made up; none is
from the corpus."""

from __future__ import annotations

from tests.ingest.parsing import parse_body


def test_a_possessive_name_inside_a_suggesting_clause_is_nobody() -> None:
    parsed = parse_body(
        "The port reopened on Monday.\n\n"
        "The deal will only briefly lift the mood, a respected economist said, suggesting a "
        "rise in Governor Ivan Petrov's ratings may not last.\n"
    )
    assert [person.slug for person in parsed.people] == []
    assert all(statement.speaker is None for statement in parsed.statements)


def test_said_on_a_day_that_then_the_name_is_the_speaker() -> None:
    # Translated word order: "– said on Friday that Name in an interview."
    parsed = parse_body(
        "Ivan Morozov spoke on Monday.\n\n"
        "“For such a decision there are no grounds”, – said on Friday that Morozov in an "
        "interview.\n"
    )
    assert [(s.speaker, s.text) for s in parsed.statements] == [
        ("ivan-morozov", "For such a decision there are no grounds")
    ]


def test_said_on_a_day_that_then_a_name_and_a_verb_is_a_clause() -> None:
    parsed = parse_body(
        "Ivan Morozov spoke on Monday.\n\nThe mayor said on Friday that Morozov would resign.\n"
    )
    assert all(s.speaker != "ivan-morozov" for s in parsed.statements)

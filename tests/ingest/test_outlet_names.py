"""A capitalised run right after a lower-case outlet noun ("the daily newspaper Evening
Post") names the outlet, never a person; a known given name after the noun keeps the
person.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from app.ingest.tokens import name_runs, tokenize
from tests.ingest.parsing import parse_body


def _runs(text: str) -> list[str]:
    tokens = tokenize(text, 0, len(text))
    return [" ".join(t.raw for t in tokens[a:b]) for a, b in name_runs(tokens)]


def test_an_outlet_named_after_its_noun_is_no_person() -> None:
    parsed = parse_body("The daily newspaper Morning Crier reported that the bridge was shut.")
    assert "morning-crier" not in [p.slug for p in parsed.people]
    assert _runs("the newspaper Morning Crier reported") == []


def test_a_known_given_name_after_the_noun_stays_a_name() -> None:
    assert _runs("the newspaper Anna Lowry founded") == ["Anna Lowry"]

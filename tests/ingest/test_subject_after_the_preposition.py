"""A body's two-word name after "of the", "in the", "for the" … is no speaker: "the"
between the preposition and the name changes nothing (subject_before._after_preposition),
so "The speaker of the Velmar Sobranje said …" makes no person of the assembly.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

import pytest

from tests.ingest.parsing import parse_body

_CLAUSE = " said the session would resume on Monday."


def _speakers(body: str) -> list[str | None]:
    return [s.speaker for s in parse_body(body).statements]


@pytest.mark.parametrize(
    "subject",
    [
        "The speaker of the Velmar Sobranje",
        "The chairman of the Kovar Rada",
        "The speaker in the Velmar Sobranje",
        "A spokesman for the Velmar Sobranje",
        "A letter to the Velmar Sobranje",
    ],
)
def test_a_body_after_preposition_and_the_is_no_speaker(subject: str) -> None:
    parsed = parse_body(subject + _CLAUSE)
    assert not parsed.people
    assert all(s.speaker is None for s in parsed.statements)


def test_a_name_after_the_body_is_the_speaker() -> None:
    assert _speakers("The speaker of the National Assembly Lena Varga" + _CLAUSE) == ["lena-varga"]
    assert _speakers("The speaker of the Velmar Sobranje Lena Varga" + _CLAUSE) == ["lena-varga"]


def test_a_name_before_of_the_body_is_the_speaker() -> None:
    assert _speakers("Anna Berg of the Velmar Sobranje" + _CLAUSE) == ["anna-berg"]


def test_a_name_set_off_after_the_body_is_the_speaker() -> None:
    assert _speakers("The speaker of the Sobranje, Lena Varga," + _CLAUSE) == ["lena-varga"]


def test_a_name_after_a_preposition_without_the_is_still_a_person() -> None:
    # "by" stays out of the prepositions: a statement by someone is theirs
    assert _speakers("A statement by Lena Varga" + _CLAUSE) == ["lena-varga"]

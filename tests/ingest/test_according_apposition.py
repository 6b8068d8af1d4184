""" ", according to X, <apposition>." closing a sentence: the clause before is X's, and
the apposition is X's job, not the statement.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from tests.ingest.parsing import kind_role_org_of, parse_body, speaker_text


def test_the_clause_before_according_to_a_name_and_its_apposition() -> None:
    parsed = parse_body(
        "The town was calm.\n\nQueues at the polls stayed under ten minutes, according to "
        "Paul Werner, the chief operating officer of the elections board."
    )
    assert speaker_text(parsed) == [("paul-werner", "Queues at the polls stayed under ten minutes")]
    assert kind_role_org_of(parsed, "paul-werner")[1] is not None


def test_a_clause_after_according_to_is_still_read() -> None:
    parsed = parse_body(
        "The town was calm.\n\nAccording to Paul Werner, the chief operating officer, "
        "queues at the polls stayed short."
    )
    assert speaker_text(parsed) == [("paul-werner", "queues at the polls stayed short")]


def test_a_clause_after_according_to_in_mid_sentence_is_no_apposition() -> None:
    parsed = parse_body(
        "The town was calm.\n\nLena Ortiz runs the lab. The grant came in May, however, "
        "according to Ortiz, so far the staff found no time to celebrate."
    )
    assert speaker_text(parsed) == [("lena-ortiz", "so far the staff found no time to celebrate")]

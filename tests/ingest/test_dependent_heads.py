"""Clauses after a comma that look like an attribution of the words before them and are
not: a relative clause ("…, which its founder announced"), a subordinate clause ("…, after
the novelist explained them"), the second of two coordinated subjects, and words with no
verb before the comma.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from tests.ingest.parsing import parse_body, speaker_kind_text


def test_a_relative_clause_names_who_announced_the_thing_not_what_was_said() -> None:
    parsed = parse_body(
        "The rover design is based on its Sandpiper prototype, which the firm's founder "
        "Maria Olsen announced last spring.\n\n"
        "The agency will pick two more designs next year."
    )
    assert speaker_kind_text(parsed) == []


def test_a_subordinate_clause_after_a_comma_attributes_nothing() -> None:
    parsed = parse_body(
        "Patience and a good map are essential for reading these chapters, after the "
        "novelist Clara Dunn explained them to me.\n\n"
        "The book sold poorly at first."
    )
    assert speaker_kind_text(parsed) == []


def test_the_second_of_two_subjects_does_not_attribute_the_first() -> None:
    parsed = parse_body(
        "The committee met on Monday.\n\n"
        "Later in the day, Harold Finch, a former trade envoy, and Tessa Grove, another "
        "senior aide, testified before the panel.\n\n"
        "The hearing ended late."
    )
    assert [s for s in parsed.statements if s.text.startswith("Later")] == []


def test_an_attribution_after_a_clause_still_attributes_it() -> None:
    parsed = parse_body(
        "Fares will rise by a tenth next year, said Owen Marsh, a transport analyst.\n\n"
        "Fuel costs have doubled, as Marsh noted."
    )
    said = speaker_kind_text(parsed)
    assert ("owen-marsh", "paraphrase", "Fares will rise by a tenth next year") in said

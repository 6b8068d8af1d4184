"""A U.S. state after its town's comma ("in Austin, Texas," / "in Boulder, Colo.") belongs
to the body after a name, and is never itself the subject of the speech verb.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from app.ingest.appositions import apposition_between
from app.ingest.subject_before import subject_before
from tests.ingest.parsing import parse_body, speaker_text


def test_a_state_name_after_the_town_keeps_the_attribution() -> None:
    parsed = parse_body(
        "“The comet is late,” astronomer Jan Kowalik of the Eastern Sky Institute in "
        "Austin, Texas, said of the work."
    )
    assert speaker_text(parsed) == [("jan-kowalik", "The comet is late")]


def test_a_state_abbreviation_is_no_subject() -> None:
    text = "“It is late,” astronomer Jan Kowalik of the Sky Institute in Denver, Colo. said."
    mention = subject_before(text, 0, text.index(" said") + 1)
    assert mention is not None
    assert mention.words == ["Jan", "Kowalik"]
    assert apposition_between(" of the Sky Institute in Denver, Colo. ") == (
        "of the Sky Institute in Denver, Colo."
    )


def test_a_comma_before_another_word_still_ends_the_body() -> None:
    assert apposition_between(" of the Sky Institute in Denver, Kowalik ") is None

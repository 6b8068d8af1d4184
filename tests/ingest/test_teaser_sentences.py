"""A teaser label over a whole reported sentence keeps the sentence (review P7): the
label is page furniture, a link title without a sentence end stays furniture too.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from app.ingest.noise import classify
from tests.ingest.parsing import parse_body, speaker_kind_text


def test_a_teaser_label_over_a_reported_sentence_keeps_the_statement() -> None:
    body = (
        "The storm is near the coast.\n\n"
        "WATCH: Rita Vale says the harbour is ready for the storm.\n\n"
        "Roads were closed on Monday."
    )
    assert speaker_kind_text(parse_body(body)) == [
        ("rita-vale", "paraphrase", "the harbour is ready for the storm")
    ]


def test_a_teaser_over_a_link_title_stays_furniture() -> None:
    assert classify("READ MORE: Rita Vale says the album is done") == "boilerplate"
    assert classify("WATCH: The harbour before the storm.") == "boilerplate"
    assert classify("WATCH: Rita Vale says the harbour is ready.") is None

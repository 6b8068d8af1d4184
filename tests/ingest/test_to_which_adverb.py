"""An adverb "just" between a subject and its speech verb ("to which Orlin just
responded:") is skipped like "also" or "only"; "never" still is not.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from app.ingest.subject_before import subject_before
from tests.ingest.parsing import parse_body, speaker_text


def test_to_which_a_name_just_responded() -> None:
    parsed = parse_body(
        "Mayor Ivo Orlin spoke. Reporters asked about the budget, to which Orlin just "
        "responded: “I will speak about it in the council.”"
    )
    assert speaker_text(parsed) == [("ivo-orlin", "I will speak about it in the council.")]


def test_never_is_still_no_adverb_to_skip() -> None:
    text = "Reporters asked, to which Orlin never responded: x"
    assert subject_before(text, 0, text.index("responded")) is None

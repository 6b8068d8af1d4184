"""After "said the 24-year-old", a full name (optionally after a job word) is the
speaker; a lone age reference, or a single name word, stays an age reference.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from app.ingest.subject_after import subject_after
from tests.ingest.parsing import parse_body, role_org_by_slug, speaker_text


def test_a_full_name_after_the_age_is_the_speaker() -> None:
    parsed = parse_body("“I am ready for this,” said the 24-year-old Mira Kalenko.")
    assert speaker_text(parsed) == [("mira-kalenko", "I am ready for this")]


def test_a_job_word_between_the_age_and_the_name_is_the_role() -> None:
    parsed = parse_body("“I am ready for this,” said the 24-year-old striker Mira Kalenko.")
    assert role_org_by_slug(parsed)["mira-kalenko"][0] == "striker"


def test_an_age_alone_stays_an_age_reference() -> None:
    text = "“I am ready,” said the 24-year-old, who joined in May."
    mention = subject_after(text, text.index("said") + 4, len(text))
    assert mention is not None
    assert mention.kind == "age"

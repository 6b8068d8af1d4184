"""A quote attributed by "she said and added that CLAUSE" (leftover L1): both the quote
and the reported clause are hers.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from tests.ingest.parsing import parse_body, speaker_kind_text

_SCENE = "The ward was quiet.\n\nNurse Tilda Marsh spoke on Monday.\n\n"


def test_said_and_added_that_keeps_the_quote() -> None:
    said = speaker_kind_text(
        parse_body(
            _SCENE + "“We are hiring more staff,” she said and added that the wing opens in May."
        )
    )
    assert ("tilda-marsh", "quote", "We are hiring more staff") in said
    assert ("tilda-marsh", "paraphrase", "the wing opens in May") in said


def test_an_and_clause_with_its_own_subject_is_not_an_attribution() -> None:
    said = speaker_kind_text(
        parse_body(
            _SCENE + "“Open wards now” was on the banner. Staff and patients said that they agreed."
        )
    )
    assert all(kind != "quote" for _, kind, _ in said)

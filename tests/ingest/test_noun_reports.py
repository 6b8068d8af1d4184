"""Reports named by a noun: "X's claim that …", "his assertion in the interview that …".

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from tests.ingest.parsing import parse_body, speaker_kind_text

_LEAD = "Senator Adam Hale leads the inquiry. “We will finish by May,” Hale said.\n\n"


def test_a_possessive_name_and_a_report_noun() -> None:
    parsed = parse_body(
        _LEAD + "Most striking was Hale's own admission that he never met the witness."
    )
    assert speaker_kind_text(parsed)[-1] == ("adam-hale", "paraphrase", "he never met the witness")
    assert parsed.statements[-1].attribution is not None
    assert parsed.statements[-1].attribution.rule == "noun-report"
    assert parsed.statements[-1].attribution.cue == "admission"


def test_a_report_opening_the_sentence_ends_at_the_main_verb() -> None:
    parsed = parse_body(
        _LEAD + "Hale's astounding assertion that he does not know the name is hard to believe."
    )
    assert speaker_kind_text(parsed)[-1] == ("adam-hale", "paraphrase", "he does not know the name")


def test_a_pronoun_owner_with_a_place_phrase() -> None:
    parsed = parse_body(
        _LEAD + "That contradicts his claim in the same interview that the two were not close."
    )
    assert speaker_kind_text(parsed)[-1] == ("adam-hale", "paraphrase", "the two were not close")


def test_no_owner_or_no_person_reports_nothing() -> None:
    parsed = parse_body(_LEAD + "The claim that the witness lied was never tested.")
    assert len(parsed.statements) == 1
    parsed = parse_body(_LEAD + "Big Machine's statement that the deal was off surprised fans.")
    assert len(parsed.statements) == 1
    # a feeling is no report
    parsed = parse_body(_LEAD + "Hale's hope that the vote passes is fading.")
    assert len(parsed.statements) == 1

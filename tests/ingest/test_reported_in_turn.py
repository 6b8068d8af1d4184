"""A report inside a report: "Afterward, Lee said he had passed on the offer, Chen
testified." is what Chen said; Lee's words are known only through Chen.  A clause after
the report that is no attribution ("…, who refused it", "…, a claim Lee denied") leaves
the report to its own speaker.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from tests.ingest.parsing import parse_body, speaker_text


def test_a_report_ending_in_another_attribution_is_the_last_speakers() -> None:
    assert speaker_text(
        parse_body(
            "Bo Chen met the minister in Lisbon.\n\n"
            "Afterward, Chen said he had relayed the offer to the minister, Ann Lee testified."
        )
    ) == [("ann-lee", "Afterward, Chen said he had relayed the offer to the minister")]


def test_a_relative_clause_at_the_end_leaves_the_report_alone() -> None:
    assert speaker_text(
        parse_body("Bo Chen said he had relayed the offer to the minister, who refused it.")
    ) == [("bo-chen", "he had relayed the offer to the minister, who refused it")]


def test_an_apposition_with_its_own_verb_is_no_attribution() -> None:
    said = speaker_text(
        parse_body(
            "Bo Chen met the minister in Lisbon.\n\n"
            "Chen said he had relayed the offer to the minister, a claim Lee denied later."
        )
    )
    assert [speaker for speaker, _ in said] == ["bo-chen"]

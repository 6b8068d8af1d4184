"""Words that look like an attribution and are not: a colon that announces the next quote,
a relative clause, a sentence that opens with a subordinate clause, "that" as a
determiner.  And the White House as a state body.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from app.ingest.people.kinds import classify
from tests.ingest.parsing import parse_body, speaker_kind_text


def test_an_attribution_ending_in_a_colon_announces_the_next_quote() -> None:
    parsed = parse_body(
        "The songwriters Kay Rook and Lena Marsh wrote the tune together.\n\n"
        "“It is a different muscle,” Rook said. “You have to step out of it a bit.” "
        "Marsh agreed: “It is another job altogether.”"
    )
    assert speaker_kind_text(parsed) == [
        ("kay-rook", "quote", "It is a different muscle"),
        ("kay-rook", "quote", "You have to step out of it a bit."),
        ("lena-marsh", "quote", "It is another job altogether."),
    ]


def test_a_relative_clause_after_a_comma_is_no_attribution() -> None:
    parsed = parse_body(
        "Jane Pell, a physiologist at Acme University, studies the kidney.\n\n"
        "She was surprised to find a smell receptor in kidney cells, a finding that she "
        "reported in 2009."
    )
    assert speaker_kind_text(parsed) == []


def test_a_subordinate_clause_alone_reports_nothing() -> None:
    parsed = parse_body(
        "Agency chief Mary Doyle spoke on Tuesday.\n\n"
        "As the charges were unsealed in Boston, Doyle testified before the committee in "
        "the capital, where members voiced anger."
    )
    assert speaker_kind_text(parsed) == []
    # A longer sentence with the attribution at its end still reports all of it.
    parsed = parse_body(
        "Police Chief Sam Ortiz spoke on Tuesday.\n\n"
        "While speaking to the driver, Ortiz and his men found drugs in the car, a dog "
        "alerted the officers to the odor, Ortiz said."
    )
    assert [speaker for speaker, _, _ in speaker_kind_text(parsed)] == ["sam-ortiz"]


def test_that_before_a_time_noun_is_a_determiner() -> None:
    parsed = parse_body(
        "Singer Ann Vey moved to Nashville.\n\n"
        "“It was terrifying,” Vey said. She wrote hundreds of songs that summer and sent "
        "the best ones to a lawyer."
    )
    assert speaker_kind_text(parsed) == [("ann-vey", "quote", "It was terrifying")]


def test_the_white_house_is_a_state_body() -> None:
    assert classify("Ukraine expert", "White House National Security Council", "") == "official"
    assert classify("expert", "White House Correspondents' Association", "") == "expert"


def test_a_clause_joined_after_the_attribution_keeps_the_quote_attributed() -> None:
    parsed = parse_body(
        "Retired engineer Tom Yates testified at the hearing.\n\n"
        "“I do not see a role for the station,” he said, although it could later help "
        "missions to Mars. “There is no compelling case for it.”"
    )
    assert speaker_kind_text(parsed) == [
        ("tom-yates", "quote", "I do not see a role for the station"),
        ("tom-yates", "quote", "There is no compelling case for it."),
    ]


def test_a_colon_hands_the_quote_to_a_named_subject_without_a_speech_verb() -> None:
    parsed = parse_body(
        "Singer Ann Vey wrote the song with two friends.\n\n"
        "Vey has found one drawback to working with them: “They sing so well that people "
        "are scared of their demos.”"
    )
    assert speaker_kind_text(parsed) == [
        ("ann-vey", "quote", "They sing so well that people are scared of their demos.")
    ]
    # nobody named before: no speaker
    parsed = parse_body(
        "The song was a hit.\n\n"
        "Vey has found one drawback to working with them: “They sing so well.”"
    )
    assert speaker_kind_text(parsed) == []

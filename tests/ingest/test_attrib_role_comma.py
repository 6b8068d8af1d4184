""" "said the envoy, Ann Lee.": a role phrase set off by one comma from the full name after a
reporting verb names that person, with the role as the job; without a name the role still
refers back to a person named earlier."""

from __future__ import annotations

from tests.ingest.parsing import kind_role_org_of, parse_body, speaker_text


def test_the_name_after_the_role_and_a_comma_is_the_speaker() -> None:
    parsed = parse_body("“We are ready to talk,” said the envoy, Ann Lee.")
    assert speaker_text(parsed) == [("ann-lee", "We are ready to talk")]
    assert kind_role_org_of(parsed, "ann-lee")[1] == "envoy"


def test_a_who_clause_may_follow_the_name() -> None:
    parsed = parse_body(
        "“The vote was fair,” said the mediator, Ivan Sokol, who flew in on Monday."
    )
    assert speaker_text(parsed) == [("ivan-sokol", "The vote was fair")]


def test_a_surname_alone_after_the_comma_names_no_new_person() -> None:
    parsed = parse_body("“We are ready to talk,” said the envoy, Lee.")
    assert speaker_text(parsed) == []


def test_a_body_after_the_comma_is_no_speaker() -> None:
    parsed = parse_body("“We are ready to talk,” said the company, Acme Holdings.")
    assert speaker_text(parsed) == []

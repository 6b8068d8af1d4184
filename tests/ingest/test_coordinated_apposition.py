""" "The incoming premier, Dan Moss, and his deputy, Jo Bright, …": the role after ", and
<possessive> <role>," belongs to the name after it, never to the name before."""

from __future__ import annotations

from tests.ingest.parsing import kind_role_org_of, parse_body, speaker_text


def test_the_deputy_is_not_the_role_of_the_name_before() -> None:
    parsed = parse_body(
        "The incoming premier, Aldo Vessey, and his deputy, Rina Chalk, will be sworn in "
        "on Monday.\n\n“We are ready,” Vessey said."
    )
    assert speaker_text(parsed) == [("aldo-vessey", "We are ready")]
    assert kind_role_org_of(parsed, "aldo-vessey")[1] == "incoming premier"


def test_without_an_earlier_role_the_name_before_gets_none() -> None:
    parsed = parse_body(
        "Aldo Vessey, and his deputy, Rina Chalk, will be sworn in on Monday.\n\n"
        "“We are ready,” Vessey said."
    )
    assert kind_role_org_of(parsed, "aldo-vessey")[1] is None


def test_after_an_inverted_verb_the_name_before_gets_none() -> None:
    parsed = parse_body("“We are ready,” said Aldo Vessey, and his deputy, Rina Chalk, agreed.")
    assert speaker_text(parsed)[0] == ("aldo-vessey", "We are ready")
    assert kind_role_org_of(parsed, "aldo-vessey")[1] is None


def test_a_plain_apposition_is_still_read() -> None:
    parsed = parse_body("Aldo Vessey, the incoming premier, said the state was ready.")
    assert kind_role_org_of(parsed, "aldo-vessey")[1] == "incoming premier"

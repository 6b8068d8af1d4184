"""A role noun as the subject referring back to the person named before: a capitalised
title in translated copy ("The President noted"), and a role noun for the only person
named, whose job was not known (made-up sentences; no corpus text)."""

from __future__ import annotations

from tests.ingest.parsing import kind_role_org_by_slug, parse_body, speaker_kind_text, speaker_text


def test_a_capitalised_title_refers_back_to_its_holder() -> None:
    parsed = parse_body(
        "President Omar Dalin opened the river forum on Tuesday.\n\n"
        "The President noted that clean water is not only a local issue for the valley.\n"
    )
    assert speaker_text(parsed) == [
        ("omar-dalin", "clean water is not only a local issue for the valley")
    ]


def test_the_head_of_state_is_the_president() -> None:
    parsed = parse_body(
        "President Omar Dalin opened the river forum on Tuesday.\n\n"
        "The Head of State noted that clean water is not only a local issue for the valley.\n"
    )
    assert speaker_text(parsed) == [
        ("omar-dalin", "clean water is not only a local issue for the valley")
    ]


def test_a_capitalised_counsel_title_with_modifiers() -> None:
    parsed = parse_body(
        "Adviser Mira Tulen spoke after the session.\n\n"
        'The Northern State Adviser said: "The new plan answers what the farmers asked".\n'
    )
    assert speaker_text(parsed) == [("mira-tulen", "The new plan answers what the farmers asked")]


def test_a_newspaper_named_like_a_job_is_no_reference() -> None:
    parsed = parse_body(
        "Economist Mira Tulen spoke after the session.\n\n"
        "The Economist reported that the new plan answers what the farmers asked.\n"
    )
    assert speaker_text(parsed) == []


def test_a_role_noun_gives_the_only_person_named_that_job() -> None:
    parsed = parse_body(
        '"We will ship the wheat by rail," Sergo Valen said.\n\n'
        "The minister added that the route crosses three other countries in the region.\n\n"
        '"Nothing in the deal has changed," the minister said.\n'
    )
    assert speaker_kind_text(parsed) == [
        ("sergo-valen", "quote", "We will ship the wheat by rail"),
        ("sergo-valen", "paraphrase", "the route crosses three other countries in the region"),
        ("sergo-valen", "quote", "Nothing in the deal has changed"),
    ]
    assert kind_role_org_by_slug(parsed)["sergo-valen"] == ("official", "minister", None)


def test_no_job_given_when_someone_else_was_named() -> None:
    parsed = parse_body(
        '"We will ship the wheat by rail," Sergo Valen said after meeting Ann Lorimer.\n\n'
        "The minister added that the route crosses three other countries in the region.\n"
    )
    assert speaker_text(parsed) == [("sergo-valen", "We will ship the wheat by rail")]
    assert kind_role_org_by_slug(parsed)["sergo-valen"][1] is None


def test_no_job_given_to_a_person_who_has_one() -> None:
    parsed = parse_body(
        '"We will ship the wheat by rail," said Sergo Valen, a trader at Oslin Grain.\n\n'
        "The minister added that the route crosses three other countries in the region.\n"
    )
    assert kind_role_org_by_slug(parsed)["sergo-valen"][1:] == ("trader", "Oslin Grain")
    assert len(speaker_text(parsed)) == 1


def test_the_analyst_is_the_economist_named_before() -> None:
    parsed = parse_body(
        "The proposal came from the Latvian economist Ivo Berzins.\n\n"
        "The analyst added that the port is already losing cargo.\n"
    )
    assert speaker_text(parsed) == [("ivo-berzins", "the port is already losing cargo")]


def test_a_capitalised_title_gives_the_only_person_named_that_job() -> None:
    parsed = parse_body(
        "Sergo Valen said that the wheat would go by rail this year.\n\n"
        "The President noted that clean water is not only a local issue for the valley.\n"
    )
    assert kind_role_org_by_slug(parsed)["sergo-valen"] == ("official", "President", None)
    assert len(speaker_text(parsed)) == 2

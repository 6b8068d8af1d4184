"""A job done for an office holder ("Spokeswoman for the Prime Minister of Estonia Karl
Tamm"): the holder's own title is the office, not the aide's job (made-up sentences)."""

from __future__ import annotations

from tests.ingest.parsing import kind_role_org_by_slug, parse_body, speaker_text


def test_an_aide_and_the_office_holder_named_after_her_job() -> None:
    parsed = parse_body(
        "Anna Berg, Spokeswoman for the Prime Minister of Finland Karl Tamm, commented on "
        "the new tax plan on Monday. According to the spokeswoman, families need to pay "
        "less for heating.\n\nTamm said that the plan would pass in May this year.\n"
    )
    assert speaker_text(parsed) == [
        ("anna-berg", "families need to pay less for heating"),
        ("karl-tamm", "the plan would pass in May this year"),
    ]
    people = kind_role_org_by_slug(parsed)
    assert people["karl-tamm"] == ("official", "Prime Minister", "Finland")
    assert people["anna-berg"] == ("official", "Spokeswoman", "Prime Minister of Finland")


def test_an_adviser_to_the_president_named_after_the_job() -> None:
    parsed = parse_body(
        "Lena Ross, an adviser to the President Omar Dalin, said that the plan would pass "
        "in May.\n\nDalin said that the plan would pass in June.\n"
    )
    people = kind_role_org_by_slug(parsed)
    assert people["omar-dalin"][1] == "President"


def test_a_job_with_no_office_title_after_for_is_left_alone() -> None:
    parsed = parse_body(
        "Mark Olsen, a lawyer for the Harbor Fishing Union, said that the ban would hurt "
        "the boats.\n"
    )
    assert kind_role_org_by_slug(parsed)["mark-olsen"][1:] == ("lawyer", "Harbor Fishing Union")

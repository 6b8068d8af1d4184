""" "Captain Lena Moor, says …": a stray comma, with no closing partner, between a
sentence-opening name (or its "of the <Org>" phrase) and the speech verb is read as if it
were absent; an inverted aside ("Tom Gray, says his lawyer, …") is not."""

from __future__ import annotations

from tests.ingest.parsing import kind_role_org_of, parse_body, speaker_text


def test_a_comma_after_the_name_still_makes_it_the_subject() -> None:
    parsed = parse_body("Captain Rhea Dunmore, says the crew searched every room first.")
    assert speaker_text(parsed) == [("rhea-dunmore", "the crew searched every room first")]
    assert kind_role_org_of(parsed, "rhea-dunmore")[1] == "Captain"


def test_a_comma_before_an_of_phrase_still_makes_the_name_the_subject() -> None:
    parsed = parse_body(
        "Sergeant Olaf Brenner, of the Kestrel Valley Police Department says, "
        "“We talked to him until he came out.”"
    )
    assert speaker_text(parsed) == [("olaf-brenner", "We talked to him until he came out.")]


def test_a_quote_right_after_the_verb() -> None:
    parsed = parse_body("Chief Noor Hallam, says “we will keep patrols on the pier all week.”")
    assert speaker_text(parsed) == [("noor-hallam", "we will keep patrols on the pier all week.")]


def test_an_inverted_aside_names_the_speaker_after_the_verb() -> None:
    parsed = parse_body("Piers Wendell, says his lawyer, will appeal the ruling.")
    assert [slug for slug, _ in speaker_text(parsed)] != ["piers-wendell"]


def test_a_fronted_place_is_no_subject() -> None:
    parsed = parse_body("In Vellbridge, says the report, the rents doubled in a year.")
    assert speaker_text(parsed) == []


def test_the_name_must_open_the_sentence() -> None:
    parsed = parse_body(
        "The board met again after Tessa Morrow, says the crew checked every room first."
    )
    assert "tessa-morrow" not in [slug for slug, _ in speaker_text(parsed)]


def test_the_of_phrase_after_the_stray_comma_is_the_organisation() -> None:
    parsed = parse_body(
        "Sergeant Olaf Brenner, of the Kestrel Valley Police Department says the man "
        "walked out on his own."
    )
    assert speaker_text(parsed) == [("olaf-brenner", "the man walked out on his own")]
    _, role, org = kind_role_org_of(parsed, "olaf-brenner")
    assert (role, org) == ("Sergeant", "Kestrel Valley Police Department")

"""Full names a later surname means: suffixes, possessives, a role in a sentence of its own
(issue 10, "People across sentences"); sentences are made up."""

from __future__ import annotations

from app.ingest.parsed import ParsedArticle
from app.ingest.people.names import surname_of
from app.ingest.people.role_rules import clean_org
from tests.ingest.parsing import parse_body


def _speakers(parsed: ParsedArticle) -> list[str]:
    by_slug = {person.slug: person.name for person in parsed.people}
    return [by_slug[statement.speaker] for statement in parsed.statements]


def test_the_surname_of_a_name_with_a_suffix_is_before_the_suffix() -> None:
    assert surname_of(["Patrick", "Harlow", "Jr."]) == "Harlow"
    assert surname_of(["Ann", "Lee", "III"]) == "Lee"
    assert surname_of(["Ann", "Lee"]) == "Lee"


def test_a_surname_finds_a_full_name_with_a_suffix() -> None:
    parsed = parse_body(
        "Patrick Harlow Jr., 55, could face ten years in prison.\n\n"
        "Prosecutor Dana Kennedy Jr. said in the release that the case mattered.\n\n"
        "When Harlow was approached, he told police he supported the plan."
    )
    assert _speakers(parsed) == ["Dana Kennedy Jr", "Patrick Harlow Jr"]


def test_a_possessive_full_name_is_found_by_a_later_surname() -> None:
    parsed = parse_body(
        "The campaign drew mockery, but Michelle Varga's response was concern.\n\n"
        "“It is fine,” Varga said."
    )
    assert [person.name for person in parsed.people] == ["Michelle Varga"]
    assert _speakers(parsed) == ["Michelle Varga"]


def test_an_organisation_possessive_names_nobody() -> None:
    parsed = parse_body(
        "Analysts at Morgan Stanley's office disagreed.\n\n“It is fine,” Stanley said."
    )
    assert parsed.people == []


def test_a_role_sentence_ends_at_the_description_of_the_organisation() -> None:
    parsed = parse_body(
        "Marta Quill is the CEO of Brightline, the Spokane branding firm behind the "
        "“Starts with one” campaign.\n\n“It is fine,” Quill said."
    )
    (person,) = parsed.people
    assert (person.role, person.organization) == ("CEO", "Brightline")


def test_a_role_sentence_about_a_birth_gives_no_organisation() -> None:
    parsed = parse_body(
        "Tom Avery was born the first child of two pharmacists in Gary, Indiana, in 1957.\n\n"
        "“It is fine,” Avery said."
    )
    (person,) = parsed.people
    assert person.organization is None


def test_an_organisation_loses_its_description_after_a_comma() -> None:
    assert clean_org("Brightline, the Spokane branding firm") == "Brightline"
    assert clean_org("Harbor Union, which represents dockers") == "Harbor Union"
    assert clean_org("Smith, Jones and Partners") == "Smith, Jones and Partners"


def test_a_given_name_alone_with_a_who_clause_is_a_person() -> None:
    parsed = parse_body(
        "“I retired at 30,” Grant Lowe said.\n\n"
        "Tommy — who only goes by his first name online — retired at age 51. He never "
        "earned a large salary, but focused on saving, he said."
    )
    assert _speakers(parsed) == ["Grant Lowe", "Tommy"]


def test_a_given_name_alone_without_a_who_clause_is_nobody_new() -> None:
    parsed = parse_body("“I retired at 30,” Grant Lowe said.\n\nTommy retired at 51, he said.")
    assert [person.name for person in parsed.people] == ["Grant Lowe"]


def test_a_pronoun_opening_a_sentence_means_someone_named_before_it() -> None:
    parsed = parse_body(
        "“My role was the official channel,” Kurt Vance told lawmakers.\n\n"
        "He denied that he, Ambassador Gordon Hale and Energy Secretary Rick Perrin formed "
        "an irregular channel."
    )
    assert _speakers(parsed) == ["Kurt Vance", "Kurt Vance"]


def test_a_chinese_surname_he_opening_a_sentence_is_a_name() -> None:
    parsed = parse_body(
        "“The plan works,” Kurt Vance said.\n\nHe Yadong, a ministry spokesman, said the "
        "plan had failed."
    )
    assert _speakers(parsed) == ["Kurt Vance", "He Yadong"]


def test_a_job_between_dashes_after_a_surname_is_the_persons_role() -> None:
    parsed = parse_body(
        "It would lead to Tom Harbin and Jess Buckle.\n\n"
        "In 2017, Harbin — a young British filmmaker hot off directing a lush “Moor” "
        "drama — had found his lead.\n\n“It was worrying,” Harbin said."
    )
    (person,) = parsed.people
    assert (person.name, person.role, person.organization) == (
        "Tom Harbin",
        "young British filmmaker",
        None,
    )


def test_a_clause_between_dashes_is_no_role() -> None:
    parsed = parse_body(
        "Tom Harbin came.\n\nHarbin — a day after the vote — had found his lead.\n\n"
        "“It was worrying,” Harbin said."
    )
    (person,) = parsed.people
    assert person.role is None

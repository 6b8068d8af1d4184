"""Which capitalised runs are people (issue 10, "Names"); sentences are made up."""

from __future__ import annotations

from pathlib import Path

from app.ingest.people.given_names import (
    COMMON_WORDS_FILE,
    build_common_words,
    is_common_word_not_name,
)
from tests.ingest.parsing import parse_body

VOCAB = Path(__file__).resolve().parents[2] / "app" / "ingest" / "vocab"


def _slugs(body: str) -> list[str]:
    return [person.slug for person in parse_body(body).people]


def test_the_end_of_an_organisation_name_is_nobody() -> None:
    assert (
        _slugs(
            "The National Institute on Harbor Safety has estimated that 9,000 people use it, "
            "the report said."
        )
        == []
    )
    assert (
        _slugs("“We implore you to let us help,” said the letter from Doctors for Harbor Closure.")
        == []
    )


def test_a_title_with_for_before_a_name_still_names_a_person() -> None:
    assert _slugs("Spokesman for Harbor Safety Tom Birch said the report was wrong.") == [
        "tom-birch"
    ]


def test_a_capitalised_common_word_is_no_given_name() -> None:
    assert is_common_word_not_name("Ever")
    assert is_common_word_not_name("Following")
    # common words that are first names stay names
    assert not is_common_word_not_name("Will")
    assert not is_common_word_not_name("Hope")
    assert not is_common_word_not_name("Mark")
    # rare words unknown as names are left to the other rules
    assert not is_common_word_not_name("Zorbanek")


def test_a_title_in_capitals_names_nobody() -> None:
    body = (
        'In his book "Money: All the Cash You Will Ever Need," Tom Birch shares his '
        "formula. Ever Need was a hit.\n\n“Saving is mental,” Need said."
    )
    assert _slugs(body) == []


def test_a_surname_after_a_title_is_not_taken_for_a_full_name() -> None:
    body = (
        "Following Lee, the senators left. President Lee spoke first.\n\n"
        "“The plan works,” Lee said."
    )
    parsed = parse_body(body)
    assert [(p.slug, p.kind, p.role) for p in parsed.people] == [("lee", "official", "President")]


def test_the_common_words_file_is_current() -> None:
    stored = [
        line
        for line in (VOCAB / COMMON_WORDS_FILE).read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    assert stored == build_common_words()

"""Which capitalised runs are people (issue 10, "Names"); sentences are made up."""

from __future__ import annotations

import datetime as dt

from app.ingest.parser import parse_article


def _slugs(body: str) -> list[str]:
    parsed = parse_article("Title\n\n" + body, dt.date(2024, 5, 17))
    return [person.slug for person in parsed.people]


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

"""Abbreviated titles and party labels (issue 10, "Names", "People across sentences"):
made-up sentences."""

from __future__ import annotations

import datetime as dt

from app.ingest.parser import parse_article
from app.ingest.people.roles import split_role


def test_a_party_before_a_title_is_no_organisation() -> None:
    assert split_role("Republican Gov.") == ("Gov.", None)
    assert split_role("Democratic Sen.") == ("Sen.", None)
    assert split_role("Republican Party chairman") == ("chairman", "Republican Party")


def test_a_role_noun_finds_the_person_with_the_abbreviated_title() -> None:
    parsed = parse_article(
        "Title\n\nRepublican Gov. Eric Holt has avoided criticism.\n\n"
        "House Speaker Brian Boss spoke before lawmakers.\n\n"
        "“We get it,” Boss said.\n\n"
        "The governor said he was waiting for a commission.",
        dt.date(2024, 5, 17),
    )
    speakers = {person.slug: person for person in parsed.people}
    assert [speakers[s.speaker].name for s in parsed.statements] == ["Brian Boss", "Eric Holt"]
    assert (speakers["eric-holt"].role, speakers["eric-holt"].organization) == ("Gov.", None)


def test_a_role_phrase_naming_someone_else_keeps_only_this_persons_job() -> None:
    assert split_role("former astronaut Tom Stafford and retired aerospace executive") == (
        "retired aerospace executive",
        None,
    )
    assert split_role("Gulls captain Jack Eichel went after") == (None, None)
    assert split_role("Donald Trump's lawyer") == ("lawyer", "Donald Trump")
    assert split_role("chief executive of Mary Kay") == ("chief executive", "Mary Kay")
    # "Ai" is a given name, "AI" an acronym; "Center" no surname
    assert split_role("director of the Harbor AI Center at the Center for Ports") == (
        "director",
        "Harbor AI Center at the Center for Ports",
    )

"""The wire-service habit of a title-case job phrase between the reporting verb and the
name ("said U.S. Commerce Secretary Wilbur Ross"), or before the name opening the
sentence, with made-up people: a country's initials ("U.S.", "U.K.") open the title and
name no one; a place before an office ("Georgia Secretary of State") is the organisation;
and a name inside a relative clause of the subject ("Police who stopped X said") is no
speaker."""

from __future__ import annotations

import pytest

from tests.ingest.parsing import parse_body, role_org_by_slug, speaker_text


@pytest.mark.parametrize(
    ("body", "slug", "role_org"),
    [
        (
            '"We will not back down," said U.S. Commerce Secretary Walter Rosko.',
            "walter-rosko",
            ("Commerce Secretary", "United States"),
        ),
        (
            '"We will not back down," added U.K. Trade Secretary Liam Foxley.',
            "liam-foxley",
            ("Trade Secretary", "Britain"),
        ),
        (
            '"The talks are over," wrote U.S. Treasury Secretary Janet Yellow.',
            "janet-yellow",
            ("Treasury Secretary", "United States"),
        ),
        (
            '"The talks are over," U.S. Trade Representative Robert Lightman told reporters.',
            "robert-lightman",
            ("Trade Representative", "United States"),
        ),
    ],
)
def test_a_countrys_initials_open_the_title_after_the_verb(
    body: str, slug: str, role_org: tuple[str, str]
) -> None:
    parsed = parse_body(body)
    assert [speaker for speaker, _ in speaker_text(parsed)] == [slug]
    assert role_org_by_slug(parsed) == {slug: role_org}


def test_a_persons_initials_still_open_a_name() -> None:
    parsed = parse_body('"It was a long season," said J.R. Smithers, the team\'s coach.')
    assert [speaker for speaker, _ in speaker_text(parsed)] == ["j-r-smithers"]


def test_a_countrys_initials_ending_a_sentence_name_no_one() -> None:
    parsed = parse_body("The plan angered the U.S. Officials in Ottawa said little.")
    assert parsed.people == []

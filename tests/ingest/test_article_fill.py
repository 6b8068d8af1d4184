"""The leader and the fill loop the home-state, home-country and subject-body rules share."""

from __future__ import annotations

from collections import Counter

from app.ingest.people.article_fill import fill_organisations, leader
from app.ingest.people.registry import Person


def test_leader_needs_the_minimum_and_the_margin() -> None:
    assert leader(Counter({"Ohio": 3, "Iowa": 1}), 2) == "Ohio"
    assert leader(Counter({"Ohio": 2, "Iowa": 2}), 2) is None  # a tie leads nowhere
    assert leader(Counter({"Ohio": 1}), 2) is None  # below the minimum
    assert leader(Counter({"Ohio": 4, "Iowa": 2}), 3, factor=2) is None  # not twice as many
    assert leader(Counter({"Ohio": 5, "Iowa": 2}), 3, factor=2) == "Ohio"
    assert leader(Counter(), 1) is None


def _person(role: str | None, organization: str | None = None, said: bool = True) -> Person:
    return Person(name="Ann Lee", role=role, organization=organization, has_statement=said)


def test_fill_gives_the_article_body_once_and_only_to_who_wants_it() -> None:
    calls: list[int] = []

    def article() -> str:
        calls.append(1)
        return "Harbor"

    wanting, kept, silent, other = (
        _person("governor"),
        _person("governor", "Quill"),
        _person("governor", said=False),
        _person("economist"),
    )
    fill_organisations(
        [wanting, kept, silent, other, _person("governor")], lambda r: r == "governor", article
    )
    assert (wanting.organization, kept.organization) == ("Harbor", "Quill")
    assert (silent.organization, other.organization) == (None, None)
    assert calls == [1]  # worked out once


def test_fill_prefers_the_body_the_job_names() -> None:
    person = _person("special envoy")
    fill_organisations([person], lambda r: True, lambda: "Harbor", own=lambda r: "Quill")
    assert person.organization == "Quill"

"""A surname that is the plural of an organisation word ("Chambers", "Banks") after a
known given name is a person's (patterns r6 P3); without a given name, or with a body's
name going on after it, it stays a body.  Sentences are made up; none is from the
corpus."""

from __future__ import annotations

from tests.ingest.parsing import parse_body, speaker_text


def _people(body: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.slug: (p.role, p.organization) for p in parse_body(body).people}


def test_a_title_and_a_given_name_then_chambers() -> None:
    body = "Orbix Chief Executive Paul Chambers said conditions were mixed in Asia.\n"
    assert _people(body) == {"paul-chambers": ("Chief Executive", "Orbix")}
    assert speaker_text(parse_body(body)) == [("paul-chambers", "conditions were mixed in Asia")]


def test_a_given_name_then_banks_opening_the_sentence() -> None:
    body = "Nora Banks said the vote was fair.\n"
    assert speaker_text(parse_body(body)) == [("nora-banks", "the vote was fair")]


def test_a_given_name_then_chambers_with_an_apposition() -> None:
    body = "John Chambers, chief executive of the firm, said the market was weak.\n"
    assert speaker_text(parse_body(body)) == [("john-chambers", "the market was weak")]


def test_no_given_name_keeps_the_body() -> None:
    assert _people("Harbor Chambers of Commerce said the vote was fair.\n") == {}


def test_a_body_name_going_on_keeps_the_body() -> None:
    assert _people("Paul Banks Group said the vote was fair.\n") == {}
    assert _people("Ann Banks of Ohio said the vote was fair.\n") == {}

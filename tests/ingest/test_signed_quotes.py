"""A pull quote signed with a dash and a full name ('“…” — Ann Lee'), the paragraph holding
nothing else, is that person's quote; a surname alone after the dash names nobody new.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from tests.ingest.parsing import parse_body


def _said(body: str) -> list[tuple[str | None, str, str]]:
    """(speaker, text, rule) of each attributed statement of ``body``, told after a calm
    paragraph; statements without an attribution are left out."""
    parsed = parse_body("The town was calm.\n\n" + body)
    return [(s.speaker, s.text, s.attribution.rule) for s in parsed.statements if s.attribution]


def test_a_quote_signed_with_a_dash_and_a_full_name_is_that_persons() -> None:
    assert _said(
        "“Nobody wrote better dialogue in the whole genre.” — Ann Marie Lee\n\n"
        "The books sold poorly."
    ) == [("ann-marie-lee", "Nobody wrote better dialogue in the whole genre.", "quote-signature")]


def test_a_surname_alone_after_the_dash_introduces_nobody() -> None:
    assert _said("“Nobody wrote better dialogue.” — Lee\n\nThe books sold poorly.") == []


def test_words_after_the_name_make_it_no_signature() -> None:
    assert (
        _said("“Nobody wrote better dialogue.” — Ann Lee liked to say it often.\n\nThe end.") == []
    )

""" "a quote from Senator Mark Delling who said, “…”": a relative "who" + speech verb that
opens a quote gives the quote to the full name the clause hangs on; never to a name after
"of" ("the father of Tom Veil, who said, “…”" may be the father's)."""

from __future__ import annotations

from tests.ingest.parsing import parse_body, speaker_text


def test_a_quote_from_a_titled_name_who_said() -> None:
    parsed = parse_body(
        "The council met on Friday. It was a quote from Senator Corin Haddle who said, "
        "“We cannot wait another year for this bridge.”"
    )
    assert speaker_text(parsed) == [
        ("corin-haddle", "We cannot wait another year for this bridge.")
    ]


def test_the_name_after_of_is_not_the_antecedent() -> None:
    parsed = parse_body(
        "The mayor met the father of Tomas Veilby, who said, “We cannot wait another year.”"
    )
    assert speaker_text(parsed) == []


def test_without_a_quote_the_relative_clause_reports_nothing_here() -> None:
    parsed = parse_body("The mayor met Tomas Veilby, who said the bridge was late.")
    assert speaker_text(parsed) == []

"""A dashed paragraph closed by ", Name said." with no second dash (patterns r6 P10):
the words from the dash to the comma are the speaker's quote.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from tests.ingest.parsing import parse_body, speaker_kind_text


def test_a_dash_paragraph_closed_by_a_comma_and_a_name_is_a_quote() -> None:
    body = (
        "Karim Adamov opened the water forum.\n\n"
        "- The canals are full again. That is the result of our programs, Karim Adamov said."
    )
    assert (
        "karim-adamov",
        "quote",
        "The canals are full again. That is the result of our programs",
    ) in (speaker_kind_text(parse_body(body)))


def test_a_role_that_resolves_or_an_apposition_works_too() -> None:
    body = (
        "Karim Adamov, the President of Ruritania, opened the forum.\n\n"
        "– The region expects a delegation next week, the President said."
    )
    assert speaker_kind_text(parse_body(body)) == [
        ("karim-adamov", "quote", "The region expects a delegation next week")
    ]
    body = "– The region expects a delegation next week, Karim Adamov, the water minister, said."
    assert speaker_kind_text(parse_body(body)) == [
        ("karim-adamov", "quote", "The region expects a delegation next week")
    ]


def test_a_dashed_list_is_no_quote() -> None:
    assert speaker_kind_text(parse_body("- In Kazan, 12 classes, and in Perm, 10 classes.")) == []


def test_a_quoted_dash_paragraph_is_left_to_the_quote_rules() -> None:
    body = "– The region “expects” a delegation next week, Karim Adamov said."
    assert all(
        rule != "dash-comma-attribution"
        for rule in (s.attribution.rule for s in parse_body(body).statements if s.attribution)
    )

"""Smaller quote cues from real news (issue 10, pattern A11): a closing mark with no
opening mark in its paragraph, "which X called “…”", "X reacted … by writing on
Facebook: “…”", and a short quote ending a reported clause (a paraphrase)."""

from __future__ import annotations

from tests.ingest.parsing import parse_body, speaker_kind_text

_SCENE = "Trade minister Ilse Norberg opened the fair on Tuesday.\n\n"


def test_a_closing_mark_with_no_opening_mark_quotes_from_the_paragraph_start() -> None:
    parsed = parse_body(
        _SCENE + "Today, four ports close every winter. We must keep them open,” Norberg said."
    )
    assert speaker_kind_text(parsed) == [
        (
            "ilse-norberg",
            "quote",
            "Today, four ports close every winter. We must keep them open",
        )
    ]


def test_a_closing_mark_after_narration_with_no_attribution_is_nobodys() -> None:
    parsed = parse_body(_SCENE + "The fair closes on Friday.” Visitors came from nine countries.")
    assert speaker_kind_text(parsed) == []


def test_which_x_called_quotes_x() -> None:
    parsed = parse_body(
        _SCENE + "She praised Chile, which Norberg called “our steadiest partner in the south”."
    )
    assert speaker_kind_text(parsed) == [
        ("ilse-norberg", "quote", "our steadiest partner in the south"),
    ]


def test_which_unknown_name_called_finds_nobody() -> None:
    parsed = parse_body(
        _SCENE + "The fair has a new hall, which Marlow Stadium called “a fine roof”."
    )
    assert speaker_kind_text(parsed) == []


def test_reacting_by_writing_on_a_platform_quotes_the_subject() -> None:
    parsed = parse_body(
        "Mayor Oskar Brandt reacted to the court ruling by writing on Facebook: "
        "“This is a sad day for our harbour town.”"
    )
    assert speaker_kind_text(parsed) == [
        ("oskar-brandt", "quote", "This is a sad day for our harbour town."),
    ]


def test_by_writing_after_two_names_takes_no_side() -> None:
    parsed = parse_body(
        "Oskar Brandt reacted to Pia Holm's letter by writing on Facebook: "
        "“This is a sad day for our harbour town.”"
    )
    assert speaker_kind_text(parsed) == []


def test_a_short_curly_quote_ending_a_reported_clause_makes_it_a_paraphrase() -> None:
    parsed = parse_body(
        _SCENE + "Sweden will not drop the label “organic”, the minister Ilse Norberg said."
    )
    assert speaker_kind_text(parsed) == [
        ("ilse-norberg", "paraphrase", "Sweden will not drop the label “organic”"),
    ]


def test_a_short_quote_after_a_short_opening_stays_a_quote() -> None:
    parsed = parse_body(_SCENE + "It was “simply crowded”, Norberg said.")
    assert speaker_kind_text(parsed) == [("ilse-norberg", "quote", "simply crowded")]


def test_by_writing_with_no_named_subject_is_nobodys() -> None:
    parsed = parse_body(
        "The council reacted to the ruling by writing on Facebook: “A sad day for the town.”"
    )
    assert speaker_kind_text(parsed) == []


def test_a_longer_quote_ending_the_clause_stays_a_quote() -> None:
    parsed = parse_body(
        _SCENE + "The aim is clear: “we sell more timber to the south than ever”, Norberg said."
    )
    assert speaker_kind_text(parsed) == [
        ("ilse-norberg", "quote", "we sell more timber to the south than ever"),
    ]

"""Reported clauses that open late or oddly: after a phrase of place or occasion ("said at
the conference she was …"), with "according to" ("said according to figures …, it
grew"), with a quoted subject ('estimated that “hundreds of families” had left'), after
"writes" with an embedded clause; the "as said by X" tail; ", specifying that …";
"quoted fire officials as saying"; a narrated clause ending in "and “quoted words”"; and
a writer's credit line, which is nobody's statement.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

import pytest

from tests.ingest.parsing import SpeakerKindText, parse_body, speaker_kind_text

_SCENE = "The harbour was busy.\n\nAnalyst Mira Solberg of Fjordline spoke on Monday.\n\n"


def _said(body: str, scene: str = _SCENE) -> list[SpeakerKindText]:
    parsed = parse_body(scene + body)
    full = "Title\n\n" + scene + body
    for statement in parsed.statements:
        assert full[statement.start : statement.end] == statement.text
    return speaker_kind_text(parsed)


@pytest.mark.parametrize(
    ("body", "span"),
    [
        (
            'Solberg said at the conference she was "puzzled" the regulator moved so fast.',
            'she was "puzzled" the regulator moved so fast',
        ),
        (
            "Solberg said during the webinar they want to keep the ferries running this year.",
            "they want to keep the ferries running this year",
        ),
        (
            "On ridership, she said according to figures from 12 depots, it grew 9%.",
            "according to figures from 12 depots, it grew 9%",
        ),
        (
            "Solberg estimated that “hundreds of families” had left the district.",
            "“hundreds of families” had left the district",
        ),
        (
            "Solberg writes a review board last month found in an audit that the port could "
            "lease three cranes.",
            "a review board last month found in an audit that the port could lease three cranes",
        ),
    ],
)
def test_a_clause_after_an_extra_phrase(body: str, span: str) -> None:
    assert _said(body) == [("mira-solberg", "paraphrase", span)]


@pytest.mark.parametrize(
    "body",
    [
        "Solberg and her brother agreed to an interview, but only if they could do it by email.",
        "Solberg was admitted to hospital on Saturday, where she has been given rest.",
        "Solberg wrote a letter last month to the harbour board.",
        "Solberg agreed to return the money she received from the fund.",
    ],
)
def test_no_clause_after_an_occasion_that_is_not_one(body: str) -> None:
    assert _said(body) == []


def test_as_said_by_a_role_and_name() -> None:
    body = (
        "Ferry service to the islands has resumed, as said by the deputy head of the port "
        "authority, Jonas Vikberg, on Friday.\n\n"
        "“Three boats are back at work,” he said, specifying that the fourth is still under "
        "repair."
    )
    assert _said(body, "The harbour was busy.\n\n") == [
        ("jonas-vikberg", "paraphrase", "Ferry service to the islands has resumed"),
        ("jonas-vikberg", "quote", "Three boats are back at work"),
        ("jonas-vikberg", "paraphrase", "the fourth is still under repair"),
    ]


def test_as_expected_by_reports_nothing() -> None:
    body = "Prices will rise, as expected by the head of the port authority, Jonas Vikberg."
    assert _said(body, "The harbour was busy.\n\n") == []


def test_quoting_unnamed_sources_is_the_quoters_statement() -> None:
    body = "Mayor Ilse Berg quoted fire officials as saying that the old mill had been unsafe."
    assert _said(body, "The harbour was busy.\n\n") == [
        ("ilse-berg", "paraphrase", "the old mill had been unsafe")
    ]


def test_an_outlet_quoting_unnamed_sources_has_no_speaker() -> None:
    body = "Radio North quoted fire officials as saying that the old mill had been unsafe."
    assert _said(body, "The harbour was busy.\n\n") == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Solberg said that three rounds of talks had taken place and “the atmosphere was "
            "constructive.”",
            [
                ("mira-solberg", "paraphrase", "three rounds of talks had taken place"),
                ("mira-solberg", "quote", "the atmosphere was constructive."),
            ],
        ),
        (
            "Solberg said the port may shorten its hours, but “the ferries stay where they are.”",
            [
                ("mira-solberg", "paraphrase", "the port may shorten its hours"),
                ("mira-solberg", "quote", "the ferries stay where they are."),
            ],
        ),
        (
            # a quoted word inside the clause keeps the clause whole
            "Solberg said the text was “nearly ready” and would be sent on Monday.",
            [
                (
                    "mira-solberg",
                    "paraphrase",
                    "the text was “nearly ready” and would be sent on Monday",
                )
            ],
        ),
    ],
)
def test_a_clause_ending_in_and_a_quotation(body: str, expected: list[SpeakerKindText]) -> None:
    assert _said(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "The director of the Forestry Board, Ona Lind, attended the ribbon-cutting, Rita Sabo "
        "wrote in",
        "The new pier was opened by the mayor on Friday, Rita Sabo reports for The Coastal Post.",
    ],
)
def test_a_credit_line_is_no_statement(body: str) -> None:
    assert [speaker for speaker, _, _ in _said(body, "The harbour was busy.\n\n")] == []


_PORT = "The harbour was busy.\n\nPort chief Anna Varga spoke on Monday.\n\n"


@pytest.mark.parametrize(
    "body",
    [
        '"There are no delays at the harbour," Radio North quoted her as saying.',
        "“There are no delays at the harbour,” the local radio quoted her as saying on Monday.",
    ],
)
def test_a_quote_an_outlet_quoted_her_as_saying(body: str) -> None:
    assert _said(body, _PORT) == [("anna-varga", "quote", "There are no delays at the harbour")]


def test_quoted_words_inside_narration_are_not_her_quote() -> None:
    body = 'The port is calm and "there are no delays," Radio North quoted her as saying.'
    assert ("anna-varga", "quote", "there are no delays") not in _said(body, _PORT)

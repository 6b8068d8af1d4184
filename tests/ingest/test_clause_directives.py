"""Directives and commitments report their to-infinitive (the lead's convention): "called
on the utility to publish …" gives "the utility to publish …", "pledged to build …" gives
"to build …"; several-word predicates ("made clear", "made the point that", "blamed X on
Y"); and what a negated or withheld report leaves unsaid.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

import pytest

from tests.ingest.parsing import SpeakerKindText, parse_body, speaker_kind_text

_SCENE = "The valley was quiet.\n\nMayor Dana Quill of Brinkport spoke on Monday.\n\n"


def _said(body: str) -> list[SpeakerKindText]:
    parsed = parse_body(_SCENE + body)
    full = "Title\n\n" + _SCENE + body
    for statement in parsed.statements:
        assert full[statement.start : statement.end] == statement.text
    return speaker_kind_text(parsed)


@pytest.mark.parametrize(
    ("body", "span"),
    [
        (
            "Quill called on the water utility to publish its leak figures every month.",
            "the water utility to publish its leak figures every month",
        ),
        ("Quill called upon lawmakers to reject the bill.", "lawmakers to reject the bill"),
        (
            "Quill told the bus companies to add night services.",
            "the bus companies to add night services",
        ),
        (
            "Quill advised residents to stay indoors on Friday.",
            "residents to stay indoors on Friday",
        ),
        (
            "Quill instructed the depot managers not to cut any routes.",
            "the depot managers not to cut any routes",
        ),
        (
            "Quill urged farmers to register their harvest early.",
            "farmers to register their harvest early",
        ),
    ],
)
def test_a_directive_reports_its_object_and_infinitive(body: str, span: str) -> None:
    assert _said(body) == [("dana-quill", "paraphrase", span)]


@pytest.mark.parametrize(
    ("body", "span"),
    [
        (
            "Quill pledged to build 5,000 homes on public land this year.",
            "to build 5,000 homes on public land this year",
        ),
        (
            "She further promised to refund every ferry passenger.",
            "to refund every ferry passenger",
        ),
        ("Quill vowed to keep the night trains running.", "to keep the night trains running"),
        ("Quill demanded to halt the tender at once.", "to halt the tender at once"),
        (
            "Quill instructed to double the number of night buses.",
            "to double the number of night buses",
        ),
        # a coordinated deed in the past is no part of the promise
        (
            "Quill promised to protect the clinics and attacked her rival on taxes.",
            "to protect the clinics",
        ),
    ],
)
def test_a_commitment_reports_its_infinitive(body: str, span: str) -> None:
    assert _said(body) == [("dana-quill", "paraphrase", span)]


@pytest.mark.parametrize(
    "body",
    [
        "Quill called on Monday to say hello to the new council.",  # a day, no object
        "Quill called on her mother in the old town.",  # a visit
        "Quill was told to leave the hall before the vote.",  # the one told
        "Quill was asked to open the new library.",
        "Quill promised to the voters of the east a better road.",  # no infinitive
        "Quill pledged to charity half of her salary.",
        "Quill told reporters on the way to lunch about the weather.",  # no directive
        "Quill ordered a pizza to go.",  # a thing ordered
    ],
)
def test_no_directive_without_an_object_and_an_infinitive(body: str) -> None:
    assert _said(body) == []


def test_a_quoted_infinitive_is_a_quote() -> None:
    assert _said(
        'Quill told the utilities to “keep every streetlight on until midnight" during the fair.'
    ) == [("dana-quill", "quote", "keep every streetlight on until midnight")]


@pytest.mark.parametrize(
    ("body", "span"),
    [
        (
            "Quill made clear the reading rooms will stay open on Sundays.",
            "the reading rooms will stay open on Sundays",
        ),
        (
            "Quill made it clear that the ferry fares would not rise.",
            "the ferry fares would not rise",
        ),
        (
            "Quill made the point that the earlier vote had cost the county two million.",
            "the earlier vote had cost the county two million",
        ),
        (
            "Quill blamed the outage on a faulty cooling pump.",
            "the outage on a faulty cooling pump",
        ),
    ],
)
def test_several_word_predicates_report(body: str, span: str) -> None:
    assert _said(body) == [("dana-quill", "paraphrase", span)]


@pytest.mark.parametrize(
    "body",
    [
        "Quill blamed the previous council for years.",  # whom, not what on
        "Nor did she say whether the budget would pass in June.",
        "Quill did not say whether the budget would pass in June.",
        "Quill did not say that the budget would pass in June.",
        "Quill declined to disclose how much the new bridge would cost.",
        "Quill refused to confirm that the tunnel would close.",
        "She thanked the donors and noted gaps that deserve more funding next year.",
    ],
)
def test_withheld_reports_and_relative_clauses_say_nothing(body: str) -> None:
    assert _said(body) == []


def test_a_negation_elsewhere_in_the_sentence_keeps_the_report() -> None:
    assert _said("Quill said that the budget would not pass in June.") == [
        ("dana-quill", "paraphrase", "the budget would not pass in June")
    ]


def test_a_noun_and_a_that_clause_with_a_subject_still_report() -> None:
    assert _said("Quill noted the fact that the budget was late.") == [
        ("dana-quill", "paraphrase", "the budget was late")
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Quill also spoke in favour of reopening the night trains to the coast.",
            [("dana-quill", "paraphrase", "reopening the night trains to the coast")],
        ),
        ("Quill spoke in favor of the new bill on Monday.", []),  # a noun phrase: no report
        (
            "Quill also backed two new grain terminals and urged farmers to register early.",
            [("dana-quill", "paraphrase", "farmers to register early")],
        ),
        (
            "Quill spoke in favour of reopening the night trains, and urged the council to act.",
            [
                ("dana-quill", "paraphrase", "reopening the night trains"),
                ("dana-quill", "paraphrase", "the council to act"),
            ],
        ),
        (
            # the comma closes a clause whose subject is someone else
            "Quill visited the farms, and officials said the harvest was poor.",
            [],
        ),
    ],
)
def test_gerunds_and_coordinated_directives(body: str, expected: list[SpeakerKindText]) -> None:
    assert _said(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            # the audience, then a clause: no directive
            "Quill told the committee she tried to work with the old board for a year.",
            [("dana-quill", "paraphrase", "she tried to work with the old board for a year")],
        ),
        (
            # a "whether" clause as the subject of a reported clause is still reported
            "Quill said whether the tram is built depends on whether the state pays for it.",
            [
                (
                    "dana-quill",
                    "paraphrase",
                    "whether the tram is built depends on whether the state pays for it",
                )
            ],
        ),
        (
            # nothing in the scope of a withheld report is said ...
            "Quill did not say whether she believes the state will pay.",
            [],
        ),
        (
            # ... up to a "but"
            "Quill did not say when the tram opens, but added that the state will pay for it.",
            [("dana-quill", "paraphrase", "the state will pay for it")],
        ),
    ],
)
def test_audiences_whether_clauses_and_scopes(body: str, expected: list[SpeakerKindText]) -> None:
    assert _said(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Quill's promises to cut taxes were broken within a year.",  # nouns, not verbs
        "The union demands to close the plant were rejected by Quill.",
        "Her pledges to build homes went nowhere.",
        "The orders to evacuate came from Quill.",
        "Quill made clear progress on the budget.",  # "clear" an adjective of the object
        "Quill blamed herself.",
    ],
)
def test_nouns_and_objects_that_look_like_the_new_predicates(body: str) -> None:
    assert _said(body) == []

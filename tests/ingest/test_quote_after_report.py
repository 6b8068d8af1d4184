"""A quote paragraph with no attribution after a paragraph that reports one named person
(:mod:`app.ingest.paragraph_speaker`): the quotation goes on with that person's words.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from tests.ingest.parsing import SpeakerText, parse_body, speaker_text

_REPORT = "Principal Nina Hale told the council that the roof had been leaking for years.\n\n"


def _said(body: str) -> list[SpeakerText]:
    return speaker_text(parse_body("The town was calm.\n\n" + body))


def test_one_quote_paragraph_after_the_report() -> None:
    assert _said(_REPORT + "“Every winter we move the desks. The children deserve better.”") == [
        ("nina-hale", "the roof had been leaking for years"),
        ("nina-hale", "Every winter we move the desks. The children deserve better."),
    ]


def test_several_quote_paragraphs_after_the_report() -> None:
    assert _said(
        _REPORT + "“Every winter we move the desks.”\n\n“The children deserve better.”"
    ) == [
        ("nina-hale", "the roof had been leaking for years"),
        ("nina-hale", "Every winter we move the desks."),
        ("nina-hale", "The children deserve better."),
    ]


def test_narration_after_the_report_stops_it() -> None:
    assert _said(
        "Principal Nina Hale told the council that the roof had been leaking. Parents in "
        "the hall were angry.\n\n“Every winter we move the desks. The children deserve better.”"
    ) == [("nina-hale", "the roof had been leaking")]


def test_another_name_in_the_report_stops_it() -> None:
    assert [
        speaker
        for speaker, _ in _said(
            "Principal Nina Hale told the council that the roof leaked, as did parent Omar "
            "Diaz.\n\n“Every winter we move the desks. The children deserve better.”"
        )
    ] == ["nina-hale"]


def test_a_quote_with_its_own_attribution_keeps_it() -> None:
    assert _said(_REPORT + "“Every winter we move the desks,” said Omar Diaz, a parent.") == [
        ("nina-hale", "the roof had been leaking for years"),
        ("omar-diaz", "Every winter we move the desks"),
    ]

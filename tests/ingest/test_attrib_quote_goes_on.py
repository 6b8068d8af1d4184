"""A quote whose sentence goes on for a few narrated words before an inverted attribution
('"… than the small budget" granted in May, said Hal Brook.') is the attribution's.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from tests.ingest.parsing import SpeakerKindText, parse_body, speaker_kind_text

_SCENE = "The town was calm.\n\n"


def _said(body: str) -> list[SpeakerKindText]:
    return speaker_kind_text(parse_body(_SCENE + body))


def test_a_participle_after_the_quote_then_said_x() -> None:
    assert _said(
        '"The library needs more. More than the small budget" granted in May, said Hal '
        "Brook, a town planner."
    ) == [("hal-brook", "quote", "The library needs more. More than the small budget")]


def test_a_reporting_participle_after_the_quote_is_no_attribution_of_its_own() -> None:
    assert _said(
        '"The library needs more. More than the small budget" announced in May, said Hal '
        "Brook, a town planner."
    ) == [("hal-brook", "quote", "The library needs more. More than the small budget")]

"""A short capitalised run in quote marks right after a preposition or an opening
parenthesis is a title ('on the set of “Harbor Lights,” she …'), even when a comma
sits inside the closing mark: it is no quotation, so it hides nothing from the rules.
'“Amazing,” Lee said.' is still a quote.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from tests.ingest.parsing import SpeakerKindText, parse_body, speaker_kind_text

_SCENE = "The town was calm.\n\nMaria Olsen, an actor, spoke on Monday.\n\n"


def _said(body: str) -> list[SpeakerKindText]:
    return speaker_kind_text(parse_body(_SCENE + body))


def test_a_title_with_a_comma_inside_its_marks_is_no_quote() -> None:
    assert _said(
        "Olsen, who called from the set of “Harbor Lights,” had the same feeling: “It was "
        "the right song at once.”"
    ) == [("maria-olsen", "quote", "It was the right song at once.")]


def test_a_short_quote_with_its_comma_before_the_attribution_is_still_a_quote() -> None:
    assert _said("“Amazing,” Olsen said.") == [("maria-olsen", "quote", "Amazing")]

"""'…, as X noted.' closing a sentence attributes the clause before its comma to X; the
words after the verb may only be adverbials ("in her talk", "last week").

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from tests.ingest.parsing import SpeakerKindText, parse_body, speaker_kind_text

_SCENE = "The town was calm.\n\nMaria Olsen, a novelist, spoke on Monday.\n\n"


def _said(body: str) -> list[SpeakerKindText]:
    return speaker_kind_text(parse_body(_SCENE + body))


def test_as_x_noted_closing_a_sentence_attributes_the_clause_before_it() -> None:
    assert _said("Rents will keep rising for years, as Olsen noted.") == [
        ("maria-olsen", "paraphrase", "Rents will keep rising for years")
    ]


def test_adverbials_after_the_verb_still_close_the_attribution() -> None:
    assert _said("Rents will keep rising for years, as Olsen pointed out in her talk.") == [
        ("maria-olsen", "paraphrase", "Rents will keep rising for years")
    ]


def test_an_object_after_the_verb_makes_it_no_attribution() -> None:
    assert _said("Rents rose again, as Olsen said goodbye to her friends.") == []


def test_as_x_said_opening_a_clause_still_reports_what_follows() -> None:
    assert _said("For example, as Olsen notes, rents will keep rising.") == [
        ("maria-olsen", "paraphrase", "rents will keep rising")
    ]

"""The one list of subordinating conjunctions (app/ingest/vocab/subordinators.txt) and its
three readers: an attribution's head, a report inside a subordinate clause, and a sentence
that opens with a subordinate clause.  "as" also attributes ("…, as Lee noted"), so the
first two leave it out.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from app.ingest.vocabulary import subordinators
from tests.ingest.parsing import SpeakerKindText, parse_body, speaker_kind_text

_SCENE = "The town was calm.\n\nMaria Olsen, a novelist, spoke on Monday.\n\n"


def _said(body: str) -> list[SpeakerKindText]:
    return speaker_kind_text(parse_body(_SCENE + body))


def test_the_attributing_subordinators_are_a_subset_of_the_list() -> None:
    every = set(subordinators())
    plain = set(subordinators(attributing=False))
    assert plain < every
    assert every - plain == {"as"}
    assert {"when", "whenever", "whether", "although"} <= plain


def test_a_report_in_a_whenever_clause_ends_at_its_comma() -> None:
    assert _said("Whenever Olsen said the plan would fail, shares fell sharply.") == [
        ("maria-olsen", "paraphrase", "the plan would fail")
    ]


def test_a_sentence_opening_with_whenever_sets_the_scene() -> None:
    assert (
        _said(
            "Whenever the charges were read in court, Olsen testified before the panel in "
            "the capital, where members voiced anger."
        )
        == []
    )


def test_a_whether_clause_after_a_comma_attributes_nothing() -> None:
    assert _said("Rents will keep rising this year, whether the novelist Olsen agreed.") == []

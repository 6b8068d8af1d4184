"""A stance then a colon: "Ivanov is more skeptical: in his opinion, the reform will fail."

The sentence's subject, a person, takes a stance (a copula and an adjective of certainty
or mood, or a verb of agreement or belief with at most an adverb), and after the colon
comes the opinion: a paraphrase of the clause, without an "in his opinion," lead-in.

Every sentence below is made up here; no corpus text.
"""

from __future__ import annotations

import pytest

from tests.ingest.parsing import SpeakerKindText, parse_body, speaker_kind_text

_SCENE = "The economist Ivan Ivanov spoke at the forum on Tuesday.\n\n"


def _said(body: str) -> list[SpeakerKindText]:
    return speaker_kind_text(parse_body(body))


@pytest.mark.parametrize(
    ("sentence", "slug", "clause"),
    [
        (
            "Ivanov is more skeptical: in his opinion, the reform will fail.",
            "ivan-ivanov",
            "the reform will fail",
        ),
        (
            "The economist Oleg Sidorov disagrees: the ruble will weaken further.",
            "oleg-sidorov",
            "the ruble will weaken further",
        ),
        (
            "Ivanov believes so too: the ruble is too strong.",
            "ivan-ivanov",
            "the ruble is too strong",
        ),
        ("Ivanov thinks otherwise: the crisis is over.", "ivan-ivanov", "the crisis is over"),
        (
            "However, Ivanov is far less optimistic: growth may stall next year.",
            "ivan-ivanov",
            "growth may stall next year",
        ),
        ("Ivanov is sure of this: the deal is dead.", "ivan-ivanov", "the deal is dead"),
    ],
)
def test_a_stance_before_a_colon_reports_the_clause_after_it(
    sentence: str, slug: str, clause: str
) -> None:
    assert (slug, "paraphrase", clause) in _said(_SCENE + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # the clause tells why, about the subject: the narrator's
        "Ivanov is more skeptical: he sold his shares in May.",
        # another speaker at the end
        "Ivanov is more skeptical: the reform will fail, said the minister.",
        # no person takes the stance
        "The plan is simple: the ruble will be pegged to the dollar.",
        "The mood is gloomy: prices will rise again.",
        "Residents are worried: the water in the taps is brown.",
        # the stance sits in a relative clause, not the sentence's own
        "The forecast that Ivanov is skeptical about: the ruble will fall.",
    ],
)
def test_no_stance_of_a_person_opening_the_sentence_reports_nothing(sentence: str) -> None:
    assert not [s for s in _said(_SCENE + sentence) if s[0] is not None and s[1] == "paraphrase"]

"""Misfires a red-team probe found with made-up articles.

* A quotation closed after its sentence's final punctuation (American style, '… was “a
  fine cook.” Her niece …') ends the sentence: the paraphrase before it stops at the
  closing mark, and the next sentence is read on its own.
* In "…, said NAME <verb> …" the name is followed by its own verb: it is the subject of
  what was said, not the speaker, and the words before the comma are not its statement.
* "assailed X as …", "volunteered that …" report what the speaker said; "slammed the
  door", "volunteered to help" report nothing.
* "They added that …" right after a statement two people made together is theirs.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

import pytest

from tests.ingest.parsing import parse_body, speaker_kind_text, speaker_text

_UNNAMED = "A spokeswoman for the airline, who declined to be identified, said "


@pytest.mark.parametrize(
    "rest",
    [
        "Marta Vance would step down in June.",
        "Marta Vance had known about the audit.",
        "Marta Vance plans to sell the team.",
        "Marta Vance was never told.",
        "Marta Vance must answer the charges.",
        "Marta Vance went home early.",
    ],
)
def test_a_name_with_its_own_verb_after_said_is_not_the_speaker(rest: str) -> None:
    assert speaker_text(parse_body(_UNNAMED + rest)) == []


@pytest.mark.parametrize(
    "tail",
    [
        ", who heads the union.",
        ", whose union called the strike.",
        " on Monday.",
        " of Acme Freight.",
        " in a statement.",
        " last week.",
    ],
)
def test_a_name_without_a_verb_after_said_is_the_speaker(tail: str) -> None:
    """The words before the comma are hers, without the attribution (nor a relative clause
    about her: "…, who heads the union" does not make the sentence go on)."""
    parsed = parse_body("The budget will not pass this year, said Marta Vance" + tail)
    assert speaker_kind_text(parsed) == [
        ("marta-vance", "paraphrase", "The budget will not pass this year"),
    ]


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        (
            "Later, Tom Ridley assailed the council as a band of amateurs.",
            "the council as a band of amateurs",
        ),
        ("Tom Ridley slammed the ruling as unfair to farmers.", "the ruling as unfair to farmers"),
        ("Tom Ridley volunteered that the audit was late.", "the audit was late"),
    ],
)
def test_calling_names_and_volunteering_report(sentence: str, said: str) -> None:
    assert speaker_kind_text(parse_body(sentence)) == [("tom-ridley", "paraphrase", said)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Ridley slammed the door of the council chamber.",
        "Tom Ridley blasted off from the launch pad at dawn.",
        "Tom Ridley volunteered to help at the food bank.",
    ],
)
def test_slamming_a_door_and_volunteering_to_help_report_nothing(sentence: str) -> None:
    assert speaker_text(parse_body(sentence)) == []


_PAIR = "Tom Ridley and Rosa Vance said the plan was a fraud. "


def test_they_after_a_pair_statement_is_the_pair() -> None:
    parsed = parse_body(_PAIR + "However, they added that the council had voted twice.")
    assert speaker_kind_text(parsed) == [
        ("tom-ridley", "paraphrase", "the plan was a fraud"),
        ("rosa-vance", "paraphrase", "the plan was a fraud"),
        ("tom-ridley", "paraphrase", "the council had voted twice"),
        ("rosa-vance", "paraphrase", "the council had voted twice"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        # one speaker before: "they" are others
        "Tom Ridley said the plan was a fraud. They added that the council had voted twice.",
        # a sentence between: "they" may be anyone
        _PAIR + "The council met in May. They added that it had voted twice.",
    ],
)
def test_they_is_nobody_named_without_a_pair_statement_just_before(body: str) -> None:
    assert not [text for _, text in speaker_text(parse_body(body)) if "voted twice" in text]


_NEXT = " Her niece, Rosa Vance, said the funeral would be held on Friday."


@pytest.mark.parametrize(
    "quoted",
    ["“a fine cook.”", '"a fine cook."', 'a "truly fine cook."', "“a fine cook!”"],
)
def test_a_quote_closed_after_a_full_stop_ends_the_paraphrase(quoted: str) -> None:
    parsed = parse_body(f"The mayor, Tom Ridley, said Marta Vance was {quoted}{_NEXT}")
    assert speaker_kind_text(parsed) == [
        ("tom-ridley", "paraphrase", f"Marta Vance was {quoted}"),
        ("rosa-vance", "paraphrase", "the funeral would be held on Friday"),
    ]


def test_a_quote_closed_before_a_lower_case_word_goes_on() -> None:
    parsed = parse_body(
        "The mayor, Tom Ridley, said the plan was “bold.” and that the council would vote."
    )
    assert speaker_kind_text(parsed) == [
        ("tom-ridley", "paraphrase", "the plan was “bold.” and that the council would vote"),
    ]


def test_the_pair_of_a_quote_ending_statement_goes_on_in_the_next_sentence() -> None:
    parsed = parse_body(
        "Tom Ridley and Rosa Vance replied that the plan was “a fraud.” However, they "
        "volunteered that the council had voted twice."
    )
    assert [text for _, text in speaker_text(parsed)] == [
        "the plan was “a fraud.”",
        "the plan was “a fraud.”",
        "the council had voted twice",
        "the council had voted twice",
    ]

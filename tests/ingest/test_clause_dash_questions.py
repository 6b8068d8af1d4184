"""Dash blocks of questions and answers: a dashed question line between answers is the
journalist's, never the speaker's quote; a paragraph ending "." that names a new person
commenting opens such a block with no colon.  Also "“…,” she said and added that …".

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from tests.ingest.parsing import SpeakerText, parse_body, speaker_text


def _said(body: str) -> list[SpeakerText]:
    return speaker_text(parse_body(body))


def test_a_dashed_question_between_answers_is_nobodys() -> None:
    assert _said(
        "FC Rivermoor head coach Anton Belik:\n\n- We pressed well. I thank the fans.\n\n"
        "- Did you expect such a rival?\n\n- I would not say that."
    ) == [
        ("anton-belik", "We pressed well. I thank the fans."),
        ("anton-belik", "I would not say that."),
    ]


def test_a_block_with_no_answer_after_its_question_keeps_the_line() -> None:
    # only one answer: no interview layout, the question may be rhetorical
    said = _said(
        "FC Rivermoor head coach Anton Belik:\n\n- We pressed well.\n\n- Who could stop us?"
    )
    assert ("anton-belik", "Who could stop us?") in said


def test_a_plain_introduction_opens_a_question_and_answer_block() -> None:
    assert _said(
        "Only the keeper Ivo Marek came out. “We had chances,” Marek said.\n\n"
        "The coach Pavel Orsag, unlike his player, gave a long analysis of the game.\n\n"
        "- It was a hard derby.\n\n- What happened to the striker?\n\n- He has an old knee injury."
    ) == [
        ("ivo-marek", "We had chances"),
        ("pavel-orsag", "It was a hard derby."),
        ("pavel-orsag", "He has an old knee injury."),
    ]


def test_a_plain_paragraph_before_a_list_introduces_nobody() -> None:
    said = _said(
        "The coach Pavel Orsag gave a long analysis of the game.\n\n"
        "- more training for the defence;\n\n- a new keeper."
    )
    assert all(speaker != "pavel-orsag" for speaker, _text in said)


_ACTRESS = "The actress Rina Sold spoke to reporters.\n\n"


def test_said_and_added_that_reports_the_clause() -> None:
    said = _said(
        _ACTRESS + "“It was his own choice,” she said and added that the troupe will miss him."
    )
    assert ("rina-sold", "the troupe will miss him") in said


def test_a_named_subject_said_and_added_that() -> None:
    assert _said(_ACTRESS + "Sold said and added that the troupe will miss him.") == [
        ("rina-sold", "the troupe will miss him")
    ]

"""A reported clause ends before a coordinated clause with a speaker of its own ("…, and
Tom Hale agreed"), and a parenthetical attribution between two clauses ("Prices will
rise, he continued, and wages will not keep pace.") gives one paraphrase a clause, without
the attribution (README "Gold format": a paraphrase is the reported clause without it).

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

import pytest

from tests.ingest.parsing import (
    SpeakerKindText,
    kind_role_org_by_slug,
    parse_body,
    speaker_kind_text,
)

_SCENE = "The valley was dry.\n\nEconomist Tom Hale and agronomist Ana Ruiz spoke on Monday.\n\n"


def _said(body: str) -> list[SpeakerKindText]:
    return speaker_kind_text(parse_body(_SCENE + body))


# -- a report ends before ", and <speaker> <speech verb>" ----------------------------------


def test_a_report_stops_before_another_speaker_agreeing() -> None:
    assert _said(
        "Ana Ruiz, the ministry's chief agronomist, said the harvest will be late, and Tom "
        "Hale agreed."
    ) == [("ana-ruiz", "paraphrase", "the harvest will be late")]


def test_a_pasted_citation_report_stops_before_another_speaker() -> None:
    assert _said(
        "\"Ana Ruiz, the ministry's chief agronomist, said the harvest will be late, and "
        'Tom Hale agreed." [source]'
    ) == [("ana-ruiz", "paraphrase", "the harvest will be late")]


def test_a_clause_before_a_cited_attribution_stops_before_another_speaker() -> None:
    assert _said(
        "The harvest will be late, the ministry's chief agronomist Ana Ruiz said [source], "
        "and Tom Hale agreed."
    ) == [("ana-ruiz", "paraphrase", "The harvest will be late")]


def test_a_report_after_a_citation_mark_stops_before_another_speaker() -> None:
    assert _said("Ana Ruiz said [source] that the harvest will be late, and Tom Hale agreed.") == [
        ("ana-ruiz", "paraphrase", "the harvest will be late")
    ]


def test_the_second_speakers_own_report_is_read_next() -> None:
    assert _said(
        "Ruiz said the harvest will be late, and Mayor Jon Pell said the roads would close."
    ) == [
        ("ana-ruiz", "paraphrase", "the harvest will be late"),
        ("jon-pell", "paraphrase", "the roads would close"),
    ]


def test_a_job_before_the_second_speakers_name_still_opens_a_clause() -> None:
    assert _said(
        "Ruiz said the harvest will be late, and the ministry's chief Jon Pell agreed."
    ) == [("ana-ruiz", "paraphrase", "the harvest will be late")]


def test_an_apposition_after_the_second_speaker_still_opens_a_clause() -> None:
    assert _said("Ruiz said the harvest will be late, and Jon Pell, her deputy, agreed.") == [
        ("ana-ruiz", "paraphrase", "the harvest will be late")
    ]


def test_the_same_speaker_adding_a_report_gives_two() -> None:
    assert _said("Ruiz said the harvest will be late, and she added that prices would rise.") == [
        ("ana-ruiz", "paraphrase", "the harvest will be late"),
        ("ana-ruiz", "paraphrase", "prices would rise"),
    ]


def test_and_that_goes_on_with_the_same_report() -> None:
    # "and that …" opens a second reported clause of the same verb
    assert _said("Ruiz said the harvest will be late, and that Jon Pell agreed.") == [
        ("ana-ruiz", "paraphrase", "the harvest will be late, and that Jon Pell agreed")
    ]


def test_an_unnamed_group_after_and_stays_in_the_report() -> None:
    assert _said("Ruiz said the harvest will be late, and farmers agreed.") == [
        ("ana-ruiz", "paraphrase", "the harvest will be late, and farmers agreed")
    ]


def test_a_name_without_a_speech_verb_stays_in_the_report() -> None:
    assert _said("Ruiz said the harvest will be late, and Jon Pell will lose money.") == [
        ("ana-ruiz", "paraphrase", "the harvest will be late, and Jon Pell will lose money")
    ]


# -- a parenthetical attribution between clauses -------------------------------------------


def test_a_parenthetical_report_stops_before_another_speaker() -> None:
    assert _said("The harvest will be late, Ana Ruiz said, and Jon Pell agreed.") == [
        ("ana-ruiz", "paraphrase", "The harvest will be late")
    ]


def test_after_a_parenthetical_the_next_speakers_report_is_read() -> None:
    assert _said(
        "The harvest will be late, Ruiz said, and Mayor Jon Pell said the roads would close."
    ) == [
        ("ana-ruiz", "paraphrase", "The harvest will be late"),
        ("jon-pell", "paraphrase", "the roads would close"),
    ]


def test_two_clauses_around_he_continued_are_two_paraphrases() -> None:
    assert _said("Prices will rise, he continued, and wages will not keep pace.") == [
        ("tom-hale", "paraphrase", "Prices will rise"),
        ("tom-hale", "paraphrase", "wages will not keep pace"),
    ]


def test_two_clauses_around_a_named_attribution_with_but() -> None:
    assert _said("The harvest will be late, Ruiz said, but the rain will help the orchards.") == [
        ("ana-ruiz", "paraphrase", "The harvest will be late"),
        ("ana-ruiz", "paraphrase", "the rain will help the orchards"),
    ]


def test_a_verb_phrase_after_the_attribution_keeps_one_sentence() -> None:
    # "and would fail" has the first clause's subject: one clause, one statement
    assert _said("The reform was a disaster, Ruiz said, and would fail by spring.") == [
        ("ana-ruiz", "paraphrase", "The reform was a disaster, Ruiz said, and would fail by spring")
    ]


def test_a_subject_split_from_its_verb_keeps_one_sentence() -> None:
    assert _said("The tuft cell, Ruiz said, is constantly sensing the gut.") == [
        ("ana-ruiz", "paraphrase", "The tuft cell, Ruiz said, is constantly sensing the gut")
    ]


def test_a_noun_phrase_after_the_attribution_is_no_second_clause() -> None:
    said = _said("The harvest will be late, Ruiz said, and the fields near the river.")
    assert len(said) == 1
    assert said[0][0] == "ana-ruiz"


# -- the role subject of the second clause is never the first clause's speaker -------------


@pytest.mark.parametrize("role", ["his spokesman", "the mayor", "the governor"])
def test_a_role_after_the_split_is_not_the_first_speaker(role: str) -> None:
    parsed = parse_body(
        f"Anna Lee said the harvest will be late, and {role} said that roads would close."
    )
    assert speaker_kind_text(parsed) == [("anna-lee", "paraphrase", "the harvest will be late")]
    assert kind_role_org_by_slug(parsed)["anna-lee"][1] is None  # her job is not taken on


def test_a_role_after_a_parenthetical_split_is_not_the_first_speaker() -> None:
    parsed = parse_body(
        "The harvest will be late, Anna Lee said, and the mayor said roads would close."
    )
    assert speaker_kind_text(parsed) == [("anna-lee", "paraphrase", "The harvest will be late")]
    assert kind_role_org_by_slug(parsed)["anna-lee"][1] is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Anna Lee said the harvest will be late, and the mayor said that roads would close.",
        "The harvest will be late, Anna Lee said, and the mayor said that roads would close.",
    ],
)
def test_a_role_after_the_split_is_the_person_known_in_that_job(sentence: str) -> None:
    said = speaker_kind_text(parse_body("Mayor Jon Pell opened the bridge.\n\n" + sentence))
    assert said[1:] == [("jon-pell", "paraphrase", "roads would close")]
    assert said[0][0] == "anna-lee"


# -- narration after a parenthetical attribution is no second report -----------------------


@pytest.mark.parametrize(
    "narration",
    ["she left the room", "the audience applauded", "the crowd cheered loudly at the news"],
)
def test_narration_after_the_attribution_is_not_reported(narration: str) -> None:
    assert _said(f"Prices will rise, Anna Lee said, and {narration}.") == [
        ("anna-lee", "paraphrase", "Prices will rise")
    ]


@pytest.mark.parametrize("clause", ["wages would not keep pace", "the plan is dead"])
def test_a_statement_after_the_attribution_is_reported(clause: str) -> None:
    assert _said(f"Prices will rise, Anna Lee said, and {clause}.") == [
        ("anna-lee", "paraphrase", "Prices will rise"),
        ("anna-lee", "paraphrase", clause),
    ]


# -- an aside inside the clause opens no next speaker's clause ----------------------------


def test_an_aside_with_a_speech_verb_stays_in_the_report() -> None:
    assert _said("Anna Lee said that farmers, and Tom Hale noted this, would lose money.") == [
        ("anna-lee", "paraphrase", "farmers, and Tom Hale noted this, would lose money")
    ]


def test_a_second_speaker_with_an_adverb_aside_still_opens_a_clause() -> None:
    assert _said(
        "Anna Lee said the harvest will be late, and Tom Hale said, however, that roads "
        "would close."
    ) == [
        ("anna-lee", "paraphrase", "the harvest will be late"),
        ("tom-hale", "paraphrase", "roads would close"),
    ]

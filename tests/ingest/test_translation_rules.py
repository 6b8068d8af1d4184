"""The rules added for the translation genre (issue 10), each with positive and negative
cases: a stance noun after a light verb ("expressed confidence that"), a possessive source
("In X's opinion"), a negated verb of ruling out ("did not rule out that"), "As X told
<outlet>, …", a copula with an adjective of certainty ("is certain that"), the full name
that ends a role phrase after the verb ("said the goalkeeper of Dynamo Ilya Trofimov").

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

import pytest

from app.ingest.attribution import subject_after
from app.ingest.speech_verbs import told_clause_start
from tests.ingest.parsing import SpeakerKindText, parse_body, speaker_kind_text

_SCENE = "Deputy Prime Minister Irina Sokolova held a meeting on the budget.\n\n"


def _said(body: str) -> list[SpeakerKindText]:
    return speaker_kind_text(parse_body(_SCENE + body))


def _rules(body: str) -> list[str]:
    return [s.attribution.rule for s in parse_body(_SCENE + body).statements if s.attribution]


@pytest.mark.parametrize(
    "head",
    [
        "Sokolova expressed confidence that",
        "Sokolova voiced the hope that",
        "Sokolova expressed her deep regret that",
        "Sokolova shared the opinion that",
        "Sokolova drew attention to the fact that",
        "Sokolova is of the opinion that",
        "Sokolova also expressed doubts that",
    ],
)
def test_a_stance_noun_after_a_light_verb_reports_the_clause(head: str) -> None:
    body = head + " the region would get the money in time."
    assert _said(body) == [
        ("irina-sokolova", "paraphrase", "the region would get the money in time")
    ]
    assert _rules(body) == ["stance-noun"]


@pytest.mark.parametrize(
    "body",
    [
        # a relative "that" after a thing, not a stance
        "Sokolova expressed interest in the plant that makes tractors in Tula.",
        "Sokolova held the meeting that the governors had asked for.",
        # "attention" needs "to the fact"
        "Sokolova drew attention that many schools were old.",
        # an institution holds no stance of a person
        "The ministry expressed confidence that the region would get the money.",
        # the noun names the stance of someone else
        "Sokolova shared a report that the governor had written.",
    ],
)
def test_a_light_verb_without_a_stance_noun_or_person_reports_nothing(body: str) -> None:
    assert _said(body) == []


def test_in_a_named_persons_opinion_reports_the_clause() -> None:
    body = "In Sokolova's opinion, the measures came too late."
    assert _said(body) == [("irina-sokolova", "paraphrase", "the measures came too late")]
    statement = parse_body(_SCENE + body).statements[0]
    assert statement.attribution is not None
    assert statement.attribution.rule == "possessive-source"
    assert statement.attribution.cue == "In Sokolova's opinion"


def test_in_a_roles_view_refers_back_to_the_person_named() -> None:
    assert _said("In the deputy prime minister's view, the deficit will shrink.") == [
        ("irina-sokolova", "paraphrase", "the deficit will shrink")
    ]


@pytest.mark.parametrize(
    "body",
    [
        "In the ministry's view, the deficit will shrink.",  # a body, not a person
        "In Moscow's view, the deficit will shrink.",  # a place never named as a person
        "In Sokolova's office, the staff worked late.",  # an office, not an opinion
    ],
)
def test_a_possessive_that_is_no_person_or_no_opinion_reports_nothing(body: str) -> None:
    assert _said(body) == []


@pytest.mark.parametrize(
    "head",
    [
        "Sokolova did not rule out that",
        "Sokolova does not exclude that",
        "Sokolova didn't rule out that",
        "Sokolova has not yet ruled out that",
    ],
)
def test_a_negated_verb_of_ruling_out_reports_the_possibility(head: str) -> None:
    body = head + " taxes will rise next year."
    assert _said(body) == [("irina-sokolova", "paraphrase", "taxes will rise next year")]
    assert _rules(body) == ["negated-rule-out"]


@pytest.mark.parametrize(
    "body",
    [
        "Sokolova ruled out that taxes will rise next year.",
        "Sokolova excludes that taxes will rise next year.",
    ],
)
def test_ruling_out_reports_no_clause_as_the_speakers_words(body: str) -> None:
    assert _said(body) == []


@pytest.mark.parametrize("audience", ["RIA Novosti", "reporters", "our correspondent"])
def test_as_x_told_an_outlet_reports_the_clause_after_the_comma(audience: str) -> None:
    assert _said(f"As Sokolova told {audience}, the grants will be paid in June.") == [
        ("irina-sokolova", "paraphrase", "the grants will be paid in June")
    ]


def test_as_x_told_a_story_says_when_not_what() -> None:
    assert _said("As Sokolova told the story, the guests laughed at the minister.") == []


def test_an_audience_of_two_words_is_not_cut_before_its_comma() -> None:
    assert told_clause_start("told", " RIA Novosti, the grants will be paid in June.") is None
    assert told_clause_start("told", " reporters the grants would be paid in June.") == 11


@pytest.mark.parametrize("head", ["Sokolova is certain", "Sokolova was sure"])
def test_a_copula_with_an_adjective_of_certainty_reports(head: str) -> None:
    assert _said(head + " that the grants will be paid.") == [
        ("irina-sokolova", "paraphrase", "the grants will be paid")
    ]


def test_it_is_certain_is_nobodys_report() -> None:
    assert _said("It is certain that the grants will be paid.") == []


def test_a_subject_that_looks_like_an_apposition_opens_the_reported_clause() -> None:
    assert _said("According to Sokolova, the minister will visit Tula in May.") == [
        ("irina-sokolova", "paraphrase", "the minister will visit Tula in May")
    ]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "– We did everything we could, – said the goalkeeper of Dynamo Ilya Trofimov.",
            "ilya-trofimov",
        ),
        ("- The season is not over, - noted the head coach of Rotor Viktor Panin.", "viktor-panin"),
        (
            "— Fares stay, — explained the press secretary of the ministry Anton Lebedev.",
            "anton-lebedev",
        ),
    ],
)
def test_a_dash_quote_gives_the_full_name_that_ends_the_role_phrase(
    body: str, speaker: str
) -> None:
    assert [s.speaker for s in parse_body(body).statements] == [speaker]


@pytest.mark.parametrize(
    "tail",
    [
        " the wife of Ivan Petrov.",  # the name is the object of "of"
        " the spokesman for President Ivan Petrov.",  # of "for", past a title
        " the coach, Ivan Petrov's friend.",  # a comma ends the role phrase
    ],
)
def test_a_name_governed_by_the_role_phrase_is_not_the_speaker(tail: str) -> None:
    mention = subject_after(tail, 0, len(tail))
    assert mention is not None
    assert mention.kind == "role"


_GROMOV = "Minister Pavel Gromov visited Samara on Monday.\n\n"


@pytest.mark.parametrize(
    "body",
    [
        "A letter addressed to Gromov said that tariffs should be frozen.",
        "A film about Gromov says that the roads are bad.",
        "The protest against Gromov showed that the drivers are angry.",
    ],
)
def test_a_name_after_to_about_or_against_is_no_subject(body: str) -> None:
    assert speaker_kind_text(parse_body(_GROMOV + body)) == []


def test_a_place_after_to_may_still_open_the_name_of_the_subject() -> None:
    parsed = parse_body("The ambassador of China to Chile Wang Bo said that trade would grow.")
    assert speaker_kind_text(parsed) == [("wang-bo", "paraphrase", "trade would grow")]

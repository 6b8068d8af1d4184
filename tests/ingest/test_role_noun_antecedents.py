"""A role noun in the speaker slot ("the minister", "the Chairperson of the X of Y",
"Head of State", "the governor") means the one person the article names with a job that
fits it, named before it even when that person never spoke; two such people, or none,
mean nobody (precision first)."""

from __future__ import annotations

from app.ingest.people.named_ahead import name_behind
from app.ingest.people.role_bodies import bodies_agree
from app.ingest.references import office_title_after
from app.ingest.subject_after import subject_after
from tests.ingest.parsing import parse_body, speaker_kind_text

_CHAIR_LEAD = (
    "On Monday the Chairperson of the Vote Commission of Kelmar Anna Ruvina summed up the "
    "count in the capital.\n\nTurnout reached 61 percent, officials said.\n\n"
)
_PRESIDENT_LEAD = (
    "President Oleg Varno of Norvania met foreign envoys on Wednesday.\n\n"
    "The meeting lasted two hours.\n\n"
)


def test_a_long_title_after_the_verb_means_the_one_named_holder_before_it() -> None:
    parsed = parse_body(
        _CHAIR_LEAD + '"Observers may enter every station," said the Chairperson of the '
        "Vote Commission of Kelmar.\n"
    )
    assert speaker_kind_text(parsed) == [
        ("anna-ruvina", "quote", "Observers may enter every station")
    ]


def test_an_acronym_of_the_body_fits_the_written_title() -> None:
    parsed = parse_body(
        _CHAIR_LEAD + '"Observers may enter every station," said the Chairperson of the VCK.\n'
    )
    assert [s[0] for s in speaker_kind_text(parsed)] == ["anna-ruvina"]


def test_a_title_of_another_body_means_nobody() -> None:
    parsed = parse_body(
        _CHAIR_LEAD + '"Observers may enter every station," said the Chairperson of the '
        "Port Board of Dostra.\n"
    )
    assert [s for s in speaker_kind_text(parsed) if s[0] is not None] == []


def test_two_named_holders_of_the_title_mean_nobody() -> None:
    parsed = parse_body(
        "The Chairperson of the Vote Commission Anna Ruvina met the Chairperson of the Port "
        "Commission Ivo Marek on Monday.\n\nTurnout reached 61 percent, officials said.\n\n"
        '"Observers may enter every station," said the chairperson.\n'
    )
    assert [s for s in speaker_kind_text(parsed) if s[0] is not None] == []


def test_according_to_the_minister_means_the_named_minister() -> None:
    parsed = parse_body(
        "Defence Minister Tomas Vell visited the range near Orlin on Tuesday.\n\n"
        "The troops showed new equipment to the guests.\n\n"
        "According to the minister, the drill was planned a year earlier.\n"
    )
    assert speaker_kind_text(parsed) == [
        ("tomas-vell", "paraphrase", "the drill was planned a year earlier")
    ]


def test_head_of_state_without_its_article() -> None:
    parsed = parse_body(
        _PRESIDENT_LEAD + '"We welcome every observer," - said Head of State.\n\n'
        "As Head of State put it, nobody will block foreign monitors.\n"
    )
    assert speaker_kind_text(parsed) == [
        ("oleg-varno", "quote", "We welcome every observer"),
        ("oleg-varno", "paraphrase", "nobody will block foreign monitors"),
    ]


def test_as_the_title_stressed_in_a_speech_with_no_comma() -> None:
    parsed = parse_body(
        _PRESIDENT_LEAD + "As President stressed in his speech the vote must be held in "
        "full accord with the law.\n"
    )
    assert speaker_kind_text(parsed) == [
        ("oleg-varno", "paraphrase", "the vote must be held in full accord with the law")
    ]


def test_as_a_name_spoke_in_a_hall_reports_nothing() -> None:
    parsed = parse_body(
        _PRESIDENT_LEAD + "As Oleg Varno arrived in the hall the crowd cheered loudly.\n"
    )
    assert speaker_kind_text(parsed) == []


def test_the_head_of_the_commission_demanded_and_quoted() -> None:
    parsed = parse_body(
        "Anna Ruvina, head of the Kelmar vote commission, spoke to reporters on Monday.\n\n"
        "Turnout reached 61 percent.\n\n"
        "The head of the commission demanded that the vote be annulled where fraud was "
        'found: "Every ballot must stand up."\n'
    )
    assert [s[0] for s in speaker_kind_text(parsed)] == ["anna-ruvina", "anna-ruvina"]


def test_the_chair_urged_a_directive() -> None:
    parsed = parse_body(
        "Anna Ruvina, chair of the Kelmar vote commission, spoke to reporters on Monday.\n\n"
        "Turnout reached 61 percent.\n\n"
        "The chair urged district boards not to publish partial tallies.\n"
    )
    assert speaker_kind_text(parsed) == [
        ("anna-ruvina", "paraphrase", "district boards not to publish partial tallies")
    ]


def test_the_governor_is_the_governor_not_the_president_named_before() -> None:
    parsed = parse_body(
        "President Oleg Varno spoke about the storm on Sunday.\n\n"
        "Governor Ray Holm ordered schools closed in the north.\n\n"
        '"Stay inside," the governor told a press conference.\n'
    )
    assert speaker_kind_text(parsed) == [("ray-holm", "quote", "Stay inside")]


def test_the_governor_is_never_a_president_whose_office_is_another() -> None:
    parsed = parse_body(
        "President Oleg Varno issued a strong warning on Sunday.\n\n"
        "Ray Holm ordered an evacuation of the whole coast starting at noon Tuesday.\n\n"
        '"We do not want to risk one life," the governor told a press conference.\n'
    )
    assert [s for s in speaker_kind_text(parsed) if s[0] == "oleg-varno"] == []


def test_office_title_after_a_verb() -> None:
    text = '"Yes," said the Chairperson of the Vote Commission of Kelmar. "No."'
    mention = subject_after(text, text.index("said") + 4, len(text))
    assert mention is not None
    assert mention.kind == "role"
    assert (mention.noun, mention.qualifier) == ("chairperson", "Vote Commission of Kelmar")
    assert text[mention.start : mention.end] == "the Chairperson of the Vote Commission of Kelmar"
    bare = '"Yes," - said Head of State.'
    mention = subject_after(bare, bare.index("said") + 4, len(bare))
    assert mention is not None
    assert mention.noun == "president"


def test_no_office_title_before_a_name_or_for_a_bare_word() -> None:
    for text in (
        '"Yes," said President Oleg Varno.',
        '"Yes," said the Minister of Defence Ivan Vell.',
        '"Yes," said Holm.',
        '"Yes," said Holm of Kelmar Ivo.',
    ):
        assert office_title_after(text, text.index("said") + 5, len(text)) is None, text


def test_bodies_agree() -> None:
    job = "Chairperson of the Central Vote Commission of the Republic of Kelmar"
    assert bodies_agree("CVC of Kelmar", job)
    assert bodies_agree("CVC", job)
    assert bodies_agree(None, job)
    assert bodies_agree("commission", job)  # no capitalised body: no check
    assert not bodies_agree("Port Board", job)
    assert not bodies_agree("Finance", "Defence Minister")


def test_name_behind_needs_a_fitting_written_job() -> None:
    text = (
        "Ann Lee, spokesman for the governor, met Defence Minister Tomas Vell. "
        '"Yes," said the governor.'
    )
    mention = subject_after(text, text.index("said") + 4, len(text))
    assert mention is not None
    assert name_behind(text, mention) is None  # the spokesman is no governor
    text = 'Defence Minister Tomas Vell came. "Yes," said the minister.'
    mention = subject_after(text, text.index("said") + 4, len(text))
    assert mention is not None
    assert name_behind(text, mention) == ["Tomas", "Vell"]


def test_a_named_body_of_another_kind_is_not_the_known_directors() -> None:
    parsed = parse_body(
        'Ivo Marek, director of the Orlin Art Museum, opened the show. "It is a first," '
        "Marek said.\n\n"
        "The director of the Institute of History of the Republic of Dostra said that the "
        "show should travel to Dostra.\n"
    )
    assert speaker_kind_text(parsed) == [("ivo-marek", "quote", "It is a first")]


def test_bodies_agree_on_a_stem_not_on_a_root() -> None:
    assert bodies_agree("Russia", "President of the Russian Federation")
    assert not bodies_agree("Institute of History", "director state historical")

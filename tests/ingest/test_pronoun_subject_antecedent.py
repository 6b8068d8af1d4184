"""A "He"/"She" opening a sentence means the person a recent sentence had as its subject
(:func:`app.ingest.people.subjects.pronoun_subject`), not the last person who spoke, when
that subject was named in full after the speaker, with the pronoun's gender, and the speaker
was not named again since.

"Ann Lee said … Bo Park is the chairman of Kiel Bank. He said …" means Park.  The name
opening a sentence that speaks of no one ("Bo Park runs the yard.") presents nobody, so
the registry only remembers it; the pronoun resolved before the speech verb used to touch
the last speaker, which hid that name from the verb.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest.parser import parse_article

_HEAD = "Strike at the port\n\n"
_MOE = "Gustav Moe, a trade official, said exports were down.\n\n"
_BERG = "Anna Berg, a trade official, said exports were down.\n\n"
_JOBS = "the company would cut jobs"


def _speakers(text: str) -> list[tuple[str | None, str]]:
    parsed = parse_article(text, dt.date(2024, 5, 17))
    return [(statement.speaker, statement.text) for statement in parsed.statements]


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    parsed = parse_article(text, dt.date(2024, 5, 17))
    return {person.slug: (person.role, person.organization) for person in parsed.people}


@pytest.mark.parametrize(
    "middle",
    [
        # a sentence that gives the subject a job
        "Oskar Lind is the chairman of Halvik Shipping. He said the company would cut jobs.\n",
        # the same, the pronoun's sentence a paragraph of its own
        "Oskar Lind is the chairman of Halvik Shipping.\n\nHe said the company would cut jobs.\n",
        # a sentence with no job, its own pronoun ("his") between
        "Oskar Lind announced his retirement on Friday. He said the company would cut jobs.\n",
        # an age after the name
        "Oskar Lind, 54, runs the yard. He said the company would cut jobs.\n",
        # "But he", and a sentence with the pronoun as subject between
        "Oskar Lind runs the yard. He founded it in 1990. But he said the company would "
        "cut jobs.\n",
        # another verb of reporting
        "Oskar Lind announced his retirement. He told reporters the company would cut jobs.\n",
        # the old speaker only as an object pronoun after the subject
        "Oskar Lind met him on Friday. He said the company would cut jobs.\n",
    ],
)
def test_the_pronoun_means_the_subject_named_after_the_speaker(middle: str) -> None:
    assert _speakers(_HEAD + _MOE + middle) == [
        ("gustav-moe", "exports were down"),
        ("oskar-lind", _JOBS),
    ]


def test_the_subject_keeps_the_job_its_sentence_gave() -> None:
    text = _HEAD + _MOE + "Oskar Lind is the chairman of Halvik Shipping. He said " + _JOBS + ".\n"
    assert _people(text) == {
        "gustav-moe": ("trade official", None),
        "oskar-lind": ("chairman", "Halvik Shipping"),
    }


def test_a_woman_named_as_subject_is_who_she_means() -> None:
    text = (
        _HEAD + _MOE + "Karin Holm is the chairwoman of Halvik Shipping. She said " + _JOBS + ".\n"
    )
    assert _speakers(text) == [("gustav-moe", "exports were down"), ("karin-holm", _JOBS)]


@pytest.mark.parametrize(
    "middle",
    [
        # no person is the intervening sentence's subject
        "The port was closed on Friday. He said the company would cut jobs.\n",
        # the intervening name is inside a quote
        "“Oskar Lind is a fool,” the sign read. He said the company would cut jobs.\n",
        # the intervening name is an object, the speaker the subject (ambiguous: unchanged)
        "Moe met Oskar Lind on Friday. He said the company would cut jobs.\n",
        # a name in passing, no subject, though a pronoun between may link it
        "Contrary to the Oskar Lind song, things got worse, and he could not walk. He said "
        "the company would cut jobs.\n",
        # the intervening name is an object of a preposition
        "The union wrote to Oskar Lind on Friday. He said the company would cut jobs.\n",
        # only a possessive: no subject
        "Oskar Lind's yard is closed. He said the company would cut jobs.\n",
        # the speaker named again after the subject (either may be meant)
        "When Oskar Lind took over in 2019, Moe resigned. He said the company would cut jobs.\n",
        "Oskar Lind and Moe met on Friday. He said the company would cut jobs.\n",
        "Oskar Lind met Moe on Friday. He said the company would cut jobs.\n",
        # the intervening subject is a woman: "He" is still the speaker
        "Karin Holm is the chairwoman of Halvik Shipping. He said the company would cut jobs.\n",
        # a given name of no known gender: unchanged
        "Kelo Vantry is the chairman of Halvik Shipping. He said the company would cut jobs.\n",
        # a firm named like a person
        "Morgan Stanley cut its forecast on Friday. He said the company would cut jobs.\n",
        "Morgan Stanley shares fell on Friday. He said the company would cut jobs.\n",
    ],
)
def test_the_pronoun_stays_with_the_speaker(middle: str) -> None:
    assert _speakers(_HEAD + _MOE + middle) == [
        ("gustav-moe", "exports were down"),
        ("gustav-moe", _JOBS),
    ]


def test_a_subject_of_the_other_gender_leaves_the_speaker() -> None:
    # "She" cannot mean Oskar Lind: the woman who spoke before is meant
    text = _HEAD + _BERG + "Oskar Lind, 54, runs the yard. She said " + _JOBS + ".\n"
    assert _speakers(text) == [("anna-berg", "exports were down"), ("anna-berg", _JOBS)]


def test_a_pronoun_neither_person_fits_is_nobodys() -> None:
    # two men named, then "She": no one is meant, nothing is attributed to either
    text = _HEAD + _MOE + "Oskar Lind, 54, runs the yard. She said " + _JOBS + ".\n"
    assert _speakers(text) == [("gustav-moe", "exports were down")]


def test_the_speaker_named_again_after_the_subject_is_meant() -> None:
    text = (
        _HEAD
        + "Oskar Lind is the chairman of Halvik Shipping.\n\n"
        + _MOE
        + "He said "
        + _JOBS
        + ".\n"
    )
    assert _speakers(text) == [("gustav-moe", "exports were down"), ("gustav-moe", _JOBS)]


def test_a_subject_named_long_before_leaves_the_speaker() -> None:
    # sentences of narration with no one in them: too far for the subject to be meant
    sentence = "The port was closed for the day and the cranes stood idle by the water. "
    filler = sentence * 9
    text = _HEAD + _MOE + "Oskar Lind runs the yard. " + filler + "He said " + _JOBS + ".\n"
    assert _speakers(text) == [("gustav-moe", "exports were down"), ("gustav-moe", _JOBS)]
    near = _HEAD + _MOE + "Oskar Lind runs the yard. " + sentence * 4 + "He said " + _JOBS + ".\n"
    assert _speakers(near) == [("gustav-moe", "exports were down"), ("oskar-lind", _JOBS)]

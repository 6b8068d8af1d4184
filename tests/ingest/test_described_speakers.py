"""A job stated apart, as the subject of a speech verb with no name, is the one bare
speaker's (issue 10: p7-B1, p9-C6).  Sentences are made up; none is taken from the corpus.
"""

from __future__ import annotations

from tests.ingest.parsing import kind_role_org_by_slug, parse_body


def test_a_title_as_the_subject_of_a_speech_verb() -> None:
    people = kind_role_org_by_slug(
        parse_body(
            "The Fisheries Minister reported on quotas at the cabinet meeting. Aino Rask "
            "noted that stocks had recovered."
        )
    )
    assert people["aino-rask"][:2] == ("official", "Fisheries Minister")


def test_an_inverted_title_before_the_named_quote() -> None:
    people = kind_role_org_by_slug(
        parse_body(
            "Three regional museums may close next year, says the Minister of Culture.\n\n"
            "“We have no money for the heating,” Arvis Kalns told the radio."
        )
    )
    assert people["arvis-kalns"][:2] == ("official", "Minister of Culture")


def test_a_job_of_a_named_body_said_in_the_lead() -> None:
    people = kind_role_org_by_slug(
        parse_body(
            "The new line will open in May, a deputy chairman of the Harbour Rail Board "
            "said.\n\nJonas Eld said the trains were already tested."
        )
    )
    assert people["jonas-eld"][1:] == ("deputy chairman", "Harbour Rail Board")


def test_a_speaker_with_a_job_keeps_it() -> None:
    people = kind_role_org_by_slug(
        parse_body(
            "The Prime Minister said the budget was fine. “We have no money,” Arvis Kalns, "
            "a teacher, told the radio."
        )
    )
    assert people["arvis-kalns"][1] == "teacher"


def test_two_bare_speakers_get_nothing() -> None:
    people = kind_role_org_by_slug(
        parse_body(
            "The Prime Minister said the budget was fine. “We have no money,” Arvis Kalns "
            "told the radio. “It is hard,” Ona Lind said."
        )
    )
    assert people["arvis-kalns"][1:] == (None, None)
    assert people["ona-lind"][1:] == (None, None)


def test_a_job_someone_named_holds_is_theirs() -> None:
    people = kind_role_org_by_slug(
        parse_body(
            "Prime Minister Ivo Saar said the budget was fine. The Prime Minister said more "
            "on Monday. “We have no money,” Arvis Kalns told the radio."
        )
    )
    assert people["arvis-kalns"][1:] == (None, None)


def test_a_title_before_a_name_is_no_job_stated_apart() -> None:
    people = kind_role_org_by_slug(
        parse_body(
            "The Minister of Culture, Ilse Varga, visited the museum. Arvis Kalns said that "
            "the roof was leaking."
        )
    )
    assert people["arvis-kalns"][1] != "Minister of Culture"


def test_a_job_without_a_speech_verb_is_no_description() -> None:
    people = kind_role_org_by_slug(
        parse_body(
            "The Minister of Culture visited the museum on Monday. Arvis Kalns said that the "
            "roof was leaking."
        )
    )
    assert people["arvis-kalns"][1:] == (None, None)

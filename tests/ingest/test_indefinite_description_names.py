""" "said another parent, Lena Ortiz.": an indefinite description of a person, one comma,
then the full name ending the clause names the speaker; without a full name, or with a
phrase that is no description of one person, nobody new is named."""

from __future__ import annotations

from tests.ingest.parsing import kind_role_org_of, parse_body, speaker_text


def test_another_parent_then_the_full_name_is_the_speaker() -> None:
    parsed = parse_body(
        "“The classes help children talk about hard things,” said another parent, "
        "Wenna Faraday. “We should keep them.”"
    )
    assert speaker_text(parsed) == [
        ("wenna-faraday", "The classes help children talk about hard things"),
        ("wenna-faraday", "We should keep them."),
    ]


def test_a_job_noun_in_the_description_is_the_role() -> None:
    parsed = parse_body("“We ran out of chairs,” said a teacher, Osric Delaine.")
    assert speaker_text(parsed) == [("osric-delaine", "We ran out of chairs")]
    assert kind_role_org_of(parsed, "osric-delaine")[1] == "teacher"


def test_a_surname_alone_names_no_one() -> None:
    parsed = parse_body("“The classes help,” said another parent, Faraday.")
    assert speaker_text(parsed) == []


def test_a_participle_after_the_comma_names_no_one() -> None:
    parsed = parse_body("“The classes help,” said a parent, adding that Wenna Faraday agreed.")
    assert speaker_text(parsed) == []


def test_a_phrase_with_a_preposition_is_no_description() -> None:
    parsed = parse_body("“The classes help,” said one source close to the school, Wenna Faraday.")
    assert speaker_text(parsed) == []


def test_a_thing_is_no_person() -> None:
    parsed = parse_body("“The classes help,” said a report, Faraday Weekly.")
    assert speaker_text(parsed) == []

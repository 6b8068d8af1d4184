""" " …, Interfax cited X as saying on Monday.": when the -ing form is followed only by when
or where the words were said, the words reported are the clause before the comma that
opens the attribution, not the adverbial after "as saying".

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from tests.ingest.parsing import parse_body, speaker_kind_text


def test_an_outlet_citing_someone_as_saying_on_a_day_reports_the_clause_before() -> None:
    parsed = parse_body(
        "The drought will raise bread prices by autumn, the Vesta news agency cited "
        "Deputy Farm Minister Oleg Ruban as saying on Monday."
    )
    assert speaker_kind_text(parsed) == [
        ("oleg-ruban", "paraphrase", "The drought will raise bread prices by autumn")
    ]


def test_the_passive_quoted_as_saying_in_an_interview_reports_the_clause_before() -> None:
    parsed = parse_body(
        "The harbour will reopen before the spring, Mayor Lena Voss was quoted as saying "
        "in an interview last week."
    )
    assert speaker_kind_text(parsed) == [
        ("lena-voss", "paraphrase", "The harbour will reopen before the spring")
    ]


def test_an_adverbial_alone_with_no_clause_before_is_not_stored() -> None:
    parsed = parse_body("Mayor Lena Voss was quoted as saying on Tuesday.")
    assert [s.text for s in parsed.statements] == []


def test_words_after_as_saying_are_still_the_paraphrase() -> None:
    parsed = parse_body(
        "Mayor Lena Voss was quoted by the Vesta agency as saying the harbour would reopen."
    )
    assert speaker_kind_text(parsed) == [("lena-voss", "paraphrase", "the harbour would reopen")]


def test_a_phrase_with_no_verb_before_the_comma_is_not_stored() -> None:
    parsed = parse_body("In the old harbour town, Mayor Lena Voss was quoted as saying on Tuesday.")
    assert [s.text for s in parsed.statements] == []

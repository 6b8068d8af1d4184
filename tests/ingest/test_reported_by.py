"""Passive reports ("this was reported by X"), "that" after a preposition, and the lead
line that looks like a subtitle.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from app.ingest.people.kinds import classify
from tests.ingest.parsing import parse_body, parse_full_text, speaker_kind_text


def test_this_was_reported_by_after_a_comma_reports_the_clause_before_it() -> None:
    parsed = parse_body(
        "The lead paragraph has no speaker in it at all.\n"
        "The city approved the parade for up to five thousand people, this was reported "
        "today by the head of the capital's transport department Pavel Orlov.\n"
    )
    assert speaker_kind_text(parsed) == [
        (
            "pavel-orlov",
            "paraphrase",
            "The city approved the parade for up to five thousand people",
        )
    ]
    statement = parsed.statements[0]
    assert statement.attribution is not None
    assert statement.attribution.rule == "reported-by"
    assert statement.attribution.cue == "this was reported today by"
    person = parsed.people[0]
    assert (person.role, person.kind) == ("head", "official")


def test_this_was_reported_by_opening_a_sentence_reports_the_sentence_before() -> None:
    parsed = parse_body(
        "The lead paragraph has no speaker in it at all.\n"
        "On Monday the authorities approved a march through the old town.\n"
        "This was reported by the leader of the Veterans association, organizer Anna "
        "Belova.\n"
        "The march will start at noon.\n"
    )
    assert speaker_kind_text(parsed) == [
        (
            "anna-belova",
            "paraphrase",
            "On Monday the authorities approved a march through the old town",
        )
    ]


def test_this_was_reported_by_an_outlet_or_after_a_statement_reports_nothing_new() -> None:
    parsed = parse_body(
        "The lead paragraph has no speaker in it at all.\n"
        "The ministry approved the plan on Monday.\n"
        "This was reported by Interfax.\n"
    )
    assert speaker_kind_text(parsed) == []
    parsed = parse_body(
        "The lead paragraph has no speaker in it at all.\n"
        "Economist Ivan Petrov said that prices will rise.\n"
        "This was reported by the head of the bank, Olga Sims.\n"
    )
    assert speaker_kind_text(parsed) == [("ivan-petrov", "paraphrase", "prices will rise")]


def test_that_after_a_preposition_opens_no_reported_clause() -> None:
    parsed = parse_body(
        "The firm filed its bid on Monday. In a statement, it said it would bid again.\n\n"
        "“We have built the safest path to the site,” Ann Cole, senior vice president for "
        "space at Acme Works, said in that statement."
    )
    assert speaker_kind_text(parsed) == [
        ("ann-cole", "quote", "We have built the safest path to the site")
    ]


def test_a_lead_line_without_a_full_stop_is_still_parsed() -> None:
    # Translations lose the full stop of the first line, which then looks like a subtitle:
    # it stays the subtitle, and its statement is found too.
    parsed = parse_full_text(
        "Petrov: villages depend on subsidies\n\n"
        "The vice governor of the region Ivan Petrov stated that a third of villages are "
        "fully subsidized\n\n"
        "In total 187 villages receive money from the regional budget.\n"
    )
    assert parsed.subtitle is not None
    assert parsed.subtitle.startswith("The vice governor")
    assert speaker_kind_text(parsed) == [
        ("ivan-petrov", "paraphrase", "a third of villages are fully subsidized")
    ]
    assert parsed.people[0].kind == "official"


def test_a_department_a_polity_owns_is_a_state_body() -> None:
    assert classify("head", "capital's security department", "") == "official"
    assert classify("head", "city's police department", "") == "official"
    # a department of a company stays the company's
    assert classify("head", "analytical department of Alpari", "") == "expert"


def test_according_to_a_name_and_the_body_they_work_for_at_the_end() -> None:
    parsed = parse_body(
        "Two cases were confirmed in the north.\n\n"
        "The couple was quarantined and the clinic was closed, according to Mia Wong of "
        "the Daily Courier. He had, according to Tom Reyes of the Evening Post, eaten a "
        "wild rabbit before he fell ill."
    )
    assert speaker_kind_text(parsed) == [
        ("mia-wong", "paraphrase", "The couple was quarantined and the clinic was closed"),
        ("tom-reyes", "paraphrase", "eaten a wild rabbit before he fell ill"),
    ]


def test_as_a_role_and_name_stated_with_a_phrase_before_the_comma() -> None:
    parsed = parse_body(
        "The lead paragraph has no speaker in it at all.\n"
        "As the head of the league's security service Artem Volkov stated referring to "
        "police data, the fan is a local man.\n"
    )
    assert speaker_kind_text(parsed) == [("artem-volkov", "paraphrase", "the fan is a local man")]
    # words before the name that are no role still keep the clause from the name
    parsed = parse_body(
        "The lead paragraph has no speaker in it at all.\n"
        "As the crowd left and Artem Volkov stated, the fan is a local man.\n"
    )
    assert speaker_kind_text(parsed) == []

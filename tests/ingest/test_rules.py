"""One small article per attribution rule: interviews, pronoun sources, "told <audience>",
dash-block ends, offices held by states, fields of expertise, gender from role nouns."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from app.ingest.parsed import ParsedArticle
from app.ingest.parser import parse_article

PUBLISHED = dt.date(2024, 5, 17)  # a Friday


def _parse(body: str) -> ParsedArticle:
    return parse_article("Title\n\n" + body, PUBLISHED)


def _said(parsed: ParsedArticle) -> list[tuple[str | None, str, str]]:
    return [(s.speaker, s.kind, s.text) for s in parsed.statements]


def _person(parsed: ParsedArticle, slug: str) -> tuple[str, str | None, str | None]:
    person = next(p for p in parsed.people if p.slug == slug)
    return person.kind, person.role, person.organization


def test_labelled_interview_answers_are_the_interviewees_quotes() -> None:
    parsed = _parse(
        "Mayor Tomas Hruby has run the city for six years.\n\n"
        "Q: Were the defences adequate?\n\n"
        "A: They held where we had finished them.\n\n"
        "Q. And the bridge?\n\n"
        "A. Steel prices doubled."
    )
    assert _said(parsed) == [
        ("tomas-hruby", "quote", "They held where we had finished them."),
        ("tomas-hruby", "quote", "Steel prices doubled."),
    ]


def test_a_dot_is_an_initial_until_a_question_is_asked() -> None:
    parsed = _parse("A. Smith runs the shop.\n\nJane Doe, an economist, said prices rose.")
    assert _said(parsed) == [("jane-doe", "paraphrase", "prices rose")]


def test_dashed_interview_questions_are_not_statements() -> None:
    parsed = _parse(
        "Elena Morozova, chief economist at Volga Capital, spoke to us.\n\n"
        "— Will the ruble stabilise?\n\n"
        "— I expect it to trade in a range until the end of the year.\n\n"
        "— What is the main risk?\n\n"
        "— A sharp fall in oil prices."
    )
    assert _said(parsed) == [
        ("elena-morozova", "quote", "I expect it to trade in a range until the end of the year."),
        ("elena-morozova", "quote", "A sharp fall in oil prices."),
    ]


def test_interviewee_named_only_in_the_headline() -> None:
    parsed = parse_article(
        "A conversation with fintech founder Laura Kim\n\nQ: Is this a bad time?\n\n"
        "A: It is a much better time than 2021.",
        PUBLISHED,
    )
    assert _said(parsed) == [("laura-kim", "quote", "It is a much better time than 2021.")]


@pytest.mark.parametrize("opener", ["According to him", "In his opinion", "In his view"])
def test_pronoun_sources(opener: str) -> None:
    parsed = _parse(f"Igor Yushkov, an analyst at the Fund, spoke.\n\n{opener}, gas will stay up.")
    assert _said(parsed) == [("igor-yushkov", "paraphrase", "gas will stay up")]


@pytest.mark.parametrize("audience", ["reporters", "the BBC on Sunday", "a conference in Rome"])
def test_told_an_audience_without_that(audience: str) -> None:
    parsed = _parse(f"Minister Ana Sousa told {audience} the government would not change it.")
    assert _said(parsed) == [
        ("ana-sousa", "paraphrase", "the government would not change it")
    ]


def test_participle_after_a_quote_attribution_does_not_hide_it() -> None:
    parsed = _parse(
        "Sen. Tom Baxter agreed. “This is not a partisan issue,” Baxter told reporters, "
        "adding that he expected hearings soon."
    )
    assert ("tom-baxter", "quote", "This is not a partisan issue") in _said(parsed)
    assert _person(parsed, "tom-baxter")[0] == "official"


def test_narration_after_a_dashed_block_is_not_the_speakers() -> None:
    parsed = _parse(
        "Energy expert Vahe Davtyan comments:\n\n- The goal is correct.\n\n"
        "- Solar does not work at night.\n\n"
        "Armenia imports about 85 percent of its gas from Russia.\n\n"
        "Davtyan is more sceptical. The corridor will not be ready before 2030, he said."
    )
    assert [s[2] for s in _said(parsed)] == [
        "The goal is correct.", "Solar does not work at night.",
        "The corridor will not be ready before 2030",
    ]
    assert _person(parsed, "vahe-davtyan") == ("expert", "energy expert", None)


def test_first_person_paragraph_after_a_dashed_block_continues_it() -> None:
    parsed = _parse(
        "Vahe Davtyan, an energy expert, comments:\n\n- The goal is correct.\n\n"
        "- Solar does not work at night.\n\nWe do not yet have storage."
    )
    assert len(parsed.statements) == 3


def test_pronoun_skips_a_person_of_the_other_gender() -> None:
    parsed = _parse(
        "Energy expert Vahe Davtyan spoke first. "
        "Foreign Ministry spokeswoman Ani Badalyan said the talks were advanced.\n\n"
        "The corridor will not be ready before 2030, he said."
    )
    assert _said(parsed)[-1][0] == "vahe-davtyan"
    assert _person(parsed, "ani-badalyan") == ("official", "spokeswoman", "Foreign Ministry")


@pytest.mark.parametrize(
    ("title", "role", "organization"),
    [
        ("Armenian Prime Minister", "Prime Minister", "Armenia"),
        ("Chile's Mining Minister", "Mining Minister", "Chile"),
        ("Federal Reserve Governor", "Governor", "Federal Reserve"),
        ("Treasury Secretary", "Treasury Secretary", None),
        ("Transport expert", "transport expert", None),
        ("Barclays economist", "economist", "Barclays"),
    ],
)
def test_pre_name_titles(title: str, role: str, organization: str | None) -> None:
    parsed = _parse(f"{title} Jane Doe said the plan would work.")
    assert _person(parsed, "jane-doe")[1:] == (role, organization)


def test_quoted_names_are_names_not_quotes() -> None:
    parsed = _parse(
        'The head of the analytical center "Sovecon" Andrey Sizov disagrees. '
        "In his words, exporters are in no hurry to sell."
    )
    assert _said(parsed) == [("andrey-sizov", "paraphrase", "exporters are in no hurry to sell")]


def test_an_organisation_after_at_is_not_a_person() -> None:
    parsed = _parse(
        "Kathryn Bellamy, chief strategist at Sterling Hill Advisors, was cautious. "
        "The analyst said hiring could slow."
    )
    assert [p.slug for p in parsed.people] == ["kathryn-bellamy"]


@pytest.mark.parametrize("repeat", [500, 2000])
def test_interviews_with_nobody_to_answer_stay_linear(repeat: int) -> None:
    body = "Q: Why?\n\nA: Because.\n\n" * repeat
    started = time.perf_counter()
    parse_article("Title\n\n" + body, PUBLISHED)
    assert time.perf_counter() - started < 0.5 * repeat / 500

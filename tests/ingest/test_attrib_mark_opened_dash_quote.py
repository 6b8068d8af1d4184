"""Translation layout: a quote opened by a mark, attributed between dashes at the end of
its first line, closed on a later dashed line ('"We will not yield, – he stressed.' then
'– Our players did nothing wrong."'); and the narrator's facts after a dashed, attributed
line, which do not go on with the speaker.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from app.ingest.parse_quotes import find_quotes
from tests.ingest.parsing import parse_body, role_org_by_slug, speaker_text


def test_a_guillemet_quote_closed_on_the_next_dashed_line() -> None:
    parsed = parse_body(
        "«We will not give up, – coach Denis Marov stressed.\n– Our players did nothing wrong.»\n"
    )
    assert speaker_text(parsed) == [
        ("denis-marov", "We will not give up"),
        ("denis-marov", "Our players did nothing wrong."),
    ]


def test_a_straight_quote_closed_two_lines_below_with_a_pronoun() -> None:
    parsed = parse_body(
        "Coach Denis Marov spoke after the match.\n"
        '"We will not give up, – he stressed.\n'
        "– Our players did nothing wrong.\n"
        '– The referee was wrong."\n'
        "The club has 900 members.\n"
    )
    assert speaker_text(parsed) == [
        ("denis-marov", "We will not give up"),
        ("denis-marov", "Our players did nothing wrong."),
        ("denis-marov", "The referee was wrong."),
    ]


def test_an_unclosed_quote_with_an_attribution_ending_the_line_is_cut() -> None:
    text = '"We will not give up, – he stressed.'
    quotes = find_quotes(text, 0, len(text), running=False)
    assert [(text[q.start : q.end], q.close_mark is not None, q.runs_on) for q in quotes] == [
        ("We will not give up", True, True)
    ]
    text = '"We will not give up, the coach said, and left.'
    quotes = find_quotes(text, 0, len(text), running=False)
    assert [(q.close_mark, q.runs_on) for q in quotes] == [(None, False)]


def test_a_dash_after_a_comma_is_no_organisation() -> None:
    parsed = parse_body('"Costs rose, – analyst Petr Lomov said."\n')
    assert role_org_by_slug(parsed)["petr-lomov"] == ("analyst", None)


def test_counts_and_named_things_after_a_dashed_attribution_are_the_narrator_s() -> None:
    for line in (
        "The plant employs 900 people.",
        "The Volga plant is the largest in the region.",
        "The factory makes trucks for the army.",
    ):
        parsed = parse_body("– Demand has recovered, – director Pavel Gorin said.\n" + line + "\n")
        assert speaker_text(parsed) == [("pavel-gorin", "Demand has recovered")], line


def test_a_forecast_with_a_number_after_a_dashed_attribution_goes_on() -> None:
    parsed = parse_body(
        "– Demand has recovered, – director Pavel Gorin said.\nPrices will rise by 5 percent.\n"
    )
    assert speaker_text(parsed) == [
        ("pavel-gorin", "Demand has recovered"),
        ("pavel-gorin", "Prices will rise by 5 percent."),
    ]


def test_dashed_questions_after_an_announced_interview_are_the_interviewer_s() -> None:
    parsed = parse_body(
        "Economist Lev Arkin answered our questions.\n"
        "– What will happen to prices?\n"
        "– Prices will rise.\n"
        "– And wages?\n"
        "– Wages will lag behind for a year.\n"
    )
    assert speaker_text(parsed) == [
        ("lev-arkin", "Prices will rise."),
        ("lev-arkin", "Wages will lag behind for a year."),
    ]


def test_a_named_thing_s_fact_after_interview_answers_is_the_narrator_s() -> None:
    parsed = parse_body(
        "Economist Lev Arkin answered our questions.\n"
        "– What will happen to prices?\n"
        "– Prices will rise.\n"
        "Wages will lag behind.\n"
        "The Kama plant is the largest in the region.\n"
    )
    assert speaker_text(parsed) == [
        ("lev-arkin", "Prices will rise."),
        ("lev-arkin", "Wages will lag behind."),
    ]


def test_an_interview_answer_with_a_figure_goes_on() -> None:
    parsed = parse_body(
        "Economist Lev Arkin answered our questions.\n"
        "– What will happen to prices?\n"
        "– Prices will rise.\n"
        "The score last year was 2:0 for inflation.\n"
    )
    assert speaker_text(parsed)[-1] == ("lev-arkin", "The score last year was 2:0 for inflation.")


def test_a_bare_question_after_the_first_line_is_the_interviewer_s() -> None:
    # review of this session's rules: the dashed question went to the quote's speaker
    said = speaker_text(
        parse_body(
            '"We will not give up, – coach Denis Marov stressed.\n– What did the mayor say?\n'
        )
    )
    assert ("denis-marov", "What did the mayor say?") not in said
    assert ("denis-marov", "We will not give up") in said


def test_a_question_that_closes_the_quote_is_still_the_speaker_s() -> None:
    said = speaker_text(
        parse_body(
            '"We will not give up, – coach Denis Marov stressed.\n'
            '– Why should we pay for their mistakes?"\n'
        )
    )
    assert ("denis-marov", "Why should we pay for their mistakes?") in said

"""The line layout of translated Russian press: one sentence per line, quotes opened by a
dash and attributed Russian-style on their last line ("- …, - said X.").

* dashed lines with no speaker right above a "- …, - said X." line are X's words too;
* after a dashed line with its own attribution, an unmarked narrative line is the
  narrator's, not a continuation of X's quote.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

import time

import pytest

from tests.ingest.parsing import SpeakerKindText, parse_body, speaker_kind_text


def _said(body: str) -> list[SpeakerKindText]:
    return speaker_kind_text(parse_body(body))


def _rules(body: str) -> list[str]:
    return [s.attribution.rule for s in parse_body(body).statements if s.attribution]


# -- dashed lines above the attributed one ------------------------------------------------


@pytest.mark.parametrize(
    ("scene", "lines", "attributed", "speaker"),
    [
        (
            "Pavel Zorin, head of the space agency, spoke on Tuesday.",
            ["We will not take any risks."],
            "- The crew is ready, - Zorin said.",
            "pavel-zorin",
        ),
        (
            "The economist Marina Kuzmina commented on the new figures.",
            ["Prices will slow down by the spring.", "The rouble has already found its floor."],
            "– Families should not panic, – said Kuzmina.",
            "marina-kuzmina",
        ),
        (
            "The team lost to the visitors 2:3 on Sunday.",
            ["We made far too many mistakes at the back."],
            "— The lads fought to the end, — the coach of the club Oleg Rybin said after it.",
            "oleg-rybin",
        ),
    ],
)
def test_dashed_lines_right_above_an_attributed_one_are_the_same_speakers(
    scene: str, lines: list[str], attributed: str, speaker: str
) -> None:
    dash = attributed[0]
    body = "\n".join([scene, *(f"{dash} {line}" for line in lines), attributed])
    quote = attributed[2 : attributed.index(",")]
    assert _said(body) == [
        *((speaker, "quote", line) for line in lines),
        (speaker, "quote", quote),
    ]
    assert _rules(body)[: len(lines)] == ["dash-before-attribution"] * len(lines)


def test_a_dashed_line_past_a_blank_line_is_not_claimed() -> None:
    body = (
        "Pavel Zorin, head of the space agency, spoke on Tuesday.\n\n"
        "- We will not take any risks.\n\n"
        "- The crew is ready, - Zorin said."
    )
    assert _said(body) == [("pavel-zorin", "quote", "The crew is ready")]


def test_a_narrative_line_between_ends_the_run() -> None:
    body = (
        "Pavel Zorin, head of the space agency, spoke on Tuesday.\n"
        "- We will not take any risks.\n"
        "The launch pad was repaired in October.\n"
        "- The crew is ready, - Zorin said."
    )
    assert ("pavel-zorin", "quote", "We will not take any risks.") not in _said(body)


def test_a_dashed_reply_to_someone_else_is_not_claimed_by_the_next_speaker() -> None:
    body = (
        "Governor Ilya Gordeev said the bridge would open in May.\n"
        "- The money is there.\n"
        "- That is simply not true, - objected the deputy Anna Sokolova."
    )
    said = _said(body)
    assert ("anna-sokolova", "quote", "The money is there.") not in said
    assert ("anna-sokolova", "quote", "That is simply not true") in said


def test_a_dashed_line_attributed_on_its_own_line_ends_the_run() -> None:
    body = (
        "The deputies argued about the bridge on Monday.\n"
        "- The money is there, - said the governor Ilya Gordeev.\n"
        "- That is simply not true, - objected the deputy Anna Sokolova."
    )
    assert _said(body) == [
        ("ilya-gordeev", "quote", "The money is there"),
        ("anna-sokolova", "quote", "That is simply not true"),
    ]


def test_a_run_of_dashed_lines_goes_to_a_dashed_attribution_line_below() -> None:
    body = (
        "Viktor Panin, the coach of the club, met the fans.\n"
        "- We will not sell our leaders.\n"
        "- We will fight for the title.\n"
        "- he said."
    )
    assert _said(body) == [
        ("viktor-panin", "quote", "We will not sell our leaders."),
        ("viktor-panin", "quote", "We will fight for the title."),
    ]


@pytest.mark.slow  # a wall-clock bound, as the linear-time group (test_linear_time.py)
def test_a_long_run_of_unattributed_dashed_lines_stays_linear() -> None:
    body = (
        "The fans sang all night.\n" + "- We are the champions.\n" * 4000 + "- Yes, - said Ann Lee."
    )
    parse_body("- Yes, - said Ann Lee.")  # (the vocabularies load on the first parse)
    started = time.perf_counter()
    parsed = parse_body(body)
    assert time.perf_counter() - started < 4.0
    assert len(parsed.statements) == 4001


# -- the line after a dashed, attributed quote ----------------------------------------------

_FRAUD = "Pensioner Vera Lomova lost her savings in March.\n"


@pytest.mark.parametrize(
    "narration",
    [
        "Over the next three days, she withdrew all the money.",
        "The district prosecutor's office has begun an inspection.",
        "The press service of the bank did not respond to a request.",
        "Our correspondent called the bank twice on Friday.",
    ],
)
def test_a_narrative_line_after_a_dashed_attributed_quote_is_the_narrators(
    narration: str,
) -> None:
    body = _FRAUD + "- They said my account was blocked, - says Lomova.\n" + narration
    assert _said(body) == [("vera-lomova", "quote", "They said my account was blocked")]


def test_a_first_person_line_after_a_dashed_attributed_quote_goes_on() -> None:
    body = (
        _FRAUD
        + "- They said my account was blocked, - says Lomova.\n"
        + "I did not understand what was happening.\n"
        + "We had saved that money for ten years.\n"
        + "The police opened a case on Monday."
    )
    assert _said(body) == [
        ("vera-lomova", "quote", "They said my account was blocked"),
        ("vera-lomova", "quote", "I did not understand what was happening."),
        ("vera-lomova", "quote", "We had saved that money for ten years."),
    ]


def test_an_undashed_attributed_quote_keeps_its_impersonal_lines() -> None:
    # The writer who does not dash the quote line does not dash its continuation either.
    body = (
        "Engineers of the grid company arrived on Friday.\n"
        "When our team came, the pole was barely standing, - said the technical director "
        "Anton Bely.\n"
        "The wires had rusted right through inside the nest.\n"
        "Any spark could have left the village without light."
    )
    said = _said(body)
    assert ("anton-bely", "quote", "The wires had rusted right through inside the nest.") in said
    assert ("anton-bely", "quote", "Any spark could have left the village without light.") in said


# -- "In his words, …" after the speaker's lines: the narrator's paraphrase ----------------


@pytest.mark.parametrize(
    ("opener", "clause"),
    [
        ("In his words, ", "the country has met all of its obligations."),
        ("In his opinion, ", "the talks will resume in the autumn."),
        ("According to him, ", "the sanctions have failed."),
        ("However, as he put it, ", "we will still have to wait."),
    ],
)
@pytest.mark.parametrize(
    "quote_line",
    [
        "The deputy minister Oleg Yarin said:\n- We are open to dialogue.",
        "The deputy minister Oleg Yarin met the press.\nWe are open to dialogue, - said Yarin.",
    ],
)
def test_a_line_opening_with_a_pronoun_source_is_a_paraphrase_without_its_cue(
    quote_line: str, opener: str, clause: str
) -> None:
    said = _said(quote_line + "\n" + opener + clause)
    assert said[-1] == ("oleg-yarin", "paraphrase", clause.rstrip("."))


def test_a_line_in_the_speakers_own_words_about_an_opinion_goes_on() -> None:
    body = "Oleg Yarin said:\n- We are open.\nIn my opinion, the talks will resume."
    assert _said(body)[-1] == ("oleg-yarin", "quote", "In my opinion, the talks will resume.")


# -- unusual cues after the dash -------------------------------------------------------------


@pytest.mark.parametrize(
    "attributed",
    [
        "- It was a long day, - she smiled.",
        "- It was a long day, - Belova laughed.",
        "- It was a long day, - she sighed. - But a happy one.",
        "- It was a long day, - Belova quoted by Gazeta.Ru.",
    ],
)
def test_a_gesture_or_a_quoting_outlet_after_the_dash_names_the_speaker(attributed: str) -> None:
    said = _said("The actress Nina Belova came to the festival.\n" + attributed)
    assert said[0] == ("nina-belova", "quote", "It was a long day")
    if "happy" in attributed:
        assert said[1] == ("nina-belova", "quote", "But a happy one.")


@pytest.mark.parametrize(
    "line",
    [
        "- It was a long day, - she smiled at the cameras and left the hall.",
        "The hall was full - Belova smiled.",
    ],
)
def test_a_gesture_that_goes_on_as_narration_attributes_nothing(line: str) -> None:
    assert _said("The actress Nina Belova came to the festival.\n" + line) == []


def test_a_gesture_by_nobody_known_attributes_nothing() -> None:
    assert _said("The actor Ivan Belov came.\n- It was a long day, - she smiled.") == []


@pytest.mark.parametrize(
    "attributed",
    [
        "- The flights were delayed for six hours, - passenger Elena Orlova said.",
        "The flights were delayed for six hours, - passenger Elena Orlova said.",
        "- The flights were delayed for six hours, - noted the head of the department Elena "
        "Orlova.",
    ],
)
def test_a_bare_role_word_before_a_full_name_after_the_dash(attributed: str) -> None:
    said = _said("The airport was closed by fog on Monday.\n" + attributed)
    assert said == [("elena-orlova", "quote", "The flights were delayed for six hours")]


def test_a_conjunction_before_the_name_is_no_role() -> None:
    body = "The airport was closed.\n- The flights were late, - and Elena Orlova said nothing."
    assert _said(body) == []


# -- "X said this" under dashed lines --------------------------------------------------------


@pytest.mark.parametrize(
    "report",
    [
        "Zorin said this at a briefing.",
        "The head of the space agency Pavel Zorin announced this on Wednesday.",
        "This was announced to journalists by the head of the space agency Pavel Zorin.",
    ],
)
def test_a_line_saying_this_under_dashed_lines_makes_them_the_speakers_quotes(
    report: str,
) -> None:
    body = (
        "Pavel Zorin, head of the space agency, visited the launch site.\n"
        "- We will not take any risks.\n"
        "- The crew is ready.\n" + report
    )
    assert _said(body) == [
        ("pavel-zorin", "quote", "We will not take any risks."),
        ("pavel-zorin", "quote", "The crew is ready."),
    ]


def test_a_narrative_line_under_dashed_lines_claims_nothing() -> None:
    body = (
        "The launch was moved to November.\n"
        "- We will not take any risks.\n"
        "The head of the space agency Pavel Zorin visited the launch site."
    )
    assert _said(body) == []


# The speaker's own impersonal lines judge or foresee, in the present or the future; the
# narrator's tell what happened, speak of someone in the third person, of a body or a day.


@pytest.mark.parametrize(
    "lines",
    [
        ["The situation is getting worse every year.", "Such measures will not help."],
        ["Nobody can protect old people from such calls.", "The banks must answer for this."],
        ["Pensioners trust anyone who sounds polite.", "Fraud like this is hard to prove."],
    ],
)
def test_an_impersonal_judgement_after_a_dashed_attributed_quote_goes_on(
    lines: list[str],
) -> None:
    body = _FRAUD + "- They said my account was blocked, - says Lomova.\n" + "\n".join(lines)
    assert _said(body) == [
        ("vera-lomova", "quote", "They said my account was blocked"),
        *(("vera-lomova", "quote", line) for line in lines),
    ]


@pytest.mark.parametrize(
    "narration",
    [
        "She is now afraid to answer the phone.",
        "The court will consider the case in May.",
        "The bank has returned part of the money.",
        "Since then, such calls come every week.",
        "On Friday the branch is closed.",
        "Fraudsters took almost two million roubles.",
        "Investigators are looking for the callers.",
    ],
)
def test_the_narrators_line_after_a_dashed_attributed_quote_stays_unclaimed(
    narration: str,
) -> None:
    body = (
        _FRAUD
        + "- They said my account was blocked, - says Lomova.\n"
        + "Such measures will not help.\n"
        + narration
    )
    assert _said(body) == [
        ("vera-lomova", "quote", "They said my account was blocked"),
        ("vera-lomova", "quote", "Such measures will not help."),
    ]


# -- an interview in unmarked lines, announced by "X answered our questions." ------------


def test_an_interview_in_unmarked_lines_keeps_answers_and_drops_questions() -> None:
    body = (
        "Goalkeeper Ilya Trofimov answered our questions.\n"
        "How do you rate the season?\n"
        "I think it was a good season for me.\n"
        "What comes next?\n"
        "The derby will be hard.\n"
        "The club plays its next match in July."
    )
    assert _said(body) == [
        ("ilya-trofimov", "quote", "I think it was a good season for me."),
        ("ilya-trofimov", "quote", "The derby will be hard."),
    ]


def test_a_narrative_line_after_the_announced_interview_is_nobodys() -> None:
    body = (
        "Goalkeeper Ilya Trofimov answered our questions.\n"
        "The club plays its next match in July.\n"
        "Tickets went on sale on Monday."
    )
    assert _said(body) == []


def test_a_long_impersonal_run_after_a_dashed_attributed_quote_is_the_narrators() -> None:
    lines = [
        "Such measures will not help.",
        "Fraud of this kind is growing across the country.",
        "Most victims are older than sixty.",
        "Banks are testing new checks for such transfers.",
    ]
    body = _FRAUD + "- They said my account was blocked, - says Lomova.\n" + "\n".join(lines)
    assert _said(body) == [
        ("vera-lomova", "quote", "They said my account was blocked"),
        ("vera-lomova", "quote", "Such measures will not help."),
        ("vera-lomova", "quote", "Fraud of this kind is growing across the country."),
    ]

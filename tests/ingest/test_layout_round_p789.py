"""Quote layouts from translated agency copy and scraped pages (patterns p7-A2, p7-A11,
p7-A12, p8-A2, p8 part C, p9-A2, p9-A3, p9-A4).

* translation lines: a straight mark closing a running quote, then a new quote opened
  right after a sentence end on the same line (``…on Tuesday."Milk quotas …``);
* unquoted blocks with a dash attribution: an aside dash inside first-person words, short
  quoted names inside them, a "- the post says." line, one dashed block after a plain
  introduction;
* "released the following statement:" introducing quote paragraphs;
* a quote the text ends in (a cut-off page);
* a report pasted as a citation in outer straight marks with "[source]";
* a hard-wrapped lead paragraph is no title;
* an unmarked narrative line about the speaker is no continuation of their words.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

import pytest

from tests.ingest.parsing import (
    SpeakerKindText,
    parse_body,
    parse_full_text,
    speaker_kind_text,
)


def _said(body: str) -> list[SpeakerKindText]:
    return speaker_kind_text(parse_body(body))


# -- p8-A2: a new quote glued after the sentence that closed the running one -------------


@pytest.mark.parametrize("gap", ["", " "])
def test_a_quote_reopened_after_a_dash_attribution_on_the_same_line(gap: str) -> None:
    body = (
        "Oleg Varnin, head of the ministry, met farmers.\n\n"
        '"Our dairy exports grew by a third this year.\n'
        'We expect the same next season," - said Oleg Varnin at a meeting on Tuesday.'
        f'{gap}"Milk quotas will not change.\n'
        'The cooperatives asked us for that themselves", - said the head of the ministry.'
    )
    assert _said(body) == [
        ("oleg-varnin", "quote", "Our dairy exports grew by a third this year."),
        ("oleg-varnin", "quote", "We expect the same next season"),
        ("oleg-varnin", "quote", "Milk quotas will not change."),
        ("oleg-varnin", "quote", "The cooperatives asked us for that themselves"),
    ]


# -- p7-A2: unquoted blocks attributed with a dash ---------------------------------------


def test_a_dash_aside_inside_first_person_words_then_the_attribution() -> None:
    body = (
        "Arno Kasparyan, the mayor, wrote on his page.\n\n"
        "Our plan keeps the “green belt” intact - for now, and for our children - writes "
        "Kasparyan."
    )
    assert _said(body) == [
        (
            "arno-kasparyan",
            "quote",
            "Our plan keeps the “green belt” intact - for now, and for our children",
        )
    ]


def test_an_aside_dash_in_third_person_narration_still_ends_no_quote() -> None:
    body = (
        "Attendance fell by a “record” third - the lowest since records began - said Mark Ellery."
    )
    assert all(kind != "quote" for _speaker, kind, _text in _said(body))


def test_a_post_says_line_names_the_author_of_the_paragraph_above() -> None:
    body = (
        "MP Lina Voss wrote on her channel about the stadium.\n\n"
        "The stadium will be finished by June. After that we will hand it to the clubs\n\n"
        "- the post says."
    )
    assert _said(body) == [
        (
            "lina-voss",
            "quote",
            "The stadium will be finished by June. After that we will hand it to the clubs",
        )
    ]


@pytest.mark.parametrize(
    "scene",
    [
        "MP Lina Voss spoke about the stadium.",  # nobody wrote anything
        "The club wrote to its fans.",  # nobody named
    ],
)
def test_a_post_says_line_needs_a_named_author(scene: str) -> None:
    body = f"{scene}\n\nThe stadium will be finished by June.\n\n- the post says."
    assert _said(body) == []


def test_one_dashed_block_after_a_plain_introduction() -> None:
    body = (
        "The town was calm.\n\n"
        "Deputy Minister Oskar Brandt spoke at a briefing.\n\n"
        "– The museum reopens in April. Tickets will be free for pupils."
    )
    assert _said(body) == [
        ("oskar-brandt", "quote", "The museum reopens in April. Tickets will be free for pupils.")
    ]


def test_one_dashed_line_of_one_sentence_stays_nobodys() -> None:
    body = (
        "The town was calm.\n\n"
        "Deputy Minister Oskar Brandt spoke at a briefing.\n\n"
        "– The museum reopens in April after the repairs."
    )
    assert _said(body) == []


# -- p9-A3 / p7-A2: "released the following statement:", "Her full statement follows:" --


@pytest.mark.parametrize(
    "announcement",
    [
        "The mayor released the following statement:",
        "Ortiz issued a statement:",
        # p7-A2: a pronoun owning the text
        "The text of her remarks:",
        "Her full statement follows:",
    ],
)
def test_an_announcement_line_introduces_the_quote_paragraphs(announcement: str) -> None:
    body = (
        "Mayor Lena Ortiz spoke after the vote.\n\n"
        f"{announcement}\n\n"
        "“Today the council kept its word.\n\n"
        "“We will open the first shelter in March.”"
    )
    assert _said(body) == [
        ("lena-ortiz", "quote", "Today the council kept its word."),
        ("lena-ortiz", "quote", "We will open the first shelter in March."),
    ]


def test_an_organisation_releasing_a_statement_is_no_speaker() -> None:
    body = (
        "The ministry released the following statement:\n\n"
        "“Today the council kept its word.\n\n"
        "“We will open the first shelter in March.”"
    )
    assert _said(body) == []


# -- p9-A4 / p7-A11: a quote the text ends in --------------------------------------------


def test_a_quote_cut_off_after_stated_that() -> None:
    body = (
        "Speaking to reporters, Ada Munro, programme director for the Valley Food Bank, "
        "stated that “the winter queues are twice as long as in any year we rec"
    )
    assert _said(body) == [
        ("ada-munro", "quote", "the winter queues are twice as long as in any year we rec")
    ]


@pytest.mark.parametrize(
    ("scene", "speaker"),
    [
        (
            "Agriculture Minister Rita Holm visited the farms.\n\n"
            "The minister also gave her forecast for the harvest.",
            "rita-holm",
        ),
        ("Governor Ruth Okafor instructed to repaint the tram stops.", "ruth-okafor"),
        (
            "Deputy Minister Oskar Brandt spoke at a briefing.\n\n"
            "The museum reopens in April - said Brandt.",
            "oskar-brandt",
        ),
    ],
)
def test_a_cut_off_quote_paragraph_goes_to_the_subject_above(scene: str, speaker: str) -> None:
    body = f"{scene}\n\n“The depots must be ready for the winter timetable and"
    assert (speaker, "quote", "The depots must be ready for the winter timetable and") in _said(
        body
    )


@pytest.mark.parametrize(
    "scene",
    [
        "Governor Ruth Okafor visited the tram depot.",  # no speech, no announcing verb
        "Governor Ruth Okafor instructed to repaint the tram stops.\n\nThe works began.",
    ],
)
def test_a_cut_off_quote_paragraph_needs_a_speaking_subject_right_above(scene: str) -> None:
    body = f"{scene}\n\n“The depots must be ready for the winter timetable and"
    # "instructed to repaint" is itself a statement (README: directives with a
    # to-infinitive); the cut-off quote two paragraphs below is nobody's.
    assert [kind for _, kind, _ in _said(body) if kind == "quote"] == []


def test_a_quote_left_open_before_more_text_is_not_cut_off() -> None:
    body = (
        "Governor Ruth Okafor instructed to repaint the tram stops.\n\n"
        "“The depots must be ready for the winter timetable.\n\n"
        "The works began on Monday."
    )
    # The paragraph below her statement may still be hers (rule quote-next-paragraph), but
    # never as a quote the page cut off: the text goes on after it.
    rules = [s.attribution.rule for s in parse_body(body).statements if s.kind == "quote"]
    assert not {"quote-open-at-end", "quote-cut-off-name"} & set(rules)


# -- p9-A2: a report pasted as a citation in outer straight marks ------------------------


def test_a_pasted_citation_is_parsed_inside_its_outer_marks() -> None:
    body = (
        '"Mia Holt, a senior analyst with Greenwatch, said the flood response was “slow” '
        'in the valley towns." [source]'
    )
    assert _said(body) == [
        ("mia-holt", "paraphrase", "the flood response was “slow” in the valley towns")
    ]


def test_a_pasted_citation_over_two_lines() -> None:
    body = (
        "\"Later, the group's director, Tom Bell, issued a statement.\n"
        '“We warned the council for years,” he said. “The residents deserve answers.”" '
        "[source]"
    )
    assert _said(body) == [
        ("tom-bell", "quote", "We warned the council for years"),
        ("tom-bell", "quote", "The residents deserve answers."),
    ]


def test_a_quoted_paragraph_without_a_source_link_stays_a_quote() -> None:
    body = (
        "Mia Holt, a senior analyst with Greenwatch, toured the valley.\n\n"
        '"The flood response was slow in the valley towns," Holt said.'
    )
    assert _said(body) == [("mia-holt", "quote", "The flood response was slow in the valley towns")]


# -- p7-A12: a hard-wrapped lead is no title ---------------------------------------------


def test_a_hard_wrapped_lead_paragraph_is_parsed() -> None:
    text = (
        "The new tariff has doubled the cost of imported steel. Shop prices\n"
        "rose as well, Ingrid Sol said on Saturday in a call with retailers across\n"
        "the northern provinces.\n\n"
        "Retailers met in the capital."
    )
    said = speaker_kind_text(parse_full_text(text))
    assert [speaker for speaker, _kind, _text in said] == ["ingrid-sol"]


def test_a_short_wrapped_headline_stays_the_title() -> None:
    text = "Steel tariff doubles\nprices, says Sol.\n\nRetailers met in the capital."
    assert speaker_kind_text(parse_full_text(text)) == []


# -- p8 part C: a narrative line about the speaker is no continuation ---------------------


@pytest.mark.parametrize(
    "narration",
    [
        "He grew up in a small fishing village and studied law in the capital.",
        "The mayor, 54, was elected in 2019 after two terms on the council.",
    ],
)
def test_a_line_about_the_speaker_does_not_go_on_with_their_words(narration: str) -> None:
    body = (
        "Mayor Tom Reed spoke at the opening.\n"
        f"The city will plant more trees this year, Reed said.\n{narration}"
    )
    assert _said(body) == [("tom-reed", "paraphrase", "The city will plant more trees this year")]


def test_a_first_person_line_still_goes_on_with_the_speaker() -> None:
    body = (
        "Mayor Tom Reed spoke at the opening.\n"
        "The city will plant more trees this year, Reed said.\n"
        "We have already ordered two thousand saplings."
    )
    assert ("tom-reed", "quote", "We have already ordered two thousand saplings.") in _said(body)


# -- p9-A4: a page cut inside the speaker's surname ---------------------------------------


def test_a_surname_cut_off_at_the_end_of_the_text() -> None:
    body = (
        "Engineer Marek Ostrowicz inspected the bridge.\n\n"
        "“Nobody expects the bridge to reopen before autumn” for heavy trucks, Ostrowi"
    )
    assert _said(body) == [
        ("marek-ostrowicz", "quote", "Nobody expects the bridge to reopen before autumn")
    ]


@pytest.mark.parametrize(
    "scene",
    [
        # two people whose surnames begin with the stub
        "Engineer Marek Ostrowicz said the bridge was safe. Architect Lena Ostrowska said "
        "it was not.",
        # nobody known by that surname
        "Engineer Marek Bilski inspected the bridge.",
    ],
)
def test_a_cut_off_surname_must_name_one_known_person(scene: str) -> None:
    body = (
        f"{scene}\n\n“Nobody expects the bridge to reopen before autumn” for heavy trucks, Ostrow"
    )
    assert all(kind != "quote" for _speaker, kind, _text in _said(body))


# -- p7-A9: unlabelled paragraphs going on with a named interview answer ------------------


def test_an_unlabelled_first_person_paragraph_goes_on_with_the_answer() -> None:
    body = (
        "Rector Sven Tollef of Norrland University spoke to us.\n\n"
        "Interviewer Anna Berg (correspondent): What do pupils do?\n\n"
        "Sven Tollef: Our lab shares its telescopes with three schools. Pupils come every "
        "Friday.\n\n"
        "We also run a summer camp for them."
    )
    assert _said(body) == [
        (
            "sven-tollef",
            "quote",
            "Our lab shares its telescopes with three schools. Pupils come every Friday.",
        ),
        ("sven-tollef", "quote", "We also run a summer camp for them."),
    ]


@pytest.mark.parametrize(
    "after",
    [
        "The university was founded in 1911.",  # no first person: the narration
        "What will our pupils learn next year?",  # the next question
        "Our reporter Anna Berg visited the lab.",  # names someone
    ],
)
def test_the_narration_or_a_question_ends_the_answer(after: str) -> None:
    body = (
        "Rector Sven Tollef of Norrland University spoke to us.\n\n"
        "Sven Tollef: Our lab shares its telescopes with three schools.\n\n"
        f"{after}"
    )
    assert [text for _speaker, _kind, text in _said(body)] == [
        "Our lab shares its telescopes with three schools."
    ]


# -- p7-A2: attribution lines ------------------------------------------------------------


def test_a_dashed_attribution_line_names_the_unmarked_paragraph_above() -> None:
    body = (
        "MP Lina Voss wrote on her channel about the stadium.\n\n"
        "The stadium will be finished by June. After that we will hand it to the clubs\n\n"
        "- Voss wrote."
    )
    assert _said(body) == [
        (
            "lina-voss",
            "quote",
            "The stadium will be finished by June. After that we will hand it to the clubs",
        )
    ]


def test_a_dashed_attribution_line_claims_no_paragraph_with_its_own_statement() -> None:
    body = (
        "MP Lina Voss wrote on her channel about the stadium.\n\n"
        "Coach Ivo Marek said the pitch was ready.\n\n"
        "- Voss wrote."
    )
    assert _said(body) == [("ivo-marek", "paraphrase", "the pitch was ready")]

"""Attribution probes, second round: web news and English translations of Russian press.

Every sentence here is made up to the shape of a convention; none is corpus text.
"""

from __future__ import annotations

import pytest

from tests.ingest.parsing import parse_body, speaker_kind_text, speaker_text

# -- a name inside the subject phrase is not the speaker ---------------------------------


@pytest.mark.parametrize(
    "body",
    [
        '"We want answers," said the mother of victim Amy Rowe.',
        '"He was a kind boy," said the father of Tom Veil.',
        "The doctor treating Mia Hart said she is stable.",
        "A letter to Senator Paul Rye said the funds were misused.",
        "A spokesman for Governor Ann Tate said the budget would pass.",
        "The lawyer of businessman Ivan Petrov said his client would appeal.",
        "The team representing Ann Lee said she would appeal.",
        "\u00abHe is innocent\u00bb, - said the lawyer of businessman Oleg Petrov.",
        "An aide to Sen. Bob Ray said the vote would be delayed.",
    ],
)
def test_a_name_the_subject_phrase_governs_says_nothing(body: str) -> None:
    assert [speaker for speaker, _ in speaker_text(parse_body(body))] in ([], [None])


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # the role phrase before its holder's name (translation word order)
        (
            "The head of the Ministry of Transport Pavel Gromov said the bridge would open.",
            "pavel-gromov",
        ),
        ('"It is over," said the coach of Zenit Sergei Rudakov.', "sergei-rudakov"),
        (
            "The press secretary of the president Anton Lebedev said the talks were delayed.",
            "anton-lebedev",
        ),
        ("Deputy Minister of Finance Alexei Morin said taxes would not rise.", "alexei-morin"),
        # the named person's own words
        ("A statement by Mayor Ann Lee said the road would close.", "ann-lee"),
        ("A statement from Senator Paul Rye said the funds were misused.", "paul-rye"),
        # a scene before the name, not a phrase that governs it
        ("At the meeting Senator Paul Rye said the funds were misused.", "paul-rye"),
        ("After a long briefing Governor Ann Tate said the budget would pass.", "ann-tate"),
        ("Speaking to reporters, Governor Ann Tate said the budget would pass.", "ann-tate"),
        # the name first, its relation after it
        (
            "Anna Petrova, the wife of businessman Oleg Petrov, said he had been detained.",
            "anna-petrova",
        ),
        ('"He is innocent," said Anna Petrova, the wife of Oleg Petrov.', "anna-petrova"),
    ],
)
def test_a_name_that_heads_its_phrase_still_speaks(body: str, speaker: str) -> None:
    assert [s for s, _kind, _text in speaker_kind_text(parse_body(body))] == [speaker]


# -- an age or a description refers back when exactly one person fits -------------------


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Police officer Greg Hale, 29, shot at the suspect on Monday.\n\n"
            "The 29-year-old said he had acted in self-defence.",
            "greg-hale",
        ),
        (
            "Greg Hale, 29, shot at the suspect on Monday.\n\n"
            '"I acted in self-defence," the 29-year-old said.',
            "greg-hale",
        ),
        # the age given with the name picks the person among several
        (
            "Ann Lee met Greg Hale, 29, on Monday.\n\n"
            "The 29-year-old said he had acted in self-defence.",
            "greg-hale",
        ),
        (
            'Jim Colt served in Iraq for ten years.\n\n"I never got my pension," the veteran said.',
            "jim-colt",
        ),
        (
            "Veteran Jim Colt lives in Ohio.\n\n"
            "\u00abI never got my pension\u00bb, - the veteran said.",
            "jim-colt",
        ),
    ],
)
def test_a_reference_back_to_the_one_person_who_fits(body: str, speaker: str) -> None:
    assert [s for s, _kind, _text in speaker_kind_text(parse_body(body))] == [speaker]


@pytest.mark.parametrize(
    "body",
    [
        # nobody quoted and no age stated: the one person named need not be meant
        "Greg Hale shot at the suspect on Monday.\n\n"
        "The 29-year-old said he had acted in self-defence.",
        # another age stated with the name
        "Greg Hale, 35, shot at the suspect on Monday.\n\n"
        "The 29-year-old said he had acted in self-defence.",
        # two people named, no age stated: either may be meant
        "Ann Lee met Greg Hale on Monday.\n\nThe 29-year-old said he had acted in self-defence.",
        'Ann Lee met Greg Hale on Monday.\n\n"I never got my pension," the veteran said.',
        # a job, not a description: someone new
        'Jim Colt served in Iraq for ten years.\n\n"I never got my pension," the doctor said.',
    ],
)
def test_a_reference_back_with_no_single_person_says_nothing(body: str) -> None:
    assert [s for s, _ in speaker_text(parse_body(body)) if s is not None] == []


def test_the_age_stated_with_a_name_beats_the_last_speaker() -> None:
    body = (
        "Ann Lee, 45, said the shop was closed.\n\n"
        "Greg Hale, 29, shot at the suspect.\n\n"
        "The 29-year-old said he had acted in self-defence."
    )
    assert [s for s, _ in speaker_text(parse_body(body))] == ["ann-lee", "greg-hale"]


# -- "… but said": a verb coordinated after a refusal ------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Mayor Liz Crane declined to comment but said the review would continue.",
        "Mayor Liz Crane declined to comment, but said the review would continue.",
        "Mayor Liz Crane refused to name the firms but said the review would continue.",
        "Mayor Liz Crane visited the site and later said the review would continue.",
    ],
)
def test_a_verb_coordinated_by_but_reports_the_subject(body: str) -> None:
    assert speaker_kind_text(parse_body(body)) == [
        ("liz-crane", "paraphrase", "the review would continue")
    ]


@pytest.mark.parametrize(
    "body",
    [
        # two people before the verb: which one goes on is not told
        "Mayor Liz Crane met Tom Veil but said the review would continue.",
        # the subject is a body, the mayor is in the sentence before
        "Mayor Liz Crane was silent. The council declined to comment but said the review "
        "would continue.",
    ],
)
def test_a_verb_coordinated_by_but_needs_one_named_subject(body: str) -> None:
    assert [s for s, _ in speaker_text(parse_body(body)) if s is not None] == []


# -- "As X noted, …" with a bare job, and verbs of recounting ----------------------------


@pytest.mark.parametrize(
    ("body", "speaker", "text"),
    [
        ("As economist Igor Zotov noted, wages have fallen.", "igor-zotov", "wages have fallen"),
        (
            "As expert Ivan Petrov explained to Izvestia, the market is overheated.",
            "ivan-petrov",
            "the market is overheated",
        ),
        (
            "As Anna Volkova related, the factory had stopped work in March.",
            "anna-volkova",
            "the factory had stopped work in March",
        ),
        (
            "As Anna Volkova recounted, the factory had stopped work in March.",
            "anna-volkova",
            "the factory had stopped work in March",
        ),
        (
            "As mayor Ivan Petrov said, the plan had failed.",
            "ivan-petrov",
            "the plan had failed",
        ),
    ],
)
def test_as_x_noted_with_a_bare_job_or_a_recounting_verb(
    body: str, speaker: str, text: str
) -> None:
    assert speaker_kind_text(parse_body(body)) == [(speaker, "paraphrase", text)]


@pytest.mark.parametrize(
    "body",
    [
        "As governor Ivan Petrov arrived, protesters said the plan had failed.",
        "As analysts noted, the plan had failed.",
        "As it relates to Ivan Petrov, the plan had failed.",
    ],
)
def test_as_with_no_named_reporter_says_nothing(body: str) -> None:
    assert [s for s, _ in speaker_text(parse_body(body)) if s is not None] == []


# -- "…, says X, <job without an article>." ends the attribution -------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Oil will fall, says Mark Lund, head of trading at Acme Bank.",
        "Oil will fall, said Mark Lund, chief economist at Acme Bank.",
        "Oil will fall, says Mark Lund, senior fellow at the Acme Institute.",
    ],
)
def test_a_bare_job_after_the_name_is_no_part_of_the_statement(body: str) -> None:
    assert speaker_kind_text(parse_body(body)) == [("mark-lund", "paraphrase", "Oil will fall")]


def test_the_sentence_that_goes_on_after_the_attribution_stays_whole() -> None:
    body = "The market, says Mark Lund, head of trading at Acme Bank, will fall."
    assert speaker_kind_text(parse_body(body)) == [("mark-lund", "paraphrase", body[:-1])]


# -- an outlet's quoted name before "that"; "This was announced by X" with a tail ---------


@pytest.mark.parametrize(
    "body",
    [
        'Olga Markova told "Kommersant" that the situation was under control.',
        "Olga Markova told \u00abKommersant\u00bb that the situation was under control.",
        "Olga Markova told the newspaper \u00abIzvestia\u00bb that the situation was under "
        "control.",
        'Olga Markova said in an interview with "Kommersant" that the situation was under control.',
    ],
)
def test_a_quoted_outlet_before_that_is_no_quotation(body: str) -> None:
    assert speaker_kind_text(parse_body(body)) == [
        ("olga-markova", "paraphrase", "the situation was under control")
    ]


def test_a_quoted_phrase_before_that_is_still_a_quote() -> None:
    body = 'Olga Markova called the plan "a disaster" that would ruin the region.'
    assert speaker_kind_text(parse_body(body)) == [("olga-markova", "quote", "a disaster")]


_DOUBLED = "The number of cases in the region has doubled over the week."


@pytest.mark.parametrize(
    "line",
    [
        " This was announced by Olga Markova, the head of the regional health ministry, at a "
        "briefing.",
        " This was announced by Olga Markova at a briefing.",
        "\nThis was stated by Olga Markova on Monday.",
    ],
)
def test_this_was_announced_by_x_with_a_place_or_time_after_the_name(line: str) -> None:
    assert speaker_kind_text(parse_body(_DOUBLED + line)) == [
        ("olga-markova", "paraphrase", _DOUBLED[:-1])
    ]


def test_this_was_announced_by_x_with_a_clause_after_the_name_is_not_read() -> None:
    body = _DOUBLED + " This was announced by Olga Markova, and the hospitals were closed."
    assert [s for s, _ in speaker_text(parse_body(body)) if s is not None] == []


# -- "X spoke about this" and a role before the name report the sentence before ----------


@pytest.mark.parametrize(
    "line",
    [
        " Olga Markova spoke about this at a briefing.",
        " Olga Markova talked about it with reporters.",
        "\nHealth minister Olga Markova spoke about this at a briefing on Monday.",
        "\nThe head of the regional health ministry Olga Markova announced this at a briefing.",
    ],
)
def test_x_spoke_about_this_reports_the_sentence_before(line: str) -> None:
    assert speaker_kind_text(parse_body(_DOUBLED + line)) == [
        ("olga-markova", "paraphrase", _DOUBLED[:-1])
    ]


@pytest.mark.parametrize(
    "line",
    [
        " Olga Markova spoke about this, and the hospitals closed.",  # a clause goes on
        " Olga Markova spoke about this problem at a briefing.",  # a topic, not "this"
        " Later, Olga Markova spoke about this at a briefing.",  # the speaker does not open it
    ],
)
def test_x_spoke_about_something_else_reports_nothing(line: str) -> None:
    assert [s for s, _ in speaker_text(parse_body(_DOUBLED + line)) if s is not None] == []

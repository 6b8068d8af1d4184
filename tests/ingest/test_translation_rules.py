"""The rules added for the translation genre (issue 10), each with positive and negative
cases: a stance noun after a light verb ("expressed confidence that"), a possessive source
("In X's opinion"), a negated verb of ruling out ("did not rule out that"), "As X told
<outlet>, …", a copula with an adjective of certainty ("is certain that"), the full name
that ends a role phrase after the verb ("said the goalkeeper of Dynamo Ilya Trofimov").

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

import pytest

from app.ingest.attribution import subject_after, subject_before
from app.ingest.parse_quotes import find_quotes
from app.ingest.speech_verbs import bare_clause_ok, told_clause_start
from tests.ingest.parsing import SpeakerKindText, parse_body, speaker_kind_text

_SCENE = "Deputy Prime Minister Irina Sokolova held a meeting on the budget.\n\n"


def _said(body: str) -> list[SpeakerKindText]:
    return speaker_kind_text(parse_body(_SCENE + body))


def _rules(body: str) -> list[str]:
    return [s.attribution.rule for s in parse_body(_SCENE + body).statements if s.attribution]


@pytest.mark.parametrize(
    "head",
    [
        "Sokolova expressed confidence that",
        "Sokolova voiced the hope that",
        "Sokolova expressed her deep regret that",
        "Sokolova shared the opinion that",
        "Sokolova drew attention to the fact that",
        "Sokolova is of the opinion that",
        "Sokolova also expressed doubts that",
    ],
)
def test_a_stance_noun_after_a_light_verb_reports_the_clause(head: str) -> None:
    body = head + " the region would get the money in time."
    assert _said(body) == [
        ("irina-sokolova", "paraphrase", "the region would get the money in time")
    ]
    assert _rules(body) == ["stance-noun"]


@pytest.mark.parametrize(
    "body",
    [
        # a relative "that" after a thing, not a stance
        "Sokolova expressed interest in the plant that makes tractors in Tula.",
        "Sokolova held the meeting that the governors had asked for.",
        # "attention" needs "to the fact"
        "Sokolova drew attention that many schools were old.",
        # an institution holds no stance of a person
        "The ministry expressed confidence that the region would get the money.",
        # the noun names the stance of someone else
        "Sokolova shared a report that the governor had written.",
    ],
)
def test_a_light_verb_without_a_stance_noun_or_person_reports_nothing(body: str) -> None:
    assert _said(body) == []


def test_in_a_named_persons_opinion_reports_the_clause() -> None:
    body = "In Sokolova's opinion, the measures came too late."
    assert _said(body) == [("irina-sokolova", "paraphrase", "the measures came too late")]
    statement = parse_body(_SCENE + body).statements[0]
    assert statement.attribution is not None
    assert statement.attribution.rule == "possessive-source"
    assert statement.attribution.cue == "In Sokolova's opinion"


def test_in_a_roles_view_refers_back_to_the_person_named() -> None:
    assert _said("In the deputy prime minister's view, the deficit will shrink.") == [
        ("irina-sokolova", "paraphrase", "the deficit will shrink")
    ]


@pytest.mark.parametrize(
    "body",
    [
        "In the ministry's view, the deficit will shrink.",  # a body, not a person
        "In Moscow's view, the deficit will shrink.",  # a place never named as a person
        "In Sokolova's office, the staff worked late.",  # an office, not an opinion
    ],
)
def test_a_possessive_that_is_no_person_or_no_opinion_reports_nothing(body: str) -> None:
    assert _said(body) == []


@pytest.mark.parametrize(
    "head",
    [
        "Sokolova did not rule out that",
        "Sokolova does not exclude that",
        "Sokolova didn't rule out that",
        "Sokolova has not yet ruled out that",
    ],
)
def test_a_negated_verb_of_ruling_out_reports_the_possibility(head: str) -> None:
    body = head + " taxes will rise next year."
    assert _said(body) == [("irina-sokolova", "paraphrase", "taxes will rise next year")]
    assert _rules(body) == ["negated-rule-out"]


@pytest.mark.parametrize(
    "body",
    [
        "Sokolova ruled out that taxes will rise next year.",
        "Sokolova excludes that taxes will rise next year.",
    ],
)
def test_ruling_out_reports_no_clause_as_the_speakers_words(body: str) -> None:
    assert _said(body) == []


@pytest.mark.parametrize("audience", ["RIA Novosti", "reporters", "our correspondent"])
def test_as_x_told_an_outlet_reports_the_clause_after_the_comma(audience: str) -> None:
    assert _said(f"As Sokolova told {audience}, the grants will be paid in June.") == [
        ("irina-sokolova", "paraphrase", "the grants will be paid in June")
    ]


def test_as_x_told_a_story_says_when_not_what() -> None:
    assert _said("As Sokolova told the story, the guests laughed at the minister.") == []


def test_an_audience_of_two_words_is_not_cut_before_its_comma() -> None:
    assert told_clause_start("told", " RIA Novosti, the grants will be paid in June.") is None
    assert told_clause_start("told", " reporters the grants would be paid in June.") == 11


@pytest.mark.parametrize("head", ["Sokolova is certain", "Sokolova was sure"])
def test_a_copula_with_an_adjective_of_certainty_reports(head: str) -> None:
    assert _said(head + " that the grants will be paid.") == [
        ("irina-sokolova", "paraphrase", "the grants will be paid")
    ]


def test_it_is_certain_is_nobodys_report() -> None:
    assert _said("It is certain that the grants will be paid.") == []


def test_a_subject_that_looks_like_an_apposition_opens_the_reported_clause() -> None:
    assert _said("According to Sokolova, the minister will visit Tula in May.") == [
        ("irina-sokolova", "paraphrase", "the minister will visit Tula in May")
    ]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "– We did everything we could, – said the goalkeeper of Dynamo Ilya Trofimov.",
            "ilya-trofimov",
        ),
        ("- The season is not over, - noted the head coach of Rotor Viktor Panin.", "viktor-panin"),
        (
            "— Fares stay, — explained the press secretary of the ministry Anton Lebedev.",
            "anton-lebedev",
        ),
    ],
)
def test_a_dash_quote_gives_the_full_name_that_ends_the_role_phrase(
    body: str, speaker: str
) -> None:
    assert [s.speaker for s in parse_body(body).statements] == [speaker]


@pytest.mark.parametrize(
    "tail",
    [
        " the wife of Ivan Petrov.",  # the name is the object of "of"
        " the spokesman for President Ivan Petrov.",  # of "for", past a title
        " the coach, Ivan Petrov's friend.",  # a comma ends the role phrase
    ],
)
def test_a_name_governed_by_the_role_phrase_is_not_the_speaker(tail: str) -> None:
    mention = subject_after(tail, 0, len(tail))
    assert mention is not None
    assert mention.kind == "role"


_GROMOV = "Minister Pavel Gromov visited Samara on Monday.\n\n"


@pytest.mark.parametrize(
    "body",
    [
        "A letter addressed to Gromov said that tariffs should be frozen.",
        "A film about Gromov says that the roads are bad.",
        "The protest against Gromov showed that the drivers are angry.",
    ],
)
def test_a_name_after_to_about_or_against_is_no_subject(body: str) -> None:
    assert speaker_kind_text(parse_body(_GROMOV + body)) == []


def test_a_place_after_to_may_still_open_the_name_of_the_subject() -> None:
    parsed = parse_body("The ambassador of China to Chile Wang Bo said that trade would grow.")
    assert speaker_kind_text(parsed) == [("wang-bo", "paraphrase", "trade would grow")]


_PANIN = "The head coach of Rotor Viktor Panin summed up the season.\n\n"


def _panin(body: str) -> list[SpeakerKindText]:
    return speaker_kind_text(parse_body(_PANIN + body))


def _panin_rules(body: str) -> list[str]:
    return [s.attribution.rule for s in parse_body(_PANIN + body).statements if s.attribution]


@pytest.mark.parametrize(
    "body",
    [
        "Panin was quoted by Interfax as saying that the club would buy a striker.",
        "Sport-Express quotes Panin as saying that the club would buy a striker.",
        "The agency cited him as saying the club would buy a striker.",
        "Panin was quoted as warning that the club would buy a striker.",
    ],
)
def test_quoted_as_saying_gives_the_clause_to_the_one_quoted(body: str) -> None:
    assert _panin(body)[-1][0] == "viktor-panin"
    assert _panin(body)[-1][2].endswith("the club would buy a striker")
    assert _panin_rules(body)[-1] == "quoted-as-saying"


@pytest.mark.parametrize(
    "body",
    [
        "The newspaper quoted a source as saying that the club would buy a striker.",
        "Panin was quoted in a long report about the club as saying that it was rich.",
    ],
)
def test_quoted_as_saying_needs_the_person_quoted(body: str) -> None:
    assert "quoted-as-saying" not in _panin_rules(body)
    assert all(speaker != "viktor-panin" for speaker, _kind, _text in _panin(body))


def test_quoted_as_with_no_reporting_verb_is_no_quoted_as_saying() -> None:
    assert "quoted-as-saying" not in _panin_rules(
        "Panin quoted the rules as proof that the match was lost."
    )


def test_reported_to_an_outlet_by_the_speaker() -> None:
    body = (
        "The arena will open in March. This was reported to RIA Novosti by the press "
        "secretary of the club Olga Lapina."
    )
    assert speaker_kind_text(parse_body(body)) == [
        ("olga-lapina", "paraphrase", "The arena will open in March")
    ]


def test_a_comma_before_that_still_opens_the_reported_clause() -> None:
    assert _panin("Panin noted, that the pitch was in poor condition.") == [
        ("viktor-panin", "paraphrase", "the pitch was in poor condition")
    ]


def test_a_comma_before_that_is_reports_nothing() -> None:
    assert _panin("Panin agreed, that is, he signed the new contract.") == []


def test_has_no_doubt_reports_and_has_no_idea_does_not() -> None:
    assert _panin("Panin has no doubt that the team will recover.") == [
        ("viktor-panin", "paraphrase", "the team will recover")
    ]
    assert _panin("Panin had no idea that the team would be sold.") == []
    assert _panin("Panin has no hope that the team will recover.") == []


@pytest.mark.parametrize(
    "body",
    [
        "The decree signed by President Ivan Smirnov says that the tax will be cut.",
        "The report prepared by Ivan Smirnov states that the tax will be cut.",
    ],
)
def test_the_agent_of_a_participle_is_no_subject(body: str) -> None:
    assert speaker_kind_text(parse_body(body)) == []


def test_a_statement_by_a_person_is_still_theirs() -> None:
    assert speaker_kind_text(
        parse_body("A statement by Ivan Smirnov said that the tax will be cut.")
    ) == [("ivan-smirnov", "paraphrase", "the tax will be cut")]


def test_the_line_after_an_introduction_is_the_introduced_speakers() -> None:
    body = "Panin said:\nWe have a young team.\nNext year we will fight for the medals."
    assert _panin(body) == [
        ("viktor-panin", "quote", "We have a young team."),
        ("viktor-panin", "quote", "Next year we will fight for the medals."),
    ]
    assert _panin_rules(body) == ["line-after-introduction", "line-continuation"]


@pytest.mark.parametrize(
    "line",
    [
        "According to the club, the team is young.",  # a narrative opener
        "Panin has coached the team since 2019.",  # the speaker named in the third person
        "The striker Artyom Lisin agreed with him.",  # someone else presented
    ],
)
def test_a_narrative_line_after_an_introduction_is_not_the_speakers(line: str) -> None:
    assert all(text != line for _speaker, _kind, text in _panin("Panin said:\n" + line))


def test_a_dashed_paragraph_after_a_dash_attribution_goes_on_past_a_blank_line() -> None:
    body = "- We need a new goalkeeper, - Panin said.\n\n- The club is looking abroad."
    assert _panin(body) == [
        ("viktor-panin", "quote", "We need a new goalkeeper"),
        ("viktor-panin", "quote", "The club is looking abroad."),
    ]
    assert _panin_rules(body) == ["russian-dash", "dash-after-attribution"]


def test_a_dashed_question_after_a_dash_attribution_is_the_interviewers() -> None:
    body = "- We need a new goalkeeper, - Panin said.\n\n- Where will you find one?"
    assert _panin(body) == [("viktor-panin", "quote", "We need a new goalkeeper")]


def test_a_dashed_paragraph_after_narration_is_not_the_earlier_speakers() -> None:
    body = (
        "- We need a new goalkeeper, - Panin said.\n\nThe club has no money.\n\n"
        "- The club is looking abroad."
    )
    assert ("viktor-panin", "quote", "The club is looking abroad.") not in _panin(body)


def test_a_turn_in_guillemets_loses_its_marks() -> None:
    assert _panin("Panin: «We will fight for every point.»") == [
        ("viktor-panin", "quote", "We will fight for every point.")
    ]


@pytest.mark.parametrize(
    "body",
    [
        "«We were simply unlucky», - this is how Panin commented on the defeat.",
        "“We were simply unlucky,” that was how Panin put it.",
        "- We were simply unlucky, - this is how Panin commented on the defeat.",
    ],
)
def test_this_is_how_x_commented_attributes_the_quote(body: str) -> None:
    assert _panin(body) == [("viktor-panin", "quote", "We were simply unlucky")]


def test_so_before_a_clause_with_no_speech_verb_attributes_nothing() -> None:
    assert _panin("“We were simply unlucky,” so Panin left the room.") == []


_PANIN_LINE = "The head coach of Rotor Viktor Panin summed up the season.\n"


def _lines(body: str) -> list[SpeakerKindText]:
    return speaker_kind_text(parse_body(_PANIN_LINE + body))


def _line_rules(body: str) -> list[str]:
    return [s.attribution.rule for s in parse_body(_PANIN_LINE + body).statements if s.attribution]


@pytest.mark.parametrize(("opener", "closer"), [('"', '"'), ("«", "»"), ("“", "”")])
def test_a_closing_mark_claims_the_lines_back_to_its_opening_mark(opener: str, closer: str) -> None:
    body = (
        f"{opener}We had a hard year.\nThe injuries hurt us.\n"
        f"But we stayed in the league,{closer} said Panin."
    )
    assert _lines(body) == [
        ("viktor-panin", "quote", "We had a hard year."),
        ("viktor-panin", "quote", "The injuries hurt us."),
        ("viktor-panin", "quote", "But we stayed in the league"),
    ]
    assert _line_rules(body) == [
        "line-from-opening-mark",
        "line-before-closing-mark",
        "quote-after",
    ]


def test_a_line_reporting_someone_else_stops_the_claim_of_the_closing_mark() -> None:
    body = (
        '"We had a hard year.\nThe governor said that the club would get money.\n'
        'But we stayed in the league," said Panin.'
    )
    said = _lines(body)
    assert ("viktor-panin", "quote", "But we stayed in the league") in said
    assert all(text != "We had a hard year." for _speaker, _kind, text in said)


def test_a_blank_line_keeps_a_closing_mark_from_reaching_an_earlier_paragraph() -> None:
    body = '\n"We had a hard year.\n\nThe club finished tenth.\n\nIt stayed up," said Panin.'
    assert all(text != "We had a hard year." for _speaker, _kind, text in _lines(body))


def test_a_closing_guillemet_without_its_opener_closes_a_quote_opened_above() -> None:
    text = "Title\n\nThe quay opens in May», said Lentov."
    quotes = find_quotes(text, 7, len(text), running=False)
    assert [(q.start, q.close_mark, q.opened_before) for q in quotes] == [(7, 28, True)]


def test_first_person_lines_after_a_quote_line_are_the_speakers() -> None:
    body = '"We had a hard year," Panin said.\nThe injuries hurt us.\nOur budget is small.'
    assert _lines(body) == [
        ("viktor-panin", "quote", "We had a hard year"),
        ("viktor-panin", "quote", "The injuries hurt us."),
        ("viktor-panin", "quote", "Our budget is small."),
    ]
    assert _line_rules(body) == ["quote-after", "first-person-line", "first-person-line"]


@pytest.mark.parametrize(
    "line",
    [
        "The club finished tenth in the league.",  # no first person: the narrator
        "We asked Panin about the budget.",  # the speaker named: the narrator's "we"
        "Our correspondent said that the club was tired.",  # a speech verb: narration
        "Let us recall that the club was founded in 1929.",  # the editor's first person
    ],
)
def test_a_narrators_line_after_a_quote_line_is_not_the_speakers(line: str) -> None:
    said = _lines('"We had a hard year," Panin said.\n' + line)
    assert all(text != line for _speaker, _kind, text in said)


def test_said_the_following_announces_the_next_line() -> None:
    assert _lines('Panin said the following.\n"We had a hard year."') == [
        ("viktor-panin", "quote", "We had a hard year.")
    ]


def test_the_following_with_nobody_named_announces_nobody() -> None:
    assert _lines('The rules say the following.\n"No parking on the pitch."') == []


def test_a_named_line_opening_a_quote_goes_on_over_the_next_line() -> None:
    assert _lines('Panin: "We had a hard year.\nThe injuries hurt us."') == [
        ("viktor-panin", "quote", "We had a hard year."),
        ("viktor-panin", "quote", "The injuries hurt us."),
    ]


@pytest.mark.parametrize("dash", ["-", "–", "—"])
def test_a_dash_with_no_comma_before_a_bare_attribution_ending_the_line(dash: str) -> None:
    assert _panin(f"We had a hard year {dash} said Panin.") == [
        ("viktor-panin", "quote", "We had a hard year")
    ]


@pytest.mark.parametrize(
    "body",
    [
        "He walked to the bench - Panin confirmed this to us.",  # a clause of its own
        "The plan - said Panin - would fail in the end.",  # an aside inside the sentence
        "Lost - said Panin.",  # too short to be a quote
    ],
)
def test_a_dash_with_no_comma_needs_a_bare_attribution_and_a_quote(body: str) -> None:
    assert all(rule != "russian-dash" for rule in _panin_rules(body)), speaker_kind_text(
        parse_body(_PANIN + body)
    )


def test_an_outlet_quoting_the_subject_in_an_aside_is_no_subject() -> None:
    assert _panin("Panin, quoted by TASS, said that the club would survive.") == [
        ("viktor-panin", "paraphrase", "the club would survive")
    ]


@pytest.mark.parametrize(
    "attribution",
    ["Panin's words are quoted by the club's press service.", "These words belong to Panin."],
)
def test_words_quoted_by_names_the_speaker_of_the_quote_before(attribution: str) -> None:
    body = "«We had a hard year.»\n\n" + attribution
    assert _panin(body) == [("viktor-panin", "quote", "We had a hard year.")]
    assert _panin_rules(body) == ["words-quoted-by"]


def test_words_quoted_by_claims_no_quote_already_attributed() -> None:
    body = (
        "Goalkeeper Ilya Trofimov conceded three goals.\n\n«We had a hard year», said "
        "Trofimov.\n\nPanin's words are quoted by the club's press service."
    )
    assert _panin(body) == [("ilya-trofimov", "quote", "We had a hard year")]


@pytest.mark.parametrize(
    "attribution",
    ["Panin announced this at a meeting with the fans.", "Panin said so on Tuesday."],
)
def test_x_said_this_reports_the_sentence_before(attribution: str) -> None:
    body = "The club will move to a new stadium. " + attribution
    assert _panin(body) == [("viktor-panin", "paraphrase", "The club will move to a new stadium")]
    assert _panin_rules(body) == ["x-said-this"]


@pytest.mark.parametrize(
    "attribution",
    [
        "Panin denied this at a meeting with the fans.",  # a denial
        "Panin discussed this at a meeting with the fans.",  # no reporting verb
        "Panin said this at a meeting, and the fans left.",  # a clause goes on
    ],
)
def test_x_said_this_needs_a_verb_that_reports_its_object(attribution: str) -> None:
    assert _panin("The club will move to a new stadium. " + attribution) == []


def test_said_this_is_no_bare_clause_but_said_this_would_is() -> None:
    assert not bare_clause_ok("said", " this at a meeting with the fans.")
    assert not bare_clause_ok("confirmed", " it on Tuesday.")
    assert bare_clause_ok("said", " this would fail.")
    assert bare_clause_ok("said", " it was late.")


def test_an_audience_ends_at_its_comma() -> None:
    assert told_clause_start("told", " Izvestia about this, noting that it was late.") is None


@pytest.mark.parametrize(
    "verb", ["regretted", "recognised", "communicated", "confessed", "objected", "suspects"]
)
def test_more_reporting_verbs_of_the_genre(verb: str) -> None:
    assert _panin(f"Panin {verb} that the club would survive.") == [
        ("viktor-panin", "paraphrase", "the club would survive")
    ]


@pytest.mark.parametrize("phrase", ["is afraid", "was worried"])
def test_a_copula_with_an_adjective_of_fear_reports(phrase: str) -> None:
    assert _panin(f"Panin {phrase} that the club would not survive.") == [
        ("viktor-panin", "paraphrase", "the club would not survive")
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "«We had a hard year, - says Panin. - The injuries hurt us.»",
            ["We had a hard year", "The injuries hurt us."],
        ),
        ("«We had a hard year, - says Panin.»", ["We had a hard year"]),
        (
            "«We had a hard year! - Panin exclaimed. - The injuries hurt us.»",
            ["We had a hard year!", "The injuries hurt us."],
        ),
    ],
)
def test_an_attribution_inside_the_marks_between_dashes(body: str, expected: list[str]) -> None:
    assert _panin(body) == [("viktor-panin", "quote", text) for text in expected]


@pytest.mark.parametrize(
    "body",
    [
        "«Fast, cheap - and good», said Panin.",  # a dash with no attribution after it
        "«We lost, - and nobody wrote a word about the referee that day.», said Panin.",
    ],
)
def test_a_dash_inside_the_marks_without_an_attribution_keeps_the_quote_whole(body: str) -> None:
    quote = body[1 : body.index("»")]
    assert _panin(body) == [("viktor-panin", "quote", quote)]


@pytest.mark.parametrize("attribution", ["- he said.", "- Panin added.", "– said Panin."])
def test_a_dashed_attribution_line_names_the_speaker_of_the_dashed_line_above(
    attribution: str,
) -> None:
    body = "- We will not sell our leaders.\n" + attribution
    assert _panin(body) == [("viktor-panin", "quote", "We will not sell our leaders.")]
    assert _panin_rules(body) == ["dash-attribution-line"]


def test_a_dashed_attribution_line_is_never_a_quote_itself() -> None:
    body = "Panin said:\n- We will not sell our leaders.\n- he added."
    assert _panin(body) == [("viktor-panin", "quote", "We will not sell our leaders.")]


def test_a_dashed_attribution_line_after_narration_gives_nothing() -> None:
    assert _panin("The club lost again.\n- he said.") == []


_PAIR = "Deputy Prime Minister Irina Sokolova met economist Oleg Martynov on Monday. "


@pytest.mark.parametrize(
    ("word", "speaker"), [("latter", "oleg-martynov"), ("former", "irina-sokolova")]
)
def test_the_latter_and_the_former_pick_one_of_the_two_people_named_before(
    word: str, speaker: str
) -> None:
    parsed = parse_body(_PAIR + f"The {word} said that the deficit would grow.")
    assert speaker_kind_text(parsed) == [(speaker, "paraphrase", "the deficit would grow")]


def test_the_latter_with_one_person_named_before_names_nobody() -> None:
    text = "Economist Oleg Martynov visited the bank. The latter said"
    assert subject_before(text, text.index("The"), text.index(" said") + 1) is None


def test_a_latter_mention_from_subject_before_is_the_last_name() -> None:
    text = "Irina Sokolova met Oleg Martynov. The latter said"
    mention = subject_before(text, text.index("The"), text.index(" said") + 1)
    assert mention is not None
    assert mention.words == ["Oleg", "Martynov"]


def test_a_dashed_line_with_a_sentence_after_its_verb_is_a_quote_not_an_attribution() -> None:
    body = "Panin said:\n- We will not sell our leaders.\n- He said nothing about the money."
    assert _panin(body) == [
        ("viktor-panin", "quote", "We will not sell our leaders."),
        ("viktor-panin", "quote", "He said nothing about the money."),
    ]


def test_a_dashed_attribution_line_may_end_with_an_adverbial() -> None:
    body = "- We will not sell our leaders.\n- he added after the match."
    assert _panin(body) == [("viktor-panin", "quote", "We will not sell our leaders.")]

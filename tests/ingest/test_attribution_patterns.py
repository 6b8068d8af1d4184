"""Attribution patterns of English news and Russian-press translation (issue 10).

Each test is a short article written here to the shape of one general pattern; no corpus
text.  The figures these patterns move are in ``make eval`` (dev split).
"""

from __future__ import annotations

from tests.ingest.parsing import parse_body, parse_full_text, speaker_kind_text


def test_long_place_and_occasion_after_the_verb_still_attribute_the_quote() -> None:
    parsed = parse_body(
        "Foreign Minister Ilse Marten arrived in Lisbon on Tuesday.\n\n"
        "“We will not bargain over the border,” Marten said in an address to the Atlantic "
        "Policy Forum of Portugal, a private research institute."
    )
    assert speaker_kind_text(parsed) == [
        ("ilse-marten", "quote", "We will not bargain over the border")
    ]


def test_a_time_adverbial_after_the_verb_is_part_of_the_attribution() -> None:
    parsed = parse_body(
        "Foreign Minister Ilse Marten arrived in Lisbon on Tuesday.\n\n"
        "“The door stays open,” Marten said late on Tuesday at a news conference in the old "
        "harbour district of the capital."
    )
    assert speaker_kind_text(parsed) == [("ilse-marten", "quote", "The door stays open")]


def test_a_closing_mark_without_opener_closes_a_quote_from_the_line_start() -> None:
    # Translation layout: the opening mark was lost; the closing one, glued to the last
    # word, is followed by the attribution.
    parsed = parse_body(
        "Deputy mayor Boris Lentov spoke about the harbour budget.\n"
        'The works will end in spring, and the quay opens in May," said Lentov.'
    )
    assert speaker_kind_text(parsed) == [
        ("boris-lentov", "quote", "The works will end in spring, and the quay opens in May"),
    ]


def test_the_quote_may_hold_a_quoted_name_before_its_closing_mark() -> None:
    parsed = parse_body(
        "Deputy mayor Boris Lentov spoke about the harbour budget.\n"
        'The "Northern Quay" project is the city\'s pride," Lentov noted.'
    )
    assert speaker_kind_text(parsed) == [
        ("boris-lentov", "quote", 'The "Northern Quay" project is the city\'s pride'),
    ]


def test_unmarked_lines_before_a_closing_mark_are_the_speakers_a_few_at_most() -> None:
    parsed = parse_body(
        "Deputy mayor Boris Lentov presented the harbour budget on Friday.\n"
        "The city owns four piers.\n"
        "Two of them will be rebuilt next year.\n"
        "The money comes from the regional fund.\n"
        'We will not raise the port fees," said Lentov.'
    )
    assert speaker_kind_text(parsed) == [
        ("boris-lentov", "quote", "Two of them will be rebuilt next year."),
        ("boris-lentov", "quote", "The money comes from the regional fund."),
        ("boris-lentov", "quote", "We will not raise the port fees"),
    ]


def test_a_line_with_a_speech_verb_stops_the_lines_a_closing_mark_claims() -> None:
    parsed = parse_body(
        "Deputy mayor Boris Lentov presented the harbour budget on Friday.\n"
        "He noted that the city owns four piers.\n"
        'Two of them will be rebuilt next year," said Lentov.'
    )
    assert ("boris-lentov", "quote", "Two of them will be rebuilt next year") in speaker_kind_text(
        parsed
    )
    assert all(s.text != "He noted that the city owns four piers." for s in parsed.statements)


def test_a_curly_mark_typed_as_opener_is_no_closing_mark() -> None:
    parsed = parse_body(
        "Deputy mayor Boris Lentov presented the harbour budget on Friday.\n\n"
        "Lentov said the odds of full funding were ”slim.”"
    )
    assert all(not s.text.startswith("Lentov said") for s in parsed.statements)


def test_unmarked_lines_between_two_quotes_of_one_speaker_are_hers() -> None:
    parsed = parse_body(
        'The coach Irina Sobol told reporters: "We played our worst half of the season."\n'
        "The defence was asleep.\n"
        "Nobody tracked the runners.\n"
        '"But I trust these players," she said.'
    )
    assert speaker_kind_text(parsed) == [
        ("irina-sobol", "quote", "We played our worst half of the season."),
        ("irina-sobol", "quote", "The defence was asleep."),
        ("irina-sobol", "quote", "Nobody tracked the runners."),
        ("irina-sobol", "quote", "But I trust these players"),
    ]


def test_lines_before_a_speaker_named_again_are_the_narrators() -> None:
    parsed = parse_body(
        'The coach Irina Sobol told reporters: "We played our worst half of the season."\n'
        "The club has lost four games in a row.\n"
        "It sits ninth in the table.\n"
        'Irina Sobol, the head coach of the club, added: "But I trust these players."'
    )
    texts = [s.text for s in parsed.statements]
    assert "The club has lost four games in a row." not in texts
    assert "It sits ninth in the table." not in texts
    assert "But I trust these players." in texts


def test_accused_reports_its_object_and_what_it_is_accused_of() -> None:
    parsed = parse_body(
        "Trade Commissioner Hanne Solvik met the press in Brussels.\n\n"
        "Solvik accused the two carmakers of hiding the test results."
    )
    assert speaker_kind_text(parsed) == [
        ("hanne-solvik", "paraphrase", "the two carmakers of hiding the test results")
    ]


def test_a_day_between_the_speaker_and_the_verb_is_no_subject() -> None:
    parsed = parse_body(
        "Trade Commissioner Hanne Solvik on Thursday warned that tariffs would rise in June."
    )
    assert speaker_kind_text(parsed) == [
        ("hanne-solvik", "paraphrase", "tariffs would rise in June")
    ]


def test_a_contracted_pronoun_opens_a_reported_clause() -> None:
    parsed = parse_body(
        "Lawyer Tomas Brevik represents three of the families.\n\n"
        "Brevik said he's glad the inquiry will go on."
    )
    assert speaker_kind_text(parsed) == [
        ("tomas-brevik", "paraphrase", "he's glad the inquiry will go on")
    ]


def test_a_possessive_opens_a_reported_clause() -> None:
    parsed = parse_body(
        "Senator Ruth Calloway spoke after the vote.\n\n"
        "Calloway said Norway's prisons are a sign of deeper trouble."
    )
    assert speaker_kind_text(parsed) == [
        ("ruth-calloway", "paraphrase", "Norway's prisons are a sign of deeper trouble")
    ]


def test_a_verb_only_past_form_makes_a_bare_clause() -> None:
    parsed = parse_body(
        "Police Chief Ana Quiroga spoke to reporters on Tuesday.\n\n"
        "Quiroga says rescue divers reached the boat within minutes."
    )
    assert speaker_kind_text(parsed) == [
        ("ana-quiroga", "paraphrase", "rescue divers reached the boat within minutes")
    ]


def test_a_plural_role_noun_is_a_group_not_the_last_person_named() -> None:
    parsed = parse_body(
        "Dr. Lena Moor, a paediatrician, signed the letter with forty colleagues.\n\n"
        "“The clinics need vaccines now,” the doctors stated.\n\n"
        "The physicians said that the outbreak could spread by March."
    )
    assert parsed.statements == []


def test_a_singular_role_noun_still_refers_back() -> None:
    parsed = parse_body(
        "Dr. Lena Moor, a paediatrician, signed the letter on Monday.\n\n"
        "“The clinics need vaccines now,” the paediatrician said."
    )
    assert speaker_kind_text(parsed) == [("lena-moor", "quote", "The clinics need vaccines now")]


def test_a_list_entry_under_a_known_name_is_no_transcript_turn() -> None:
    parsed = parse_body(
        "Officers stopped a car driven by Karl J. Dorn, 41, on Main Street.\n\n"
        "Those arrested face the following charges:\n\n"
        "Karl J. Dorn: Possession of a stolen vehicle, driving without a licence.\n\n"
        "Mayor Tomas Hruby spoke to us.\n\nHruby: We will hire more officers."
    )
    assert speaker_kind_text(parsed) == [("tomas-hruby", "quote", "We will hire more officers.")]


def test_a_passive_as_told_by_source_opens_a_paraphrase() -> None:
    parsed = parse_body(
        "As told to the Harbour Gazette by Nils Ekberg, the director of the port authority, "
        "the new quay will open in May."
    )
    assert speaker_kind_text(parsed) == [
        ("nils-ekberg", "paraphrase", "the new quay will open in May")
    ]


def test_according_to_after_a_sentence_adverb() -> None:
    parsed = parse_body(
        "Deputy Vera Lind tabled the amendments on Monday.\n\n"
        "However, according to the deputy, the current law protects nobody."
    )
    assert speaker_kind_text(parsed) == [
        ("vera-lind", "paraphrase", "the current law protects nobody")
    ]


def test_as_the_role_announced_opens_a_paraphrase() -> None:
    parsed = parse_body(
        "The mayor, Vera Lind, returned from the capital on Monday.\n\n"
        "As the mayor announced, the city will rebuild the bridge next year."
    )
    assert speaker_kind_text(parsed) == [
        ("vera-lind", "paraphrase", "the city will rebuild the bridge next year")
    ]


def test_a_role_with_a_short_of_phrase_is_a_subject() -> None:
    parsed = parse_body(
        "The mayor, Vera Lind, returned from the capital on Monday.\n\n"
        "The mayor of the city believes that the bridge must be rebuilt."
    )
    assert speaker_kind_text(parsed) == [("vera-lind", "paraphrase", "the bridge must be rebuilt")]


def test_a_surname_may_come_before_the_full_name() -> None:
    parsed = parse_body(
        "“Two launches are one too many,” Varga said.\n\n"
        "The hearing opened on Tuesday. “Fewer launches mean fewer risks,” said Erik Varga, a "
        "former agency administrator."
    )
    assert speaker_kind_text(parsed) == [
        ("erik-varga", "quote", "Two launches are one too many"),
        ("erik-varga", "quote", "Fewer launches mean fewer risks"),
    ]


def test_a_quote_closing_a_paragraph_goes_on_with_its_reported_speaker() -> None:
    parsed = parse_body(
        "Defence lawyer Marek Hollis spoke outside the court.\n\n"
        "Most guards follow the rules, Hollis said. “But should two of them carry the blame "
        "for a whole system?”"
    )
    assert speaker_kind_text(parsed) == [
        ("marek-hollis", "paraphrase", "Most guards follow the rules"),
        ("marek-hollis", "quote", "But should two of them carry the blame for a whole system?"),
    ]


def test_quoted_words_are_what_the_subject_called_something() -> None:
    parsed = parse_body(
        "Senator Ruth Calloway opened the hearing on Tuesday.\n\n"
        "Calloway called the escape “a failure of every safeguard” at the prison.\n\n"
        "Professor Ivo Stann describes the early results as “promising,” for now."
    )
    assert speaker_kind_text(parsed) == [
        ("ruth-calloway", "quote", "a failure of every safeguard"),
        ("ivo-stann", "quote", "promising"),
    ]


def test_an_adverb_before_the_participle_ends_the_attribution() -> None:
    parsed = parse_body(
        "Senator Ruth Calloway questioned the warden, Ada Brisk, on Tuesday.\n\n"
        "“You run this prison,” Calloway told Brisk, repeatedly asking for an account of the "
        "night in question."
    )
    assert ("ruth-calloway", "quote", "You run this prison") in speaker_kind_text(parsed)


def test_a_director_at_a_municipal_agency_is_an_official() -> None:
    parsed = parse_body(
        "As told to the Harbour Gazette by Nils Ekberg, the director of the traffic department "
        "of the municipal agency of Tallinn, the new tram line will open in May."
    )
    assert [(p.slug, p.kind) for p in parsed.people] == [("nils-ekberg", "official")]


def test_an_age_reference_means_the_person_who_spoke_not_the_last_named() -> None:
    parsed = parse_body(
        "Coach Ivo Marek said the club had made him a fine offer.\n\n"
        "He replaces Tomas Berka, who was sacked last night.\n\n"
        'The 56-year-old said after his appointment: "I am proud to join a club with such '
        'a history."'
    )
    assert speaker_kind_text(parsed)[-1] == (
        "ivo-marek",
        "quote",
        "I am proud to join a club with such a history.",
    )


def test_according_to_the_age_and_nationality_refers_back() -> None:
    parsed = parse_body(
        "Goalkeeper Pavel Rusin admitted that he must play better.\n\n"
        "According to the 40-year-old Russian, he will keep working hard at practice."
    )
    assert speaker_kind_text(parsed)[-1] == (
        "pavel-rusin",
        "paraphrase",
        "he will keep working hard at practice",
    )


def test_an_age_reference_with_nobody_who_spoke_or_a_thing_or_a_plural_is_nobody() -> None:
    parsed = parse_body(
        "Anna Lind bought the old mill on Friday.\n\n"
        "The 40-year-old building said to be haunted was sold.\n\n"
        "The 56-year-old said the roof would be repaired first."
    )
    assert speaker_kind_text(parsed) == []


def test_an_age_before_the_name_after_the_verb_is_no_part_of_it() -> None:
    parsed = parse_body(
        '"I could not stand for more than a minute," wrote 43-year-old Mark Tallis of Leeds '
        "in a case study."
    )
    assert speaker_kind_text(parsed) == [
        ("mark-tallis", "quote", "I could not stand for more than a minute")
    ]
    assert [p.name for p in parsed.people] == ["Mark Tallis"]


def test_a_speakers_run_of_lines_ends_at_a_line_presenting_someone_else() -> None:
    parsed = parse_body(
        "Power engineer Oleg Brant recounted:\n"
        '"We lifted the nest with a crane in the morning.\n'
        "The birds came back the same evening.\n"
        "The local biologist Maria Sorokina advised the crews at every stage.\n"
        "For a start, they counted the unsafe nests in the region."
    )
    assert [s.text for s in parsed.statements] == [
        "We lifted the nest with a crane in the morning.",
        "The birds came back the same evening.",
    ]


def test_let_us_recall_is_the_editor_not_the_speaker() -> None:
    parsed = parse_body(
        "Club doctor Ivan Petrov described the incident:\n"
        "- We saw him run onto the pitch, and our stewards stopped the play.\n"
        "Then he climbed over the stand and we lost sight of him.\n"
        "Let us recall that the club will play its next two matches without fans."
    )
    assert [s.text for s in parsed.statements] == [
        "We saw him run onto the pitch, and our stewards stopped the play.",
        "Then he climbed over the stand and we lost sight of him.",
    ]


def test_a_determiner_after_the_verb_opens_a_clause_only_with_a_verb_soon_after() -> None:
    parsed = parse_body(
        "Finance Minister Lena Varga added the fund to her blacklist in March.\n\n"
        "Economist Petr Dolan said the decision was overdue.\n\n"
        "Minister Karl Osten said the release of the prisoners “gives us hope”."
    )
    assert [(s.speaker, s.text) for s in parsed.statements] == [
        ("petr-dolan", "the decision was overdue"),
        ("karl-osten", "the release of the prisoners “gives us hope”"),
    ]


def test_with_nobody_who_spoke_an_age_reference_means_the_headlines_subject() -> None:
    parsed = parse_full_text(
        "Ivo Marek agrees deal to replace Tomas Berka as coach\n\n"
        "Ivo Marek has signed a contract until 2027.\n\n"
        "Berka was sacked last night after five years in charge.\n\n"
        'The 56-year-old said after his appointment: "I am proud to join this club."'
    )
    assert speaker_kind_text(parsed) == [("ivo-marek", "quote", "I am proud to join this club.")]


def test_an_advised_action_after_an_advice_verb_is_reported() -> None:
    parsed = parse_body(
        "Financial planner Rita Moss suggests keeping a year of expenses in cash.\n\n"
        "Moss encourages taking up a second job to diversify income.\n\n"
        "Moss suggested a meeting."
    )
    assert speaker_kind_text(parsed) == [
        ("rita-moss", "paraphrase", "keeping a year of expenses in cash"),
        ("rita-moss", "paraphrase", "taking up a second job to diversify income"),
    ]


def test_a_parenthetical_attribution_before_a_long_predicate_and_the_quote_after_it() -> None:
    parsed = parse_body(
        "Dr. Ann Herbert, an immunologist at Penn, studies cells.\n\n"
        "The tuft cell, Herbert said, is constantly sensing the metabolic products present "
        "in the body. “Once those products go out of whack, tuft cells recognize it.”"
    )
    assert speaker_kind_text(parsed) == [
        (
            "ann-herbert",
            "paraphrase",
            "The tuft cell, Herbert said, is constantly sensing the metabolic products "
            "present in the body",
        ),
        ("ann-herbert", "quote", "Once those products go out of whack, tuft cells recognize it."),
    ]


def test_expects_to_reports_the_subjects_forecast_but_is_expected_to_does_not() -> None:
    parsed = parse_body(
        "NASA administrator Jim Brandt spoke at the hearing.\n\n"
        "Brandt expects to produce three rockets through 2024. “Adding a fourth could "
        "happen.”\n\n"
        "The agency is expected to publish its budget in May."
    )
    assert speaker_kind_text(parsed) == [
        ("jim-brandt", "paraphrase", "to produce three rockets through 2024"),
        ("jim-brandt", "quote", "Adding a fourth could happen."),
    ]


def test_adding_that_hangs_on_the_attribution_before_its_comma() -> None:
    parsed = parse_body(
        "Union leader Alex Etman spoke to the press.\n\n"
        '"The plant will cut the night shift," he explained, adding that the budget ignores '
        "the job cuts.\n\n"
        '"Prices are rising," said economist Maria Lopez, adding that the bank would act.\n\n'
        "Rain fell all day, adding to the misery of the fans."
    )
    assert speaker_kind_text(parsed) == [
        ("alex-etman", "quote", "The plant will cut the night shift"),
        ("alex-etman", "paraphrase", "the budget ignores the job cuts"),
        ("maria-lopez", "quote", "Prices are rising"),
        ("maria-lopez", "paraphrase", "the bank would act"),
    ]


def test_a_surname_may_mean_a_full_name_first_seen_in_the_possessive() -> None:
    parsed = parse_body(
        "The slogan drew laughs online, but Michelle Varga’s response was concern.\n\n"
        "“I guess my first reaction was worry,” Varga said."
    )
    assert speaker_kind_text(parsed) == [
        ("michelle-varga", "quote", "I guess my first reaction was worry")
    ]

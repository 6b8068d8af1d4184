"""Patterns that real news uses (issue 10), each in a short article written here.

No corpus text: every sentence below is made up to mimic the shape of the pattern.
"""

from __future__ import annotations

from tests.ingest.parsing import parse_body, parse_full_text, speaker_kind_text


def test_a_surname_finds_a_full_name_used_before_without_a_role() -> None:
    parsed = parse_body(
        "Marta Kowalczyk scored twice in the second half on Sunday.\n\n"
        "“We were patient and it paid off,” Kowalczyk said."
    )
    assert speaker_kind_text(parsed) == [
        ("marta-kowalczyk", "quote", "We were patient and it paid off")
    ]
    assert [p.name for p in parsed.people] == ["Marta Kowalczyk"]


def test_a_lone_surname_never_seen_in_full_is_nobody() -> None:
    parsed = parse_body("“We were patient and it paid off,” Kowalczyk said.")
    assert parsed.statements == []


def test_reporting_verbs_are_an_open_class_with_every_inflection() -> None:
    parsed = parse_body(
        "Senator Olga Brandt, chair of the budget committee, spoke on Monday.\n\n"
        "Brandt underscored that the deficit would shrink next year.\n\n"
        "“The numbers do not lie,” Brandt conceded.\n\n"
        "Brandt also denies that the plan was rushed."
    )
    assert speaker_kind_text(parsed) == [
        ("olga-brandt", "paraphrase", "the deficit would shrink next year"),
        ("olga-brandt", "quote", "The numbers do not lie"),
        ("olga-brandt", "paraphrase", "the plan was rushed"),
    ]


def test_reassured_reports_its_clause_with_or_without_an_audience() -> None:
    parsed = parse_body(
        "Energy Minister Tomas Vell spoke in Varsk.\n\n"
        "Vell reassured that the pipeline deal would be signed in June.\n\n"
        "Vell also reassured investors that the tariffs would stay.\n\n"
        "The coach reassured the fans."
    )
    assert speaker_kind_text(parsed) == [
        ("tomas-vell", "paraphrase", "the pipeline deal would be signed in June"),
        ("tomas-vell", "paraphrase", "the tariffs would stay"),
    ]


def test_a_reported_clause_may_open_with_an_amount() -> None:
    parsed = parse_body(
        "Jon Orvell, the alliance's secretary-general, said 98 of the 99 members voted.\n\n"
        "Ada Lind, a grid engineer, said 3,000 homes had lost power.\n\n"
        "Karl Ek, a budget analyst, said $5 million had been spent.\n\n"
        "Tom Hale, a pollster, said 70% of voters backed the plan.\n\n"
        "Ulf Rask, a banker, said 2024 would be a hard year.\n\n"
        # no verb after the amount: an adverbial or an object, no clause
        "Lena Moss, a singer, said 40 times on stage how sorry she was.\n\n"
        "Pia Dahl, a clerk, said 3 words to me and left."
    )
    assert speaker_kind_text(parsed) == [
        ("jon-orvell", "paraphrase", "98 of the 99 members voted"),
        ("ada-lind", "paraphrase", "3,000 homes had lost power"),
        ("karl-ek", "paraphrase", "$5 million had been spent"),
        ("tom-hale", "paraphrase", "70% of voters backed the plan"),
        ("ulf-rask", "paraphrase", "2024 would be a hard year"),
    ]


def test_urged_reports_its_object() -> None:
    parsed = parse_body(
        "Defence Minister Piet Vollmer spoke in Oslo.\n\n"
        "Vollmer urged both sides to return to the talks."
    )
    assert speaker_kind_text(parsed) == [
        ("piet-vollmer", "paraphrase", "both sides to return to the talks")
    ]


def test_the_verb_lexicon_inflects_every_lemma() -> None:
    from app.ingest.vocabulary import reporting_verbs

    verbs = reporting_verbs()
    for form in ("cites", "cited", "related", "recommends", "complained", "saying", "says"):
        assert form in verbs, form
    assert "seen" not in verbs  # a bare past participle reports nothing
    assert "bare" in verbs["underscored"]
    assert "tell" in verbs["told"]


def test_translation_layout_lines_after_a_dash_attribution_go_on() -> None:
    parsed = parse_full_text(
        "The striker of the city club Pavel Orlin emphasized: he must score more goals.\n\n"
        "We were slow in the first half, - the club's website quotes Orlin.\n"
        "- I have to move more without the ball.\n"
        "You cannot wait for the pass all evening.\n"
        "Did the coach speak to you after the game?\n"
        "Next week I will be sharper.\n"
    )
    assert speaker_kind_text(parsed) == [
        ("pavel-orlin", "paraphrase", "he must score more goals"),
        ("pavel-orlin", "quote", "We were slow in the first half"),
        ("pavel-orlin", "quote", "I have to move more without the ball."),
        ("pavel-orlin", "quote", "You cannot wait for the pass all evening."),
        ("pavel-orlin", "quote", "Next week I will be sharper."),
    ]


def test_translation_layout_an_unclosed_quote_goes_on_over_unmarked_lines() -> None:
    parsed = parse_full_text(
        "Regional parliament passes the housing law\n\n"
        "Deputies approved the law on Tuesday.\n"
        'Ilya Dorn, chairman of the regional assembly, stated: "The law is fair.\n'
        "Nobody will pay twice for one repair.\n"
        'The money stays in the building."\n'
    )
    assert speaker_kind_text(parsed) == [
        ("ilya-dorn", "quote", "The law is fair."),
        ("ilya-dorn", "quote", "Nobody will pay twice for one repair."),
        ("ilya-dorn", "quote", "The money stays in the building."),
    ]


def test_blank_line_layout_keeps_the_dash_attribution_to_its_paragraph() -> None:
    parsed = parse_body(
        "We were slow in the first half, - said Pavel Orlin, the club captain.\n\n"
        "The club plays again on Sunday."
    )
    assert speaker_kind_text(parsed) == [("pavel-orlin", "quote", "We were slow in the first half")]


def test_a_lead_sentence_on_the_first_line_is_parsed_too() -> None:
    parsed = parse_full_text(
        "Economist Lena Fischer of the Kiel Bank said on Monday that rates would stay high.\n\n"
        "The bank meets again in June."
    )
    assert parsed.title.startswith("Economist Lena Fischer")
    assert speaker_kind_text(parsed) == [("lena-fischer", "paraphrase", "rates would stay high")]


def test_every_statement_shows_its_cue_rule_and_confidence() -> None:
    parsed = parse_body(
        "Jane Doe, chief economist at Foo Bank, said rates would fall.\n\n"
        "“It will take a year,” Doe said. “Maybe two.”\n\n"
        "According to Doe, the bank is cautious.\n\n"
        "– Prices rise, – says Doe."
    )
    assert len(parsed.statements) == 5
    for statement in parsed.statements:
        evidence = statement.attribution
        assert evidence is not None
        assert evidence.rule
        assert 0.0 < evidence.confidence <= 1.0
        if evidence.cue is not None:
            assert evidence.cue_start is not None
            assert evidence.cue_end is not None
            assert parsed.text[evidence.cue_start : evidence.cue_end] == evidence.cue
    assert [
        (s.attribution.rule, s.attribution.cue) for s in parsed.statements if s.attribution
    ] == [
        ("reported-clause", "said"),
        ("quote-after", "said"),
        ("quote-split", "said"),
        ("according-to", "According to"),
        ("russian-dash", "says"),
    ]


def test_a_surname_that_is_also_a_title_stays_in_the_name() -> None:
    parsed = parse_body(
        "Michael Bishop, a historian at Lund University, spoke first.\n\n"
        "“The archive was never closed,” Bishop said."
    )
    assert speaker_kind_text(parsed) == [
        ("michael-bishop", "quote", "The archive was never closed")
    ]
    person = parsed.people[0]
    assert (person.role, person.organization) == ("historian", "Lund University")


def test_jobs_from_the_one_role_vocabulary_make_roles() -> None:
    parsed = parse_body(
        "“We defended too deep,” said Pavel Orlin, the goalkeeper of Dynamo Minsk.\n\n"
        "NASA Administrator Rita Vance said the launch would slip."
    )
    people = {p.slug: (p.role, p.organization) for p in parsed.people}
    assert people == {
        "pavel-orlin": ("goalkeeper", "Dynamo Minsk"),
        "rita-vance": ("Administrator", "NASA"),
    }


def test_one_title_list() -> None:
    from app.ingest.mentions import ALL_TITLE_WORDS as _TITLE_WORDS
    from app.ingest.people.names import TITLE_ABBREVIATIONS, TITLE_WORDS
    from app.ingest.vocabulary import word_list

    listed = {word.rstrip(".") for word in word_list("titles.txt")}
    assert listed == TITLE_WORDS | TITLE_ABBREVIATIONS
    assert listed == _TITLE_WORDS
    assert "sen" not in TITLE_WORDS  # "Amrita Sen" is a name; only "Sen." is a title


def test_attribution_after_the_quote_with_words_around_the_name() -> None:
    parsed = parse_body(
        "Diego Arrieta won in two sets. Kathleen Marsh, director of the Bureau, testified.\n\n"
        '"I played one of my best matches," the 14th-ranked Arrieta said. "Guido helped me."\n\n'
        '"We do not want those people" working in prisons, she said. "It was a black eye."\n\n'
        "“We pray for both men,” said White House Press Secretary Stephanie Grisham."
    )
    assert speaker_kind_text(parsed) == [
        ("diego-arrieta", "quote", "I played one of my best matches"),
        ("diego-arrieta", "quote", "Guido helped me."),
        ("kathleen-marsh", "quote", "We do not want those people"),
        ("kathleen-marsh", "quote", "It was a black eye."),
        ("stephanie-grisham", "quote", "We pray for both men"),
    ]
    grisham = next(p for p in parsed.people if p.slug == "stephanie-grisham")
    assert (grisham.role, grisham.organization, grisham.kind) == (
        "Press Secretary",
        "White House",
        "official",
    )


def test_a_straight_opening_mark_may_close_curly() -> None:
    parsed = parse_body('Ann Lee, a senator, spoke.\n\n"A great day for our state!” Lee tweeted.')
    assert speaker_kind_text(parsed) == [("ann-lee", "quote", "A great day for our state!")]


def test_according_to_in_the_middle_or_at_the_end_and_as_x_reports() -> None:
    parsed = parse_body(
        "Jerry Kolb, an inspector at the agency, spoke.\n\n"
        "The prize came in May, however, according to Kolb, the team had no time to rest.\n\n"
        "The inspectors worked nights, according to Kolb.\n\n"
        "As Emma Fenn reports for the radio, the first cases came to light last week."
    )
    assert speaker_kind_text(parsed) == [
        ("jerry-kolb", "paraphrase", "the team had no time to rest"),
        ("jerry-kolb", "paraphrase", "The inspectors worked nights"),
        ("emma-fenn", "paraphrase", "the first cases came to light last week"),
    ]


def test_a_title_and_surname_name_someone_a_later_surname_means() -> None:
    parsed = parse_body(
        "President Okafor tied himself to the outcome.\n\n"
        "“Voters are not buying it,” Okafor said at a rally on Friday."
    )
    assert speaker_kind_text(parsed) == [("okafor", "quote", "Voters are not buying it")]
    person = parsed.people[0]
    assert (person.role, person.kind) == ("President", "official")


def test_a_hyphenated_job_is_a_role() -> None:
    parsed = parse_body(
        '"Rain falls everywhere on the moon," said study co-author Ana Sol, a research fellow.'
    )
    assert speaker_kind_text(parsed) == [("ana-sol", "quote", "Rain falls everywhere on the moon")]


def test_translation_layout_a_comma_attribution_with_a_quoted_outlet_carries_on() -> None:
    parsed = parse_full_text(
        "Coach speaks after the defeat\n\n"
        'The coach of "Avangard" Ivan Petrenko, speaking about the match against "Salut", '
        "noted that the team had analysed the defeat.\n"
        'The expert emphasized that "Avangard" needs more focus on defence.\n'
        'We watched the video of the match, the official site of "Avangard" quotes Petrenko.\n'
        "- We lost a lot of pucks.\n"
        "According to statistics they had five attacks on us.\n"
    )
    assert speaker_kind_text(parsed) == [
        ("ivan-petrenko", "paraphrase", "the team had analysed the defeat"),
        ("ivan-petrenko", "paraphrase", '"Avangard" needs more focus on defence'),
        ("ivan-petrenko", "quote", "We watched the video of the match"),
        ("ivan-petrenko", "quote", "We lost a lot of pucks."),
        ("ivan-petrenko", "quote", "According to statistics they had five attacks on us."),
    ]
    person = parsed.people[0]
    assert (person.role, person.organization) == ("coach", "Avangard")


def test_the_place_before_a_surname_is_the_organisation() -> None:
    parsed = parse_body(
        "Dalia Rimkute spoke on Monday.\n\n"
        "On the previous day the president of Lithuania Rimkute announced that she knew "
        "about the campaign."
    )
    assert speaker_kind_text(parsed) == [
        ("dalia-rimkute", "paraphrase", "she knew about the campaign")
    ]
    person = parsed.people[0]
    assert (person.role, person.organization, person.kind) == ("president", "Lithuania", "official")


def test_police_military_and_civil_servants_are_officials() -> None:
    parsed = parse_body(
        "Tom Hale, a prison officer at the county jail, said the checks were skipped.\n\n"
        "Ann Roe, the district police commander, said the road was closed.\n\n"
        "Eva Lind, a defense attorney, said her client would appeal."
    )
    kinds = {p.slug: p.kind for p in parsed.people}
    assert kinds == {"tom-hale": "official", "ann-roe": "official", "eva-lind": "expert"}


def test_a_relative_clause_after_the_attribution() -> None:
    parsed = parse_body(
        "Marco Clare, the chair, wrote to staff.\n\n"
        "“It is hard,” Clare said in the email, which was seen by The Daily Ledger. "
        "“We are going to cut.”"
    )
    assert speaker_kind_text(parsed) == [
        ("marco-clare", "quote", "It is hard"),
        ("marco-clare", "quote", "We are going to cut."),
    ]


def test_capitalised_words_that_are_no_names() -> None:
    parsed = parse_body(
        "Coach Rita Vale spoke after the game against the NBA-leading Lakers.\n\n"
        "“We were slow,” Vale said.\n\n"
        "Amnesty International said the footage was verified.\n\n"
        "Would Adam Shore say that the plan was fair?"
    )
    assert speaker_kind_text(parsed) == [("rita-vale", "quote", "We were slow")]
    assert [p.slug for p in parsed.people] == ["rita-vale"]


def test_a_run_of_lines_ends_after_many_lines_without_the_first_person() -> None:
    lines = "\n".join(f"The council also approved item number {n}." for n in range(1, 10))
    parsed = parse_full_text(
        "Council votes\n\n"
        'Ilya Dorn, chairman of the regional assembly, stated: "We will build it.\n' + lines + "\n"
    )
    said = speaker_kind_text(parsed)
    assert said[0] == ("ilya-dorn", "quote", "We will build it.")
    assert len(said) == 1 + 7  # seven impersonal lines go on, the eighth is narration


def test_a_party_and_state_tag_names_a_member_of_congress() -> None:
    parsed = parse_body("Rep. Ana Ruiz (D-Minn.) said the bill would pass this week.")
    person = parsed.people[0]
    assert (person.name, person.role, person.organization, person.kind) == (
        "Ana Ruiz",
        "Rep.",
        "U.S.",
        "official",
    )


def test_a_role_given_in_a_sentence_of_its_own() -> None:
    parsed = parse_body(
        "Ann Lee is the current chairman of the Harbour Council.\n\n“We will wait,” Lee said."
    )
    person = parsed.people[0]
    assert (person.name, person.role, person.organization) == (
        "Ann Lee",
        "chairman",
        "Harbour Council",
    )


def test_a_one_word_quote_with_its_comma_is_speech_not_a_name() -> None:
    parsed = parse_body(
        "To Marta Kowal, the record means little, and Ben Adeyemi scored 34 points.\n\n"
        "“Amazing,” Adeyemi said. “She does it against every team.”"
    )
    assert speaker_kind_text(parsed) == [
        ("ben-adeyemi", "quote", "Amazing"),
        ("ben-adeyemi", "quote", "She does it against every team."),
    ]


def test_translation_layout_a_long_role_phrase_before_the_name_after_a_dash() -> None:
    parsed = parse_full_text(
        "Storks saved\n\n"
        "When our crew arrived, the nest still hung on, - recounted the technical director of "
        'the "Oblenergo" company Sergei Belov.\n'
        "Corrosion had begun on the wires inside the nest.\n"
    )
    assert speaker_kind_text(parsed) == [
        ("sergei-belov", "quote", "When our crew arrived, the nest still hung on"),
        ("sergei-belov", "quote", "Corrosion had begun on the wires inside the nest."),
    ]


def test_translation_layout_a_stray_mark_before_a_colon_and_a_long_announcement() -> None:
    parsed = parse_full_text(
        "Runner on the field\n\n"
        "Artem Gorin, head of the safety committee, spoke to reporters.\n"
        '"In addition, Gorin told of how the fan managed to get onto the field: "It emerged '
        "that he got through to an ambulance.\n"
        "He approached the ambulance and then ran to the field.\n"
    )
    quotes = [said for said in speaker_kind_text(parsed) if said[1] == "quote"]
    assert quotes == [
        ("artem-gorin", "quote", "It emerged that he got through to an ambulance."),
        ("artem-gorin", "quote", "He approached the ambulance and then ran to the field."),
    ]


def test_a_name_in_the_headline_is_found_by_a_later_surname() -> None:
    parsed = parse_full_text(
        "Zed Parlow heats up, scores twice\n\n“You can go either way,” Parlow said."
    )
    assert speaker_kind_text(parsed) == [("zed-parlow", "quote", "You can go either way")]


def test_as_x_notes_inside_a_sentence_and_more_reporting_verbs() -> None:
    parsed = parse_body(
        "Dr. Dara Hobbs, an immunologist at Penn, studies tuft cells.\n\n"
        "For example, as Hobbs notes, the cells taste traces of pathogens.\n\n"
        "Hobbs speculates that the cells repair damage."
    )
    assert speaker_kind_text(parsed) == [
        ("dara-hobbs", "paraphrase", "the cells taste traces of pathogens"),
        ("dara-hobbs", "paraphrase", "the cells repair damage"),
    ]


def test_roles_that_name_no_job_are_dropped_and_plural_jobs_singular() -> None:
    from app.ingest.people.roles import split_role

    assert split_role("who joked about the sticks") == (None, None)
    assert split_role("one of his editors at Tor") == ("editor", "Tor")
    assert split_role("founding members") == ("founding member", None)
    assert split_role("summertime phone call") == (None, None)


def test_a_particle_is_no_given_name() -> None:
    parsed = parse_body(
        "Reporter Jason La Cava broke the story.\n\n"
        "La Cava said the league would fine the player.\n\n"
        "Employee Steve Castro told the paper that he fought with the man."
    )
    assert speaker_kind_text(parsed) == [
        ("jason-la-cava", "paraphrase", "the league would fine the player"),
        ("steve-castro", "paraphrase", "he fought with the man"),
    ]


def test_a_surname_subject_takes_the_pronoun_that_follows() -> None:
    parsed = parse_body(
        "Actress Mary Stone produced the film. Jessie Barclay sang its title song.\n\n"
        "“It was a gift,” Stone said.\n\n"
        "Barclay, who had not sung in years, worried about the song. "
        "“But the story moved me,” she said."
    )
    assert speaker_kind_text(parsed) == [
        ("mary-stone", "quote", "It was a gift"),
        ("jessie-barclay", "quote", "But the story moved me"),
    ]


def test_an_apposition_running_over_a_place_and_a_second_role() -> None:
    parsed = parse_body(
        '"Experiments like this pay off," Dylan Nash, a fellow at the Max Planck Institute '
        'in Munich, Germany, and co-author of the study, said in a statement. "We see it."'
    )
    assert speaker_kind_text(parsed) == [
        ("dylan-nash", "quote", "Experiments like this pay off"),
        ("dylan-nash", "quote", "We see it."),
    ]


def test_a_parenthetical_attribution_reports_the_whole_sentence() -> None:
    parsed = parse_body(
        "Dr. Ann Herbert, an immunologist at Penn, studies cells.\n\n"
        "The tuft cell, Herbert said, is constantly sensing the metabolites.\n\n"
        "This system, says Rick Locks, an immunologist at the University of Utah, helps "
        "direct a response."
    )
    assert speaker_kind_text(parsed) == [
        (
            "ann-herbert",
            "paraphrase",
            "The tuft cell, Herbert said, is constantly sensing the metabolites",
        ),
        (
            "rick-locks",
            "paraphrase",
            "This system, says Rick Locks, an immunologist at the University of Utah, helps "
            "direct a response",
        ),
    ]
    assert all(s.attribution and s.attribution.rule == "parenthetical" for s in parsed.statements)


def test_hinted_and_disputed_report() -> None:
    parsed = parse_body(
        "Envoy Kurt Vance testified on Tuesday.\n\n"
        "Vance disputed that he had run an irregular channel.\n\n"
        "Vance also hinted that the call was a mistake."
    )
    assert [s.text for s in parsed.statements] == [
        "he had run an irregular channel",
        "the call was a mistake",
    ]


def test_as_x_reports_ends_before_an_outlet_tail() -> None:
    # "As X said, …" shares the reported clause's end: the outlet after ", according to"
    # is where the report came from, not part of what was said.
    parsed = parse_body(
        "As Emma Fenn reports for the radio, the first cases came to light last week, "
        "according to Harbor News."
    )
    assert speaker_kind_text(parsed) == [
        ("emma-fenn", "paraphrase", "the first cases came to light last week")
    ]

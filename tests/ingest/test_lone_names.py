"""A person the article names by one word only (issue 10, patterns r2 P1 and r3 A12): a
surname all through, a role and one surname, or a mononym, in a speech frame.  And the
guards: places, bodies, outlets, common words and plural nouns in the same frames are
nobody.  Sentences are made up; none is from the corpus."""

from __future__ import annotations

from tests.ingest.parsing import parse_body, speaker_text


def _people(body: str) -> dict[str, str | None]:
    return {person.slug: person.role for person in parse_body(body).people}


def test_a_surname_after_a_quote_and_before_noted_that_is_a_person() -> None:
    statements = speaker_text(
        parse_body(
            "The council sat until late.\n\n"
            "“The canal will be cleaned by May,” Brekkestad said. “We have the money.”\n\n"
            "Brekkestad noted that two barges had been hired.\n"
        )
    )
    assert ("brekkestad", "The canal will be cleaned by May") in statements
    assert ("brekkestad", "We have the money.") in statements
    assert ("brekkestad", "two barges had been hired") in statements


def test_a_surname_after_a_lower_case_word_and_the_verb() -> None:
    statements = speaker_text(
        parse_body(
            "The prices of bread went up.\n\n"
            "In an interview with NTV Ostrovskaya said that flour is scarce.\n\n"
            "Ostrovskaya expects the mills to reopen.\n"
        )
    )
    assert statements[0] == ("ostrovskaya", "flour is scarce")


def test_said_then_a_surname_after_a_closing_quote() -> None:
    statements = speaker_text(
        parse_body(
            "The vote is close.\n\n“Every street will get a lamp,” said Dravnieks.\n\n"
            "Dravnieks has run the district for ten years.\n"
        )
    )
    assert statements == [("dravnieks", "Every street will get a lamp")]


def test_a_role_and_one_surname_is_a_person_with_that_role() -> None:
    parsed = parse_body(
        "The trial ended on Tuesday.\n\n"
        "“I expected a fine, not a prison term,” said defence attorney Mbeki-Oduya.\n\n"
        "“We will appeal,” Mbeki-Oduya said.\n"
    )
    assert speaker_text(parsed) == [
        ("mbeki-oduya", "I expected a fine, not a prison term"),
        ("mbeki-oduya", "We will appeal"),
    ]
    assert {p.slug: p.role for p in parsed.people} == {"mbeki-oduya": "defence attorney"}


def test_a_mononym_with_a_colon_and_a_quote() -> None:
    statements = speaker_text(
        parse_body(
            "The tour was put off.\n\n"
            "In a statement, Zolanda said: “The new dates come next week.”\n\n"
            "Zolanda has sold out every show this year.\n"
        )
    )
    assert statements == [("zolanda", "The new dates come next week.")]


def test_according_to_a_surname_used_again() -> None:
    statements = speaker_text(
        parse_body(
            "The harvest is late.\n\n"
            "According to Vereshchak, the rain came too early.\n\n"
            "Vereshchak added that the barns are full.\n"
        )
    )
    assert ("vereshchak", "the barns are full") in statements


def test_according_to_once_is_not_enough() -> None:
    # A statistics body or an outlet is cited the same way.
    assert _people("The plant is busy.\n\nAccording to Kazstatik, output rose by a tenth.\n") == {}


def test_a_surname_that_a_full_name_ends_is_that_person() -> None:
    people = _people(
        "“We will stay open,” Marchetti said.\n\n"
        "The owner, Livia Marchetti, bought the bakery in 2019.\n"
    )
    assert "marchetti" not in people


def test_places_bodies_outlets_and_plural_nouns_are_nobody() -> None:
    assert _people("Talks in Tashkorgan ended.\n\nTashkorgan said that the talks failed.\n") == {}
    assert _people("Talks ended.\n\nTashkorgan said that the talks failed. Tashkorgan wept.\n") == {
        "tashkorgan": None
    }
    assert (
        _people("The mill closed.\n\nInterpressa reported it first. Interpressa said so.\n") == {}
    )
    assert _people("The water is dirty.\n\nResidents said that the pipes are old.\n") == {}
    assert _people("The match ended.\n\n“We are delighted,” Arsenal said.\n") == {}
    assert _people("The deal is near.\n\nOfficials told Baltimedia that Kravets said so.\n") == {}


def test_a_given_name_of_a_full_name_is_not_a_second_person() -> None:
    people = _people(
        "Marta Olenska runs the farm.\n\n"
        "“The cows are fine,” Olenska said.\n\n"
        "“Marta works all day,” her son said. Marta said that she likes it.\n"
    )
    assert "marta" not in people


def test_one_lone_use_is_too_little() -> None:
    # One capitalised word once may be a place or a body as well as a person.
    assert _people("The rules are new.\n\n“The rules build trust,” Vesterholm said.\n") == {}


def test_a_clause_opening_with_its_speaks_for_a_body() -> None:
    assert (
        _people(
            "The rules are new.\n\nVesterholm insists that its rules build trust. "
            "Critics in Vesterholm disagree.\n"
        )
        == {}
    )
    assert (
        _people(
            "The rules are new.\n\nVesterholm insists that its rules build trust. "
            "Vesterholm added that the rules are fair.\n"
        )
        == {}
    )


def test_a_sentence_opening_word_needs_that_or_a_quote() -> None:
    # "Dunmore said on Monday …" opening a sentence could be a town's name: no clause to
    # judge it by, so it is left alone.
    assert _people("Rain fell.\n\nDunmore said on Monday the roads were shut.\n") == {}


def test_a_dash_quote_closed_by_said_and_a_surname() -> None:
    statements = speaker_text(
        parse_body(
            "The harvest was poor this year.\n\n"
            "– Bread will cost more in the autumn, – said Lisovenko.\n\n"
            "Lisovenko added that the mills are idle.\n"
        )
    )
    assert statements == [
        ("lisovenko", "Bread will cost more in the autumn"),
        ("lisovenko", "the mills are idle"),
    ]


def test_a_second_sentence_opening_with_the_word_still_needs_that() -> None:
    # Inside a paragraph read whole, a word after a full stop opens a sentence too.
    assert (
        _people("Rain fell. Dunmore said on Monday the roads were shut. Dunmore was quiet.\n") == {}
    )


def test_a_body_or_a_place_told_apart_by_its_other_slots() -> None:
    for other in (
        "The ministers flew to Zalesk on Sunday.",
        "Zalesk shares fell by a tenth.",
        "The newspaper Zalesk ran the story first.",
        "Zalesk's government has not commented.",
        "Zalesk fans waited outside.",
    ):
        body = f"Prices rose.\n\n“We will not pay,” Zalesk said.\n\n{other}\n"
        assert _people(body) == {}, other


def test_a_role_opening_the_sentence_keeps_its_first_word() -> None:
    parsed = parse_body(
        "The verdict came on Friday.\n\n"
        "Defence lawyer Wojtaszek said that the verdict was unfair. Wojtaszek will appeal.\n"
    )
    assert speaker_text(parsed) == [("wojtaszek", "the verdict was unfair")]
    assert {p.slug: p.role for p in parsed.people} == {"wojtaszek": "defence lawyer"}

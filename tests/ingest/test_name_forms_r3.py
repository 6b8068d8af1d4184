"""Name forms that introduce or find a person (issue 10, patterns r3 A14, A16 and r1
A11): a possessive full name with an unknown given name, a surname with its patronymic
particle, and two transliterations of one surname in one article.  Sentences are made
up; none is from the corpus."""

from __future__ import annotations

from app.ingest.people.names import surname_key
from tests.ingest.parsing import parse_body, speaker_text


def test_a_possessive_full_name_with_an_unknown_given_name_introduces_the_surname() -> None:
    statements = speaker_text(
        parse_body(
            "The opposition spent question time on Yarrabee Kinsella’s record.\n\n"
            "“We have the lowest debt in the country,” Kinsella told parliament.\n"
        )
    )
    assert statements == [("yarrabee-kinsella", "We have the lowest debt in the country")]


def test_a_possessive_after_a_place_or_a_common_word_is_no_full_name() -> None:
    # "Estonia" and "Budget" are no given names: the surname is not theirs.
    statements = speaker_text(
        parse_body(
            "The board weighed Estonia Vaikla’s offer and the Budget Vaikla’s plan.\n\n"
            "“We are calm,” Vaikla said.\n"
        )
    )
    assert all(speaker != "estonia-vaikla" for speaker, _ in statements)
    assert all(speaker != "budget-vaikla" for speaker, _ in statements)


def test_a_surname_with_its_patronymic_particle_finds_the_full_name() -> None:
    statements = speaker_text(
        parse_body(
            "Deputy minister Temir Asylbek uulu opened the forum.\n\n"
            "Asylbek uulu said that the ministry blocks no websites.\n"
        )
    )
    assert statements == [("temir-asylbek-uulu", "the ministry blocks no websites")]


def test_surname_keys_fold_transliterations() -> None:
    assert surname_key("Yermekov") == surname_key("Ermekov")
    assert surname_key("Idrissov") == surname_key("Idrisov")
    assert surname_key("Sarsenbekkov") == surname_key("Sarsenbekov")
    assert surname_key("Jusupov") == surname_key("Yusupov")
    assert surname_key("Vysotskiy") == surname_key("Vysotsky")
    assert surname_key("Ivanov") != surname_key("Ivanova")
    assert surname_key("Yates") != surname_key("Ates")


def test_two_spellings_of_one_surname_are_one_person() -> None:
    parsed = parse_body(
        "Minister Arman Yermekov toured the plant on Monday.\n\n"
        "Ermekov said that the plant will reopen in May.\n"
    )
    assert speaker_text(parsed) == [("arman-yermekov", "the plant will reopen in May")]
    assert [person.slug for person in parsed.people] == ["arman-yermekov"]

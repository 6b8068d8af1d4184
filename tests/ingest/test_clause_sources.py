"""Source phrases and clause tails: an outlet's tail is no part of the clause
("…, Caspnews reports."), "according to" takes a title abbreviation ("police Sgt. Name")
and a coordinated pair, and never makes a person of an outlet; a written work after
"wrote" is no reported speech.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from tests.ingest.parsing import SpeakerText, parse_body, speaker_text

_SCENE = "The town was calm.\n\n"


def _said(body: str) -> list[SpeakerText]:
    return speaker_text(parse_body(_SCENE + body))


def _people(body: str) -> list[str]:
    return [person.slug for person in parse_body(_SCENE + body).people]


# --- an outlet's tail -------------------------------------------------------------------


def test_an_outlet_before_its_verb_is_cut_from_the_clause() -> None:
    assert _said(
        "Energy Minister Omar Valiev said that grain exports will rise, Tarnews reports."
    ) == [("omar-valiev", "grain exports will rise")]


def test_a_multi_word_agency_tail_is_cut() -> None:
    assert _said(
        "Energy Minister Omar Valiev said that grain exports will rise, Northport News Agency "
        "reported."
    ) == [("omar-valiev", "grain exports will rise")]


def test_an_as_clause_never_reports_only_the_outlet() -> None:
    assert _said(
        "Adviser Lina Moss said on Friday that the summit was a success, as President Omar "
        "Valiev set out his plans, Northport News Agency reports."
    ) == [("lina-moss", "the summit was a success, as President Omar Valiev set out his plans")]


def test_an_as_clause_before_an_outlet_line_stores_nothing_for_the_outlet() -> None:
    assert _said("As President Omar Valiev stressed, Northport News Agency reports.") == []
    assert _said(
        "Grain exports will rise, as President Omar Valiev stressed, Northport News Agency reports."
    ) == [("omar-valiev", "Grain exports will rise")]


def test_a_person_after_the_comma_is_no_outlet_tail() -> None:
    # "Reed" ends in no media word: the tail stays (what it means is another rule's business)
    said = _said("Energy Minister Omar Valiev said that grain exports will rise, Tom Reed wrote.")
    assert ("omar-valiev", "grain exports will rise") not in said


# --- according to -----------------------------------------------------------------------


def test_according_to_a_title_abbreviation_after_a_lower_case_word() -> None:
    assert _said("According to police Sgt. Mara Quint, the van was stopped at the ferry.") == [
        ("mara-quint", "the van was stopped at the ferry")
    ]


def test_according_to_a_pair_of_titled_names_reports_for_both() -> None:
    assert _said(
        "The library closed its east wing in June, according to Mayor Ida Roth and "
        "Councilman Bo Lenz."
    ) == [
        ("ida-roth", "The library closed its east wing in June"),
        ("bo-lenz", "The library closed its east wing in June"),
    ]


def test_according_to_a_pair_opening_the_sentence() -> None:
    assert _said(
        "According to Mayor Ida Roth and Councilman Bo Lenz, the library closed its east wing."
    ) == [
        ("ida-roth", "the library closed its east wing"),
        ("bo-lenz", "the library closed its east wing"),
    ]


def test_according_to_a_name_and_a_body_is_no_pair() -> None:
    said = _said("The library closed its east wing, according to Ida Roth and the city council.")
    assert ("ida-roth", "The library closed its east wing") not in said or len(said) == 1


def test_according_to_an_outlet_makes_no_person() -> None:
    assert _said("The opera opens in March, according to Vechernyaya Gazeta.") == []
    assert _people("According to Severny Vestnik, the opera opens in March.") == []


def test_according_to_a_person_still_works() -> None:
    assert _said("The opera opens in March, according to Ann Lee.") == [
        ("ann-lee", "The opera opens in March")
    ]


# --- a written work is no reported speech -------------------------------------------------


def test_wrote_an_open_letter_reports_nothing() -> None:
    assert (
        _said("The singer Ana Belova wrote an open letter, which criticised the new rules.") == []
    )


def test_signed_a_petition_reports_nothing() -> None:
    assert _said("The singer Ana Belova signed a petition to the mayor.") == []


def test_wrote_a_clause_with_an_indefinite_subject_still_reports() -> None:
    assert _said("The singer Ana Belova wrote a new law would hurt artists.") == [
        ("ana-belova", "a new law would hurt artists")
    ]


def test_wrote_that_a_clause_still_reports() -> None:
    assert _said("The singer Ana Belova wrote that a new law would hurt artists.") == [
        ("ana-belova", "a new law would hurt artists")
    ]


# --- "the statement by X that …" ------------------------------------------------------


def test_a_statement_by_a_role_and_name_that_reports_the_clause() -> None:
    assert _said(
        "The mayor rejected the statement by the Danish expert Jens Kold that the dam is leaking."
    ) == [("jens-kold", "the dam is leaking")]


def test_a_claim_by_x_with_a_relative_that_reports_nothing() -> None:
    assert _said("The mayor rejected the claim by Jens Kold that was printed on Monday.") == []


def test_a_statement_by_an_outlet_makes_no_person() -> None:
    assert _said("The mayor rejected the claim by Severny Vestnik that the dam is leaking.") == []


def test_a_statement_by_x_without_that_reports_nothing() -> None:
    assert _said("The mayor read out the statement by Jens Kold on Monday.") == []


# --- "As previously warned the analyst, …" ----------------------------------------------


_ANALYST = "Analyst Ivan Dolin spoke at the forum.\n\n"


def test_an_inverted_as_clause_with_a_role_noun() -> None:
    assert _said(
        _ANALYST + "As previously warned the analyst, if the lira falls, fuel will cost more."
    ) == [("ivan-dolin", "if the lira falls, fuel will cost more")]


def test_an_inverted_as_clause_with_a_name() -> None:
    assert _said(_ANALYST + "As earlier noted Ivan Dolin, the lira will fall.") == [
        ("ivan-dolin", "the lira will fall")
    ]


def test_an_inverted_as_clause_needs_a_verb_of_content() -> None:
    assert _said(_ANALYST + "As previously visited the town, the team stayed at the inn.") == []


# --- 'According to him, "…"' ----------------------------------------------------------


def test_according_to_him_then_a_straight_quotation_is_his_quote() -> None:
    assert _said(_ANALYST + 'According to him, "the lira will fall by spring."') == [
        ("ivan-dolin", "the lira will fall by spring.")
    ]


def test_according_to_him_then_a_curly_quotation_is_his_quote() -> None:
    assert _said(_ANALYST + "According to him, “The lira will fall by spring.”") == [
        ("ivan-dolin", "The lira will fall by spring.")
    ]


def test_according_to_him_before_an_attributed_quotation_leaves_it_to_its_speaker() -> None:
    assert _said(_ANALYST + 'According to him, "the lira will fall," Oleg Sumin said.') == [
        ("oleg-sumin", "the lira will fall")
    ]

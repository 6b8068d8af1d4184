"""Material between a subject and its speech verb, and the name and role read before it:
an age before the name in an apposition, a relative clause after the name, an object of a
relative clause that is no subject, the role after "by" or after a clause's verb, and a
Russian three-part name (given name, patronymic, surname) after a title.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from tests.ingest.parsing import parse_body, role_org_by_slug, speaker_text


def test_an_age_before_the_name_in_an_apposition() -> None:
    parsed = parse_body(
        "One of the tenants, 71-year-old Vera Lapina, told the paper that the heating "
        "had been off since Monday."
    )
    assert speaker_text(parsed) == [("vera-lapina", "the heating had been off since Monday")]
    parsed = parse_body("The pilot, 45-year-old Dan Rourke, said that the engine had stalled.")
    assert speaker_text(parsed) == [("dan-rourke", "the engine had stalled")]


def test_a_role_with_a_preposition_before_the_name_and_a_place_after_it() -> None:
    parsed = parse_body(
        "Member of the city council Dan Rourke at a hearing said that the park would close."
    )
    assert speaker_text(parsed) == [("dan-rourke", "the park would close")]


def test_a_relative_clause_with_a_proper_noun_between_subject_and_verb() -> None:
    parsed = parse_body(
        "Deputy Finance Minister Pavel Sukhov, who represented Kazan at the forum, said that "
        "the budget would be revised."
    )
    assert speaker_text(parsed) == [("pavel-sukhov", "the budget would be revised")]
    assert role_org_by_slug(parsed)["pavel-sukhov"][0] == "Deputy Finance Minister"


def test_a_relative_clause_naming_someone_else_keeps_the_subject() -> None:
    parsed = parse_body(
        "Mara Quist, who met Leon Abel in Oslo last year, said that the talks had stalled."
    )
    assert speaker_text(parsed) == [("mara-quist", "the talks had stalled")]


def test_the_object_of_a_relative_clause_is_no_subject() -> None:
    for body in (
        "Officers who detained Gus Farrow, 38, said he had been carrying a knife.",
        "Guards who stopped Gus Farrow said he had been carrying a knife.",
        "Officers who detained the young Gus Farrow, 38, said he had been carrying a knife.",
    ):
        speakers = {speaker for speaker, _ in speaker_text(parse_body(body))}
        assert "gus-farrow" not in speakers, body


def test_the_subject_before_an_age_still_speaks() -> None:
    parsed = parse_body("Gus Farrow, 38, said he had been carrying a tool.")
    assert speaker_text(parsed) == [("gus-farrow", "he had been carrying a tool")]


def test_the_role_after_a_clause_verb_is_only_the_job_words() -> None:
    parsed = parse_body("The audit praised Mayor Ines Corbo, who argued that the fees must fall.")
    assert role_org_by_slug(parsed)["ines-corbo"][0] == "Mayor"


def test_a_role_after_an_adverb_and_a_participle_is_kept() -> None:
    parsed = parse_body("The newly elected Mayor Ines Corbo said that the fees must fall.")
    assert role_org_by_slug(parsed)["ines-corbo"][0] == "newly elected Mayor"


def test_a_russian_three_part_name_after_a_title() -> None:
    parsed = parse_body(
        "The head of the Committee on Transport Sergei Petrovich Zorin said that the bridge "
        "would open in May."
    )
    assert speaker_text(parsed) == [("sergei-petrovich-zorin", "the bridge would open in May")]
    assert role_org_by_slug(parsed)["sergei-petrovich-zorin"][1] == "Committee on Transport"
    parsed = parse_body(
        "Governor of Tver Region Olga Nikolayevna Reva said that the schools would reopen."
    )
    assert speaker_text(parsed) == [("olga-nikolayevna-reva", "the schools would reopen")]


def test_a_western_middle_name_after_a_place_is_not_taken_for_a_patronymic() -> None:
    parsed = parse_body(
        "President of Estonia Toomas Hendrik Ilves said that the border would stay open."
    )
    assert speaker_text(parsed) == [("hendrik-ilves", "the border would stay open")]


def test_a_name_after_a_relative_clause_in_an_addressee_list_is_no_subject() -> None:
    parsed = parse_body(
        "In a letter to Rita Moll, who was the acting head of the Water Board and Sam Kerr, "
        "the board's chairman, said they would fix the pipes."
    )
    assert "sam-kerr" not in {speaker for speaker, _ in speaker_text(parsed)}


def test_the_words_before_a_bare_by_are_no_role() -> None:
    parsed = parse_body(
        "The plan was announced to reporters by Ines Corbo, who said that the fees must fall."
    )
    assert speaker_text(parsed) == [("ines-corbo", "the fees must fall")]
    assert role_org_by_slug(parsed)["ines-corbo"] == (None, None)

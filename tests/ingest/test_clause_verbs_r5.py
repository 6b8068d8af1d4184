"""Reported clauses after an emphatic "did", after "charged that", and with a plural
subject that carries an adverb or an of-phrase before its verb, each with its guard.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from tests.ingest.parsing import SpeakerText, parse_body, speaker_text

_SCENE = "The town was calm.\n\n"


def _said(body: str) -> list[SpeakerText]:
    return speaker_text(parse_body(_SCENE + body))


def test_did_concede_reports_its_clause() -> None:
    assert _said("Coach Mira Talvik did concede that the defence was poor.") == [
        ("mira-talvik", "the defence was poor")
    ]


def test_does_admit_reports_its_clause() -> None:
    assert _said("Trader Ole Brisk does admit that the stalls are half empty.") == [
        ("ole-brisk", "the stalls are half empty")
    ]


def test_did_with_a_non_speech_verb_reports_nothing() -> None:
    assert _said("Coach Mira Talvik did train the team that summer.") == []


def test_charged_that_reports_its_clause() -> None:
    assert _said(
        "Senator Piet Arvo spoke. He charged that the harbour chief is hiding the costs."
    ) == [("piet-arvo", "the harbour chief is hiding the costs")]


def test_charged_with_reports_nothing() -> None:
    assert _said("Police charged Piet Arvo with theft of the harbour funds.") == []


def test_the_charges_that_report_nothing() -> None:
    assert _said("Senator Piet Arvo spoke. He dropped the charges that the police had filed.") == []


def test_plural_subject_with_an_adverb_is_a_clause() -> None:
    assert _said("Grower Tomas Ekl said farmers often pay more for diesel.") == [
        ("tomas-ekl", "farmers often pay more for diesel")
    ]


def test_plural_subject_with_an_of_phrase_is_a_clause() -> None:
    assert _said("Grower Tomas Ekl said members of the co-op still oppose the merger.") == [
        ("tomas-ekl", "members of the co-op still oppose the merger")
    ]


def test_of_phrase_and_no_verb_is_no_clause() -> None:
    assert _said("Grower Tomas Ekl said prayers of thanks at the chapel.") == []


def test_said_thanks_often_is_no_clause() -> None:
    assert _said("Grower Tomas Ekl said thanks often to the staff.") == []


def test_of_phrase_with_a_function_word_is_no_subject() -> None:
    assert _said("Singer Ann Vey spoke. She wrote hundreds of songs that summer at home.") == []


def test_speech_verb_after_a_coordinated_verb_phrase_shares_its_subject() -> None:
    assert _said(
        "Minister Arun Pal spoke in Patna. He condemned the attack on the depot and "
        "claimed that the rival party wanted to scare voters."
    ) == [("arun-pal", "the rival party wanted to scare voters")]


def test_coordinated_speech_verb_after_a_lead_in_and_a_country_object() -> None:
    assert _said(
        "Professor Ada Nwosu spoke on Monday. While reading the message, Prof Nwosu "
        "sympathized with Ghana and said Togo has faced similar floods."
    ) == [("ada-nwosu", "Togo has faced similar floods")]


def test_object_before_a_coordinated_speech_verb_is_no_clause() -> None:
    assert _said(
        "Astronomer Lena Vatra confirmed the finding and claimed that ten more moons await."
    ) == [("lena-vatra", "ten more moons await")]


def test_coordinated_speech_verb_after_a_comma_has_its_own_subject() -> None:
    assert (
        _said("Minister Arun Pal spoke. He visited the depot, and claimed that it was safe.") == []
    )


def test_coordinated_speech_verb_after_a_named_object_stays_unattributed() -> None:
    assert _said("Minister Arun Pal spoke. He met Tom Hale and said the deal was off.") == []


def test_alleges_a_noun_phrase_reports_nothing() -> None:
    assert (
        _said(
            "Driver Ole Brisk spoke. He alleges a beating at the hands of the guards; the "
            "company denies it."
        )
        == []
    )


def test_alleges_a_clause_still_reports() -> None:
    assert _said("Driver Ole Brisk alleges the guards broke his arm.") == [
        ("ole-brisk", "the guards broke his arm")
    ]


def test_an_aside_between_the_verb_and_that_is_skipped() -> None:
    assert _said(
        "Mayor Ivo Rask said on Monday, after a tour of the mill, that the jobs are safe."
    ) == [("ivo-rask", "the jobs are safe")]


def test_an_aside_opening_with_a_preposition_is_skipped() -> None:
    assert _said(
        "Lawyer Rita Voss argued, in a letter to the board, that the fees were illegal."
    ) == [("rita-voss", "the fees were illegal")]


def test_an_aside_that_does_not_open_with_a_preposition_is_not_skipped() -> None:
    assert _said("Lawyer Rita Voss argued, the fees being high, that the rules were void.") == []


def test_says_comma_clause_reports_the_clause() -> None:
    assert _said(
        "Analyst Jenna Korr spoke. And Korr says, in this market that could cut deep into profits."
    ) == [("jenna-korr", "in this market that could cut deep into profits")]


def test_says_comma_however_reports_nothing() -> None:
    assert _said("Analyst Jenna Korr spoke. She said, however, the shop was shut.") == []


def test_says_comma_and_a_verbless_phrase_reports_nothing() -> None:
    assert _said("Analyst Jenna Korr spoke. She said, in short, yes to the plan.") == []


def test_plural_subject_with_a_time_adverb_and_a_named_object() -> None:
    assert _said("Councillor Vera Lunn said city lawyers yesterday gave Mr Oddby the papers.") == [
        ("vera-lunn", "city lawyers yesterday gave Mr Oddby the papers")
    ]


def test_plural_subject_with_a_time_adverb_and_a_second_reporting_verb() -> None:
    assert _said(
        "Councillor Vera Lunn said city lawyers yesterday advised the state that a writ "
        "would follow."
    ) == [("vera-lunn", "city lawyers yesterday advised the state that a writ would follow")]


def test_said_thanks_yesterday_is_no_clause() -> None:
    assert _said("Councillor Vera Lunn said thanks yesterday to the staff.") == []


def test_coordinated_speech_verb_after_a_long_denial_with_a_place_object() -> None:
    assert _said(
        "Deputy Speaker Oleg Marten has denied the rumours about the alleged villa of his "
        "in Spain and said he intends to sue the paper."
    ) == [("oleg-marten", "he intends to sue the paper")]


def test_a_dash_aside_inside_a_bare_clause_is_read_past() -> None:
    assert _said(
        "Nurse Ruth Allard said wards in surgery and trauma units – which have lost six "
        "nurses – were not safe enough."
    ) == [
        (
            "ruth-allard",
            "wards in surgery and trauma units – which have lost six nurses – were not safe enough",
        )
    ]


def test_a_dash_aside_after_a_spoken_object_makes_no_clause() -> None:
    assert _said("Nurse Ruth Allard said goodbye – for now – to the night staff.") == []

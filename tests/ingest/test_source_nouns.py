""" "According to the forecast of X, …", "According to his words, …", "…, according to data
from X.": a noun for what the source said or reckons stands between "according to" and
the source (the translations' way). The source is a person, or nobody (an organisation,
a document, a song).

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from tests.ingest.parsing import kind_role_org_of, parse_body, speaker_text


def test_according_to_the_forecast_of_a_named_person_with_apposition() -> None:
    parsed = parse_body(
        "The markets were calm.\n\nAccording to the forecast of Pavel Ilyin, the chief "
        "economist of Ostbank, prices will fall next year."
    )
    assert speaker_text(parsed) == [("pavel-ilyin", "prices will fall next year")]
    assert kind_role_org_of(parsed, "pavel-ilyin")[1:] == ("chief economist", "Ostbank")


def test_according_to_the_estimate_and_calculations_of_a_person() -> None:
    parsed = parse_body(
        "The markets were calm.\n\nAccording to the estimate of Maria Gold, an analyst at "
        "Fernbank, the market will shrink by a tenth.\n\nAccording to the calculations of "
        "Boris Lenz, an economist at the Higher School, inflation will reach 9 percent."
    )
    assert speaker_text(parsed) == [
        ("maria-gold", "the market will shrink by a tenth"),
        ("boris-lenz", "inflation will reach 9 percent"),
    ]


def test_according_to_the_words_of_a_role_noun_refers_back_and_the_quote_follows() -> None:
    parsed = parse_body(
        "The diplomat Viktor Serov arrived in Geneva on Friday. According to the words of "
        "the diplomat, the talks will resume next week.\n\n"
        "“We are not in a hurry. We will wait for their answer.”"
    )
    assert speaker_text(parsed) == [
        ("viktor-serov", "the talks will resume next week"),
        ("viktor-serov", "We are not in a hurry. We will wait for their answer."),
    ]


def test_according_to_his_or_her_words_is_a_pronoun_source() -> None:
    parsed = parse_body(
        "Foreign Minister Anna Petrova met her counterpart on Monday. According to her "
        "words, the deal is off.\n\nTrade envoy Oleg Marin spoke after the talks. According "
        "to his estimate, the tariffs will stay in place until spring."
    )
    assert speaker_text(parsed) == [
        ("anna-petrova", "the deal is off"),
        ("oleg-marin", "the tariffs will stay in place until spring"),
    ]


def test_closing_according_to_the_calculations_of_a_person() -> None:
    parsed = parse_body(
        "The markets were calm.\n\nInflation will reach 9 percent, according to the "
        "calculations of Boris Lenz."
    )
    assert speaker_text(parsed) == [("boris-lenz", "Inflation will reach 9 percent")]


def test_according_to_data_from_a_person() -> None:
    parsed = parse_body(
        "The markets were calm.\n\nAccording to data from Ann Lee, the town grew by a fifth."
    )
    assert speaker_text(parsed) == [("ann-lee", "the town grew by a fifth")]


def test_an_organisation_or_a_document_is_no_person() -> None:
    parsed = parse_body(
        "Mayor Ann Cole opened the park.\n\nAccording to the forecast of the Ministry of "
        "Finance, prices will fall next year.\n\nAccording to data from the census, the town "
        "grew by a fifth.\n\nAccording to the view of the committee, the town needs a new "
        "school.\n\nInflation will reach 9 percent, according to data from the Central Bank."
    )
    assert speaker_text(parsed) == []


def test_the_words_of_a_song_are_nobody_s() -> None:
    parsed = parse_body(
        "Singer Tom Hale played in Oslo. According to the words of the song, love never dies."
    )
    assert speaker_text(parsed) == []


def test_according_to_a_possessive_source_noun() -> None:
    parsed = parse_body(
        "Economist Pavel Ilyin spoke on Monday. According to Ilyin's forecast, prices will "
        "fall next year.\n\nMayor Ann Cole opened the park. According to the mayor's words, "
        "the town will grow by a fifth."
    )
    assert speaker_text(parsed) == [
        ("pavel-ilyin", "prices will fall next year"),
        ("ann-cole", "the town will grow by a fifth"),
    ]


def test_according_to_a_body_s_estimate_is_no_person() -> None:
    parsed = parse_body(
        "The markets were calm.\n\nAccording to Goldman Sachs's estimate, prices will fall "
        "next year.\n\nAccording to the company's data, the plant lost money."
    )
    assert speaker_text(parsed) == []


def test_a_body_named_without_a_given_name_is_no_person() -> None:
    # review of this session's rules: the noun-of form made a person of a bank
    parsed = parse_body(
        "According to the forecast of Goldman Sachs, prices will rise next year.\n\n"
        "According to the estimate of Renaissance Capital, growth will slow."
    )
    assert speaker_text(parsed) == []
    assert parsed.people == []

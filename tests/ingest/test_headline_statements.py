"""A headline that carries a person's words: "<quote> - <Given Surname>" and
"<Given Surname>: <claim>", when the body names that person.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from tests.ingest.parsing import parse_full_text, speaker_kind_text

_BODY = "\n\nKarim Adamov, the water minister, spoke at the forum on Monday."


def _said(headline: str, body: str = _BODY) -> list[tuple[str, str, str]]:
    return speaker_kind_text(parse_full_text(headline + body))


def test_words_then_a_dash_and_a_name_are_that_persons_quote() -> None:
    assert _said("For our grandchildren we gave up the old dams - Karim Adamov") == [
        ("karim-adamov", "quote", "For our grandchildren we gave up the old dams")
    ]


def test_a_quoted_headline_signed_with_a_dash_keeps_the_words_inside_the_marks() -> None:
    assert _said("“The canals will be ready by spring” – Karim Adamov") == [
        ("karim-adamov", "quote", "The canals will be ready by spring")
    ]


def test_a_full_name_and_a_colon_give_a_paraphrase() -> None:
    assert _said("Karim Adamov: the region will build three new canals") == [
        ("karim-adamov", "paraphrase", "the region will build three new canals")
    ]


def test_a_person_the_body_does_not_name_gets_nothing() -> None:
    body = "\n\nThe forum opened on Monday with a talk on water."
    assert _said("Karim Adamov: the region will build three new canals", body) == []


def test_questions_short_texts_and_titles_are_not_statements() -> None:
    assert _said("Karim Adamov: will the region build new canals?") == []
    assert _said("Karim Adamov: new canals") == []
    assert _said("Karim Adamov: The Long Road To The River") == []


def test_a_topic_above_an_authors_name_is_not_a_quote() -> None:
    assert _said("Water policy in the dry south - Karim Adamov") == []


def test_a_section_label_is_nobody() -> None:
    assert _said("Interview: the region will build three new canals") == []


def test_a_person_named_only_in_the_headline_is_known_to_the_body() -> None:
    body = '\n\nThe forum opened on Monday.\n\n"We will open two schools," he said.'
    assert _said("Karim Adamov: the region will build three new canals", body) == [
        ("karim-adamov", "paraphrase", "the region will build three new canals"),
        ("karim-adamov", "quote", "We will open two schools"),
    ]


def test_a_section_label_with_a_given_name_word_is_nobody() -> None:
    body = "\n\nA man was stabbed near the station on Friday, police said."
    parsed = parse_full_text("The Latest: man stabbed near the station in the city" + body)
    assert "the-latest" not in [person.slug for person in parsed.people]
    assert all(s.attribution.rule != "headline-statement" for s in parsed.statements)


def test_a_topic_headline_about_the_persons_own_action_is_no_paraphrase() -> None:
    body = "\n\nKarim Adamov's fans waited outside the hall. Adamov did not comment."
    assert _said("Karim Adamov: singer cancels three shows after threat", body) == []
    assert _said("Karim Adamov: water minister faces recall over dams", body) == []
    assert _said("Karim Adamov: he quits the board after the vote", body) == []


def test_a_colon_headline_needs_words_that_read_as_a_view() -> None:
    assert _said("Karim Adamov: canals opened in three districts last week") == []
    assert _said("Karim Adamov: the canal plan is a mistake for the farms") == [
        ("karim-adamov", "paraphrase", "the canal plan is a mistake for the farms")
    ]
    assert _said("Karim Adamov: ministers must share the river with farmers") == [
        ("karim-adamov", "paraphrase", "ministers must share the river with farmers")
    ]


def test_an_essay_title_above_its_authors_byline_is_no_quote() -> None:
    assert _said("Why I gave up my seat on the water board - Karim Adamov") == []
    bio = "\n\nKarim Adamov is a farmer in the south.\n\nThe river ran dry in May."
    assert _said("I learned to farm without the river - Karim Adamov", bio) == []
    assert _said("“I learned to farm without the river” - Karim Adamov", bio) == [
        ("karim-adamov", "quote", "I learned to farm without the river")
    ]

"""A surname with a Russian case ending ("Sobolyeva"), or a given name and patronymic
("Pavel Andreevich"), is the known person it shortens, not a second person; a form that
is a known person's own name, or fits no one, stays as it is.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from tests.ingest.parsing import parse_body, speaker_text


def test_a_case_ending_on_a_known_surname_is_that_person() -> None:
    parsed = parse_body(
        "Acting Governor Ivan Sobolin met the mayor Tom Marlowe. Marlowe assured Sobolina "
        "that the road would be built. According to Sobolina, the work starts in May."
    )
    assert [p.slug for p in parsed.people] == ["ivan-sobolin", "tom-marlowe"]
    assert ("ivan-sobolin", "the work starts in May") in speaker_text(parsed)


def test_a_known_woman_with_the_feminine_form_keeps_her_own_statements() -> None:
    parsed = parse_body(
        "Ivan Sobolin and Anna Sobolina run the farm. Ivan Sobolin said the harvest was poor. "
        "According to Sobolina, the prices will rise."
    )
    assert ("anna-sobolina", "the prices will rise") in speaker_text(parsed)


def test_an_inflected_looking_name_with_no_known_stem_is_its_own_person() -> None:
    parsed = parse_body("Mira Lavrova said the school would open in June.")
    assert speaker_text(parsed) == [("mira-lavrova", "the school would open in June")]


def test_given_name_and_patronymic_are_the_known_three_word_name() -> None:
    parsed = parse_body(
        "Head of the Academy Pavel Andreevich Orlin opened the session. "
        "Pavel Andreevich noted: “Science needs money.”"
    )
    assert [p.slug for p in parsed.people] == ["pavel-andreevich-orlin"]
    assert speaker_text(parsed) == [("pavel-andreevich-orlin", "Science needs money.")]

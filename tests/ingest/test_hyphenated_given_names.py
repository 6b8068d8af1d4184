"""A sentence-opening name with a hyphenated given name ("Aslan-Bek Turgunov") is the
subject a ", saying that …" participle hangs on, when the given name's first part is a
known given name and its second part is one too or the surname has a surname's ending;
a hyphenated firm ("Mercedes-Benz Vans") is not.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from tests.ingest.parsing import parse_body, speaker_text


def test_a_hyphenated_given_name_before_saying() -> None:
    parsed = parse_body("Aslan-Bek Turgunbaev hailed the talks, saying that trade doubled.")
    assert speaker_text(parsed) == [("aslan-bek-turgunbaev", "trade doubled")]


def test_two_given_names_joined_by_a_hyphen() -> None:
    parsed = parse_body("Nur-Sultan Kairatov praised the vote, saying that the school will open.")
    assert speaker_text(parsed) == [("nur-sultan-kairatov", "the school will open")]


def test_a_hyphenated_firm_is_no_subject() -> None:
    parsed = parse_body("Mercedes-Benz Vans praised the talks, saying that trade doubled.")
    assert speaker_text(parsed) == []
    parsed = parse_body("Rolls-Royce Holdings praised the deal, saying that orders doubled.")
    assert speaker_text(parsed) == []

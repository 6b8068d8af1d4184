"""Who a later "she said" or "he said" means: the subject of the sentence before it.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from tests.ingest.parsing import parse_body, speaker_kind_text

_TWO_WOMEN = (
    "Ada Marlow, a composer, wrote the score. Rita Vance, a singer, recorded it.\n\n"
    "“It moved me at once,” Vance said.\n\n"
)


def test_a_subject_after_an_introductory_phrase_takes_the_pronoun() -> None:
    parsed = parse_body(
        _TWO_WOMEN + "As it happened, Marlow had spent years on the tune. "
        "“It was hard work,” she said."
    )
    assert speaker_kind_text(parsed)[-1] == ("ada-marlow", "quote", "It was hard work")


def test_a_subject_after_a_date_phrase_takes_the_pronoun() -> None:
    parsed = parse_body(
        _TWO_WOMEN + "In the spring of 2018, Marlow moved to the coast. “The sea helped,” she said."
    )
    assert speaker_kind_text(parsed)[-1] == ("ada-marlow", "quote", "The sea helped")


def test_a_name_deep_in_the_sentence_is_no_subject() -> None:
    # The name comes after many words with no comma before it: it is an object here, and
    # the pronoun keeps meaning the person named as subject before.
    parsed = parse_body(
        _TWO_WOMEN + "Vance said the band had long admired the work of Marlow and others. "
        "“We wanted that sound,” she said."
    )
    assert speaker_kind_text(parsed)[-1] == ("rita-vance", "quote", "We wanted that sound")


def test_a_place_name_inside_the_introductory_phrase_is_no_subject() -> None:
    parsed = parse_body(
        _TWO_WOMEN + "After a long week in New York, Marlow returned to the studio. "
        "“I missed it,” she said."
    )
    assert speaker_kind_text(parsed)[-1] == ("ada-marlow", "quote", "I missed it")


def test_the_pronoun_of_a_participle_clause_tells_a_guessed_gender() -> None:
    # "Ilhan" is guessed male from the name table; the text says "she".
    parsed = parse_body(
        "Rep. Rita Vance (D-N.Y.) spoke after the arrest. Rep. Ilhan Omar (D-Minn.) wrote "
        "to the judge.\n\n"
        "Omar asked for mercy in a letter on Tuesday, saying she did not want a long "
        "sentence. She added, “We must teach the defendant love.”"
    )
    assert speaker_kind_text(parsed)[-1] == (
        "ilhan-omar",
        "quote",
        "We must teach the defendant love.",
    )


def test_a_participle_pronoun_that_may_mean_someone_else_changes_nothing() -> None:
    parsed = parse_body(
        "Rep. Rita Vance (D-N.Y.) spoke after the arrest. Rep. Ilhan Omar (D-Minn.) wrote "
        "to the judge.\n\n"
        "Omar criticised Vance on Tuesday, saying she had spoken too soon. "
        "She added, “We must wait for the court.”"
    )
    assert speaker_kind_text(parsed)[-1] == ("rita-vance", "quote", "We must wait for the court.")

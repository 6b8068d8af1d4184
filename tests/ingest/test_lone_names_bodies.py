"""A word said alone in a speech frame is a company, a group or a city as often as a
person (review P1): the lone-name rule wants a person cue somewhere in the article (a
job before the word, "he" or "she" after it, or a quote in the word's own voice) and
gives up on a word the article also uses as a body ("Vantor chips", "the Drelsk
region") or whose reported clause speaks with "its" or "it".  Sentences are made up;
none is from the corpus."""

from __future__ import annotations

from tests.ingest.parsing import parse_body, speaker_text


def _people(body: str) -> set[str]:
    return {person.slug for person in parse_body(body).people}


def test_a_company_whose_clause_holds_its_is_nobody() -> None:
    body = (
        "Shares rose on Monday.\n\n"
        "Vantor said that demand for its sensors was strong. Traders were pleased.\n\n"
        "Vantor noted that supply would improve next year.\n"
    )
    assert _people(body) == set()


def test_a_group_whose_clause_opens_with_it_is_nobody() -> None:
    body = (
        "Korvath said that it would not accept the terms. Mediators met again.\n\n"
        "Korvath noted that the talks would go on.\n"
    )
    assert _people(body) == set()


def test_according_to_twice_with_no_person_cue_is_nobody() -> None:
    body = (
        "According to Teldrix, sales fell by a tenth. Buyers waited.\n\n"
        "According to Teldrix, prices will rise next year.\n"
    )
    assert _people(body) == set()


def test_a_city_with_no_person_cue_is_nobody() -> None:
    body = "Drelsk said that the water was rising.\n\nDrelsk noted that help was needed.\n"
    assert _people(body) == set()


def test_a_word_used_with_a_body_noun_elsewhere_is_nobody() -> None:
    for cue in (
        "Orlenka chips sold out.",
        "Orlenka fighters moved north.",
        "The Orlenka region is flooded.",
    ):
        body = (
            f"{cue}\n\n"
            "“We will not sign this,” Orlenka said.\n\n"
            "Orlenka noted that the offer was poor. He left early.\n"
        )
        assert _people(body) == set(), cue


def test_a_surname_with_he_after_it_is_a_person() -> None:
    statements = speaker_text(
        parse_body(
            "The court sat on Monday.\n\n"
            "Varnecki said that the ruling was unfair. He added that he would appeal.\n\n"
            "Varnecki noted that the judge had erred.\n"
        )
    )
    assert ("varnecki", "the judge had erred") in statements


def test_a_surname_quoted_in_its_own_voice_is_a_person() -> None:
    statements = speaker_text(
        parse_body(
            "Norvik noted that the plan had failed.\n\n"
            "“We will not sign this,” Norvik said on Thursday.\n"
        )
    )
    assert ("norvik", "We will not sign this") in statements


def test_a_quote_said_in_a_statement_is_no_person_cue() -> None:
    body = (
        "Analysts met on Monday.\n\n"
        "Halvex noted that the market had turned.\n\n"
        "“Demand is weak,” Halvex said in a statement.\n"
    )
    assert _people(body) == set()


def test_a_role_before_the_word_needs_no_other_cue() -> None:
    statements = speaker_text(
        parse_body(
            "“The ruling is unfair,” said defense attorney Okafor-Lind.\n\n"
            "Okafor-Lind noted that the court had erred.\n"
        )
    )
    assert ("okafor-lind", "the court had erred") in statements

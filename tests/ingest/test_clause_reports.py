"""Reported clauses the translations attribute after the fact: "CLAUSE, said X, adding:
“Q”" (both stored), and "CLAUSE. This was announced by <role> Name, reports <Outlet>." /
"This forecast was given to <Outlet> by Name." (the sentence before is Name's).

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from tests.ingest.parsing import SpeakerKindText, parse_body, speaker_kind_text

_SCENE = "The town was calm.\n\nAdviser Vera Holm spoke on Friday.\n\n"


def _said(body: str) -> list[SpeakerKindText]:
    return speaker_kind_text(parse_body(_SCENE + body))


# --- ", adding: “…”" ----------------------------------------------------------------


def test_a_clause_before_said_x_adding_a_quote_is_stored_with_the_quote() -> None:
    assert _said(
        "The fair was a turning point, said Holm, adding: “We will meet again in May.”"
    ) == [
        ("vera-holm", "paraphrase", "The fair was a turning point"),
        ("vera-holm", "quote", "We will meet again in May."),
    ]


def test_x_said_adding_a_straight_quote() -> None:
    assert _said('The fair was a turning point, Holm said, adding: "We will meet again."') == [
        ("vera-holm", "paraphrase", "The fair was a turning point"),
        ("vera-holm", "quote", "We will meet again."),
    ]


def test_a_scene_clause_before_adding_is_no_paraphrase() -> None:
    assert _said('After the fair ended, Holm left the hall, adding: "We will meet again."') == [
        ("vera-holm", "quote", "We will meet again.")
    ]


# --- "This was announced by X" -------------------------------------------------------


def test_this_was_announced_by_a_role_and_name_with_an_outlet_tail() -> None:
    assert _said(
        "The board will review the ferry contract next week. This was announced by board "
        "chair Olga Brandt, reports Harbor News."
    ) == [("olga-brandt", "paraphrase", "The board will review the ferry contract next week")]


def test_this_forecast_was_given_to_an_outlet_by_a_named_analyst() -> None:
    assert _said(
        "Wool prices will most likely keep rising until spring. This forecast was given to "
        "the agency by analyst Petr Volny on Monday."
    ) == [("petr-volny", "paraphrase", "Wool prices will most likely keep rising until spring")]


def test_this_forecast_given_by_a_body_makes_no_person() -> None:
    assert (
        _said(
            "Wool prices will most likely keep rising until spring. This forecast was given to "
            "the agency by the ministry on Monday."
        )
        == []
    )


def test_a_forecast_made_by_a_thing_is_no_report() -> None:
    assert _said("Wool prices rose. This forecast was made by a model built by Petr Volny.") == []

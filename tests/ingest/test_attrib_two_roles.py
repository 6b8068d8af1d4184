"""An inverted attribution whose subject is a role phrase, a comma, a second role and
then the full name: "…, said another witness at the hearing, former city planner Hal
Brook."  Capitalised words may sit in the second role ("former City Hall adviser").

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from tests.ingest.parsing import SpeakerKindText, parse_body, speaker_kind_text

_SCENE = "The town was calm.\n\n"


def _said(body: str) -> list[SpeakerKindText]:
    return speaker_kind_text(parse_body(_SCENE + body))


def test_a_name_after_two_roles_set_apart_by_a_comma_is_the_speaker() -> None:
    assert _said(
        "Rents will keep rising for years, said another witness at the hearing, former "
        "city planner Hal Brook."
    ) == [("hal-brook", "paraphrase", "Rents will keep rising for years")]


def test_the_second_role_may_hold_capitalised_words() -> None:
    assert _said(
        "Rents will keep rising for years, said one member of the panel, former City Hall "
        "housing adviser Hal Brook."
    ) == [("hal-brook", "paraphrase", "Rents will keep rising for years")]


def test_a_relative_clause_after_the_comma_names_no_speaker() -> None:
    assert _said("Rents will keep rising, said the report, which Hal Brook wrote.") == []

"""Name particles inside a full name after a capitalised title ("President Ursula von der
Leyen"), and a capitalised place abbreviation ("Ft. Worth") that ends no sentence.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from app.ingest.layout import sentences
from tests.ingest.parsing import parse_body, role_org_by_slug, speaker_text


def test_particles_stay_in_the_name_after_a_title() -> None:
    for text in (
        "European Commission President Ursula von der Leyen said the plan would work.",
        "The plan would work, said European Commission President Ursula von der Leyen.",
    ):
        parsed = parse_body(text)
        assert [slug for slug, _ in speaker_text(parsed)] == ["ursula-von-der-leyen"]
        assert role_org_by_slug(parsed)["ursula-von-der-leyen"][0] == "President"
    parsed = parse_body("Dutch Prime Minister Mark van Rossum said the plan would work.")
    assert role_org_by_slug(parsed)["mark-van-rossum"][0] == "Prime Minister"


def test_a_place_abbreviation_before_a_title() -> None:
    parsed = parse_body("Officers arrived at noon, said Ft. Worth Police Chief Joel Fitzgerald.")
    assert speaker_text(parsed) == [("joel-fitzgerald", "Officers arrived at noon")]


def test_feet_in_lower_case_still_end_a_sentence() -> None:
    text = "The wall rose to ten ft. Workers left at noon."
    assert len(sentences(text, 0, len(text))) == 2

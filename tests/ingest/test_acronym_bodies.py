"""A capitalised run right after a body's acronym ("NHS North Riding", "BBC Radio Kent")
names a part of that body, never a person; an acronym that is a person's title ("MP"),
a known given name after it, or a title inside the run keep the person.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from tests.ingest.parsing import parse_body, role_org_by_slug, speaker_text


def test_a_region_of_a_health_service_is_no_person() -> None:
    parsed = parse_body("NHS South Fenland said it was treating the complaint very seriously.")
    assert parsed.people == []
    assert speaker_text(parsed) == []


def test_a_title_acronym_keeps_its_person() -> None:
    parsed = parse_body("MP Ann Lowry said the closure was a disgrace.")
    assert speaker_text(parsed) == [("ann-lowry", "the closure was a disgrace")]


def test_a_title_inside_the_run_keeps_its_person() -> None:
    parsed = parse_body("UN Secretary-General Tomas Verdell said the talks failed.")
    assert role_org_by_slug(parsed)["tomas-verdell"] == ("Secretary-General", "UN")


def test_a_known_given_name_after_the_acronym_keeps_its_person() -> None:
    parsed = parse_body("NHS nurse lead talks ended. NHS Sarah Pell said the wards were full.")
    assert ("sarah-pell", "the wards were full") in speaker_text(parsed)

""" "said Ann Lee, citing the President's speech": an apposition never opens with an -ing
participle clause, so it gives no role; the adjectives of a job ("acting director",
"visiting professor") still do."""

from __future__ import annotations

from app.ingest.appositions import opens_with_participle
from tests.ingest.parsing import kind_role_org_of, parse_body, speaker_text


def test_a_participle_clause_after_the_name_gives_no_role() -> None:
    parsed = parse_body(
        "Tax reform will stay on the agenda, said Irma Selvik, citing President Dorran's speech."
    )
    assert speaker_text(parsed) == [("irma-selvik", "Tax reform will stay on the agenda")]
    assert kind_role_org_of(parsed, "irma-selvik")[1] is None


def test_a_participle_clause_before_the_verb_gives_no_role() -> None:
    parsed = parse_body("Irma Selvik, citing the Finance Ministry, said tax reform will stay.")
    assert speaker_text(parsed) == [("irma-selvik", "tax reform will stay")]
    assert kind_role_org_of(parsed, "irma-selvik")[1] is None


def test_an_ing_adjective_of_a_job_is_still_a_role() -> None:
    parsed = parse_body(
        "Irma Selvik, acting director of Brindle Lyceum, said tax reform will stay."
    )
    assert kind_role_org_of(parsed, "irma-selvik")[1] == "acting director"


def test_the_participle_test_itself() -> None:
    assert opens_with_participle("citing the President's speech")
    assert opens_with_participle("referring to the ministry")
    assert opens_with_participle("speaking at a forum")
    assert opens_with_participle("adding that the plan was late")
    assert not opens_with_participle("visiting professor at Lomond University")
    assert not opens_with_participle("managing director of Tessaly Bank")
    assert not opens_with_participle("a king of the ring")

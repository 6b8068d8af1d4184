"""A party tag then a noun-phrase apposition between a lawmaker's name and the verb, and
craft nouns in -grapher/-nomer as the job in an apposition.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from app.ingest.appositions import names_a_job
from tests.ingest.parsing import parse_body, speaker_text


def test_a_party_tag_then_an_apposition() -> None:
    parsed = parse_body(
        "Rep. Dale Kim, D-Iowa, a member of the farm caucus, said the bill would pass."
    )
    assert speaker_text(parsed) == [("dale-kim", "the bill would pass")]
    parsed = parse_body(
        "Sen. Ann Lowe, R-Texas, a longtime ally of the governor, said the vote would wait."
    )
    assert speaker_text(parsed) == [("ann-lowe", "the vote would wait")]


def test_a_party_tag_is_no_speaker_and_a_clause_after_it_no_apposition() -> None:
    parsed = parse_body("Sen. Ann Lowe, R-Texas, the bill that she wrote said nothing.")
    assert speaker_text(parsed) == []


def test_craft_nouns_in_grapher_and_nomer_name_a_job() -> None:
    parsed = parse_body(
        "Ilse Varga, a videographer at the University of Iceland, said the vent had widened."
    )
    assert speaker_text(parsed) == [("ilse-varga", "the vent had widened")]
    assert names_a_job("an agronomer")
    assert names_a_job("a cinematographer")
    assert not names_a_job("a photograph of the town")
    assert not names_a_job("a longtime friend")

"""A sentence whose pronoun subject cites someone else's report ("He then referred to
Dunn’s testimony that …") keeps its subject as the person a following "he said" means;
the report's owner is not the most recent person because of the citation.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

import datetime as dt

from app.ingest.parser import parse_article


def test_the_pronoun_subject_stays_the_antecedent_after_a_cited_report() -> None:
    parsed = parse_article(
        "Title\n\nThe town was calm.\n\n"
        "Tom Hale, a former pilot, and Ray Dunn, an engineer, testified.\n\n"
        "“One launch was enough,” Hale responded. He then referred to Dunn’s earlier "
        "testimony that concluded there was only an even chance of success.\n\n"
        "“With eight launches, the odds fall,” he concluded.",
        dt.date(2024, 5, 17),
    )
    assert [(s.speaker, s.text) for s in parsed.statements] == [
        ("tom-hale", "One launch was enough"),
        ("ray-dunn", "concluded there was only an even chance of success"),
        ("tom-hale", "With eight launches, the odds fall"),
    ]

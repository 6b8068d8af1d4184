""" "Sarah Lin is co-founder and chief executive of Verdant Robotics." before a Q&A: Lin
answers, at Verdant Robotics; the body named after her job is no person.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

import pytest

from tests.ingest.parsing import kind_role_org_of, parse_body, speaker_text

QA = (
    "\n\nQ: Why robots?\n\nA: Because farms cannot find workers. The machines work at "
    "night.\n\nQ: What comes next?\n\nA: We will sell abroad next year."
)
ANSWERS = [
    "Because farms cannot find workers. The machines work at night.",
    "We will sell abroad next year.",
]


@pytest.mark.parametrize(
    ("lead", "slug", "role", "body"),
    [
        (
            "Sarah Lin is co-founder and chief executive of Verdant Robotics. We spoke to "
            "her about farm machines.",
            "sarah-lin",
            "co-founder and chief executive",
            "Verdant Robotics",
        ),
        (
            "Dev Rao is president of Copper Analytics, a data firm in Ohio.",
            "dev-rao",
            "president",
            "Copper Analytics",
        ),
        (
            "An interview with Sarah Lin, chief executive of Verdant Robotics.",
            "sarah-lin",
            "chief executive",
            "Verdant Robotics",
        ),
    ],
)
def test_the_person_introduced_answers_not_the_body(
    lead: str, slug: str, role: str, body: str
) -> None:
    parsed = parse_body(lead + QA)
    assert speaker_text(parsed) == [(slug, answer) for answer in ANSWERS]
    assert kind_role_org_of(parsed, slug)[1:] == (role, body)


def test_someone_introduced_after_the_introduction_still_answers() -> None:
    parsed = parse_body(
        "Sarah Lin is co-founder and chief executive of Verdant Robotics. Her co-founder, "
        "engineer Tom Hale, answered our questions." + QA
    )
    assert speaker_text(parsed) == [("tom-hale", answer) for answer in ANSWERS]


def test_a_place_described_with_of_is_no_introduction() -> None:
    parsed = parse_body(
        "Sarah Lin runs a farm. Springfield is a town of Ohio. She spoke to us.\n\n"
        "Q: Why robots?\n\nA: Because farms cannot find workers."
    )
    assert speaker_text(parsed) == [("sarah-lin", "Because farms cannot find workers.")]

""" "This was announced by the governor Ivan Lobov during a visit to a plant.": a passive
report whose agent, a name after a role phrase, is followed by an adverbial (where, when,
on what occasion). The agent's tail must still say only that: a clause of its own, a
second agent, or a role held for the name after it ("the wife of X") is no report of X.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

import pytest

from tests.ingest.parsing import kind_role_org_of, parse_body, speaker_text

SCENE = "The lead paragraph has no speaker in it.\n\nThe plant will hire 300 workers next year. "
CLAUSE = "The plant will hire 300 workers next year"


@pytest.mark.parametrize(
    "report",
    [
        "This was announced by the governor Ivan Lobov during a visit to a plant.",
        "This was stated by the governor Ivan Lobov at a press conference on Tuesday.",
        "This was announced by the governor of the Kursk region Ivan Lobov during a working "
        "visit to the Kirov plant in Kursk on Monday.",
        "This was announced by Ivan Lobov, the governor of the region, during a visit to "
        "the plant.",
        "This was reported by the governor Ivan Lobov after a meeting with the workers.",
    ],
)
def test_a_role_then_the_agent_then_an_adverbial(report: str) -> None:
    parsed = parse_body(SCENE + report)
    assert speaker_text(parsed) == [("ivan-lobov", CLAUSE)]
    assert kind_role_org_of(parsed, "ivan-lobov")[1] == "governor"


@pytest.mark.parametrize(
    "report",
    [
        # a clause goes on after the agent
        "This was announced by the governor Ivan Lobov, and the workers cheered.",
        # the role is held for the name after it: his wife spoke, not Lobov
        "This was confirmed by the wife of Ivan Lobov during a visit.",
        "This was confirmed by the wife of Ivan Lobov.",
        # the name is in a relative clause about the agent
        "This was announced by the deputy minister, who met director Tom Kim on Monday.",
        # two agents
        "This was announced by the governor Ivan Lobov and his deputy Anna Kim.",
        # "said … to be": no report
        "It was said by the governor Ivan Lobov to be the best plant in the region.",
    ],
)
def test_no_report_of_the_name_when_the_tail_says_more(report: str) -> None:
    parsed = parse_body(SCENE + report)
    assert speaker_text(parsed) == []


def test_the_audience_before_by_is_no_role() -> None:
    parsed = parse_body(SCENE + "This was announced to reporters by Ann Lee.")
    assert speaker_text(parsed) == [("ann-lee", CLAUSE)]
    assert kind_role_org_of(parsed, "ann-lee")[1] is None

"""A person named before and referred back to by a noun phrase: a past job kept with its
"former" ("Former national coach X, who led the side"), a nation noun ("the Spaniard
said"), a job noun with a reporting verb ("the coach said").

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

import pytest

from tests.ingest.parsing import parse_body, speaker_text


def _speakers_and_roles(body: str) -> tuple[list[tuple[str | None, str]], dict[str, str | None]]:
    parsed = parse_body(body)
    return speaker_text(parsed), {person.slug: person.role for person in parsed.people}


# --- Rule: a past job's title stays the role when a "who" clause narrates that job --------


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Former national coach Tom Vale, who led the side in 2010, said the plan was "
            "“a disgrace”.\n",
            "Former national coach",
        ),
        (
            "Ex-minister Tom Vale, who resigned in 2019, said the plan was “a disgrace”.\n",
            "Ex-minister",
        ),
        (
            "Then-governor Tom Vale, who signed the bill, said the plan was “a disgrace”.\n",
            "Then-governor",
        ),
        (
            "Former national coach Tom Vale, who led the side in 2010, watched from the "
            "stands.\n\n“It is a disgrace,” Vale said.\n",
            "Former national coach",
        ),
    ],
)
def test_a_past_title_is_kept_over_a_past_clause(body: str, role: str) -> None:
    statements, roles = _speakers_and_roles(body)
    assert [speaker for speaker, _ in statements] == ["tom-vale"]
    assert roles["tom-vale"] == role


def test_a_present_clause_after_a_past_title_still_gives_the_job() -> None:
    # precision: "who now heads" tells the current job, which the title does not override
    _, roles = _speakers_and_roles(
        "Former coach Tom Vale, who now heads the Basel club, said the plan was “a disgrace”.\n"
    )
    assert roles["tom-vale"] != "Former coach"


def test_a_past_title_is_found_by_its_job_noun_later() -> None:
    statements, _ = _speakers_and_roles(
        "Former national coach Tom Vale, who led the side in 2010, watched from the "
        "stands.\n\n“It is a disgrace,” the coach said.\n"
    )
    assert statements == [("tom-vale", "It is a disgrace")]

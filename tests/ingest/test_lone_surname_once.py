"""A surname used once, never with a given name, is a speaker when the speech frame itself
tells a person: "He"/"She" opens a following sentence with no other name between, or the
quote it closes speaks in the first person singular.  Bodies, places and outlets said
once with neither cue stay nobody.

Every sentence below is made up here; no corpus text.
"""

from __future__ import annotations

import pytest

from tests.ingest.parsing import parse_body, speaker_text


def _speakers(body: str) -> list[str | None]:
    return [speaker for speaker, _ in speaker_text(parse_body(body))]


@pytest.mark.parametrize(
    ("body", "speakers"),
    [
        (
            '"I think the choir needs younger singers," Hollis said after the rehearsal.',
            ["hollis"],
        ),
        (
            "The pier was damaged. Earlier Varga said that the pier will open in May. "
            "He added that the cafe will stay shut.",
            ["varga", "varga"],
        ),
        (
            '"My garden plan goes on with this budget," Okorafor said on Tuesday.',
            ["okorafor"],
        ),
        (
            '"My plan for new parks goes on with this budget," Hendricks said Wednesday.',
            ["hendricks"],
        ),
        (
            '"Our plan for new parks goes on," Hendricks said Wednesday. '
            '"The parks will open in June," Hendricks said.',
            ["hendricks", "hendricks"],
        ),
        (
            "Trenholm said that the ferry will run in June. She said the fares will not rise.",
            ["trenholm", "trenholm"],
        ),
    ],
)
def test_one_use_with_a_person_cue(body: str, speakers: list[str]) -> None:
    assert _speakers(body) == speakers


@pytest.mark.parametrize(
    "body",
    [
        '"We remain committed to the plan," Zentrix said on Wednesday.',
        "The mill closed. Zentrix said that demand was weak.",
        "Zentrix said that demand was weak. Its chief Tom Wu spoke. He added nothing more.",
        '"Our plan goes on," Hollis said after the rehearsal.',
    ],
)
def test_one_use_without_a_person_cue_is_nobody(body: str) -> None:
    assert _speakers(body) in ([], [None], ["tom-wu"])

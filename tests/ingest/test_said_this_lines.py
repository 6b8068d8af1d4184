"""A lede line, then "X announced this" on the next line (translated Russian press): the
lede is X's paraphrase, whatever stands around "this" (a role before the name, the
audience told, the place and time of a passive report).

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

import pytest

from tests.ingest.parsing import SpeakerKindText, parse_body, speaker_kind_text

_LEDE = "The launch of the probe has been moved to November 27."


def _said(body: str) -> list[SpeakerKindText]:
    return speaker_kind_text(parse_body(body))


@pytest.mark.parametrize(
    "report",
    [
        "The head of the space agency Pavel Zorin announced this on Wednesday.",
        "The head of the space agency, Pavel Zorin, announced this on Wednesday.",
        "Space agency head Pavel Zorin stated this to journalists.",
        "Pavel Zorin told MK about this.",
        "The head of the space agency Pavel Zorin told RIA Novosti about it.",
        "Pavel Zorin told journalists at the launch site about this.",
        "Pavel Zorin said this in an interview with RBC.",
        "Pavel Zorin reported this on his Telegram channel.",
        "This was announced to journalists on Thursday by Pavel Zorin.",
        "This was reported in Moscow by the head of the space agency Pavel Zorin.",
    ],
)
def test_a_line_reporting_this_makes_the_lede_above_the_speakers(report: str) -> None:
    assert _said(_LEDE + "\n" + report) == [("pavel-zorin", "paraphrase", _LEDE.rstrip("."))]


@pytest.mark.parametrize(
    "line",
    [
        "The head of the space agency Pavel Zorin visited the launch site on Wednesday.",
        "Pavel Zorin told the crew that he was proud of them.",
        "It was said to be caused by Pavel Zorin.",
        "The rocket was inspected on Monday by the engineer Pavel Zorin.",
        "The head of the space agency Pavel Zorin denied this on Wednesday.",
    ],
)
def test_a_line_that_reports_no_this_leaves_the_lede_alone(line: str) -> None:
    said = _said(_LEDE + "\n" + line)
    assert all(text != _LEDE.rstrip(".") for _speaker, _kind, text in said)

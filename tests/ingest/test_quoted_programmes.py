"""A programme's or a paper's name in quote marks after "on NBC's", "told" or "in" is no
quotation ('Thune said on NBC's “Meet the Press.”'); a real second quote still goes on
with the speaker.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from tests.ingest.parsing import SpeakerText, parse_body, speaker_text

_SCENE = "The town was calm.\n\nSenator Ann Cole spoke on Sunday. "


def _said(body: str) -> list[SpeakerText]:
    return speaker_text(parse_body(_SCENE + body))


def test_a_programme_after_on_a_network_is_no_quote() -> None:
    assert _said("“We will pass it by August,” Cole said on CBS’s “Face the Nation.”") == [
        ("ann-cole", "We will pass it by August")
    ]


def test_a_programme_after_told_is_no_quote() -> None:
    assert _said("“We will pass it by August,” Cole told “Sunday Morning Live.”") == [
        ("ann-cole", "We will pass it by August")
    ]


def test_a_second_sentence_in_quotes_goes_on() -> None:
    assert _said("“We will pass it by August,” Cole told reporters. “The votes are there.”") == [
        ("ann-cole", "We will pass it by August"),
        ("ann-cole", "The votes are there."),
    ]

"""A surname that is also an organisation word ("Sarah House", "Ann Church") after a known
given name, and a telling verb's audience before a long adverbial ("told lawmakers in
testimony to the House Financial Services Committee").

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from tests.ingest.parsing import SpeakerText, kind_role_org_of, parse_body, speaker_text


def _said(body: str) -> list[SpeakerText]:
    return speaker_text(parse_body("The town was calm.\n\n" + body))


def test_an_org_word_surname_after_a_given_name() -> None:
    parsed = parse_body(
        "“Shoppers are still buying, only more carefully,” said Laura House, senior "
        "economist at Northfield Bank."
    )
    assert speaker_text(parsed) == [
        ("laura-house", "Shoppers are still buying, only more carefully")
    ]
    assert kind_role_org_of(parsed, "laura-house")[1:] == ("senior economist", "Northfield Bank")


def test_org_words_inside_longer_names_stay_organisations() -> None:
    for body in (
        "The New York Times reported that the firm would cut jobs.",
        "Officials at the White House said the bill would pass.",
        "Visitors to Anna Hall Gallery said the show was loud.",
    ):
        assert all(
            speaker not in {"york-times", "white-house", "anna-hall"} for speaker, _ in _said(body)
        )


def test_an_audience_then_a_long_adverbial_after_told() -> None:
    assert _said(
        "Central bank chief Omar Reyes spoke on Tuesday. “We are ready to act if prices "
        "climb again,” Reyes told lawmakers in testimony to the Senate Banking and Housing "
        "Committee."
    ) == [("omar-reyes", "We are ready to act if prices climb again")]

"""Attribution probes, second round: web news and English translations of Russian press.

Every sentence here is made up to the shape of a convention; none is corpus text.
"""

from __future__ import annotations

import pytest

from tests.ingest.parsing import parse_body, speaker_kind_text, speaker_text

# -- a name inside the subject phrase is not the speaker ---------------------------------


@pytest.mark.parametrize(
    "body",
    [
        '"We want answers," said the mother of victim Amy Rowe.',
        '"He was a kind boy," said the father of Tom Veil.',
        "The doctor treating Mia Hart said she is stable.",
        "A letter to Senator Paul Rye said the funds were misused.",
        "A spokesman for Governor Ann Tate said the budget would pass.",
        "The lawyer of businessman Ivan Petrov said his client would appeal.",
        "The team representing Ann Lee said she would appeal.",
        "\u00abHe is innocent\u00bb, - said the lawyer of businessman Oleg Petrov.",
        "An aide to Sen. Bob Ray said the vote would be delayed.",
    ],
)
def test_a_name_the_subject_phrase_governs_says_nothing(body: str) -> None:
    assert [speaker for speaker, _ in speaker_text(parse_body(body))] in ([], [None])


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # the role phrase before its holder's name (translation word order)
        (
            "The head of the Ministry of Transport Pavel Gromov said the bridge would open.",
            "pavel-gromov",
        ),
        ('"It is over," said the coach of Zenit Sergei Rudakov.', "sergei-rudakov"),
        (
            "The press secretary of the president Anton Lebedev said the talks were delayed.",
            "anton-lebedev",
        ),
        ("Deputy Minister of Finance Alexei Morin said taxes would not rise.", "alexei-morin"),
        # the named person's own words
        ("A statement by Mayor Ann Lee said the road would close.", "ann-lee"),
        ("A statement from Senator Paul Rye said the funds were misused.", "paul-rye"),
        # a scene before the name, not a phrase that governs it
        ("At the meeting Senator Paul Rye said the funds were misused.", "paul-rye"),
        ("After a long briefing Governor Ann Tate said the budget would pass.", "ann-tate"),
        ("Speaking to reporters, Governor Ann Tate said the budget would pass.", "ann-tate"),
        # the name first, its relation after it
        (
            "Anna Petrova, the wife of businessman Oleg Petrov, said he had been detained.",
            "anna-petrova",
        ),
        ('"He is innocent," said Anna Petrova, the wife of Oleg Petrov.', "anna-petrova"),
    ],
)
def test_a_name_that_heads_its_phrase_still_speaks(body: str, speaker: str) -> None:
    assert [s for s, _kind, _text in speaker_kind_text(parse_body(body))] == [speaker]

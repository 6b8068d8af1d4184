"""'Narrated clause, “quoted clause”, noted X.': the quote rules give the quote to X, and
the narrated clause before it, set off by a comma, is X's paraphrase.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from tests.ingest.parsing import SpeakerKindText, parse_body, speaker_kind_text

_SCENE = "The town was calm.\n\nMaria Olsen, a novelist, spoke on Monday.\n\n"


def _said(body: str) -> list[SpeakerKindText]:
    return speaker_kind_text(parse_body(_SCENE + body))


def test_the_clause_before_a_quote_and_its_attribution_is_the_speakers() -> None:
    assert _said(
        "Costs of running the library rose by a third, “and nobody noticed it”, noted Olsen."
    ) == [
        ("maria-olsen", "paraphrase", "Costs of running the library rose by a third"),
        ("maria-olsen", "quote", "and nobody noticed it"),
    ]


def test_a_short_introduction_before_the_quote_is_no_paraphrase() -> None:
    assert _said("In a statement on Monday, “costs rose”, noted Olsen.") == [
        ("maria-olsen", "quote", "costs rose")
    ]

"""A scare quote inside a narrated clause does not make the clause a quotation: 'All
“relevant sites” were cleaned, reports Lee.' is Lee's reported statement.  A clause that
is mostly quoted words stays with the quote rules.

Every article below is made up here; no corpus text.
"""

from __future__ import annotations

from tests.ingest.parsing import SpeakerText, parse_full_text, speaker_text

_LEAD = (
    "Title\n\nThe town was calm.\n\n"
    "The health agency said it had traced every contact, according to Dana Holt of the "
    "Daily Star. "
)


def _said(sentence: str) -> list[SpeakerText]:
    """Statements of ``sentence`` set between ``_LEAD`` and a closing sentence, less the
    first (the lead's own report)."""
    return speaker_text(parse_full_text(_LEAD + sentence + " The agency assured the public."))[1:]


def test_a_scare_quote_in_a_reported_clause_keeps_the_clause_reported() -> None:
    assert _said("All “relevant sites” were also cleaned, reports Holt.") == [
        ("dana-holt", "All “relevant sites” were also cleaned")
    ]


def test_a_clause_without_quoted_words_is_reported_as_before() -> None:
    assert _said("All relevant sites were also cleaned, reports Holt.") == [
        ("dana-holt", "All relevant sites were also cleaned")
    ]

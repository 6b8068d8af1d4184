"""A country's adjective before a title and a surname opening a sentence ("Veltrian
President Dorev proposed …") leaves the surname the sentence's subject, whom a following
"he" means.

Every sentence below is made up here; no corpus text.
"""

from __future__ import annotations

import pytest

from tests.ingest.parsing import parse_body, speaker_text


def _speakers(body: str) -> list[str | None]:
    return [speaker for speaker, _ in speaker_text(parse_body(body))]


@pytest.mark.parametrize(
    ("body", "slug"),
    [
        (
            "Veltrian President Dorev proposed a new fund at the Forum. "
            '"We must act now," he said.',
            "dorev",
        ),
        (
            "Norlandic Prime Minister Haskel opened the summit on Monday. "
            '"The talks were useful," she said.',
            "haskel",
        ),
        (
            "Veltrian Foreign Minister Orsak met the envoy on Monday. "
            '"The talks were useful," he said.',
            "orsak",
        ),
    ],
)
def test_country_title_surname_is_the_subject(body: str, slug: str) -> None:
    assert _speakers(body) == [slug]


@pytest.mark.parametrize(
    ("body", "slug"),
    [
        (
            'Anna Berg met Senator Dorev on Monday. "The talks were useful," she said.',
            "anna-berg",
        ),
        (
            'Anna Berg, Senator Dorev and others met. "The talks were useful," she said.',
            "anna-berg",
        ),
    ],
)
def test_a_full_name_opening_the_sentence_stays_the_subject(body: str, slug: str) -> None:
    assert _speakers(body) == [slug]

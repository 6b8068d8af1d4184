"""Given names: the gender a first name suggests, and whether a capitalised word can be one.

gender-guesser's first-name table and wordfreq's English word frequencies are both shipped
in their packages (offline) and loaded once.
"""

from __future__ import annotations

from functools import cache
from typing import Any


@cache
def _name_genders() -> Any:
    """gender-guesser's first-name table (offline, shipped in the package), loaded once."""
    from gender_guesser.detector import Detector  # type: ignore[import-untyped]

    return Detector(case_sensitive=False)


_GUESSED = {"male": "m", "mostly_male": "m", "female": "f", "mostly_female": "f"}


@cache
def gender_of_name(given_name: str) -> str | None:
    """ "Kathleen" -> "f", "Diego" -> "m"; ambiguous or unknown names say nothing."""
    if not given_name[:1].isalpha() or len(given_name) < 2:
        return None
    return _GUESSED.get(_name_genders().get_gender(given_name))


# A word this frequent in English (Zipf 5: once in 100,000 words, "ever", "following",
# "whatever") that no first-name table knows is a capitalised common word, not a name;
# common words that are names ("Will", "Mark", "Hope") are in the table.
COMMON_WORD_ZIPF = 5.0


@cache
def is_common_word_not_name(word: str) -> bool:
    """ "Ever" (in a book title "... Ever Need"), "Following": a frequent English word no
    first-name table knows, so no given name."""
    if not word[:1].isalpha() or len(word) < 2:
        return False
    from wordfreq import zipf_frequency  # loads its word list on first use

    known = _name_genders().get_gender(word) != "unknown"
    return not known and zipf_frequency(word.lower(), "en") >= COMMON_WORD_ZIPF

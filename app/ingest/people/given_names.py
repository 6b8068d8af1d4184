"""Given names: the gender a first name suggests, and whether a capitalised word can be one.

gender-guesser's first-name table and wordfreq's English word frequencies are both shipped
in their packages (offline) and loaded once.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from app.ingest.vocabulary import word_list


@cache
def _name_genders() -> Any:
    """gender-guesser's first-name table (offline, shipped in the package), loaded once."""
    from gender_guesser.detector import Detector  # type: ignore[import-untyped]

    return Detector(case_sensitive=False)


_GUESSED = {"male": "m", "mostly_male": "m", "female": "f", "mostly_female": "f"}


# Function words the first-name table lists (it gives "The" a gender): a capitalised one
# opens a sentence or a title, never a name.
_NEVER_GIVEN = frozenset({"the", "a", "an", "and", "of", "in", "on", "at", "to", "for", "by"})


@cache
def gender_of_name(given_name: str) -> str | None:
    """ "Kathleen" -> "f", "Diego" -> "m"; ambiguous or unknown names say nothing."""
    if not given_name[:1].isalpha() or len(given_name) < 2:
        return None
    if given_name.lower() in _NEVER_GIVEN:
        return None
    return _GUESSED.get(_name_genders().get_gender(given_name))


# A word this frequent in English (Zipf 5: once in 100,000 words, "ever", "following",
# "whatever") that no first-name table knows is a capitalised common word, not a name;
# common words that are names ("Will", "Mark", "Hope") are in the table.  The list is
# built once from wordfreq (a dev dependency) by build_common_words() and stored in
# vocab/common_words.txt: reading wordfreq's tables costs seconds in every worker process.
COMMON_WORD_ZIPF = 5.0
COMMON_WORDS_FILE = "common_words.txt"


def build_common_words() -> list[str]:
    """The words of vocab/common_words.txt: English words of Zipf >= 5 (letters only, two
    or more) that gender-guesser does not know as first names, most frequent first."""
    from wordfreq import top_n_list, zipf_frequency  # dev dependency: only to rebuild

    detector = _name_genders()
    return [
        word
        for word in top_n_list("en", 5000)
        if word.isalpha()
        and len(word) >= 2
        and zipf_frequency(word, "en") >= COMMON_WORD_ZIPF
        and detector.get_gender(word) == "unknown"
    ]


def is_common_word_not_name(word: str) -> bool:
    """ "Ever" (in a book title "... Ever Need"), "Following": a frequent English word no
    first-name table knows, so no given name."""
    return word.lower() in word_list(COMMON_WORDS_FILE)

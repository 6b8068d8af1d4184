"""Whom a reference back means when the usual answer fails.

* "Greg Hale, 29, …  The 29-year-old said …": the person the article gave that very age
  (:func:`person_of_stated_age`), before the most recent speaker that
  :meth:`app.ingest.article_state.ArticleState.resolve` otherwise takes;
* "Jim Colt served in Iraq. … the veteran said": a describing noun (not a job) means the
  one person the article has named in full so far (:func:`only_person`); with two or more,
  nothing is stored.
"""

from __future__ import annotations

import re

from app.ingest.people.names import PERSON_REFERENCE_NOUNS, TITLE_WORDS, is_role_word
from app.ingest.people.registry import Registry
from app.ingest.tokens import name_runs, tokenize

# "Greg Hale, 29, shot …", "officer Greg Hale, 29." : a name, then the age set off by commas.
_STATED_AGE = re.compile(
    r"(?<![\w'’-])(?:[A-Z][\w'’.-]*\s+){1,4}?[A-Z][\w'’-]+,\s+(\d{1,3})\b(?=[,.;)])"
)
_LOOKBACK = 3000  # characters before the reference looked at for a stated age
_NUMBER = re.compile(r"\d{1,3}")


def person_of_stated_age(masked: str, reference: str, at: int) -> list[str] | None:
    """The full name given the age of ``reference`` ("the 29-year-old") nearest before
    ``at``, if any."""
    number = _NUMBER.search(reference)
    if number is None:
        return None
    found = None
    for match in _STATED_AGE.finditer(masked, max(0, at - _LOOKBACK), at):
        if match.group(1) == number.group():
            found = match
    if found is None:
        return None
    tokens = tokenize(masked, found.start(), found.start(1))
    runs = name_runs(tokens)
    if not runs:
        return None
    first, end = runs[-1]
    words = [token.core for token in tokens[first:end]]
    return words if len(words) >= 2 else None


def _job(word: str) -> bool:
    return word in TITLE_WORDS or word in PERSON_REFERENCE_NOUNS or is_role_word(word)


def _without_title(words: list[str]) -> list[str]:
    """ "Veteran Jim Colt", "Coach Ann Lee" seen at a sentence's start: the job opening the
    run is no given name."""
    while len(words) > 2 and _job(words[0].lower()):
        words = words[1:]
    return words


def only_person(registry: Registry) -> list[str] | None:
    """The full name of the one person the article has named so far, if exactly one."""
    names = {person.surname.lower(): person.words for person in registry.people if person.words}
    for seen in registry.seen_full_names():
        words = _without_title(seen)
        if len(words) >= 2:
            names.setdefault(words[-1].lower(), words)
    if len(names) != 1:
        return None
    (words,) = names.values()
    return words if len(words) >= 2 else None

"""Whom "the 34-year-old" means when the article gave the age inside a description rather
than as ", 34,": "Tom Vale, a 34-year-old striker, …", "34-year-old striker Tom Vale …",
"Tom Vale (34) …".

:func:`app.ingest.age_references.person_of_stated_age` reads "Greg Hale, 29,"; this reads
the other ways news copy gives an age with a name.  Only a name given that age, and no
other name given the same age, is taken: with two 34-year-olds, neither.
"""

from __future__ import annotations

import re

from app.ingest.people.names import is_role_word
from app.ingest.tokens import name_runs, tokenize

__all__ = ["person_of_described_age"]

_LOOKBACK = 3000  # characters before the reference read for an age given with a name
_NUMBER = re.compile(r"\d{1,3}")
_NAME = r"(?P<name>(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]+)"
# "Tom Vale, a 34-year-old striker", "Tom Vale (34)", "34-year-old striker Tom Vale":
# the name is read from the group ``name`` (a name run inside it, the last one before an
# age that follows it, the first after an age before it).
_AFTER_NAME = re.compile(
    _NAME + r"(?:,\s+an?\s+(?P<age>\d{1,3})-year-old\b|\s+\((?P<bracket>\d{1,3})\))"
)
# "34-year-old striker Tom Vale", "a 34-year-old man, Tom Vale,": the words between the
# age and the name must be jobs or people ("the 34-year-old building on Main Street" is
# no one's age).
_BEFORE_NAME = re.compile(
    r"(?<![\w-])(?P<age>\d{1,3})-year-old\s+(?P<between>(?:[a-z][\w-]*\s+){0,3}?)"
    r"(?:(?<=\s)|(?P<comma>[a-z][\w-]*,\s+))" + _NAME
)
_PEOPLE = frozenset({"man", "woman", "boy", "girl", "father", "mother", "resident", "former"})


def _job_words(words: list[str]) -> bool:
    """Whether every one of ``words`` is a job or names a person ("striker", "man")."""
    return all(word in _PEOPLE or is_role_word(word) for word in words)


def _name_in(masked: str, start: int, end: int, *, last: bool) -> list[str] | None:
    """The full name (two words or more) in ``masked[start:end]``: its last name run when
    ``last`` (the name before an age), else its first."""
    tokens = tokenize(masked, start, end)
    runs = name_runs(tokens)
    if not runs:
        return None
    first, stop = runs[-1] if last else runs[0]
    words = [token.core for token in tokens[first:stop]]
    return words if len(words) >= 2 else None


def person_of_described_age(masked: str, reference: str, at: int) -> list[str] | None:
    """The full name the article gave the age in ``reference`` ("the 34-year-old") before
    ``at``, in a description (see the module docstring); None when none, or two names,
    were given that age."""
    number = _NUMBER.search(reference)
    if number is None:
        return None
    age = number.group()
    lo = max(0, at - _LOOKBACK)
    names: dict[str, list[str]] = {}
    for found in _AFTER_NAME.finditer(masked, lo, at):
        if (found.group("age") or found.group("bracket")) == age:
            words = _name_in(masked, found.start("name"), found.end("name"), last=True)
            if words is not None:
                names[words[-1].lower()] = words
    for found in _BEFORE_NAME.finditer(masked, lo, at):
        between = found.group("between").split()
        if found.group("comma"):
            between.append(found.group("comma").rstrip(", \n"))
        if found.group("age") == age and _job_words(between):
            words = _name_in(masked, found.start("name"), found.end("name"), last=False)
            if words is not None:
                names[words[-1].lower()] = words
    if len(names) != 1:
        return None
    (words,) = names.values()
    return words

"""Whether the body a role reference names is the body of a job written with a name.

"said the Chairperson of the CVC of Kelmar" may mean "the Chairperson of the Central Vote
Commission of the Republic of Kelmar Anna Ruvina": the reference's body shares a word
with the job ("Kelmar"), or is the initials of its capitalised words ("CVC").  "the
Minister of Finance" is not "Defence Minister Tomas Vell": the bodies share nothing.
A reference that names no body ("the minister") agrees with any job.
"""

from __future__ import annotations

import re

__all__ = ["bodies_agree"]

_WORD = re.compile(r"[A-Za-z][\w-]*")
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_LINKS = frozenset({"of", "for", "and", "the", "on", "in", "at"})
_STEM = 4  # letters of the shorter word, the stem of the longer ("Russia", "Russian")
_ENDING = 3  # letters the longer adds ("Russian"; not "Historical" for "History")


def _content_words(phrase: str) -> list[str]:
    return [word for word in _WORD.findall(phrase) if word.lower() not in _LINKS]


def _same_word(one: str, other: str) -> bool:
    one, other = one.lower(), other.lower()
    if one == other:
        return True
    short, long = sorted((one, other), key=len)
    return len(short) >= _STEM and long.startswith(short) and len(long) - len(short) <= _ENDING


def _initials(words: list[str]) -> set[str]:
    """The initials of every run of two or more capitalised words ("Central Vote
    Commission" gives CVC, and VC)."""
    found: set[str] = set()
    caps = [word[0] if word[:1].isupper() else "" for word in words]
    for start in range(len(caps)):
        letters = ""
        for letter in caps[start:]:
            if not letter:
                break
            letters += letter
            if len(letters) >= 2:
                found.add(letters)
    return found


def bodies_agree(qualifier: str | None, job: str) -> bool:
    """Whether the capitalised body in a reference's ``qualifier`` may be the body of
    ``job`` (see the module's docstring)."""
    named = [word for word in _content_words(qualifier or "") if word[:1].isupper()]
    if not named:
        return True
    job_words = _content_words(job)
    initials = _initials(job_words)
    for word in named:
        if _ACRONYM.fullmatch(word) and word in initials:
            return True
        if any(_same_word(word, other) for other in job_words):
            return True
    return False

"""The subject of a reporting verb that names one person by their nation: "“…,” the
Spaniard told reporters.", "“…,” said the Dutchman.".

The attribution reader turns what these find into a role mention (``kind="role"``, the
noun in lower case), which :func:`app.ingest.people.coreference.resolve` takes to the one
person the article tied to that state (:mod:`app.ingest.people.nation_references`).
This module imports nothing from the attribution reader, so that it may call it.

Precision: the noun must be the whole subject ("the Russian delegation said" has
"delegation" as its head; "the Spanish government said" too), one person ("the Russians"
is not in the table) and a noun for a person ("the French said" is a nation,
:func:`app.ingest.people.nationalities.person_nation_noun`).
"""

from __future__ import annotations

import re

from app.ingest.people.nationalities import person_nation_noun

__all__ = ["nation_subject_after", "nation_subject_before"]


# "the Spaniard" ending the text before a reporting verb (an age may come between:
# "the 34-year-old Spaniard" is an age mention, read elsewhere).
_BEFORE_VERB = re.compile(r"(?:^|(?<=\s))(?P<the>[Tt]he)\s+(?P<noun>[A-Z][a-z]+)$")
# "the Dutchman" right after a reporting verb, the subject ending there: punctuation, a
# closing mark, a line's end or "who" follow, never another word of the same phrase
# ("said the Russian delegation").
_AFTER_VERB = re.compile(
    r"\s*(?P<the>[Tt]he)\s+(?P<noun>[A-Z][a-z]+)(?=\s*(?:[,.;:!?”\"’)]|\n|$|who\b))"
)


def nation_subject_before(text: str, lo: int, hi: int) -> tuple[int, int, str] | None:
    """ "the Spaniard" as the whole subject ending ``text[lo:hi]`` (the text before a
    reporting verb, which starts at ``hi``): its start, end and noun (lower case), else
    None."""
    chunk = text[max(lo, hi - 40) : hi].rstrip()
    found = _BEFORE_VERB.search(chunk)
    if found is None or not person_nation_noun(found.group("noun")):
        return None
    offset = max(lo, hi - 40)
    noun = found.group("noun")
    return offset + found.start("the"), offset + found.end("noun"), noun.lower()


def nation_subject_after(text: str, verb_end: int, hi: int) -> tuple[int, int, str] | None:
    """ "the Dutchman" as the whole subject right after a reporting verb ending at
    ``verb_end`` ("…,” said the Dutchman."), within ``text[:hi]``: its start, end and
    noun (lower case), else None."""
    found = _AFTER_VERB.match(text, verb_end, hi)
    if found is None or not person_nation_noun(found.group("noun")):
        return None
    noun = found.group("noun")
    return found.start("the"), found.end("noun"), noun.lower()

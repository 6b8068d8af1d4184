"""Where an organisation's name ends: no clause, and no prepositional tail about the
person, swallowed after it.

A role phrase's organisation runs to the end of the phrase, so a clause or a description
written after the body's name comes along: "the board of Dynamo decided to keep" (a verb:
the name ends before it), "Kazan with 30 years of experience" (what the person has, not
who employs them).  :func:`clause_cut` cuts those tails; :func:`subject_not_body` tells a
subject after "of" ("a teacher of Russian language") from a body ("of the Russian
Academy").
"""

from __future__ import annotations

import re
from functools import lru_cache

from lemminflect import getAllInflections, getAllLemmas  # type: ignore[import-untyped]

from app.ingest.people.names import is_org_word
from app.ingest.people.nationalities import demonym_words

# " with 30 years of experience", " with a focus on", " with more than a decade": what the
# person brings, after the body's name.
_WITH_TAIL = re.compile(
    r"\s+with\s+(?:\d|an?\s|over\s|more\s|nearly\s|about\s|almost\s|some\s|many\s|"
    r"several\s|decades?\b|years?\b)"
)


@lru_cache(maxsize=8192)
def _finite_verb(word: str) -> bool:
    """ "decided", "agreed", "announced": a lower-case verb in the past tense that is no
    noun and no adjective ("retired", "united", "board" are)."""
    if not word.isalpha() or not word.islower():
        return False
    lemmas = getAllLemmas(word)
    if "VERB" not in lemmas or "NOUN" in lemmas or "ADJ" in lemmas:
        return False
    forms = getAllInflections(lemmas["VERB"][0], upos="VERB")
    return word in forms.get("VBD", ()) or word in forms.get("VBZ", ())


def clause_cut(org: str) -> str:
    """ "Dynamo decided to keep" -> "Dynamo", "the Institute with 30 years of experience"
    -> "the Institute": the body's name without the clause or tail after it."""
    tail = _WITH_TAIL.search(org)
    if tail is not None and tail.start() > 0:
        org = org[: tail.start()]
    if not org[:1].isupper():
        return org
    words = org.split()
    verb = _verb_at(words)
    return org if verb is None else " ".join(words[:verb])


def subject_not_body(rest: str) -> bool:
    """ "Russian language", "German literature from Leeds": a nationality then lower-case
    nouns, none a body's, is a subject taught or studied, no organisation ("the Russian
    Academy", "Russian army" are bodies)."""
    words = rest.split()
    size = next((n for n in (2, 1) if n < len(words) and demonym_words(words[:n]) == n), 0)
    if size == 0 or not words[size][:1].islower():
        return False
    head = []
    for word in words[size:]:
        if word in {"of", "at", "for", "with", "from", "in", "on"}:
            break
        head.append(word)
    return not any(is_org_word(word) for word in head)


def experience_dropped(text: str) -> str:
    """ "a teacher from Kazan with 30 years of experience" -> "a teacher from Kazan": what
    the person brings to the job is no part of it."""
    tail = _WITH_TAIL.search(text)
    return text[: tail.start()] if tail is not None and tail.start() > 0 else text


def has_finite_verb(text: str) -> bool:
    """ "The board of directors of Dynamo decided to keep": a verb in the past or present
    tense opening a clause (an infinitive or an object after it) makes the phrase a
    clause, whose object the name after it is; no job of that person's."""
    return _verb_at(text.split()) is not None


# Words after a verb that make it the clause's: an infinitive, an object, a that-clause.
# A participle before a job ("recently named executive chair", "newly appointed head")
# is the job's, not a clause.
_CLAUSE_NEXT = frozenset(
    {"to", "that", "the", "a", "an", "his", "her", "its", "their", "him", "them", "on"}
)


def _verb_at(words: list[str]) -> int | None:
    """The index of the first finite verb after the first word, one that opens a clause
    ("decided to keep", "appointed him"), if any."""
    for index in range(1, len(words) - 1):
        if words[index + 1].lower() in _CLAUSE_NEXT and _finite_verb(words[index]):
            return index
    return None

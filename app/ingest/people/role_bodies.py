"""Whether the body a role reference names is the body of a job written with a name.

"said the Chairperson of the CVC of Kelmar" may mean "the Chairperson of the Central Vote
Commission of the Republic of Kelmar Anna Ruvina": the reference's body shares a
distinctive word with the job ("Vote"), or is the initials of its capitalised words
("CVC"), and names the same place ("Kelmar").  "the Minister of Finance" is not "Defence
Minister Tomas Vell": the bodies share nothing.  Words many bodies share ("Central",
"National", "Commission", "Bank") never make the bodies the same alone: "the Central
Election Commission of Velmar" is not the one "of Norvania", nor "the Norvania Women's
League".  A reference that names only a place ("the President of Norvania") agrees
only with a job of that place itself ("President of Norvania", "Norvanian president"),
not with another body there ("head of the Norvania Chess Federation").  A job no longer
held ("former chairperson of …") or a relative's ("daughter" of "the President of
Norvania's") agrees with no named body.  A reference that names no body ("the minister")
agrees with any job.
"""

from __future__ import annotations

import re

from app.ingest.mentions import ALL_TITLE_WORDS
from app.ingest.people.given_names import gender_of_name
from app.ingest.people.names import ORG_WORDS, is_role_word
from app.ingest.vocabulary import word_list

__all__ = ["bodies_agree", "job_not_held"]

_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_LINKS = frozenset({"of", "for", "and", "the", "on", "in", "at"})
_GENERIC = word_list("generic_body_words.txt") | ORG_WORDS
_RELATIVES = word_list("relative_nouns.txt")
# "former chairperson of …", "ex-minister": a job the person no longer holds
_NOT_HELD = re.compile(
    r"(?:(?:the|a|an)\s+)?(?:former|ex|late|then|onetime|one-time|erstwhile)\b-?", re.IGNORECASE
)
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


def _same_place(one: str, other: str) -> bool:
    """Whether two places share a word ("Kelmar", "Roads Kelmar" of a role and its
    organisation run together)."""
    return any(_same_word(a, b) for a in one.split() for b in other.split())


def _generic(word: str) -> bool:
    return word.lower() in _GENERIC


def _place(phrase: str) -> str | None:
    """The place a body's phrase ends in: the capitalised words after its last "of" with
    no organisation's word among them ("Commission of Kelmar" gives Kelmar, "the Republic
    of Kelmar" too); a phrase of one such word alone is a place as well ("Norvania")."""
    tail = re.split(r"\s+of\s+", phrase)[-1]
    words = _content_words(tail)
    for at in range(1, len(words)):
        if gender_of_name(words[at]) is not None:
            words = words[:at]  # "of Kazakhstan Marat Karabayev": the place, then a name
            break
    if not words or not all(word[:1].isupper() for word in words):
        return None
    if any(_generic(word) or _ACRONYM.fullmatch(word) for word in words):
        return None
    if tail == phrase and len(_content_words(tail)) > 1:
        return None  # "Port Board", "Vote Commission": a body, not a place
    return " ".join(words)


def bodies_agree(qualifier: str | None, job: str) -> bool:
    """Whether the capitalised body in a reference's ``qualifier`` may be the body of
    ``job`` (see the module's docstring)."""
    named = [word for word in _content_words(qualifier or "") if word[:1].isupper()]
    if not named:
        return True
    if job_not_held(job):
        return False  # "the former chairperson", "the President of Norvania's daughter"
    job_words = _content_words(job)
    place, job_place = _place(qualifier or ""), _place(job)
    if place and job_place and not _same_place(place, job_place):
        return False  # "of Velmar" is not "of Norvania"
    place_words = set(place.split()) if place else set()
    distinctive = [w for w in named if not _generic(w) and w not in place_words]
    if not distinctive and not place_words:
        # "the Central Bank": only shared words, all of which the job must hold
        return all(any(_same_word(w, other) for other in job_words) for w in named)
    if distinctive:
        initials = _initials(job_words)
        return any(
            (_ACRONYM.fullmatch(word) and word in initials)
            or any(_same_word(word, other) for other in job_words)
            for word in distinctive
        )
    # a place alone: the job's own capitalised words must be of that place only ("Chess
    # Federation of Norvania" is another body there)
    others = [
        w
        for w in job_words
        if w[:1].isupper()
        and not _generic(w)
        and not is_role_word(w.lower())
        and w.lower() not in ALL_TITLE_WORDS  # "Prime", "Foreign" (Minister)
        and not any(_same_word(w, place_word) for place_word in place_words)
    ]
    if others:
        return False
    return any(_same_word(word, other) for word in place_words for other in job_words)


def job_not_held(job: str) -> bool:
    """Whether ``job`` is one its person does not hold: a past one ("the former
    chairperson of …", "ex-minister") or a relative's ("the President of Norvania's
    daughter")."""
    return bool(_NOT_HELD.match(job.lstrip())) or _relative(job)


def _relative(job: str) -> bool:
    """A relative's job: "daughter" first ("daughter President of Norvania's", as a
    person's role and organisation), a relative after "'s" ("the President's son"), or a
    body ending in "'s" (its holder's relative is meant)."""
    words = job.lower().split()
    if not words:
        return False
    if words[0] in _RELATIVES or words[-1].endswith(("'s", "’s")):
        return True
    return any(match.group(1).lower() in _RELATIVES for match in _AFTER_POSSESSIVE.finditer(job))


_AFTER_POSSESSIVE = re.compile(r"['’]s?\s+([\w-]+)")

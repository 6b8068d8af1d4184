"""A speech verb coordinated after another verb phrase: "He condemned the attack and
claimed that …", "While in Accra, Prof Danjuma sympathized with Ghana and said …".

The speech verb has no subject of its own: it shares the subject of the first conjunct's
finite verb.  :func:`first_conjunct_subject` finds that subject, the person reference
right before the first past or present-tense verb of the clause the "and" closes.  The
first conjunct must run without a comma or another clause break from its verb to the
"and" ("…, and officials said" has a subject of its own; "met Lee, who smiled and said"
is Lee's), so a name inside it ("sympathized with Ghana") is an object, never the speaker.
The window is bounded, so each verb costs O(1).
"""

from __future__ import annotations

import re

from app.ingest.attribution import Mention, subject_before
from app.ingest.people.given_names import gender_of_name
from app.ingest.people.names import is_honorific
from app.ingest.people.nationalities import is_country
from app.ingest.speech_verbs import simple_past, third_person_present
from app.ingest.tokens import name_runs, tokenize

_REACH = 200  # characters before the "and" read for the first conjunct
# "… and claimed", "… and also said", "… and then told"
_AND_BEFORE_VERB = re.compile(r"\band\s+(?:(?:also|then|later)\s+)?$")
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
# What ends the first conjunct going back from "and": a comma, a clause break, or a
# sentence's end ("…; he met Lee and said" reads only "he met Lee").
_BREAK = re.compile(r"[,;:.!?()\[\]\n]|\s[-–—]\s")


def _names_someone(masked: str, lo: int, hi: int) -> bool:
    """Whether ``masked[lo:hi]`` (the first conjunct after its verb) names someone who could
    have spoken: a name run holding a given name or a title ("met Tom Reed", "met Mr
    Reed"); "sympathized with Ghana", "his green card USA" name no one."""
    tokens = tokenize(masked, lo, hi)
    for first, end in name_runs(tokens):
        words = [token.core for token in tokens[first:end]]
        if is_country(" ".join(words)):
            continue
        if any(gender_of_name(word) is not None or is_honorific(word) for word in words):
            return True
    return False


def first_conjunct_subject(masked: str, lo: int, verb_start: int) -> Mention | None:
    """The subject of the finite verb phrase that a speech verb at ``verb_start`` is
    coordinated with by "and", or None (see the module docstring)."""
    joined = _AND_BEFORE_VERB.search(masked, max(lo, verb_start - 20), verb_start)
    if joined is None:
        return None
    conjunct_lo = max(lo, joined.start() - _REACH)
    for word in _LOWER_WORD.finditer(masked, conjunct_lo, joined.start()):
        if not (simple_past(word.group()) or third_person_present(word.group())):
            continue
        if _BREAK.search(masked, word.end(), joined.start()):
            continue  # a comma after this verb: the "and" may open a clause of its own
        if _names_someone(masked, word.end(), joined.start()):
            return None  # "Lind met Tom Reed and said …": either may have said it
        return subject_before(masked, lo, word.start())
    return None

"""A job the article gives in a sentence of its own, for the one speaker it names bare.

Translated copy often states the job once, as the subject of a speech verb with no name,
and names the person elsewhere with no job: "The Fisheries Minister reported on quotas
… Aino Rask noted that …", "…, says the Minister of Culture, the Daily writes. … Arvis
Kalns told radio", "The line will open in May, a deputy chairman of the Velmoran Rail
Board said. … Jonas Eld said …".  The job is the named person's when nothing else can
hold it:

1. the job is a title written with capitals ("the Minister of Culture") or a job "of" a
   named body ("a deputy chairman of the Velmoran Rail Board"), an office or a head's
   title, standing right before or right after a speech verb, and no name follows it;
2. the article gives one such job (however often), and nobody it names holds it;
3. exactly one speaker has neither a job nor an organisation, is first named within
   :data:`REACH` characters of the job, and is not described otherwise where first named
   (:func:`app.ingest.people.introduction_descriptions.described_otherwise`: a byline,
   an apposition the role reader did not take).

Anything less leaves the speaker as found: a wrong job is worse than none.  One pass over
the text: linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from app.ingest.people.introduction_descriptions import described_otherwise
from app.ingest.people.kinds import classify
from app.ingest.people.registry import Person
from app.ingest.people.role_rules import HEAD_TITLES, OFFICE_TITLES, has_title
from app.ingest.people.roles import split_role
from app.ingest.speech_verbs import is_verb_form

REACH = 1500
_CAP = r"[A-Z][\w'’-]*"
# "the Fisheries Minister", "the Minister of Culture", "the Head of State".
_TITLE = (
    rf"(?:{_CAP}\s+){{0,3}}{_CAP}"
    rf"(?:\s+(?:of|for)\s+(?:the\s+)?{_CAP}(?:\s+(?:and\s+)?{_CAP}){{0,3}})?"
)
# "a deputy chairman of the Velmoran Rail Board".
_DESCRIPTION = (
    rf"(?:[a-z][\w-]*\s+){{0,2}}[a-z][\w-]*\s+of\s+the\s+{_CAP}(?:\s+(?:of\s+)?{_CAP}){{0,4}}"
)
_PHRASE = re.compile(
    rf"\b(?P<det>[Tt]he|[Aa]n?)\s+(?:(?P<title>{_TITLE})|(?P<description>{_DESCRIPTION}))"
)
_WORD_BEFORE = re.compile(r"(?P<word>[A-Za-z]+)\s+$")
_AFTER = re.compile(r"\s*,?\s+(?:(?:has|had|also|then|later)\s+)*(?P<word>[A-Za-z]+)")
_NAME_NEXT = re.compile(r",?\s+[A-Z][a-z]")
_SPEECH_TENSES = ("past", "present")


def _speaking_jobs(text: str) -> list[tuple[int, str]]:
    """Where the text gives a job as the subject of a speech verb, and the job."""
    found: list[tuple[int, str]] = []
    for match in _PHRASE.finditer(text):
        phrase = match.group("title") or match.group("description")
        if match.group("title") is not None and match.group("det").lower() != "the":
            continue  # "a Minister …": no one office
        if not (has_title(phrase, OFFICE_TITLES) or has_title(phrase, HEAD_TITLES)):
            continue
        if _NAME_NEXT.match(text, match.end()) and match.group("title") is not None:
            continue  # "the Minister of Culture, Arvis Kalns": a title before a name
        before = _WORD_BEFORE.search(text, max(0, match.start() - 30), match.start())
        after = _AFTER.match(text, match.end())
        inverted = before is not None and is_verb_form(
            before.group("word").lower(), tenses=_SPEECH_TENSES
        )
        subject = after is not None and is_verb_form(
            after.group("word").lower(), tenses=_SPEECH_TENSES
        )
        if inverted or subject:
            found.append((match.start(), phrase))
    return found


def fill_described_speakers(people: Iterable[Person], text: str) -> None:
    """Give the one bare speaker the one job the article states apart (see above)."""
    people = list(people)
    bare = [p for p in people if p.has_statement and p.role is None and p.organization is None]
    if len(bare) != 1:
        return
    jobs = _speaking_jobs(text)
    if not jobs or len({phrase.lower() for _, phrase in jobs}) != 1:
        return
    role, organization = split_role(jobs[0][1])
    if role is None:
        return
    held = role.lower()
    if any(p.role and (held in p.role.lower() or p.role.lower() in held) for p in people):
        return  # someone named holds it: the job is theirs
    person = bare[0]
    at = text.find(person.name)
    if at < 0 or all(abs(at - where) > REACH for where, _ in jobs):
        return
    if described_otherwise(text, person.name, role.split()[-1]):
        return  # "Dara Quill reports for the Lown Gazette": someone else than the office
    person.role, person.organization = role, organization
    person.kind = classify(role, organization, "")

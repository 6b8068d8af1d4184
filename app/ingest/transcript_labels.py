"""Upper-case speaker labels of radio and TV transcripts.

A broadcast transcript labels each turn with the speaker's name in capitals: the first
turn with the full name ("ANA SILVA: We stayed.") and later ones with the surname alone
("SILVA: I could not leave."); the programme's own voices carry a role after a comma
("TOM REED, BYLINE: …", "MAY LIN, HOST: …") and are narration, as are all later turns
under their surname.  A turn of anyone else is that person's quote.

Precision guards: the article has at least two such labelled paragraphs; a full-name
label opens with a known given name ("ANA SILVA", never "BREAKING NEWS"); a surname
label is read only when a full-name label with that surname came before it; section
words ("UPDATE", "NOTE") are never labels.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.ingest.people.given_names import gender_of_name

_LABEL = re.compile(
    r"^(?P<name>[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2})"
    r"(?:, (?P<role>[A-Z][A-Z]+(?: [A-Z]+){0,2}))?[ \t]*:[ \t]+(?=\S)",
    re.MULTILINE,
)
_NARRATORS = frozenset({"BYLINE", "HOST", "ANCHOR", "CORRESPONDENT", "REPORTER", "MODERATOR"})
_NOT_NAMES = frozenset(
    {
        "Q",
        "A",
        "UPDATE",
        "NOTE",
        "EDITOR'S NOTE",
        "EDITOR’S NOTE",
        "CORRECTION",
        "BREAKING",
        "READ",
        "MORE",
        "WATCH",
        "RELATED",
        "LISTEN",
        "VIDEO",
        "PHOTOS",
        "REPORTER",
        "HOST",
        "ANCHOR",
        "INTERVIEWER",
        "QUESTION",
        "ANSWER",
    }
)
_MIN_LABELS = 2


@dataclass
class Transcript:
    """What the labels of one article say: whether it is a transcript at all, the full
    names each surname label stands for, and the narrators' surnames."""

    labelled: bool
    names: dict[str, list[str]] = field(default_factory=dict)
    narrators: set[str] = field(default_factory=set)


def transcript_of(text: str) -> Transcript:
    """Whether ``text`` has at least two upper-case labelled paragraphs (one scan)."""
    count = sum(1 for match in _LABEL.finditer(text) if match.group("name") not in _NOT_NAMES)
    return Transcript(labelled=count >= _MIN_LABELS)


def caps_turn(transcript: Transcript, para: str) -> tuple[list[str] | None, int] | None:
    """``(speaker's name words or None for a narrator, label length)`` for a paragraph
    opening with an upper-case label, or ``None`` when it is no transcript turn."""
    if not transcript.labelled:
        return None
    match = _LABEL.match(para)
    if match is None or match.group("name") in _NOT_NAMES:
        return None
    caps = match.group("name").split()
    words = [_title(word) for word in caps]
    role = match.group("role")
    if role is not None:
        if not set(role.split()) & _NARRATORS:
            return None  # "ANA SILVA, MAYOR:": no transcript convention this rule knows
        transcript.narrators.add(caps[-1])
        return None, match.end()
    if len(caps) == 1:
        if caps[0] in transcript.narrators:
            return None, match.end()
        full = transcript.names.get(caps[0])
        return (full, match.end()) if full is not None else None
    if gender_of_name(words[0]) is None:
        return None  # "BREAKING NEWS:", "WHITE HOUSE:": no given name opens it
    transcript.names[caps[-1]] = words
    return words, match.end()


def _title(word: str) -> str:
    """ "SILVA" -> "Silva", "O'NEIL" -> "O'Neil", "ANNE-MARIE" -> "Anne-Marie"."""
    return re.sub(r"[A-Za-z]+", lambda part: part.group().capitalize(), word)

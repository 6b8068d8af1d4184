"""Quote sheets: a speaker label line, then that speaker's plain answers.

Sports and press-office quote sheets set each speaker's words under a line holding only
the speaker and a colon ("Head coach Brian Kolb:" or "Brian Kolb, head coach:"), then
plain paragraphs with no quote marks, some of them questions ("Q: Did you see it? No.").
Every such paragraph is the labelled speaker's quote, except the question: in
"Q: <question>? <answer>" the answer is the part after the first "?"; a paragraph that is
only "Q: …?" asks and is nobody's statement.

Precision guards: the label line ends with ":" and has nothing after it, holds a full
name opening with a known given name and no speech verb ("Panin said:" introduces a
quote and is read elsewhere), and another paragraph follows it.  A section ends at the
next label, or at a paragraph that has quote marks or a dash, names another person
next to a speech verb, or is a heading (short, no sentence-final mark).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.ingest.people.given_names import gender_of_name
from app.ingest.speech_verbs import find_verbs

_NAME = r"(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’.-]+){1,2})"
_ROLE = r"[A-Za-z][\w'’.-]*(?: [A-Za-z][\w'’.-]*){0,4}"
_LABEL_LINE = re.compile(rf"^(?:(?P<before>{_ROLE}) )??{_NAME}(?:, (?P<after>{_ROLE}))?[ \t]*:$")
_QUESTION = re.compile(r"^(?:Q|Question)[:.][ \t]*[^?\n]*\?[\"”’]?[ \t]*")
_HEADING_WORDS = 8
_MARKS = frozenset('“”«»„"')
_DASHES = ("-", "–", "—")


@dataclass(frozen=True)
class Label:
    """A speaker label line: the name's words, the role words, the label's span."""

    words: list[str]
    role: str | None


def label_line(para: str, next_text: str | None) -> Label | None:
    """The speaker of a label line "Head coach Brian Kolb:" (see module guards)."""
    line = para.strip()
    if "\n" in line or not next_text or not next_text.strip():
        return None
    if next_text.lstrip().startswith((*_DASHES, *_MARKS)):
        return None  # a dashed or quoted block under the label: read as an introduction
    match = _LABEL_LINE.match(line)
    if match is None:
        return None
    words = match.group("name").split()
    if gender_of_name(words[0]) is None or find_verbs(line):
        return None
    role = match.group("before") or match.group("after")
    return Label(words, role.lower() if role else None)


def answer_part(para: str) -> int | None:
    """Where the answer starts in a section paragraph: 0 for a plain answer, the end of
    the question for "Q: …? answer", ``None`` for a paragraph that only asks."""
    match = _QUESTION.match(para)
    if match is None:
        return 0
    return match.end() if para[match.end() :].strip() else None


def ends_section(para: str) -> bool:
    """A paragraph that no longer belongs to the labelled speaker's answers by its shape:
    quote marks, a dash opening, or a heading (short, no sentence-final mark)."""
    line = para.strip()
    if not line or _MARKS.intersection(line) or line.startswith(_DASHES):
        return True
    heading = len(line.split()) <= _HEADING_WORDS and not line.endswith((".", "!", "?", "…"))
    return heading and _QUESTION.match(line) is None

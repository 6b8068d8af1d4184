"""Quote sheets: a speaker label line, then that speaker's plain answers.

Sports and press-office quote sheets set each speaker's words under a line holding only
the speaker and a colon ("Head coach Brian Kolb:" or "Brian Kolb, head coach:"), then
plain paragraphs with no quote marks, some of them questions ("Q: Did you see it? No.").
Every such paragraph is the labelled speaker's quote, except the question: in
"Q: <question>? <answer>" the answer is the part after the first "?"; a paragraph that is
only "Q: …?" asks and is nobody's statement.

Precision guards: the label line ends with ":" and has nothing after it, holds a full
name opening with a known given name and no speech verb ("Panin said:" introduces a
quote and is read elsewhere), any other words in it name a job ("Contact Jane Doe:" is
no label), and another paragraph follows it that opens with no dash or quote mark.
A section ends at the next label, or at a paragraph that has quote marks or a dash,
names another person next to a speech verb, or is a heading (short, no sentence-final
mark).  It also ends at a paragraph that does not read as speech (:func:`sounds_spoken`):
an answer speaks in the first or second person or gives a view ("I think", "you have
to", "it was tough", "we can't"), unless it follows a question; "The council approved
the grant." is the reporter's narration, which the walk reads as usual.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.ingest.people.given_names import gender_of_name
from app.ingest.people.names import has_role_noun
from app.ingest.speech_verbs import find_verbs

_LABEL_LINE = re.compile(r"^(?P<label>[^:\n]{3,100}):$")
_NAME_WORD = re.compile(r"^[A-Z][\w'’.-]*$")
_ROLE_WORDS = 6
_QUESTION = re.compile(r"^(?:Q|Question)[:.][ \t]*[^?\n]*\?[\"”’]?[ \t]*")
_HEADING_WORDS = 8
_MARKS = frozenset('“”«»„"')
_DASHES = ("-", "–", "—")
# A spoken answer: first or second person, a modal, a contraction, a view word.
_SPOKEN = re.compile(
    r"\b(?:I|I'm|I've|I'd|I'll|me|my|mine|we|we're|we've|we'll|us|our|ours|you|you're|"
    r"your|will|would|must|should|can|could|might|think|believe|feel|hope|guess|"
    r"really|very|so|just|great|good|bad|tough|hard|proud|happy|important|"
    r"obviously|yes|no)\b|n[’']t\b|!",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Label:
    """A speaker label line: the name's words, the role words, the label's span."""

    words: list[str]
    role: str | None


def label_line(para: str, next_text: str | None) -> Label | None:
    """The speaker of a label line "Head coach Brian Kolb:" or "Brian Kolb, head coach:"
    (see module guards): the last two or three capitalised words, opening with a known
    given name, are the name, and any words around them must name a job."""
    line = para.strip()
    if "\n" in line or not next_text or not next_text.strip():
        return None
    if next_text.lstrip().startswith((*_DASHES, *_MARKS)):
        return None  # a dashed or quoted block under the label: read as an introduction
    match = _LABEL_LINE.match(line)
    if match is None or find_verbs(line):
        return None
    head, _, after = match.group("label").partition(", ")
    words = head.split()
    for size in (2, 3):
        name = words[-size:]
        if len(name) < size or gender_of_name(name[0]) is None:
            continue
        if not all(_NAME_WORD.match(word) for word in name):
            return None
        role = " ".join(words[:-size]) or after or None
        if words[:-size] and after:
            return None  # a role on both sides: no label this rule knows
        if role is not None and (len(role.split()) > _ROLE_WORDS or not has_role_noun(role)):
            return None  # "Contact Jane Doe:", "Meet Jane Doe:": no job, no speaker label
        return Label(name, role.lower() if role else None)
    return None


def answer_part(para: str) -> int | None:
    """Where the answer starts in a section paragraph: 0 for a plain answer, the end of
    the question for "Q: …? answer", ``None`` for a paragraph that only asks."""
    match = _QUESTION.match(para)
    if match is None:
        return 0
    return match.end() if para[match.end() :].strip() else None


def sounds_spoken(answer: str) -> bool:
    """Whether an answer paragraph reads as someone's speech rather than narration (see
    the module docstring): "We kept our heads." does, "The opposition rejected the
    plan." does not."""
    return _SPOKEN.search(answer) is not None


def ends_section(para: str) -> bool:
    """A paragraph that no longer belongs to the labelled speaker's answers by its shape:
    quote marks, a dash opening, or a heading (short, no sentence-final mark)."""
    line = para.strip()
    if not line or _MARKS.intersection(line) or line.startswith(_DASHES):
        return True
    heading = len(line.split()) <= _HEADING_WORDS and not line.endswith((".", "!", "?", "…"))
    return heading and _QUESTION.match(line) is None

"""Interviews: questions and answers.

Two layouts occur:

* labelled turns, "Q: …" / "A: …" (or "Question:" / "Answer:"), or "Q: …" / "DV: …"
  where the answer's label is the initials of the person interviewed (:func:`initials_turn`);
* transcript turns labelled with the speaker's name ("Hruby: …"), once the article has
  introduced that person; other labels ("Interviewer:") are not statements;
* dashed turns (Russian press): every turn opens with a dash and no introduction names a
  speaker.  A dash paragraph ending with "?" when no speaker has been announced is a
  question and starts the interview; from then on dash paragraphs ending with "?" are
  questions and the others are answers.

Answers are direct quotes of the *interviewee*: the person most recently introduced
before the answer (the lead names them: "Elena Morozova, chief economist at X, spoke to
us").  Questions are the interviewer's words and are not statements.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from app.ingest.attribution import Mention, introduced_person, part_of_organization
from app.ingest.layout import paragraphs
from app.ingest.people.given_names import gender_of_name
from app.ingest.people.names import has_role_noun
from app.ingest.people.registry import Person
from app.ingest.tokens import name_runs, tokenize

if TYPE_CHECKING:
    from app.ingest.article_state import ArticleState

_LABEL = re.compile(r"^(?P<label>Q|A|Question|Answer)\s*(?P<mark>[:.])\s*(?=[A-Z\d“\"])")

Turn = Literal["question", "answer"]
_LEAD = 2000  # how far into the text the interviewee is looked for


def labelled_turn(para: str, interview: bool) -> tuple[Turn, int] | None:
    """``("question" | "answer", length of the label)`` for a "Q:" / "A:" paragraph.

    "A." also opens sentences about people with that initial ("A. Smith said"), so it
    is an answer label only once a question has been seen.
    """
    match = _LABEL.match(para)
    if match is None:
        return None
    turn: Turn = "question" if match.group("label").lower() in {"q", "question"} else "answer"
    if match.group("mark") == "." and turn == "answer" and not interview:
        return None
    return turn, match.end()


_NAME_LABEL = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2})"
    # "Hal Brandt (01:05):": a transcript's time stamp between the name and the colon
    r"(?P<stamp>[ \t]*\((?:\d{1,2}:)?\d{1,2}:\d{2}\))?\s*:\s+(?=\S)"
)


def named_turn(state: ArticleState, para: str, at: int = 0) -> tuple[Person, int] | None:
    """``(speaker, length of the label)`` for a transcript turn "Hruby: …" whose label
    names a person the article has introduced ("Interviewer:" or "DW:" name nobody), or
    names someone in full before a time stamp; ``at`` is where the paragraph starts."""
    match = _NAME_LABEL.match(para)
    if match is None:
        return None
    words = match.group("name").split()
    registry = state.registry
    person = (
        registry.by_full_name(" ".join(words)) if len(words) > 1 else registry.by_word(words[0])
    )
    if person is None and match.group("stamp") and 2 <= len(words) <= 3:
        # A time-stamped label names its speaker in full even when the narration never
        # introduced them: the stamp is what makes the line a transcript turn.
        mention = Mention(at, at + match.end("name"), "name", words=words)
        person = state.resolve(mention, match.group("name"))
    return (person, match.end()) if person is not None else None


_LINK_WORDS = 16


def is_link_line(para: str) -> bool:
    """A related-story link: one short line with no sentence-final mark and no quote mark
    at its end ("Petrenko announces a new format for the talks"), not a question."""
    line = para.strip()
    return (
        bool(line)
        and "\n" not in line
        and len(line.split()) <= _LINK_WORDS
        and not line.endswith(tuple('.!?…:;"”»’)'))
        and not line.startswith(("Q:", "Q.", "Question:"))
    )


def is_question(para: str) -> bool:
    """A turn that asks: it ends with a question mark (closing quotes aside)."""
    return para.rstrip(" \"”»'’").endswith("?")


def interviewee(state: ArticleState, before: int) -> Person | None:
    """Who answers: the person most recently introduced or referred to; failing that the
    first full name in the text before the questions (the headline: "an interview with
    fintech founder Laura Kim"), even though nothing else presents it as a person.

    "Sarah Lin is co-founder and chief executive of Verdant Robotics." introduces Lin, at
    Verdant Robotics: when the body named there is who was taken for the latest person
    (or nobody was), she answers."""
    person = state.registry.most_recent()
    # (read only while the latest person has not spoken: once an answer is theirs, they
    # stay the latest)
    introduction = None if person and person.has_statement else _introduction(state, before)
    if introduction is not None and (person is None or person.name == introduction[2]):
        introduced, context, _ = introduction
        return state.resolve(introduced, context) or person
    if person is not None or state.lead_searched:
        return person
    state.lead_searched = True  # once: the lead does not change between answers
    masked = state.masked_text
    for span in paragraphs(masked[: min(before, _LEAD)]):
        tokens = tokenize(masked, span.start, span.end)
        for first, end in name_runs(tokens):
            if part_of_organization(tokens, first, end):
                continue
            mention = introduced_person(masked, tokens, first, end, span.start, span.end)
            words = [token.core for token in tokens[first:end]]
            if mention is None and len(words) >= 2:
                mention = Mention(tokens[first].start, tokens[end - 1].end, "name", words=words)
            if mention is not None and mention.full:
                return state.resolve(mention, masked[span.start : span.end])
    return None


# "Sarah Lin is co-founder and chief executive of Verdant Robotics.", "Dev Rao is
# president of Copper Analytics, a data firm", "An interview with Sarah Lin, chief
# executive of Verdant Robotics": a full name (opening a sentence before a copula), a job,
# and the body it is held at (capitalised). The name is the person, the body is not.
_INTRODUCTION = re.compile(
    r"(?:(?:^|(?<=[.!?] )|(?<=\n))(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}) "
    r"(?:is|was) "
    r"|(?<![\w'’-])(?P<appositive>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}), )"
    r"(?P<role>(?:(?:the|a|an) )?(?:[a-z][\w-]*,? ){1,6}?(?:of|at|for|with) "
    r"(?:the )?(?P<body>[A-Z][\w&'’-]*(?: (?:[A-Z][\w&'’-]*|of|and|&))*?))"
    r"(?=[,.;]|\n| (?:in|and) )",
    re.MULTILINE,
)


def _introduction(state: ArticleState, before: int) -> tuple[Mention, str, str] | None:
    """The last "X is <job> of Y" introduction in the lead before ``before``: a mention of X
    with the job for apposition, its line for context, and the body Y."""
    masked = state.masked_text
    found = None
    for match in _INTRODUCTION.finditer(masked, 0, min(before, _LEAD)):
        role = match.group("role")
        if not has_role_noun(role[: match.start("body") - match.start("role")]):
            continue  # "… is a landmark of San Francisco": no job
        appositive = match.group("appositive")
        if appositive is not None and gender_of_name(appositive.split()[0]) is None:
            continue  # "Golden Gate, home of …": a given name opens a name set off so
        found = match
    if found is None:
        return None
    group = "name" if found.group("name") else "appositive"
    words = found.group(group).split()
    mention = Mention(found.start(group), found.end(group), "name", words=words)
    mention.apposition = found.group("role")
    line_end = masked.find("\n", found.end())
    context = state.text[found.start() : line_end if line_end >= 0 else len(masked)]
    return mention, context, found.group("body")


_INITIALS = re.compile(r"(?P<label>[A-Z]{2,3})[ \t]*:[ \t]+(?=\S)")
# Every stand-alone run of two or three capitals, and whether a colon follows it: one
# pass over the text counts the uses of all labels at once.
_LABEL_USE = re.compile(r"(?<![\w.])(?P<label>[A-Z]{2,3})(?![\w.])(?P<colon>[ \t]*:)?")
_MIN_INITIALS_TURNS = 2  # answers under one label: a single "UN: …" line is no interview


@dataclass
class InitialsLabels:
    """What an article's initials labels ("DV:") name, kept for one walk.

    ``uses`` counts, for every two- or three-capital run of the text, how often it
    occurs and how often a colon follows it; it is filled by one pass on first need, so
    that the text is read once an article, however many different labels its turns use
    (one pass per label would make a long interview quadratic).  ``people`` keeps each
    label's reading."""

    uses: dict[str, tuple[int, int]] | None = None
    people: dict[str, Person | None] = field(default_factory=dict)
    # The lead's full names, read up to the first label's position (the lead ends at
    # ``_LEAD`` characters, so later labels would read the same names again).
    lead: tuple[int, list[list[str]]] | None = None

    def counts(self, text: str, label: str) -> tuple[int, int]:
        """``(uses, uses followed by a colon)`` of ``label`` in ``text``."""
        if self.uses is None:
            every: Counter[str] = Counter()
            colons: Counter[str] = Counter()
            for found in _LABEL_USE.finditer(text):
                every[found.group("label")] += 1
                if found.group("colon"):
                    colons[found.group("label")] += 1
            self.uses = {label: (count, colons[label]) for label, count in every.items()}
        return self.uses.get(label, (0, 0))

    def lead_names(self, state: ArticleState, at: int) -> list[list[str]]:
        """:func:`_lead_names` before ``at``, read again only when the lead it covers grows."""
        reach = min(at, _LEAD)
        if self.lead is None or self.lead[0] != reach:
            self.lead = (reach, _lead_names(state, reach))
        return self.lead[1]


def initials_turn(
    state: ArticleState, para: str, at: int, known: InitialsLabels
) -> tuple[Person, int] | None:
    """``(interviewee, length of the label)`` for an answer turn "DV: …" labelled with the
    initials of the one full name the article has given whose initials they are.

    Only inside a "Q:" interview (the caller checks), and only when the label opens at
    least two paragraphs and the text uses it nowhere else: "UN: …" or "NATO: …" is an
    acronym the article also writes in its sentences.  ``known`` counts the labels in
    one pass and keeps each label's reading, so that the text is scanned once an
    article, not once a label or once a turn."""
    match = _INITIALS.match(para)
    if match is None:
        return None
    label = match.group("label")
    if label not in known.people:
        known.people[label] = _initials_person(state, label, at, known)
    person = known.people[label]
    return (state.registry.touch(person), match.end()) if person is not None else None


def _initials_person(
    state: ArticleState, label: str, at: int, known: InitialsLabels
) -> Person | None:
    """The one person named before ``at`` whose initials ``label`` is, when the text uses
    the label only to open turns, at least two of them."""
    uses, labels = known.counts(state.text, label)
    if labels < _MIN_INITIALS_TURNS or labels != uses:
        return None
    names = {
        tuple(words)
        for words in [
            *(person.words for person in state.registry.people),
            *state.registry.seen_full_names(),
            *known.lead_names(state, at),
        ]
        if len(words) >= 2
    }
    matching = [words for words in names if label in _initials(list(words))]
    if len(matching) != 1:
        return None
    words = list(matching[0])
    person = state.registry.by_full_name(" ".join(words))
    if person is None:
        name = " ".join(words)
        found = state.text.find(name, 0, at)
        if found < 0:
            return None
        mention = Mention(found, found + len(name), "name", words=words)
        person = state.resolve(mention, name)
    return person


def _lead_names(state: ArticleState, at: int) -> list[list[str]]:
    """Full names with a known given name in the lead before ``at`` ("Every word from Dana
    Voss after her win"), which nothing may have presented as a person."""
    masked = state.masked_text
    found: list[list[str]] = []
    for span in paragraphs(masked[: min(at, _LEAD)]):
        tokens = tokenize(masked, span.start, span.end)
        for first, end in name_runs(tokens):
            words = [token.core for token in tokens[first:end]]
            if len(words) >= 2 and gender_of_name(words[0]) is not None:
                found.append(words)
    return found


def _initials(words: list[str]) -> set[str]:
    """The initials a name may be labelled with: "Dana Voss" DV, "Anna-Lena Berg" AB or
    ALB, "Jan van Dijk" JD or JVD."""
    first = words[0][:1].upper()
    short = first + words[-1][:1].upper()
    parts = [part for word in words for part in word.split("-") if part]
    return {short, "".join(part[:1].upper() for part in parts)}

"""The body an unowned job belongs to, when the article is about one body.

"In a company email sent by chairman Marcelo Claure, …" in an article headlined "Major
WeWork layoffs to begin today": a chairman chairs something, and a reporter leaves the
body unnamed only when it is the one the article is about.  That body is the **subject
body**: a capitalised name the headline holds and the body repeats at least
:data:`MIN_MENTIONS` times, more than any other such name (of equals, the one the
headline names first: its subject); a speaker's name, a country or a U.S. state is never
one.  Only jobs that cannot stand without a body get it (a chairman,
a chief executive, a founder, a founding member, a coach); a "spokesman" may speak for anyone, and
national offices are left to :mod:`app.ingest.people.home_country`.

One pass over the text: linear.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from app.ingest.people.article_fill import fill_organisations
from app.ingest.people.names import STOP_WORDS, TITLE_WORDS, is_listed_role
from app.ingest.people.nationalities import US_STATES, is_country
from app.ingest.people.registry import Person
from app.ingest.people.role_rules import has_title

MIN_MENTIONS = 3
_HEADLINE_CHARS = 300
# Capitalised words (inner dots allowed: "U.S"; a final one ends the sentence, and the run).
_NAME_RUN = re.compile(r"[A-Z][\w&-]*(?:\.[\w&-]+)*(?:[ \t]+[A-Z][\w&-]*(?:\.[\w&-]+)*)*")
_POSSESSIVE = re.compile(r"['’]s?$")
# Jobs that hold only inside a body.
BODY_JOBS = (
    "chairman",
    "chairwoman",
    "chair",
    "ceo",
    "chief executive",
    "chief executive officer",
    "founder",
    "co-founder",
    "cofounder",
    "founding member",
    "coach",  # "Coach Lee", "assistant coach": a coach coaches a team
)
_US_STATES = frozenset(state.lower() for state in US_STATES)


def _runs(text: str) -> Iterable[str]:
    """Capitalised runs without a leading "The" or a possessive ("The Doobie Brothers" ->
    "Doobie Brothers", "WeWork’s" -> "WeWork")."""
    for match in _NAME_RUN.finditer(text):
        words = match.group().split()
        if words and words[0] == "The":
            words = words[1:]
        if words:
            words[-1] = _POSSESSIVE.sub("", words[-1])
        run = " ".join(word for word in words if word)
        if run:
            yield run


def _headline(text: str) -> str:
    head = text[:_HEADLINE_CHARS].lstrip()
    return head.split("\n", 1)[0]


def subject_body(text: str, people: list[Person]) -> str | None:
    """The body the article is about (see the module docstring), if one stands out."""
    headline = _headline(text)
    body = text[text.find(headline) + len(headline) :]
    # the people who speak: a capitalised run the parser took for someone silent may be
    # the body itself ("Major WeWork" in a headline)
    name_words = {
        word.lower() for person in people if person.has_statement for word in person.words
    }
    counts = Counter(_runs(body))
    ranked: list[tuple[int, int, str]] = []
    for run, count in counts.items():
        found = (
            re.search(rf"(?<!\w){re.escape(run)}(?!\w)", headline)
            if count >= MIN_MENTIONS
            else None
        )
        if found is None or _not_a_body(run, name_words):
            continue
        ranked.append((count, -found.start(), run))  # ties: the headline's first, its subject
    ranked.sort(reverse=True)
    return ranked[0][2] if ranked else None


def _not_a_body(run: str, name_words: set[str]) -> bool:
    """A speaker's name, a country, a U.S. state, or a lone title or common capital."""
    return (
        any(word.lower() in name_words for word in run.split())
        or is_country(run)
        or run.lower() in _US_STATES
        or (
            len(run.split()) == 1
            and (
                run.lower() in STOP_WORDS
                or run.lower() in TITLE_WORDS
                or is_listed_role(run.lower())
            )
        )
    )


def fill_subject_bodies(people: Iterable[Person], text: str) -> None:
    """Give a person whose job needs a body, and who has none, the subject body."""
    people = list(people)
    fill_organisations(
        people, lambda role: has_title(role, BODY_JOBS), lambda: subject_body(text, people)
    )

"""Statements in a headline: "<quote> - <Given Surname>" and "<Given Surname>: <claim>".

Agency headlines put a person's words first and the person after a dash ("We gave up
the old dams for our children - Karim Adamov"), and tag pages put the name before a colon
("Toomas Veski: the northern states rewrite the fishing rules").  When the article's body
names that person, the headline's words are theirs: one statement for the headline line.

Precision guards: the person is one the body names (the registry knows them with a
given name and a surname after the walk, and the surname occurs in the body); the words
have at least four words, are no question and are not in title case; the words before a
dash are quoted or in the first person ("… - Ana Lee" under a topic is its author); a
section label ("Interview:", "Analysis:") names nobody, so it never matches a person.
A surname alone after the dash ("Telethon lacks real debate - Marchuk") is no author's
byline: the words are that person's view, a paraphrase, when the body names them in full.
A bare surname before the colon ("Veski: …") is not read: the dev gold does not take
such a tag-page headline as a statement, so it stays a question of the gold convention.
"""

from __future__ import annotations

import re

from app.ingest.article_state import ArticleState
from app.ingest.dash_blocks import FIRST_PERSON
from app.ingest.layout import Span
from app.ingest.mentions import Mention
from app.ingest.people.given_names import gender_of_name
from app.ingest.people.registry import Person

_WORD = r"[A-Z][\w'’-]+"
_DASH_SIGNED = re.compile(rf"^(?P<said>.+?)[ \t]+[-–—][ \t]+(?P<name>{_WORD}(?: {_WORD}){{0,2}})$")
_COLON_LED = re.compile(rf"^(?P<name>{_WORD}(?: {_WORD}){{1,2}}):[ \t]+(?P<said>\S.*)$")
_MIN_WORDS = 4
_MAX_LINE = 300  # a headline; a longer first paragraph is a lead, read by the walk
_MARKS = "“”«»„\"'‘’"
# Words of a headline's section label ("The Latest:", "Live Update:", "Breaking News:"),
# which a given-name list may hold ("The" is a rare given name).
_LABEL_WORDS = frozenset(
    {
        "the",
        "a",
        "an",
        "this",
        "our",
        "my",
        "new",
        "live",
        "latest",
        "breaking",
        "update",
        "updates",
        "news",
        "exclusive",
        "watch",
        "video",
        "opinion",
        "analysis",
        "interview",
        "editorial",
        "review",
        "explainer",
        "podcast",
    }
)


def headline_statement(state: ArticleState, span: Span, body_start: int) -> None:
    """Emit the headline line at ``span`` as its person's statement when it has one of
    the two shapes and the body (from ``body_start``) names that person."""
    line = state.text[span.start : span.end]
    if "\n" in line.strip() or len(line) > _MAX_LINE:
        return
    for pattern, kind in ((_DASH_SIGNED, "quote"), (_COLON_LED, "paraphrase")):
        match = pattern.match(line)
        if match is None:
            continue
        said = match.group("said")
        if len(said.split()) < _MIN_WORDS or said.rstrip(_MARKS).endswith("?"):
            return
        if _title_case(said):
            return  # "Album Review - Ana Lee", "Ana Lee: The Long Road Home": a work's title
        quoted = said[0] in _MARKS and said[-1] in _MARKS
        if kind == "quote" and not quoted and FIRST_PERSON.search(said) is None:
            if len(match.group("name").split()) > 1:
                return  # "Storm season on the coast - Ana Lee": a topic and its author
            # "Telethon lacks real debate - Marchuk": an author signs in full, a surname
            # alone after the dash is whose view the headline reports.
            kind = "paraphrase"
        person = _named_in_body(state, match.group("name").split(), body_start)
        if person is None:
            return
        start, end = span.start + match.start("said"), span.start + match.end("said")
        if quoted:
            start, end = start + 1, end - 1
        state.emit(
            start,
            end,
            "quote" if quoted or kind == "quote" else "paraphrase",
            person,
            state.published_on,
            "headline-statement",
            (span.start + match.start("name"), span.start + match.end("name")),
        )
        return


def _named_in_body(state: ArticleState, words: list[str], body_start: int) -> Person | None:
    """The known person ``words`` (a full name, or a surname alone) mean, when the body
    names them and they have a given name and a surname."""
    if _label_words(words):
        return None
    registry = state.registry
    person = registry.by_full_name(" ".join(words)) if len(words) > 1 else None
    if person is None:
        person = registry.by_word(words[-1])
    if person is None or len(person.words or []) < 2:
        return None
    if person.words[-1] != words[-1]:
        return None  # the word matched a given name, not the surname
    if not person.has_statement and state.text.find(words[-1], body_start) < 0:
        return None  # (a person who spoke in the body was referred to there)
    return person


def _title_case(words: str) -> bool:
    """Most words capitalised: a title ("The Long Road Home"), not a sentence."""
    letters = [word for word in words.split() if word[:1].isalpha()]
    capitalised = sum(1 for word in letters if word[0].isupper())
    return len(letters) > 0 and capitalised * 2 > len(letters)


def headline_person(state: ArticleState, span: Span) -> None:
    """Register the person a headline of either shape names with a full name (before the
    walk), so that a body referring to them only by a pronoun ("He said that …") has them
    to resolve to; nobody is registered for a surname alone or a title-case line."""
    line = state.text[span.start : span.end]
    if "\n" in line.strip() or len(line) > _MAX_LINE:
        return
    for pattern in (_DASH_SIGNED, _COLON_LED):
        match = pattern.match(line)
        if match is None:
            continue
        words = match.group("name").split()
        said = match.group("said")
        if len(said.split()) < _MIN_WORDS or _title_case(said):
            return
        if len(words) < 2 or gender_of_name(words[0]) is None or _label_words(words):
            return
        if state.registry.by_full_name(" ".join(words)) is None:
            start = span.start + match.start("name")
            state.resolve(
                Mention(start, start + len(match.group("name")), "name", words=words), line
            )
        return


def _label_words(words: list[str]) -> bool:
    """Whether a would-be name holds a section label's word ("The Latest")."""
    return any(word.lower() in _LABEL_WORDS for word in words)

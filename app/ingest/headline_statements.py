"""Statements in a headline: "<quote> - <Given Surname>" and "<Given Surname>: <claim>".

Agency headlines put a person's words first and the person after a dash ("We gave up
the old dams for our children - Karim Adamov"), and tag pages put the name before a colon
("Toomas Veski: the northern states must rewrite the fishing rules").  When the article's body
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

Two headline kinds look like these shapes and are no statement (:func:`_not_said`):

* a topic headline led by the person's name, whose clause reports the person's own
  action in the third person ("Ann Lee: mayor faces recall over budget", "Ann Lee: she
  quits"): the colon form needs words that read as the person's view: the first or
  second person, or a modal or evaluative verb ("will", "must", "is", "are");
* an essay's title above its author's byline ("Why I left my job in finance - Ann Lee",
  or any dash form whose body introduces the name as "Ann Lee is a writer"): an unquoted
  dash form opening with "Why/How/What …" is a title, even in the first person.
"""

from __future__ import annotations

import re

from app.ingest.article_state import ArticleState
from app.ingest.dash_blocks import FIRST_PERSON
from app.ingest.layout import Span
from app.ingest.mentions import Mention
from app.ingest.people.given_names import gender_of_name
from app.ingest.people.names import has_role_noun
from app.ingest.people.registry import Person

_WORD = r"[A-Z][\w'’-]+"
_DASH_SIGNED = re.compile(rf"^(?P<said>.+?)[ \t]+[-–—][ \t]+(?P<name>{_WORD}(?: {_WORD}){{0,2}})$")
_COLON_LED = re.compile(rf"^(?P<name>{_WORD}(?: {_WORD}){{1,2}}):[ \t]+(?P<said>\S.*)$")
_MIN_WORDS = 4
# A title-like heading: "Why I left …", "How we built …", "What my father taught me".
_TITLE_OPENER = re.compile(r"^(?:Why|How|What|When|Where|Who|Which|Inside|Lessons?)\b")
# The person's own view in a colon headline: first or second person, or a modal or
# evaluative verb ("the region will build", "the plan is a mistake").
_VIEW = re.compile(
    r"\b(?:I|I'm|I've|I'll|me|my|we|we're|we'll|our|us|you|your|will|won't|would|"
    r"must|should|can|can't|cannot|could|may|might|need|needs|is|isn't|are|aren't|"
    r"not|never)\b",
    re.IGNORECASE,
)
_PRONOUNS = frozenset({"he", "she", "his", "her"})
_BIO_REACH = 2000  # how far into the body an author's bio is looked for
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
        if not quoted and _not_said(state, said, match.group("name"), kind, body_start):
            return
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


def _not_said(state: ArticleState, said: str, name: str, kind: str, body_start: int) -> bool:
    """Whether unquoted headline words are a topic or a title rather than the person's
    statement (see the module docstring): ``kind`` "quote" is the dash form."""
    if kind == "quote":
        if _TITLE_OPENER.match(said):
            return True  # "Why I left my job in finance - Ann Lee": an essay's title
        # "Ann Lee is a writer in Boston.": the body presents the essay's author.
        bio = state.text.find(f"{name} is a", body_start, body_start + _BIO_REACH)
        return bio >= 0
    words = said.split()
    first = words[0]
    if first.lower() in _PRONOUNS or _bare_role(words):
        return True  # "Taylor Swift: singer cancels three shows": news about her
    surname = name.split()[-1]
    if first.rstrip("'’s") == surname:
        return True  # "Ann Lee: Lee wins the vote": the person named as the subject
    return _VIEW.search(said) is None


def _bare_role(words: list[str]) -> bool:
    """Whether a headline clause opens with a singular job noun and no article ("singer
    cancels …", "pop star faces …"): headline English for the person named before the
    colon, the subject of a news summary, not the words of a view."""
    for size in (1, 2):
        lead = words[:size]
        if len(words) <= size or not all(word.islower() for word in lead):
            return False
        noun = lead[-1]
        if has_role_noun(noun) and not (noun.endswith("s") and not noun.endswith("ss")):
            return True
    return False


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

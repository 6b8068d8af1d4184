"""The organisation a text names last: where "the company's" (chief operating officer) or
"put Ann Lee in charge" finds the body meant, named earlier in the article.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

from app.ingest.people.given_names import gender_of_name
from app.ingest.people.names import STOP_WORDS, is_org_word, is_role_word
from app.ingest.people.registry import Registry

OWNER_REACH = 400  # how far back "the company's" looks for the company's name
# A dot after a word of two or more lower-case letters ends a sentence ("Tuesday. The"),
# an initial's or a country's ("J.", "U.S.") does not.
_SENTENCE_END = re.compile(r"(?<=[a-z]{2})\.\s+")
_ORG_NAME = re.compile(r"[A-Z][\w&.'’-]*(?: +(?:of +|for +|and +|& +)?[A-Z][\w&.'’-]*)*")


def organisation_before(registry: Registry, before: str) -> str | None:
    """The last organisation named in ``before``: a capitalised name of two or more words,
    or one with an organisation noun, that is nobody's name ("Vostok Logistics")."""
    found = None
    in_title = in_quoted_title(before)
    for match in _ORG_NAME.finditer(before):
        if in_title(match.start()):
            continue  # 'bans of books such as "Gender Queer"': a work's title, no body
        # "… on Tuesday. The company's": a sentence's end splits the capitalised run, and
        # a calendar or function word ("Tuesday", "The") opens no body's name
        for piece in _SENTENCE_END.split(match.group()):
            words = re.sub(r"['’]s$", "", piece).rstrip(".").split()
            while words and words[0].lower() in STOP_WORDS:
                words = words[1:]
            if not words or not (len(words) >= 2 or is_org_word(words[0])):
                continue
            name = " ".join(words)
            if registry.by_full_name(name) is None or is_org_word(words[-1]):
                found = name
    return found


# A span in quote marks: a book's, a film's, a programme's title ("Gender Queer"), or a
# body's name after its kind ('the company "Ural Steel"'); single quotes only opening after
# a space and closing before one, so that an apostrophe opens none.
_QUOTED = re.compile(
    r"\"[^\"\n]{1,200}\"|“[^”\n]{1,200}”|«[^»\n]{1,200}»|"
    r"(?<!\w)['‘][^'‘’\n]{1,200}['’](?!\w)"
)
# The kind of body before a quoted name makes it the body's name ('the plant "Uralmash"').
_BODY_KIND_BEFORE = re.compile(
    r"\b(?:company|firm|group|plant|factory|holding|concern|corporation|bank|party|fund|"
    r"foundation|association|union|club|agency|organi[sz]ation|enterprise|society|movement|"
    r"center|centre|institute|network|coalition|faction)\s*$",
    re.IGNORECASE,
)


def in_quoted_title(text: str) -> Callable[[int], bool]:
    """Whether a position of ``text`` stands inside a quoted title: a span in quote marks,
    but not one right after a body's kind ('the company "Ural Steel"'), which names the
    body.  One pass over ``text``; each question is a binary search."""
    titles = [
        (quoted.start(), quoted.end())
        for quoted in _QUOTED.finditer(text)
        if _BODY_KIND_BEFORE.search(text, max(0, quoted.start() - 30), quoted.start()) is None
    ]
    starts = [start for start, _ in titles]

    def inside(position: int) -> bool:
        at = bisect_right(starts, position) - 1
        return at >= 0 and position < titles[at][1]

    return inside


_CAPITALISED = re.compile(r"(?<![\w'’])[A-Z][\w&'’-]*(?: +[A-Z][\w&'’-]*)*")
_CALENDAR = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    | {"january", "february", "march", "april", "may", "june", "july", "august"}
    | {"september", "october", "november", "december", "although", "though", "while"}
)


def company_in_sentence(registry: Registry, before: str) -> str | None:
    """The one capitalised name the sentence so far gives besides its first word, when it
    is nobody's name, no job and no date: the company "company spokesman Dan Ruiz" speaks
    for ("Although Veltrix heard from shareholders, company spokesman Dan Ruiz said").
    None when there is none or more than one."""
    start = before.rfind("\n") + 1
    for end in _SENTENCE_END.finditer(before, start):
        start = end.end()
    sentence = before[start:]
    names: list[str] = []
    for found in _CAPITALISED.finditer(sentence):
        words = re.sub(r"['’]s$", "", found.group()).split()
        while words and words[0].lower() in STOP_WORDS | _CALENDAR:
            words = words[1:]
        if not words:
            continue
        first = words[0]
        if (
            any(word.lower() in _CALENDAR or is_role_word(word) for word in words)
            or gender_of_name(first) is not None
            or registry.by_word(words[-1]) is not None
            or registry.seen_name(words[-1]) is not None
        ):
            return None  # a date, a title or a person: not surely the company
        names.append(" ".join(words))
    return names[0] if len(set(names)) == 1 else None

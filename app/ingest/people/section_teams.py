"""The national side a player speaks for, from the heading of their section.

Sports round-ups report several ties in one article, each under a heading that names the
side and its result ("FRANCE WINS", "ARGENTINA CRUISES", "US FALLS"; the headline heads
the first section: "Nadal keeps Spain alive against Russia"), and quote a player of that
side under it.  The gold's convention gives a player their side as organisation.  So a
speaker with neither a job nor an organisation whose first statement stands in a section
gets the country its heading names first, when the heading also holds a result word
(``vocab/result_words.txt``).  Headings are the article's first line and the later
paragraphs that are one short line in capitals.

One pass over the paragraphs and one over the statements: linear.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable

from app.ingest.layout import Span
from app.ingest.people.nationalities import country_of, is_country
from app.ingest.people.registry import Person
from app.ingest.vocabulary import word_list

RESULT_WORDS = word_list("result_words.txt")
_MAX_HEADING_WORDS = 6
_MAX_HEADLINE_WORDS = 16
_WORD = re.compile(r"[A-Za-z][\w.'’-]*")
_POSSESSIVE = re.compile(r"['’]s?$")


def heading_country(heading: str) -> str | None:
    """The country a result heading names first ("US FALLS" -> "United States"), or None
    when it names none or has no result word.  A heading in capitals opens with its side
    ("FRANCE WINS"); a headline may name it later ("Nadal keeps Spain alive")."""
    words = [_POSSESSIVE.sub("", word) for word in _WORD.findall(heading)]
    if not any(word.lower() in RESULT_WORDS for word in words):
        return None
    starts = range(1) if heading.isupper() else range(len(words))
    for index in starts:
        for size in (3, 2, 1):
            if index + size > len(words):
                continue
            name = " ".join(words[index : index + size])
            titled = " ".join(part.capitalize() for part in name.split())
            if is_country(titled):
                return titled
            if size == 1 and name.isupper() and country_of(name) is not None:
                return country_of(name)  # "US FALLS": a short name
    return None


def _headings(text: str, spans: list[Span]) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    for index, span in enumerate(spans):
        line = text[span.start : span.end].strip()
        if "\n" in line or not line:
            continue
        words = line.split()
        headline = index == 0 and len(words) <= _MAX_HEADLINE_WORDS and not line.endswith(".")
        if headline or (len(words) <= _MAX_HEADING_WORDS and line.isupper()):
            found.append((span.start, line))
    return found


def fill_section_teams(said: Iterable[tuple[Person, int]], text: str, spans: list[Span]) -> None:
    """Give each speaker with no job and no organisation the country of the result heading
    over their first statement (see the module docstring); ``said`` is each statement's
    speaker and start, in any order."""
    first: dict[int, tuple[Person, int]] = {}
    for person, start in said:
        if person.role is None and person.organization is None:
            known = first.get(id(person))
            if known is None or start < known[1]:
                first[id(person)] = (person, start)
    if not first:
        return
    headings = _headings(text, spans)
    starts = [start for start, _ in headings]
    for person, start in first.values():
        at = bisect_right(starts, start) - 1
        if at >= 0:
            person.organization = heading_country(headings[at][1])

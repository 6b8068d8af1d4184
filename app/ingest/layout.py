"""Paragraphs and sentences, as offset spans into the original text.

Two layouts occur in scraped articles:

* paragraphs separated by blank lines (a paragraph may be hard-wrapped over several lines);
* no blank lines at all, one paragraph (often one sentence) per line.

If the text contains at least one blank line between non-blank lines, blank lines separate
paragraphs; otherwise every non-blank line is a paragraph.  ``\\r\\n`` and ``\\r`` count as
line breaks.  Spans are trimmed of surrounding whitespace so that statement spans built on
them never start or end with blanks.

Sentences are split after ``.``, ``!``, ``?`` or ``…`` (plus closing quotes) followed by
white space, except after honorifics and initials ("Dr. Lee", "Mary E. Lovely"), which
would otherwise cut names in half.  Everything here is a single linear scan.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
# Anchored at the start of a run of end marks (look-behind) and possessive, so a run of
# ten thousand dots is matched once, not retried from every dot (which was quadratic).
# A full stop glued to the next sentence ("on Monday.He said"), between a lower-case word
# and a capitalised one, ends a sentence too; "St.Louis", "Mr.Lee" have a capital before.
_SENTENCE_END = re.compile(r"(?<![.!?…])[.!?…]++[\"”»’)\]]*+\s++|(?<=[a-z][a-z])\.(?=[A-Z][a-z])")
_NAME_CLOSE = re.compile(r"[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3}[”\"»]")
_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")  # capitals only: "a.m." may end a sentence
_LINE_FINAL = frozenset('.!?…:"”»')
_CLAUSE_STOP = re.compile(r"[.!?;](?=\s|$)|(?<=[a-z][a-z])\.(?=[A-Z][a-z])|[“\"«]")
# Capitalised place abbreviations: "Ft. Worth", "Pt. Pleasant", "Ste. Genevieve" (in lower
# case "ft." is feet, which may end a sentence).
_PLACE_ABBREVIATIONS = frozenset({"Ft", "Pt", "Ste"})
_NO_SPLIT_BEFORE = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "sen",
        "rep",
        "gen",
        "col",
        "lt",
        "capt",
        "gov",
        "jr",
        "sr",
        "mt",
        "no",
        "vs",
        "etc",
        "inc",
        "co",
        "corp",
        "ltd",
        "u.s",
        "u.k",
        "e.g",
        "i.e",
        "approx",
        "dept",
        "univ",
        "mme",
        "messrs",
        "sgt",
        "hon",
        "rev",
        "fig",
    }
)


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


def _trim(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if start < end else None


def lines(text: str) -> list[Span]:
    """Every line, trimmed; blank lines come back as ``None``-free gaps (omitted)."""
    found: list[Span] = []
    for match in _LINE.finditer(text):
        if match.start() == match.end():
            break
        span = _trim(text, match.start(), match.end())
        if span is not None:
            found.append(span)
    return found


def paragraphs(text: str) -> list[Span]:
    """Paragraph spans in order (see module docstring for the two layouts)."""
    groups: list[list[Span]] = []
    blank_seen = False
    previous_blank = False
    for match in _LINE.finditer(text):
        if match.start() == match.end():
            break
        span = _trim(text, match.start(), match.end())
        if span is None:
            previous_blank = True
            continue
        if previous_blank and groups:
            blank_seen = True
            groups.append([span])
        elif groups:
            groups[-1].append(span)
        else:
            groups.append([span])
        previous_blank = False
    if not blank_seen:
        return [line for group in groups for line in group]
    found: list[Span] = []
    for group in groups:
        if _one_per_line(text, group):
            found.extend(group)
        else:
            found.append(Span(group[0].start, group[-1].end))
    return found


def _one_per_line(text: str, group: list[Span]) -> bool:
    """Whether a block of adjacent lines is really one paragraph per line.

    Hard-wrapped prose breaks lines mid-sentence; scraped "one sentence per line" text ends
    (nearly) every line with sentence punctuation or starts lines with a dialogue dash.
    """
    if len(group) < 2:
        return False
    ends = sum(1 for line in group[:-1] if text[line.end - 1] in _LINE_FINAL)
    dashes = sum(1 for line in group[1:] if text[line.start] in "-–—‒―")
    return ends * 5 >= (len(group) - 1) * 3 or dashes > 0


def clause_end(text: str, lo: int, hi: int) -> int:
    """End of the first sentence-like clause in ``text[lo:hi]`` (abbreviation-aware)."""
    for match in _CLAUSE_STOP.finditer(text, lo, hi):
        at = match.start()
        if text[at] == "." and _protected(text, at):
            continue
        if text[at] == '"' and at > lo and text[at - 1] not in " _\t\n":
            continue  # a straight mark glued to a word closes a quoted name
        if text[at] in '“"«' and not _opens_masked(text, at, hi):
            continue  # a quoted name ("Avantgarde"), which the masking leaves in place
        return at
    return hi


def _opens_masked(text: str, at: int, hi: int) -> bool:
    """Whether the mark at ``at`` opens words masked as quoted (``_``), or the text is not
    masked at all (no ``_`` right after the mark and the mark is not a quoted name)."""
    nxt = at + 1
    while nxt < hi and text[nxt] == " ":
        nxt += 1
    if nxt >= hi or text[nxt] == "_":
        return True
    close = _NAME_CLOSE.match(text, nxt, min(hi, nxt + 40))
    return close is None


def _protected(text: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` ends an abbreviation or initial, not a sentence."""
    start = dot
    while start > 0 and not text[start - 1].isspace() and dot - start < 12:
        start -= 1
    raw = text[start:dot].strip('“”"«(')
    word = raw.lower()
    if len(word) == 1 and word.isalpha():
        return True  # an initial
    if _INITIALS.fullmatch(raw):
        return True  # initials written together: "J.K. Rowe", "George R.R. Marsh"
    return word in _NO_SPLIT_BEFORE or raw in _PLACE_ABBREVIATIONS


def sentences(text: str, start: int, end: int) -> list[Span]:
    """Sentence spans inside ``text[start:end]``.

    No sentence is longer than :data:`MAX_SENTENCE` characters: a longer run without a
    sentence end is cut at white space, so the rules that read a sentence as a whole stay
    linear on text that never stops.
    """
    found: list[Span] = []
    cursor = start
    for match in _SENTENCE_END.finditer(text, start, end):
        if text[match.start()] == "." and _protected(text, match.start()):
            continue
        nxt = match.end()
        if nxt < end and text[nxt].islower():
            continue  # "... said Mr. ivanov" style false stops, or ellipses mid-sentence
        _add_capped(text, cursor, match.end(), found)
        cursor = match.end()
    _add_capped(text, cursor, end, found)
    return found


def split_at(text: str, span: Span, cuts: list[int]) -> list[Span]:
    """``span`` cut at the offsets ``cuts`` (ascending, inside it), each piece trimmed."""
    found: list[Span] = []
    lo = span.start
    for cut in [*cuts, span.end]:
        piece = _trim(text, lo, cut)
        if piece is not None:
            found.append(piece)
        lo = cut
    return found


MAX_SENTENCE = 3000


def _add_capped(text: str, lo: int, hi: int, found: list[Span]) -> None:
    while hi - lo > MAX_SENTENCE:
        cut = lo + MAX_SENTENCE
        space = text.rfind(" ", lo + MAX_SENTENCE // 2, cut)
        cut = space + 1 if space >= 0 else cut
        span = _trim(text, lo, cut)
        if span is not None:
            found.append(span)
        lo = cut
    span = _trim(text, lo, hi)
    if span is not None:
        found.append(span)

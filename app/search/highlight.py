"""Highlighting in Python, not in SQL, so that both stores mark exactly the same words and
every character outside the marks is HTML-escaped (FTS5's ``highlight()`` escapes nothing).
"""

from __future__ import annotations

from html import escape

from app.search.query import Atom, SearchQuery, word_spans


def _matches(atom: Atom, folded: list[str], start: int) -> bool:
    last = len(atom.words) - 1
    if start + last >= len(folded):
        return False
    for offset, word in enumerate(atom.words):
        candidate = folded[start + offset]
        if offset == last and atom.prefix:
            if not candidate.startswith(word):
                return False
        elif candidate != word:
            return False
    return True


def match_ranges(text: str, query: SearchQuery) -> list[tuple[int, int]]:
    """Character ranges of ``text`` that the query's positive terms match, merged."""
    spans = word_spans(text)
    folded = [span[2] for span in spans]
    ranges: list[tuple[int, int]] = []
    for atom in query.positive_atoms:
        for index in range(len(spans)):
            if _matches(atom, folded, index):
                ranges.append((spans[index][0], spans[index + len(atom.words) - 1][1]))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def highlight(text: str, query: SearchQuery) -> str:
    """``text`` HTML-escaped, with each match wrapped in ``<mark>…</mark>``."""
    parts: list[str] = []
    position = 0
    for start, end in match_ranges(text, query):
        parts.append(escape(text[position:start]))
        parts.append(f"<mark>{escape(text[start:end])}</mark>")
        position = end
    parts.append(escape(text[position:]))
    return "".join(parts)

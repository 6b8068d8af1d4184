"""A statement in its article: the sentence before and after it within its paragraph,
and the sentence that attributes it.

Paragraphs and sentences are the parser's own (``app/ingest/layout.py``), so the context
a client reads is cut where the parser read the article: paragraphs are separated by
blank lines, or are lines in an article without blank lines (or in a block of lines that
each end a sentence), so "the line before" is a paragraph of its own there.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import cached_property

from app.ingest.layout import Span, paragraphs, sentences
from app.statements.rows import StatementContextRow


class ArticleLayout:
    """One article's text cut into paragraphs, and each paragraph, when asked, into its
    sentences: built once for all the article's statements on a page."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._units: dict[int, list[Span]] = {}

    @cached_property
    def paragraphs(self) -> list[Span]:
        return paragraphs(self.text)

    @cached_property
    def _starts(self) -> list[int]:
        return [paragraph.start for paragraph in self.paragraphs]

    def _paragraph(self, offset: int) -> int | None:
        """The index of the paragraph that holds ``offset``, if any."""
        at = bisect_right(self._starts, offset) - 1
        if at >= 0 and offset < self.paragraphs[at].end:
            return at
        return None

    def units(self, paragraph: int) -> list[Span]:
        """The paragraph's sentences (a hard-wrapped one keeps its line breaks)."""
        found = self._units.get(paragraph)
        if found is None:
            span = self.paragraphs[paragraph]
            found = self._units[paragraph] = sentences(self.text, span.start, span.end)
        return found

    def _unit_at(self, offset: int) -> tuple[list[Span], int] | None:
        paragraph = self._paragraph(offset)
        if paragraph is None:
            return None
        units = self.units(paragraph)
        for index, unit in enumerate(units):
            if offset < unit.end:
                return units, index
        return units, len(units) - 1

    def _text(self, unit: Span) -> str:
        return self.text[unit.start : unit.end]

    def context(self, start: int, end: int, cue_start: int | None) -> StatementContextRow:
        """The sentence before the one the statement starts in and after the one it ends
        in, within their paragraph (null at its edge), and the sentence holding the
        attribution cue (null without one)."""
        before = after = attribution = None
        first = self._unit_at(start)
        if first is not None and first[1] > 0:
            before = self._text(first[0][first[1] - 1])
        last = self._unit_at(max(start, end - 1))
        if last is not None and last[1] + 1 < len(last[0]):
            after = self._text(last[0][last[1] + 1])
        if cue_start is not None:
            cue = self._unit_at(cue_start)
            if cue is not None:
                attribution = self._text(cue[0][cue[1]])
        return {"before": before, "after": after, "attribution": attribution}

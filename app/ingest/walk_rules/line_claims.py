"""Unmarked lines between quote lines (translation layout, one sentence per line): whose
they are, once a later line's quote names its speaker.

Called by the ordinary rule (:mod:`app.ingest.walk_rules.ordinary`) after each paragraph;
what it remembers between lines lives in :class:`app.ingest.walk_state.WalkState`.
"""

from __future__ import annotations

from app.ingest.article_state import ArticleState
from app.ingest.layout import Span
from app.ingest.walk_state import IMPERSONAL_LINES, SENTENCE_END, Paragraph, WalkState

_LINES_BEFORE_CLOSER = 2  # unmarked lines a closing mark without opener reaches back over


def claim_lines(state: ArticleState, walk: WalkState, para: Paragraph, found_before: int) -> None:
    """One sentence per line: unmarked lines between quote lines belong to their speaker.

    * ``…budget," said X.`` closes a quote opened on an earlier line (or whose opening
      mark was lost): the unmarked lines right before it are X's too, a few at most;
    * X's quote line, unmarked lines, then a line opening with X's next quote: the lines
      between are X's (a line that names X before the quote re-introduces X after the
      narrator's lines).

    An unmarked line is one with no statement, no speech verb and no quote left open (a
    quoted name or scare quote is fine): the narrator's lines name who speaks, these do not.
    """
    span, quotes, text = para.span, para.quotes, state.text
    mine = state.found[found_before:]
    contiguous = para.on_next_line and walk.plain_last == para.index - 1
    lines = walk.plain_lines if contiguous else []
    first = quotes[0] if quotes else None
    opener = walk.open_line
    opened_above = (
        opener is not None
        and para.on_next_line
        and opener[0] == para.index - len(lines) - 1
        and len(lines) <= IMPERSONAL_LINES
    )
    if (lines or opened_above) and first is not None and mine and mine[0].start == first.start:
        speaker = mine[0].person
        if first.opened_before and opened_above and opener is not None:
            # '"We had a hard year.' … 'But we stayed," said X.': the closing mark claims
            # every line back to the one whose opening mark it closes.
            words = opener[1]
            state.emit(
                words.start, words.end, "quote", speaker, mine[0].said_on, "line-from-opening-mark"
            )
            claimed, rule = lines, "line-before-closing-mark"
            walk.open_line = None
        elif first.opened_before:
            claimed = lines[-_LINES_BEFORE_CLOSER:]
            rule = "line-before-closing-mark"
        elif (
            first.open_mark == span.start  # a line naming the speaker first is the narrator's
            and walk.quote_line is not None
            and walk.quote_line[1] is speaker
            and walk.quote_line[0] == para.index - len(lines) - 1
            and len(lines) <= IMPERSONAL_LINES
        ):
            claimed, rule = lines, "line-between-quotes"
        else:
            claimed = []
        for line in claimed:
            state.emit(line.start, line.end, "quote", speaker, mine[0].said_on, rule)
    if (
        all(quote.close_mark is not None and not quote.opened_before for quote in quotes)
        and not mine
        and para.on_next_line
        and not state.verbs(span.start, span.end)
        and SENTENCE_END.search(text, span.start, span.end) is not None
    ):
        walk.plain_lines = [*lines, span]
        walk.plain_last = para.index
    elif (
        quotes
        and not mine
        and quotes[-1].close_mark is None
        and quotes[-1].open_mark == span.start
        and para.next_on_next_line
    ):
        # '"We had a hard year.' alone on its line: the quote goes on over the next lines.
        walk.plain_lines, walk.plain_last = [], para.index
        walk.open_line = (para.index, Span(quotes[-1].start, quotes[-1].end))
    else:
        walk.plain_lines, walk.plain_last = [], -2
    if walk.open_line is not None and walk.open_line[0] < para.index - IMPERSONAL_LINES - 1:
        walk.open_line = None
    quoted_only = bool(mine) and all(
        found.kind == "quote" and found.person is mine[0].person for found in mine
    )
    walk.quoted_line = (
        (para.index, mine[0].person, " ".join(text[found.start : found.end] for found in mine))
        if quoted_only
        else None
    )
    last = [found for found in mine if found.kind == "quote" and found.end >= span.end - 3]
    if last:
        walk.quote_line = (para.index, last[-1].person)
    elif mine or quotes or not walk.plain_lines:
        walk.quote_line = None

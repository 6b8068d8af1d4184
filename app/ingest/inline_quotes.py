"""Inline quotes in “curly”, "straight" or «guillemet» marks, and their speakers.

A quote is attributed after (``“…,” said X.``), before (``X said: “…”``,
``According to X, “…”``), or split around the attribution (each quoted part is its own
statement, all attributed to X).  A quote running over several paragraphs, where only the
last paragraph closes it, gives one statement per paragraph, all with the speaker named
at its end.  A whole-paragraph quote right after a quote paragraph continues the
previous speaker.  Unattributed quoted words are scare quotes, not statements.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from app.ingest.article_state import ArticleState
from app.ingest.attribution import subject_after, subject_before
from app.ingest.dates import said_on
from app.ingest.layout import Span, sentences
from app.ingest.parse_quotes import Quote
from app.ingest.people.registry import Person
from app.ingest.speech_verbs import is_source_verb
from app.ingest.tokens import name_runs, tokenize


@dataclass
class QuoteRun:
    """Quote attribution state carried from quote to quote and paragraph to paragraph."""

    last_speaker: Person | None  # speaker of the previous paragraph's quotes
    running: Person | None  # speaker of an unclosed multi-paragraph quote
    # the previous quote, its speaker, where its attribution ends, and the attribution's cue
    previous: tuple[Quote, Person | None, int, tuple[int, int] | None] | None = None
    pending: list[Quote] = field(default_factory=list)
    speaker_here: Person | None = None

    def finish(self, quotes: list[Quote]) -> tuple[Person | None, Person | None, bool]:
        """``(last_speaker, running, running_open)`` for the next paragraph."""
        running_open = bool(quotes) and quotes[-1].close_mark is None
        carried = self.previous[1] if self.previous and self.previous[1] else self.running
        last = self.speaker_here or (self.last_speaker if not quotes else None)
        return last, carried if running_open else None, running_open


def attribute_quote(
    state: ArticleState, span: Span, quotes: list[Quote], index: int, run: QuoteRun
) -> None:
    """Find the speaker of ``quotes[index]`` and emit it (see module docstring)."""
    quote = quotes[index]
    text = state.text
    masked = state.masked_text
    person: Person | None = None
    when = state.published_on
    rule, cue = "quote-after", None
    if quote.continues_previous and run.running is not None:
        person, rule = run.running, "quote-multi-paragraph"
    attribution_end = quote.close_mark + 1 if quote.close_mark is not None else span.end
    if quote.close_mark is not None:
        # Quotes are in text order and do not overlap: the next one opens after this one.
        next_open = quotes[index + 1].open_mark if index + 1 < len(quotes) else span.end
        head = state.attribution_at_head(quote.close_mark + 1, next_open)
        if head is not None:
            mention, attribution_end = head
            context = text[quote.close_mark + 1 : attribution_end]
            resolved = state.resolve(mention, context)
            if resolved is not None:
                if person is None:
                    person, rule = resolved, "quote-after"
                cue = cue or mention.cue
                when = said_on(context, state.published_on)
    previous = run.previous
    if person is None:
        before_lo = previous[2] if previous else span.start
        person, when, cue = attribution_before(state, before_lo, quote.open_mark, when)
        rule = "quote-before"
    if person is None and previous is not None and previous[1] is not None:
        # “…,” X said. “…”: the second part has the first part's speaker.
        gap_tokens = tokenize(masked, previous[2], quote.open_mark)
        if quote.open_mark - previous[2] <= 250 and not name_runs(gap_tokens)[1:]:
            person, rule, cue = previous[1], "quote-split", previous[3]
    whole_paragraph = quote.close_mark is None or quote.close_mark >= span.end - 2
    if (
        person is None
        and quote.open_mark == span.start
        and whole_paragraph
        and run.last_speaker is not None
    ):
        # Consecutive quote paragraphs: the speaker of the previous one goes on.
        person, rule, cue = run.last_speaker, "quote-next-paragraph", None
    if person is None and quote.close_mark is None and quote.open_mark == span.start:
        run.pending.append(quote)
    if person is not None:
        for earlier in run.pending:
            state.emit(
                earlier.start, earlier.end, "quote", person, when, "quote-multi-paragraph", cue
            )
        run.pending = []
        state.emit(quote.start, quote.end, "quote", person, when, rule, cue)
        run.speaker_here = person
    run.previous = (quote, person, attribution_end, cue)


def attribution_before(
    state: ArticleState, lo: int, open_mark: int, when: dt.date
) -> tuple[Person | None, dt.date, tuple[int, int] | None]:
    """``X, role, said: “`` / ``According to X, “``: the speaker named before a quote."""
    masked = state.masked_text
    lo = max(lo, open_mark - 400)
    before = masked[lo:open_mark].rstrip()
    if not before or before[-1] not in ":,":
        return None, when, None
    region_lo = lo
    for sentence in sentences(masked, lo, open_mark):
        region_lo = sentence.start
    verbs = state.verbs(region_lo, open_mark)
    # "X told of how the fan got onto the field: “…": a colon announces from further away.
    reach = 20 if before[-1] == ":" else 8
    for verb in reversed(verbs):
        if len(masked[verb.end() : open_mark].split()) > reach:
            break
        mention = (
            None
            if is_source_verb(verb.group())
            else subject_before(masked, region_lo, verb.start())
        )
        if mention is None:
            mention = subject_after(masked, verb.end(), open_mark)
        if mention is not None:
            context = state.text[region_lo:open_mark]
            person = state.resolve(mention, context)
            if person is not None:
                return person, said_on(context, state.published_on), (verb.start(), verb.end())
    according = re.search(r"\b[Aa]ccording to\s+", masked[region_lo:open_mark])
    if according is not None:
        mention = subject_after(masked, region_lo + according.end() - 1, open_mark)
        if mention is not None:
            context = state.text[region_lo:open_mark]
            person = state.resolve(mention, context)
            if person is not None:
                cue_lo = region_lo + according.start()
                cue = (cue_lo, cue_lo + len(according.group().rstrip()))
                return person, said_on(context, state.published_on), cue
    return None, when, None

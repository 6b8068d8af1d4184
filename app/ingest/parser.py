"""Text -> :class:`ParsedArticle`: who said what, where in the text, and when.

The parser is a pure, deterministic function of its arguments.  It walks the paragraphs
once (see :mod:`app.ingest.layout`), skips noise (:mod:`app.ingest.noise`), and hands
each paragraph to the rules for the shape of commentary it holds:

1. **Dash blocks** and ", - said X" attributions (Russian press style):
   :mod:`app.ingest.dash_blocks`.
2. **Inline quotes** in curly, straight or guillemet marks, attributed before, after or
   around them, possibly over several paragraphs: :mod:`app.ingest.inline_quotes`.
3. **Reported speech** (kind ``paraphrase``): :mod:`app.ingest.reported_speech`.
4. **Interviews**, labelled ("Q:" / "A:") or dashed: :mod:`app.ingest.interviews`.

Within a paragraph, sentences are taken in order, so that "she said" finds whoever was
named just before.  Quoted words are masked from the narrative rules
(:mod:`app.ingest.article_state`).  References to people (surnames, "the expert", "she")
resolve to the most recent compatible person (:mod:`app.ingest.coreference`); only a full
name introduces someone new.  Statement dates come from date words in the attribution
(:mod:`app.ingest.dates`).  Title and subtitle: :mod:`app.ingest.headings`.
"""

from __future__ import annotations

import datetime as dt
import re

from app.ingest import noise as noise_rules
from app.ingest.article_state import ArticleState
from app.ingest.coreference import register_mentions
from app.ingest.dash_blocks import DASH_OPEN, continues_block, introduction, russian_dash
from app.ingest.errors import ParseError
from app.ingest.evidence import attribution
from app.ingest.headings import headings
from app.ingest.inline_quotes import QuoteRun, attribute_quote
from app.ingest.interviews import interviewee, is_question, labelled_turn, named_turn
from app.ingest.layout import Span, paragraphs, sentences
from app.ingest.parsed import ParsedArticle, ParsedNoise, ParsedStatement
from app.ingest.people import Person
from app.ingest.reported_speech import paraphrase_in

__all__ = ["ParseError", "parse_article"]

_MAX_TEXT = 2_000_000  # beyond this we parse only the head; still linear, but bounded


def _walk(state: ArticleState, spans: list[Span], skip: set[int]) -> None:
    """One pass over the paragraphs, handing each to the rule that owns its shape."""
    text = state.text
    all_quotes = state.prepare(spans)
    block_speaker: Person | None = None  # speaker of the current dash block
    intro_speaker: Person | None = None  # announced by "…, says:" and awaiting dashes
    block_date = state.published_on
    last_quote_speaker: Person | None = None
    running_quote: Person | None = None
    running_open = False
    block_dashes = 0  # dashed paragraphs in the current block
    interview = False  # dashed questions seen: dashed answers belong to the interviewee
    dashed_article = False  # some block had two dashed paragraphs or more
    for index, span in enumerate(spans):
        if index in skip:
            continue
        para = text[span.start : span.end]
        # Translation layout: one sentence per line, and a speaker's lines follow each other.
        next_on_next_line = index + 1 < len(spans) and _next_line(text, span, spans[index + 1])
        on_next_line = index > 0 and _next_line(text, spans[index - 1], span)
        kind = noise_rules.classify(para)
        if (
            kind is None
            and index + 1 < len(spans)
            and noise_rules.is_handle_signature(text[spans[index + 1].start : spans[index + 1].end])
        ):
            kind = "social_caption"
        if kind is not None:
            state.noise.append(ParsedNoise(kind=kind, start=span.start, end=span.end))
            if kind == "source_line" and state.source is None:
                state.source = noise_rules.source_outlet(para)
            continue
        named = named_turn(state, para)
        if named is not None:
            state.emit(
                span.start + named[1],
                span.end,
                "quote",
                state.registry.touch(named[0]),
                state.published_on,
                "interview-named-turn",
                (span.start, span.start + named[1]),
            )
            block_speaker = intro_speaker = last_quote_speaker = None
            continue
        turn = labelled_turn(para, interview)
        if turn is not None:
            interview = True
            answerer = interviewee(state, span.start) if turn[0] == "answer" else None
            if answerer is not None:
                label = (span.start, span.start + turn[1])
                state.emit(
                    span.start + turn[1],
                    span.end,
                    "quote",
                    answerer,
                    state.published_on,
                    "interview-answer",
                    label,
                )
            block_speaker = intro_speaker = last_quote_speaker = None
            continue
        dash = DASH_OPEN.match(para)
        if dash is not None and not running_open:
            speaker = intro_speaker or block_speaker
            if (speaker is None or interview) and is_question(para):
                interview = True  # the interviewer's turn
                block_speaker = intro_speaker = last_quote_speaker = None
                continue
            if speaker is None and interview:
                speaker = interviewee(state, span.start)
            said = russian_dash(state, span.start + dash.end(), span.end)
            if said is not None:
                # On its own line, the speaker's next lines go on with the quote.
                block_speaker = said if next_on_next_line else None
                block_dashes = 1
                intro_speaker = None
                last_quote_speaker = None
                continue
            if speaker is not None:
                state.emit(
                    span.start + dash.end(),
                    span.end,
                    "quote",
                    speaker,
                    block_date,
                    "dash-block",
                    (span.start, span.start + 1),
                )
                if on_next_line and speaker is block_speaker:
                    block_dashes = 1  # one line per sentence: a dash is no paragraph mark
                else:
                    block_dashes = block_dashes + 1 if speaker is block_speaker else 1
                block_speaker = speaker
                intro_speaker = None
                last_quote_speaker = None
            continue
        if block_dashes >= 2:
            dashed_article = True  # this writer dashes every paragraph of a quote
        if block_speaker is not None and on_next_line and is_question(para):
            continue  # the interviewer's question between the speaker's lines
        if block_speaker is not None and continues_block(
            state,
            span,
            block_speaker,
            1 if on_next_line else 2 if dashed_article else block_dashes,
            lines=on_next_line,
        ):
            end = span.end
            if on_next_line and text[end - 1] in _CLOSERS and not _OPENERS.search(para):
                end -= 1  # the closing mark of a quote opened lines above
            rule = "line-continuation" if on_next_line else "dash-block-continuation"
            state.emit(span.start, end, "quote", block_speaker, block_date, rule)
            continue
        announced = intro_speaker
        block_speaker = None
        intro_speaker = None
        # Ordinary paragraph: inline quotes, Russian attribution, paraphrases, intros.
        quotes = all_quotes[index]
        said = russian_dash(state, span.start, span.end) if not quotes else None
        if said is not None:
            if next_on_next_line:
                block_speaker, block_dashes, block_date = said, 1, state.published_on
            continue
        # "…, he said:" then a paragraph in quote marks: the announced speaker's words.
        run = QuoteRun(last_quote_speaker or announced, running_quote)
        # Sentence by sentence, so that "she said" finds whoever was named just before.
        # Quotes are in text order: one cursor walks them alongside the sentences.
        cursor = 0
        for sentence in sentences(state.masked_text, span.start, span.end):
            register_mentions(state, sentence)
            while cursor < len(quotes) and quotes[cursor].open_mark < sentence.start:
                cursor += 1
            while cursor < len(quotes) and quotes[cursor].open_mark < sentence.end:
                attribute_quote(state, span, quotes, cursor, run)
                cursor += 1
            paraphrase_in(state, sentence.start, sentence.end)
        if not quotes and next_on_next_line and state.found:
            last = state.found[-1]
            if last.rule == "attribution-after" and last.start == span.start:
                # "We lost the plan, the club's site quotes the coach." on its own line: the
                # speaker's next lines go on.
                block_speaker, block_dashes, block_date = last.person, 1, last.said_on
        last_quote_speaker, running_quote, running_open = run.finish(quotes)
        if running_open and next_on_next_line and run.speaker_here is not None:
            # 'X noted: "The first line' with unmarked lines after it: they go on.
            block_speaker, block_dashes, block_date = run.speaker_here, 1, state.published_on
            running_open = False
        intro = introduction(state, span)
        if intro is not None:
            intro_speaker, block_date, _cue = intro
        if not quotes:
            last_quote_speaker = None


_BLANK_LINE = re.compile(r"\n[ \t]*\r?\n|\r[ \t]*\r")
_CLOSERS = frozenset('"”»')
_OPENERS = re.compile("[“«„]")


def _next_line(text: str, before: Span, after: Span) -> bool:
    """Whether ``after`` starts on the line right after ``before`` (no blank line)."""
    return _BLANK_LINE.search(text, before.end, after.start) is None


def parse_article(text: str, published_on: dt.date, *, title: str | None = None) -> ParsedArticle:
    """Parse one article's text into people, statements and noise (see module docstring)."""
    source_text = text if isinstance(text, str) else str(text)
    work = source_text[:_MAX_TEXT]
    spans = paragraphs(work)
    chosen_title, subtitle, skip = headings(work, spans, title)
    state = ArticleState(work, published_on)
    warnings: list[str] = []
    try:
        _walk(state, spans, skip)
    except Exception as error:  # a rule that raises is a bug: refuse, never half-parse
        raise ParseError(
            f"the text could not be parsed: {type(error).__name__}: {error}"[:300]
        ) from error
    statements = [
        ParsedStatement(
            speaker=found.person.slug,
            kind=found.kind,
            start=found.start,
            end=found.end,
            text=work[found.start : found.end],
            said_on=found.said_on,
            attribution=attribution(work, found.rule, found.cue),
        )
        for found in sorted(state.found, key=lambda item: (item.start, item.end))
    ]
    seen: set[str] = set()
    people = []
    for person in sorted(state.registry.people, key=lambda p: p.order):
        if person.has_statement and person.slug not in seen:
            seen.add(person.slug)
            people.append(person.record())
    if not statements:
        warnings.append("no attributable statements found")
    if len(source_text) > _MAX_TEXT:
        warnings.append(f"text truncated to {_MAX_TEXT} characters for parsing")
    return ParsedArticle(
        text=source_text,
        title=chosen_title,
        subtitle=subtitle,
        published_on=published_on,
        source=state.source,
        people=people,
        statements=statements,
        noise=sorted(state.noise, key=lambda item: item.start),
        warnings=warnings,
    )

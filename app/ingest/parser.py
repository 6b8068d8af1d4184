"""Text -> :class:`ParsedArticle`: who said what, where in the text, and when.

The parser is a pure, deterministic function of its arguments.  It splits the text into
paragraphs once (:mod:`app.ingest.layout`), pairs quote marks once, and walks the
paragraphs once, handing each to the first rule that claims it, in the order documented
in :mod:`app.ingest.walk` (noise, transcript and interview turns, dash paragraphs, block
continuations, ordinary paragraphs), with one typed walk state.  The shapes of commentary:

1. **Dash blocks** and ", - said X" attributions (Russian press style):
   :mod:`app.ingest.dash_blocks`.
2. **Inline quotes** in curly, straight or guillemet marks, attributed before, after or
   around them, possibly over several paragraphs: :mod:`app.ingest.inline_quotes`.
3. **Reported speech** (kind ``paraphrase``): :mod:`app.ingest.reported_speech`, with
   sources named by a phrase ("According to X, …") in :mod:`app.ingest.source_phrases`.
4. **Interviews**, labelled ("Q:" / "A:") or dashed: :mod:`app.ingest.interviews`.

Within a paragraph, sentences are taken in order, so that "she said" finds whoever was
named just before.  Quoted words are masked from the narrative rules
(:mod:`app.ingest.article_state`).  References to people (surnames, "the expert", "she")
resolve to the most recent compatible person (:mod:`app.ingest.people.coreference`); only a full
name introduces someone new.  Statement dates come from date words in the attribution
(:mod:`app.ingest.dates`).  Title and subtitle: :mod:`app.ingest.headings`.
"""

from __future__ import annotations

import datetime as dt

from app.ingest.article_state import ArticleState
from app.ingest.errors import ParseError
from app.ingest.evidence import attribution
from app.ingest.headings import headings
from app.ingest.layout import paragraphs
from app.ingest.parsed import ParsedArticle, ParsedStatement
from app.ingest.people.home_state import fill_home_states
from app.ingest.people.section_teams import fill_section_teams
from app.ingest.walk import walk

__all__ = ["ParseError", "parse_article"]

_MAX_TEXT = 2_000_000  # beyond this we parse only the head; still linear, but bounded


def parse_article(text: str, published_on: dt.date, *, title: str | None = None) -> ParsedArticle:
    """Parse one article's text into people, statements and noise (see module docstring)."""
    source_text = text if isinstance(text, str) else str(text)
    work = source_text[:_MAX_TEXT]
    spans = paragraphs(work)
    chosen_title, subtitle, skip = headings(work, spans, title)
    state = ArticleState(work, published_on)
    warnings: list[str] = []
    try:
        # The subtitle (the highest skipped index) is still read: it may name people.
        walk(state, spans, skip - {max(skip)} if subtitle is not None else skip)
    except Exception as error:  # a rule that raises is a bug: refuse, never half-parse
        raise ParseError(
            f"the text could not be parsed: {type(error).__name__}: {error}"[:300]
        ) from error
    # Built from the parser's own spans (valid by construction, text[start:end] == text),
    # so not re-validated one by one: ingest throughput.  Tests check the invariants.
    statements = [
        ParsedStatement.model_construct(
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
    fill_home_states(state.registry.people, work)
    fill_section_teams(((found.person, found.start) for found in state.found), work, spans)
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

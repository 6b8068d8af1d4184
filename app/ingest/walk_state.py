"""What the walk over an article's paragraphs reads and carries.

:class:`Paragraph` is one paragraph as every rule sees it, computed once
(:func:`paragraphs_of`); :class:`WalkState` is what one paragraph leaves for the next
(the current block's speaker, an open quote, runs of unmarked or dashed lines);
:data:`Rule` is the one signature every rule in :mod:`app.ingest.walk_rules` has.  The walk
itself and the order of the rules: :mod:`app.ingest.walk`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from app.ingest.article_state import ArticleState
from app.ingest.interviews import InitialsLabels
from app.ingest.layout import Span
from app.ingest.parse_quotes import Quote
from app.ingest.people.registry import Person
from app.ingest.transcript_labels import Transcript

_BLANK_LINE = re.compile(r"\n[ \t]*\r?\n|\r[ \t]*\r")
CLOSING_MARKS = frozenset('"”»')
OPENING_MARKS = re.compile("[“«„]")


# After a dashed, attributed line (or an announced interview) the writer marks the
# speaker's lines: a judgement or two may go on impersonally, a longer run is the narrator's.
MARKED_IMPERSONAL_LINES = 2
IMPERSONAL_LINES = 7  # measured on the dev gold: 3, 4, 5 cost more recall than they saved


SENTENCE_END = re.compile(r"[.!?…][\"”»’)]*\s*$")


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One paragraph as the rules see it (the document model, computed once)."""

    index: int
    span: Span
    text: str
    quotes: list[Quote]  # its quoted stretches, paired once for the whole article
    on_next_line: bool  # starts on the line after the previous paragraph (no blank line)
    next_on_next_line: bool  # the next paragraph starts on the following line
    next_text: str | None  # the next paragraph's text
    previous_text: str | None = None  # the previous paragraph's text
    previous_span: Span | None = None  # the previous paragraph's span


@dataclass(frozen=True, slots=True)
class DashRun:
    """Dashed lines nobody was attributed to, one right under the other."""

    last: int  # the last line's paragraph index
    words: list[Span]  # each line's words, without the dash
    # who spoke on the line right above the first one: "X said …" then "- …" is X's
    # answer in a dialogue, not the words of whoever a "- …, - said Y." below names
    above: Person | None


@dataclass
class WalkState:
    """What the walk carries from one paragraph to the next."""

    published_on: dt.date
    block_speaker: Person | None = None  # speaker of the current dash block / line run
    intro_speaker: Person | None = None  # announced by "…, says:" and awaiting dashes
    # "X answered our questions.": the introduction opens an interview in unmarked lines,
    # whose question lines are the interviewer's.
    intro_interview: bool = False
    block_date: dt.date | None = None  # when the block's words were said
    last_quote_speaker: Person | None = None  # speaker of the previous paragraph's quotes
    running_quote: Person | None = None  # speaker of an unclosed multi-paragraph quote
    running_open: bool = False  # the previous paragraph ended inside a quote
    # The paragraphs of a running quote that no attribution has claimed yet (the last
    # one's index, their quotes): the paragraph that closes the quote and names its
    # speaker ('… ferry lines”, said the minister.') gives them to that speaker.
    open_quotes: tuple[int, list[Quote]] | None = None
    # The last paragraphs walked in a row that held no quote and no statement (index,
    # span): an embedded post signed below them may be theirs.
    quiet: list[tuple[int, Span]] = field(default_factory=list)
    # Interview labels made of initials ("DV:"): their uses, counted once an article,
    # and whom each names.
    initials: InitialsLabels = field(default_factory=InitialsLabels)
    transcript: Transcript | None = None  # the upper-case labels, read on first use
    section_speaker: Person | None = None  # a quote sheet's labelled speaker, whose answers follow
    section_asked: bool = False  # the quote sheet's previous paragraph only asked a question
    block_dashes: int = 0  # dashed paragraphs in the current block
    block_quoted: bool = False  # the block's lines are inside a quote mark opened above
    interview: bool = False  # dashed questions seen: dashed answers are the interviewee's
    dashed_article: bool = False  # some block had two dashed paragraphs or more
    impersonal_lines: int = 0  # continued lines in a row that do not speak in the first person
    # The block's quote line opened with a dash and named its speaker ("- …, - said X."):
    # this writer marks the speaker's lines, so an unmarked line goes on with them only in
    # the first person ("The prosecutor's office has begun a check." is the narrator's).
    lines_marked: bool = False
    # Translation layout: the run of unmarked narrative-less lines just walked (paragraph
    # index of the last one, their spans), and the last line that ended in a quote (its
    # index and speaker).  A later line's quote may claim them
    # (:func:`app.ingest.walk_rules.line_claims.claim_lines`).
    plain_lines: list[Span] = field(default_factory=list)
    plain_last: int = -2
    quote_line: tuple[int, Person] | None = None
    # The last line that opened a quote it left open, with no statement (its index and the
    # quoted words): a closing mark some lines below claims it
    # (:func:`app.ingest.walk_rules.line_claims.claim_lines`).
    open_line: tuple[int, Span] | None = None
    # The last line whose statements are all one speaker's quotes (its index, speaker and
    # the quoted words): first-person lines right after it in the same first person go on
    # with them (:func:`app.ingest.walk_rules.lines.first_person_line`).
    quoted_line: tuple[int, Person, str] | None = None
    # The last paragraph's quotes when nobody was attributed to them (its index and the
    # quotes): "X's words are quoted by …" right after it names their speaker.
    unclaimed: tuple[int, list[Quote]] | None = None
    # A paragraph that ended with a Russian-style attribution (", - said X."): its index and
    # X.  A dashed paragraph right after it, past a blank line, goes on with X's words.
    dash_said: tuple[int, Person] | None = None
    # The run of dashed lines nobody was attributed to, one right under the other (the last
    # one's index and their words): "- he said." or "- …, - said X." on the next line names
    # their speaker.
    dash_unattributed: DashRun | None = None
    # A one-sentence paragraph with no statement whose subject speaks or is about to
    # ("Governor X instructed to repaint the stops."): its index and that person, for a
    # quote left open at the end of the text right below it.
    speaking_subject: tuple[int, Person] | None = None
    # The last paragraph that was a named interview answer ("Sven Tollef: …") or went on
    # with one (its index and the answerer), and how many unlabelled paragraphs went on.
    turn: tuple[int, Person] | None = None
    turn_paragraphs: int = 0

    def forget_speakers(self) -> None:
        """A turn or a narrative break: no block, introduction or quote speaker goes on."""
        self.block_speaker = self.intro_speaker = self.last_quote_speaker = None

    def start_block(self, speaker: Person, when: dt.date, *, quoted: bool = False) -> None:
        """The speaker's next lines go on with their words (translation layout);
        ``quoted``: a quote mark opened above is still open over them."""
        self.block_speaker, self.block_dashes, self.block_date = speaker, 1, when
        self.impersonal_lines, self.lines_marked = 0, False
        self.block_quoted = quoted

    @property
    def date(self) -> dt.date:
        return self.block_date or self.published_on


Rule = Callable[[ArticleState, WalkState, Paragraph], bool]


def paragraphs_of(text: str, spans: list[Span], quotes: list[list[Quote]]) -> list[Paragraph]:
    """The document model: each paragraph with its quotes and its line layout."""
    found: list[Paragraph] = []
    for index, span in enumerate(spans):
        following = spans[index + 1] if index + 1 < len(spans) else None
        found.append(
            Paragraph(
                index=index,
                span=span,
                text=text[span.start : span.end],
                quotes=quotes[index],
                on_next_line=index > 0 and _next_line(text, spans[index - 1], span),
                next_on_next_line=following is not None and _next_line(text, span, following),
                next_text=text[following.start : following.end] if following else None,
                previous_text=text[spans[index - 1].start : spans[index - 1].end]
                if index > 0
                else None,
                previous_span=spans[index - 1] if index > 0 else None,
            )
        )
    return found


def _next_line(text: str, before: Span, after: Span) -> bool:
    """Whether ``after`` starts on the line right after ``before`` (no blank line)."""
    return _BLANK_LINE.search(text, before.end, after.start) is None

"""The walk rule for a paragraph opening with a dash: a dash block's quote, a dashed
interview question, a Russian-style ", - said X" attribution, or a line that is only an
attribution ("- he said.") naming the speaker of the dashed lines above it.

Rule 4 of the walk (:mod:`app.ingest.walk`).  Runs of dashed lines nobody was attributed
to are kept in :class:`app.ingest.walk_state.DashRun` until a line below names their
speaker.  The dash shapes themselves are read by :mod:`app.ingest.dash_blocks`.
"""

from __future__ import annotations

import re

from app.ingest.article_state import ArticleState, Found
from app.ingest.dash_blocks import (
    DASH_OPEN,
    russian_dash,
)
from app.ingest.interviews import interviewee, is_question
from app.ingest.layout import Span
from app.ingest.people.registry import Person
from app.ingest.walk_state import CLOSING_MARKS, OPENING_MARKS, DashRun, Paragraph, WalkState


def dash_paragraph(state: ArticleState, walk: WalkState, para: Paragraph) -> bool:
    dash = DASH_OPEN.match(para.text)
    if dash is None or walk.running_open:
        return False
    span = para.span
    speaker = walk.intro_speaker or walk.block_speaker
    if (speaker is None or walk.interview or walk.intro_interview) and is_question(para.text):
        # the interviewer's turn ("X answered our questions." then "– What will …?")
        walk.interview = True
        walk.forget_speakers()
        return True
    if _dash_attribution_line(state, walk, para, span.start + dash.end()):
        return True
    if _post_says_line(state, walk, para, span.start + dash.end()):
        return True
    rule = "dash-block"
    if (
        speaker is None
        and walk.dash_said is not None
        and walk.dash_said[0] == para.index - 1
        and not para.text.rstrip().endswith(";")  # "- In Kazan - 12 classes;": a list item
    ):
        speaker, rule = walk.dash_said[1], "dash-after-attribution"
    if speaker is None and walk.interview:
        speaker = interviewee(state, span.start)
    said = russian_dash(state, span.start + dash.end(), span.end)
    if said is not None:
        if para.on_next_line:
            _claim_dash_run(state, walk, para, said, state.found[-1])
        # On its own line, the speaker's next lines go on with the quote.
        walk.block_speaker = said if para.next_on_next_line else None
        walk.block_dashes, walk.lines_marked = 1, True
        walk.intro_speaker = walk.last_quote_speaker = None
        walk.dash_said = (para.index, said)
        return True
    if _comma_attribution(state, walk, para, span.start + dash.end()):
        return True
    if speaker is not None:
        end, closed = span.end, False
        if (
            speaker is walk.block_speaker
            and para.on_next_line
            and state.text[end - 1] in CLOSING_MARKS
            and not OPENING_MARKS.search(para.text)
        ):
            end -= 1  # '– Our players did nothing wrong."': the mark opened lines above
            closed = True
        state.emit(
            span.start + dash.end(),
            end,
            "quote",
            speaker,
            walk.date,
            rule,
            (span.start, span.start + 1),
        )
        if para.on_next_line and speaker is walk.block_speaker:
            walk.block_dashes = 1  # one line per sentence: a dash is no paragraph mark
        else:
            walk.block_dashes = walk.block_dashes + 1 if speaker is walk.block_speaker else 1
        if speaker is not walk.block_speaker:
            walk.lines_marked = False
        walk.block_speaker = None if closed else speaker  # the closing mark ends the quote
        walk.impersonal_lines = 0
        walk.intro_speaker = walk.last_quote_speaker = None
    else:
        walk.dash_unattributed = _extend_dash_run(state, walk, para, span.start + dash.end())
    return True


def _extend_dash_run(
    state: ArticleState, walk: WalkState, para: Paragraph, words_lo: int
) -> DashRun:
    """The run of unattributed dashed lines, with this one at its end."""
    run, words = walk.dash_unattributed, Span(words_lo, para.span.end)
    if run is not None and run.last == para.index - 1 and para.on_next_line:
        run.words.append(words)  # (in place: a long run stays linear)
        return DashRun(para.index, run.words, run.above)
    above = None
    if para.on_next_line and state.found:
        line_above = state.text.rfind("\n", 0, state.text.rfind("\n", 0, para.span.start))
        if state.found[-1].end > line_above:
            above = state.found[-1].person
    return DashRun(para.index, [words], above)


def _claim_dash_run(
    state: ArticleState, walk: WalkState, para: Paragraph, speaker: Person, said: Found
) -> None:
    """Dashed lines with no speaker right above "- …, - said X." (one under the other, no
    blank line, no other attribution between): X's words too, as a Russian paragraph of
    quotes is attributed once, on its last line."""
    run, walk.dash_unattributed = walk.dash_unattributed, None
    if run is None or run.last != para.index - 1 or run.above not in (None, speaker):
        return
    for words in run.words:
        if state.text[words.end - 1] == ";":
            continue  # "- In Kazan - 12 classes;": a list item
        state.emit(
            words.start,
            words.end,
            "quote",
            speaker,
            said.said_on,
            "dash-before-attribution",
            said.cue,
        )


_COMMA_REACH = 300  # how far back from a dashed paragraph's end its attribution is looked for
_COMMAS_BACK = 3  # commas tried from the end: "…, Karim Adamov, the minister, said."


def _comma_attribution(
    state: ArticleState, walk: WalkState, para: Paragraph, words_lo: int
) -> bool:
    """ "- The region expects a delegation next week, Karim Adamov said.": a dashed
    paragraph whose last clause, after a comma and with no second dash, attributes it.
    The words from the dash to that comma are the speaker's quote; whether it was one.

    Guards: no quote marks in the paragraph, the attribution clause (a mention and a
    speech verb, :meth:`ArticleState.attribution_at_head`) ends the paragraph, and the
    mention resolves to a person."""
    span = para.span
    masked = state.masked_text
    if OPENING_MARKS.search(para.text) or CLOSING_MARKS.intersection(para.text):
        return False
    lo = max(words_lo, span.end - _COMMA_REACH)
    comma = span.end
    for _ in range(_COMMAS_BACK):
        comma = masked.rfind(",", lo, comma)
        if comma < 0:
            return False
        head = state.attribution_at_head(comma + 1, span.end)
        if head is None:
            continue
        mention, clause_end = head
        if state.trim_end(clause_end, span.end) > clause_end + 1:
            continue  # words after the clause: the attribution does not end the paragraph
        end = state.trim_end(words_lo, comma)
        if len(masked[words_lo:end].split()) < 3:
            return False
        person = state.resolve(mention, para.text)
        if person is None:
            return False
        state.emit(words_lo, end, "quote", person, walk.date, "dash-comma-attribution", mention.cue)
        walk.block_speaker = None
        walk.intro_speaker = walk.last_quote_speaker = None
        walk.dash_unattributed = None
        return True
    return False


_ATTRIBUTION_TAIL = 4  # "- he added after the match.": adverbial words after it, at most
_TAIL_OPENERS = frozenset(
    {"in", "at", "on", "after", "during", "with", "to", "later", "then", "today", "yesterday"}
)


def _dash_attribution_line(
    state: ArticleState, walk: WalkState, para: Paragraph, words_lo: int
) -> bool:
    """ "- We will not sell our leaders." then "- he said." on the next line: a dashed line
    that is nothing but an attribution names the speaker of the dashed line before it,
    and is no quote itself.  Whether the line was one."""
    head = state.attribution_at_head(words_lo, para.span.end)
    if head is None or state.trim_end(head[1], para.span.end) > head[1] + 1:
        return False
    mention, _end = head
    first = min(mention.start, mention.cue[0]) if mention.cue else mention.start
    if state.masked_text[words_lo:first].strip():
        return False  # words before the attribution: a quote with its attribution
    last = max(mention.end, mention.cue[1]) if mention.cue else mention.end
    tail = state.masked_text[last : state.trim_end(last, para.span.end)].split()
    if len(tail) > _ATTRIBUTION_TAIL or (tail and tail[0].lower() not in _TAIL_OPENERS):
        return False  # "- He said nothing about the money.": an object, a sentence of its own
    pending, walk.dash_unattributed = walk.dash_unattributed, None
    if pending is None or pending.last != para.index - 1:
        # "The stadium will be finished by June." then, past a blank line, "- Voss wrote.":
        # the unmarked paragraph right above, with nothing of its own, is the words
        # attributed (one sentence per line, "The club lost again." then "- he said." is
        # the narrator's line and an attribution of nothing).
        above = None if para.on_next_line else _unmarked_above(state, para)
        person = state.resolve(mention, para.text) if above is not None else None
        if above is not None and person is not None:
            state.emit(
                above.start,
                above.end,
                "quote",
                person,
                walk.date,
                "dash-attribution-line",
                mention.cue,
            )
        return True  # otherwise an attribution of nothing we hold: no quote either
    person = state.resolve(mention, para.text)
    if person is None:
        return True
    for words in pending.words:
        state.emit(
            words.start, words.end, "quote", person, walk.date, "dash-attribution-line", mention.cue
        )
    walk.block_speaker = person if para.next_on_next_line else None
    walk.block_dashes, walk.lines_marked = 1, True
    return True


# "- the post says.", "- the statement reads.": a line naming no speaker, only the text
# whose words the paragraph above quotes.
_POST_SAYS = re.compile(
    r"(?:the|this|his|her|their)\s+(?:post|message|statement|letter|entry|publication|"
    r"appeal|address|note)\s+(?:says|said|reads|read|states|stated)\s*\.?\s*$",
    re.IGNORECASE,
)
_AUTHORED = re.compile(r"\b(?:wrote|writes|posted|posts|published|publishes)\b")
_AUTHOR_REACH = 600  # characters before the quoted paragraph where its author was named


def _post_says_line(state: ArticleState, walk: WalkState, para: Paragraph, words_lo: int) -> bool:
    """ "MP Lina Voss wrote on her channel." …, an unmarked paragraph, then "- the post
    says." on a line of its own: the unmarked paragraph is a quote of the post's author, the
    person the narration last named writing (wrote, posted, published) shortly before it.
    Whether the line was such an attribution (it is no quote itself)."""
    if _POST_SAYS.match(state.text, words_lo, para.span.end) is None:
        return False
    above = _unmarked_above(state, para) if walk.dash_unattributed is None else None
    if above is None:
        return True
    lo = max(0, above.start - _AUTHOR_REACH)
    authored = list(_AUTHORED.finditer(state.masked_text, lo, above.start))
    if not authored:
        return True
    seen = [
        person
        for person in state.registry.people
        if 0 <= person.last_at < authored[-1].start() and person.last_at >= lo
    ]
    author = max(seen, key=lambda person: person.last_at, default=None)
    if author is None:
        return True
    state.emit(above.start, above.end, "quote", author, walk.date, "post-says-line", None)
    return True


_RECENT_FOUND = 8  # statements looked at, from the last one, for one in the paragraph above


def _unmarked_above(state: ArticleState, para: Paragraph) -> Span | None:
    """The paragraph right above, when it is plain words nobody was given: no dash, no
    quote mark, no statement, no question."""
    above, words = para.previous_span, para.previous_text
    if above is None or words is None:
        return None
    if (
        DASH_OPEN.match(words)
        or OPENING_MARKS.search(words)
        or CLOSING_MARKS.intersection(words)
        or any(found.end > above.start for found in state.found[-_RECENT_FOUND:])
        or "?" in words
    ):
        return None
    return above

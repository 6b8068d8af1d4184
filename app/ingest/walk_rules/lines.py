"""Walk rules for translation layout, one sentence per line with no quote marks: the
line after an introduction ("Panin said:"), the lines that go on with the current block,
and first-person lines right after a quoted line, all the speaker's.

Rules 5, 6 and 7 of the walk (:mod:`app.ingest.walk`); whether a line goes on with its
speaker is :func:`app.ingest.dash_blocks.continues_block`.
"""

from __future__ import annotations

import re

from app.ingest.article_state import ArticleState
from app.ingest.dash_blocks import (
    FIRST_PERSON,
    about_the_speaker,
    continues_block,
    speaks_as,
    speaks_for_body,
    speaks_in_first_person,
    speaks_on_impersonally,
    states_a_fact,
)
from app.ingest.interviews import is_question
from app.ingest.people.registry import Person
from app.ingest.speech_verbs import has_finite_verb
from app.ingest.walk_state import (
    CLOSING_MARKS,
    IMPERSONAL_LINES,
    MARKED_IMPERSONAL_LINES,
    OPENING_MARKS,
    SENTENCE_END,
    Paragraph,
    WalkState,
)


def introduced_line(state: ArticleState, walk: WalkState, para: Paragraph) -> bool:
    """ "Panin said:" then, on the next line, words in no quote marks and with no dash:
    the introduced speaker's first line (translation layout); the lines after it go on
    as a block (:func:`block_continuation`)."""
    speaker = walk.intro_speaker
    if speaker is None or para.quotes or walk.running_open:
        return False
    if not para.on_next_line:
        return _introduced_paragraph(state, walk, para, speaker)
    if walk.intro_interview and is_question(para.text):
        return True  # the interviewer's first question: the answer comes next
    if FIRST_PERSON.search(para.text) is None and not has_finite_verb(para.text):
        # "The mayor listed her priorities:" then "More buses on the night routes.", "Chef X
        # shared his method:" then "Boil the pasta …", "Watch the video below.": a list,
        # steps or a pointer under the colon, not the speaker talking; a clause ("The
        # ministry has already allocated …") or the first person is.
        return False
    if not continues_block(state, para.span, speaker, 1, lines=True):
        return False
    state.emit(
        para.span.start, para.span.end, "quote", speaker, walk.date, "line-after-introduction"
    )
    walk.intro_speaker = walk.last_quote_speaker = None
    walk.start_block(speaker, walk.date)
    # In an interview the narrator's lines come between the answers: an impersonal line
    # goes on only as a judgement (:func:`block_continuation`).
    walk.lines_marked, walk.intro_interview = walk.intro_interview, False
    return True


# A label opening the paragraph ("Q:", "Ames:"), a bullet or a dash: not plain words.
_LABEL_OR_BULLET = re.compile(r"(?:[^\W\d_][\w.' -]{0,40}:\s|[-–—•*·]\s*)")


def _introduced_paragraph(
    state: ArticleState, walk: WalkState, para: Paragraph, speaker: Person
) -> bool:
    """Web layout: "Speaking to the media, Vinter said:" ends a paragraph, and after a
    blank line comes a paragraph of plain first-person words with no quote marks: the
    speaker's quote.  Only that one paragraph; the first person (I, we, our) keeps out a
    list or a table under the colon, a label or bullet keeps out an interview turn."""
    above = (para.previous_text or "").rstrip()
    if (
        walk.intro_interview
        or not above.endswith(":")
        or FIRST_PERSON.search(para.text) is None
        or not has_finite_verb(para.text)
        or _LABEL_OR_BULLET.match(para.text) is not None
        or not SENTENCE_END.search(para.text)
    ):
        return False
    state.emit(
        para.span.start, para.span.end, "quote", speaker, walk.date, "paragraph-after-introduction"
    )
    walk.intro_speaker = None
    return True


def first_person_line(state: ArticleState, walk: WalkState, para: Paragraph) -> bool:
    """One sentence per line: '"We had a hard year," Panin said.' then unmarked lines in
    the first person ("We lost three leaders.") go on with the speaker's words, as long as
    each speaks in the first person and none is narration (:func:`continues_block`)."""
    line = walk.quoted_line
    if (
        line is None
        or line[0] != para.index - 1
        or not para.on_next_line
        or para.quotes
        or walk.running_open
        or FIRST_PERSON.search(para.text) is None
        or not SENTENCE_END.search(para.text)
        or state.verbs(para.span.start, para.span.end)
    ):
        return False
    speaker = line[1]
    if not speaks_as(para.text, line[2], for_body=speaks_for_body(speaker.role)):
        return False  # '"You will love it," X promised.' then "I did.": the narrator
    if not continues_block(state, para.span, speaker, 1, lines=True):
        return False
    state.emit(para.span.start, para.span.end, "quote", speaker, walk.date, "first-person-line")
    walk.quoted_line = (para.index, speaker, para.text)
    walk.quote_line = (para.index, speaker)
    walk.plain_lines, walk.plain_last = [], -2
    return True


def block_continuation(state: ArticleState, walk: WalkState, para: Paragraph) -> bool:
    if walk.block_dashes >= 2:
        walk.dashed_article = True  # this writer dashes every paragraph of a quote
    speaker = walk.block_speaker
    if speaker is None:
        return False
    if para.on_next_line and is_question(para.text):
        return True  # the interviewer's question between the speaker's lines
    dashes = 1 if para.on_next_line else 2 if walk.dashed_article else walk.block_dashes
    if not continues_block(state, para.span, speaker, dashes, lines=para.on_next_line):
        return False
    if para.on_next_line:
        # One sentence per line: a speaker's run of lines speaks in the first person now
        # and then; more than a few lines in a row that never do are the narrator's again.
        first_person = FIRST_PERSON.search(para.text) is not None
        if not walk.block_quoted and not first_person and about_the_speaker(para.text, speaker):
            # no quote mark open: "He grew up in a fishing village." is the narrator's
            walk.block_speaker = None
            return False
        if states_a_fact(para.text, counts=False):
            walk.block_speaker = None  # "The plant employs 900 people.": the narrator's
            return False
        if walk.lines_marked and not (
            speaks_in_first_person(para.text) or speaks_on_impersonally(para.text)
        ):
            walk.block_speaker = None
            return False
        walk.impersonal_lines = 0 if first_person else walk.impersonal_lines + 1
        limit = MARKED_IMPERSONAL_LINES if walk.lines_marked else IMPERSONAL_LINES
        if walk.impersonal_lines > limit:
            walk.block_speaker = None
            return False
    end = para.span.end
    if (
        para.on_next_line
        and state.text[end - 1] in CLOSING_MARKS
        and not OPENING_MARKS.search(para.text)
    ):
        end -= 1  # the closing mark of a quote opened lines above
    rule = "line-continuation" if para.on_next_line else "dash-block-continuation"
    state.emit(para.span.start, end, "quote", speaker, walk.date, rule)
    return True

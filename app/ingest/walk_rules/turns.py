"""Walk rules for transcript and interview turns: "Hruby: …" by someone already
introduced, and labelled "Q: …" / "A: …" turns, whose answers are the interviewee's.

Rules 2 and 3 of the walk (:mod:`app.ingest.walk`); the turns are read by
:mod:`app.ingest.interviews`.
"""

from __future__ import annotations

from app.ingest.article_state import ArticleState
from app.ingest.dash_blocks import (
    DASH_OPEN,
    FIRST_PERSON,
)
from app.ingest.interviews import (
    initials_turn,
    interviewee,
    is_link_line,
    is_question,
    labelled_turn,
    named_turn,
)
from app.ingest.mentions import Mention
from app.ingest.speaker_sections import answer_part, ends_section, label_line, sounds_spoken
from app.ingest.speech_verbs import bare_clause_ok, find_verbs
from app.ingest.tokens import name_runs, tokenize
from app.ingest.transcript_labels import caps_turn, transcript_of
from app.ingest.walk_state import CLOSING_MARKS, OPENING_MARKS, Paragraph, WalkState


def named_turn_rule(state: ArticleState, walk: WalkState, para: Paragraph) -> bool:
    named = named_turn(state, para.text, para.span.start)
    if named is None:
        return False
    if is_link_line(para.text) and (
        is_link_line(para.next_text or "") or is_link_line(para.previous_text or "")
    ):
        # "Petrenko: OSCE cannot stay neutral" among other unpunctuated headlines: a list
        # of links to related stories, not an interview.
        return False
    said = para.text[named[1] :]
    if FIRST_PERSON.search(said) is None and not bare_clause_ok("said", said):
        # "Jane A. Doe: Possession of a stolen vehicle, held on bond." / "Lakers: Host the
        # Bulls on Friday.": a list entry or a schedule under a name; a turn says something.
        return False
    span = para.span
    start, end = _inside_marks(state.text, span.start + named[1], span.end)
    person = state.registry.touch(named[0])
    state.emit(
        start,
        end,
        "quote",
        person,
        state.published_on,
        "interview-named-turn",
        (span.start, span.start + named[1]),
    )
    walk.forget_speakers()
    if para.quotes and para.quotes[-1].close_mark is None and para.next_on_next_line:
        # 'Panin: "We had a hard year.' with the quote going on over the next lines.
        walk.start_block(person, state.published_on, quoted=True)
    walk.turn = (para.index, person) if not para.quotes else None
    walk.turn_paragraphs = 0
    return True


_TURN_PARAGRAPHS = 3  # unlabelled paragraphs going on with one answer, at most


def turn_continuation(state: ArticleState, walk: WalkState, para: Paragraph) -> bool:
    """ "Sven Tollef: Our lab shares its telescopes." then "We also run a summer camp.":
    an unlabelled paragraph right after a named answer goes on with it, while it speaks in
    the first person, asks nothing, holds no quote marks and no speech verb, and names
    no one (the narration, or the next question, ends the answer)."""
    turn, walk.turn = walk.turn, None
    if turn is None or turn[0] != para.index - 1 or para.quotes:
        return False
    if (
        is_question(para.text)
        or FIRST_PERSON.search(para.text) is None
        or state.verbs(para.span.start, para.span.end)
        or name_runs(tokenize(state.masked_text, para.span.start, para.span.end))
        or DASH_OPEN.match(para.text)
    ):
        return False
    count = walk.turn_paragraphs + 1
    if count > _TURN_PARAGRAPHS:
        return False
    state.emit(
        para.span.start,
        para.span.end,
        "quote",
        turn[1],
        state.published_on,
        "interview-turn-goes-on",
    )
    walk.turn, walk.turn_paragraphs = (para.index, turn[1]), count
    return True


def _inside_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """ "Panin: «We will fight.»": the words inside the marks that enclose the whole turn
    (or that open it, when the quote goes on over the next lines)."""
    while start < end and text[start].isspace():
        start += 1
    if end - start <= 2 or text[start] not in '«“„"':
        return start, end
    if OPENING_MARKS.search(text, start + 1, end) or any(
        text[k] in CLOSING_MARKS for k in range(start + 1, end - 1)
    ):
        return start, end  # more than one quotation in the turn
    if text[end - 1] in CLOSING_MARKS:
        return start + 1, end - 1
    return start + 1, end  # 'Panin: "We had a hard year.': the quote goes on below


def labelled_turn_rule(state: ArticleState, walk: WalkState, para: Paragraph) -> bool:
    turn = labelled_turn(para.text, walk.interview)
    if turn is None:
        return walk.interview and _initials_turn(state, walk, para)
    span = para.span
    walk.interview = True
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
    walk.forget_speakers()
    return True


def _initials_turn(state: ArticleState, walk: WalkState, para: Paragraph) -> bool:
    """ "DV: It feels great." in a "Q:" interview: the answer of the person whose initials
    label it (:func:`app.ingest.interviews.initials_turn`)."""
    found = initials_turn(state, para.text, para.span.start, walk.initials)
    if found is None:
        return False
    person, label = found
    span = para.span
    state.emit(
        span.start + label,
        span.end,
        "quote",
        person,
        state.published_on,
        "interview-initials-turn",
        (span.start, span.start + label),
    )
    walk.forget_speakers()
    return True


def caps_turn_rule(state: ArticleState, walk: WalkState, para: Paragraph) -> bool:
    """ "ANA SILVA: We stayed." / "SILVA: …" in a broadcast transcript: the labelled
    person's quote; a narrator's turn ("TOM REED, BYLINE: …") is left to the narration
    rules (:mod:`app.ingest.transcript_labels`)."""
    if walk.transcript is None:
        walk.transcript = transcript_of(state.text)
    turn = caps_turn(walk.transcript, para.text)
    if turn is None:
        return False
    words, label = turn
    if words is None:
        return False  # a narrator's turn
    span = para.span
    start, end = _inside_marks(state.text, span.start + label, span.end)
    if end <= start:
        return False
    name = " ".join(words)
    person = state.registry.by_full_name(name)
    if person is None:
        mention = Mention(span.start, span.start + label, "name", words=words)
        person = state.resolve(mention, name)
    if person is None:
        return False
    state.emit(
        start,
        end,
        "quote",
        state.registry.touch(person),
        state.published_on,
        "interview-named-turn",
        (span.start, span.start + label),
    )
    walk.forget_speakers()
    return True


def speaker_section_rule(state: ArticleState, walk: WalkState, para: Paragraph) -> bool:
    """A quote sheet: "Head coach Brian Kolb:" alone on its line opens the section, and
    the plain paragraphs after it are Kolb's answers (:mod:`app.ingest.speaker_sections`)."""
    label = label_line(para.text, para.next_text)
    if label is not None:
        span = para.span
        mention = Mention(span.start, span.end, "name", words=label.words)
        mention.pre_role = label.role
        person = state.resolve(mention, para.text)
        walk.section_speaker = person
        walk.section_asked = False
        return person is not None
    speaker = walk.section_speaker
    if speaker is None:
        return False
    if ends_section(para.text) or _names_another(state, para, speaker):
        walk.section_speaker = None
        return False
    at = answer_part(para.text)
    asked, walk.section_asked = walk.section_asked, at is None
    if at == 0 and not asked and not sounds_spoken(para.text):
        walk.section_speaker = None  # "The council approved the grant.": narration
        return False
    if at is not None:
        start, end = para.span.start + at, para.span.end
        while start < end and state.text[start].isspace():
            start += 1
        if end > start:
            state.emit(
                start,
                end,
                "quote",
                state.registry.touch(speaker),
                state.published_on,
                "interview-answer",
                None,
            )
    walk.forget_speakers()
    return True


def _names_another(state: ArticleState, para: Paragraph, speaker: object) -> bool:
    """Whether the paragraph names someone other than the section's speaker next to a
    speech verb: narration about another voice, which ends the quote sheet section."""
    if not find_verbs(para.text):
        return False
    own = {word.lower() for word in getattr(speaker, "words", None) or []}
    tokens = tokenize(state.masked_text, para.span.start, para.span.end)
    return any(
        token.core.lower() not in own
        for first, end in name_runs(tokens)
        for token in tokens[first:end]
    )

"""The walk over an article's paragraphs: one typed state, rules with one signature.

The parser hands each paragraph to the rules below, in this order; the first rule that
claims the paragraph (returns ``True``) ends its turn:

0. :func:`embedded_post` — an embedded post's text above its "— Name (@handle)"
   signature: the signer's quote (:mod:`app.ingest.embedded_posts`);
1. :func:`noise` — photo credits, source lines, widgets, embedded posts;
2. :func:`named_turn` — a transcript turn "Hruby: …" by someone already introduced;
3. :func:`labelled_turn` — an interview turn "Q: …" / "A: …";
4. :func:`dash_paragraph` — a paragraph opening with a dash: a dash block's quote, a
   dashed interview question, or a Russian-style ", - said X" attribution;
5. :func:`introduced_line` — in translation layout, the unmarked line right after an
   introduction ("Panin said:"): the introduced speaker's first line;
6. :func:`block_continuation` — a dash-less paragraph that goes on with the current block
   (in translation layout, one sentence per line, the speaker's next lines);
7. :func:`first_person_line` — in translation layout, an unmarked line in the first person
   right after a line that ended with an attributed quote: the same speaker's;
8. :func:`ordinary` — everything else, sentence by sentence: inline quotes, reported
   speech, introductions ("…, he said:").

Every rule has the signature ``(state, walk, paragraph) -> bool``: ``state`` is what the
parse knows (:class:`app.ingest.article_state.ArticleState`), ``walk`` what is carried
from paragraph to paragraph (:class:`WalkState`), ``paragraph`` the paragraph itself
(:class:`Paragraph`, computed once).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from app.ingest import noise as noise_rules
from app.ingest.article_state import ArticleState, Found
from app.ingest.attribution import Mention
from app.ingest.dash_blocks import (
    DASH_OPEN,
    FIRST_PERSON,
    announces_answers,
    continues_block,
    introduction,
    russian_dash,
    speaks_as,
    speaks_for_body,
    speaks_in_first_person,
    speaks_on_impersonally,
    states_a_fact,
)
from app.ingest.embedded_posts import claim_post, signature_at
from app.ingest.inline_quotes import QuoteRun, attribute_quote
from app.ingest.interviews import interviewee, is_question, labelled_turn, named_turn
from app.ingest.layout import Span, sentences, split_at
from app.ingest.paragraph_speaker import sole_reporter
from app.ingest.parse_quotes import Quote
from app.ingest.parsed import ParsedNoise
from app.ingest.people.introductions import register_mentions, remember_names
from app.ingest.people.registry import Person
from app.ingest.reported_speech import paraphrase_in
from app.ingest.speech_verbs import bare_clause_ok, has_finite_verb

_WORDS = re.compile(r"[^\W\d_]+")
_BLANK_LINE = re.compile(r"\n[ \t]*\r?\n|\r[ \t]*\r")
_CLOSERS = frozenset('"”»')
_OPENERS = re.compile("[“«„]")
# After a dashed, attributed line (or an announced interview) the writer marks the
# speaker's lines: a judgement or two may go on impersonally, a longer run is the narrator's.
_MARKED_IMPERSONAL_LINES = 2
_IMPERSONAL_LINES = 7  # measured on the dev gold: 3, 4, 5 cost more recall than they saved
_LINES_BEFORE_CLOSER = 2  # unmarked lines a closing mark without opener reaches back over
_SENTENCE_END = re.compile(r"[.!?…][\"”»’)]*\s*$")


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
    block_dashes: int = 0  # dashed paragraphs in the current block
    interview: bool = False  # dashed questions seen: dashed answers are the interviewee's
    dashed_article: bool = False  # some block had two dashed paragraphs or more
    impersonal_lines: int = 0  # continued lines in a row that do not speak in the first person
    # The block's quote line opened with a dash and named its speaker ("- …, - said X."):
    # this writer marks the speaker's lines, so an unmarked line goes on with them only in
    # the first person ("The prosecutor's office has begun a check." is the narrator's).
    lines_marked: bool = False
    # Translation layout: the run of unmarked narrative-less lines just walked (paragraph
    # index of the last one, their spans), and the last line that ended in a quote (its
    # index and speaker).  A later line's quote may claim them (:func:`_claim_lines`).
    plain_lines: list[Span] = field(default_factory=list)
    plain_last: int = -2
    quote_line: tuple[int, Person] | None = None
    # The last line that opened a quote it left open, with no statement (its index and the
    # quoted words): a closing mark some lines below claims it (:func:`_claim_lines`).
    open_line: tuple[int, Span] | None = None
    # The last line whose statements are all one speaker's quotes (its index, speaker and
    # the quoted words): first-person lines right after it in the same first person go on
    # with them (:func:`first_person_line`).
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

    def forget_speakers(self) -> None:
        """A turn or a narrative break: no block, introduction or quote speaker goes on."""
        self.block_speaker = self.intro_speaker = self.last_quote_speaker = None

    def start_block(self, speaker: Person, when: dt.date) -> None:
        """The speaker's next lines go on with their words (translation layout)."""
        self.block_speaker, self.block_dashes, self.block_date = speaker, 1, when
        self.impersonal_lines, self.lines_marked = 0, False

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
            )
        )
    return found


def _next_line(text: str, before: Span, after: Span) -> bool:
    """Whether ``after`` starts on the line right after ``before`` (no blank line)."""
    return _BLANK_LINE.search(text, before.end, after.start) is None


def noise(state: ArticleState, walk: WalkState, para: Paragraph) -> bool:
    kind = noise_rules.classify(para.text)
    if (
        kind is None
        and para.next_text is not None
        and noise_rules.is_handle_signature(para.next_text)
    ):
        kind = "social_caption"
    if kind is None:
        return False
    state.noise.append(ParsedNoise(kind=kind, start=para.span.start, end=para.span.end))
    if kind == "source_line" and state.source is None:
        state.source = noise_rules.source_outlet(para.text)
    return True


def embedded_post(state: ArticleState, walk: WalkState, para: Paragraph) -> bool:
    """A post's text followed by its "— Name (@handle) date" signature (in the next
    paragraph, or on the paragraph's last line): the signer's quote."""
    text, span = state.text, para.span
    last_line = text.rfind("\n", span.start, span.end)
    signature = None
    if last_line >= 0:
        signature = signature_at(text, last_line + 1, span.end)
    lines_above = False
    if signature is not None:
        body = Span(span.start, last_line)
    elif para.next_text is not None and noise_rules.is_handle_signature(para.next_text):
        following = state.text.find(para.next_text, span.end)
        signature = signature_at(text, following, following + len(para.next_text))
        body, lines_above = span, not para.next_on_next_line
    if signature is None or not claim_post(state, body, signature, lines_above=lines_above):
        return False
    walk.forget_speakers()
    return True


def named_turn_rule(state: ArticleState, walk: WalkState, para: Paragraph) -> bool:
    named = named_turn(state, para.text)
    if named is None:
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
        walk.start_block(person, state.published_on)
    return True


def _inside_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """ "Panin: «We will fight.»": the words inside the marks that enclose the whole turn
    (or that open it, when the quote goes on over the next lines)."""
    while start < end and text[start].isspace():
        start += 1
    if end - start <= 2 or text[start] not in '«“„"':
        return start, end
    if _OPENERS.search(text, start + 1, end) or any(
        text[k] in _CLOSERS for k in range(start + 1, end - 1)
    ):
        return start, end  # more than one quotation in the turn
    if text[end - 1] in _CLOSERS:
        return start + 1, end - 1
    return start + 1, end  # 'Panin: "We had a hard year.': the quote goes on below


def labelled_turn_rule(state: ArticleState, walk: WalkState, para: Paragraph) -> bool:
    turn = labelled_turn(para.text, walk.interview)
    if turn is None:
        return False
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
    if speaker is not None:
        end, closed = span.end, False
        if (
            speaker is walk.block_speaker
            and para.on_next_line
            and state.text[end - 1] in _CLOSERS
            and not _OPENERS.search(para.text)
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
        return True  # an attribution of nothing we hold: no quote either
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


def introduced_line(state: ArticleState, walk: WalkState, para: Paragraph) -> bool:
    """ "Panin said:" then, on the next line, words in no quote marks and with no dash:
    the introduced speaker's first line (translation layout); the lines after it go on
    as a block (:func:`block_continuation`)."""
    speaker = walk.intro_speaker
    if speaker is None or not para.on_next_line or para.quotes or walk.running_open:
        return False
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
        or not _SENTENCE_END.search(para.text)
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
        if states_a_fact(para.text, counts=False):
            walk.block_speaker = None  # "The plant employs 900 people.": the narrator's
            return False
        if walk.lines_marked and not (
            speaks_in_first_person(para.text) or speaks_on_impersonally(para.text)
        ):
            walk.block_speaker = None
            return False
        walk.impersonal_lines = 0 if first_person else walk.impersonal_lines + 1
        limit = _MARKED_IMPERSONAL_LINES if walk.lines_marked else _IMPERSONAL_LINES
        if walk.impersonal_lines > limit:
            walk.block_speaker = None
            return False
    end = para.span.end
    if para.on_next_line and state.text[end - 1] in _CLOSERS and not _OPENERS.search(para.text):
        end -= 1  # the closing mark of a quote opened lines above
    rule = "line-continuation" if para.on_next_line else "dash-block-continuation"
    state.emit(para.span.start, end, "quote", speaker, walk.date, rule)
    return True


def ordinary(state: ArticleState, walk: WalkState, para: Paragraph) -> bool:
    _words_quoted(state, walk, para)
    run = walk.dash_unattributed
    if run is not None and (run.last != para.index - 1 or not para.on_next_line):
        run = None
    if run is not None:
        # "- We will not take risks." then "Zorin said this at a briefing.": the line
        # that "this" points back at is the dashed one.
        state.previous_sentence = run.words[-1]
    found_before = len(state.found)
    _ordinary(state, walk, para)
    if run is not None:
        _said_this_of_dashes(state, run, found_before)
    _claim_lines(state, walk, para, found_before)
    mine = len(state.found) > found_before
    quotes_only = bool(para.quotes) and _only_quotes(state.text, para.span, para.quotes)
    walk.unclaimed = (para.index, para.quotes) if quotes_only and not mine else None
    return True


_SAID_THIS_RULES = frozenset({"x-said-this", "reported-by"})


def _said_this_of_dashes(state: ArticleState, run: DashRun, found_before: int) -> None:
    """ "X announced this" or "This was said by X" under dashed lines: the dashed lines
    are X's words as written, quotes, not the paraphrase of a narrative sentence."""
    mine = state.found[found_before:]
    last = run.words[-1]
    if not mine or mine[0].rule not in _SAID_THIS_RULES or mine[0].start != last.start:
        return
    said = state.found.pop(found_before)
    for words in run.words:
        if state.text[words.end - 1] != ";":
            state.emit(
                words.start, words.end, "quote", said.person, said.said_on, said.rule, said.cue
            )
    state.found[found_before:] = sorted(state.found[found_before:], key=lambda found: found.start)


def _only_quotes(text: str, span: Span, quotes: list[Quote]) -> bool:
    """Whether the paragraph is nothing but its quotes (with their marks and punctuation):
    '«We had a hard year.»' is; 'Fans chanted "Out, out, out" at the board.' is narration
    with a quote in it, whose words no "X's words are quoted by …" line below can claim."""
    cursor, outside = span.start, []
    for quote in quotes:
        outside.append(text[cursor : quote.start])
        cursor = max(cursor, quote.end)
    outside.append(text[cursor : span.end])
    return not "".join(outside).strip(' \t\n.,;:!?…-–—“”„"«»')


# "Panin's words are quoted by the club's press service.", "These words belong to X.": the
# quotes of the paragraph before, left unattributed, are the owner's.
_WORDS_QUOTED = re.compile(
    r"\s*(?:(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})['’]s?\s+words\s+"
    r"(?:are|were|have\s+been|had\s+been)\s+(?:quoted|cited|reported|conveyed|relayed)\b|"
    r"(?:These|Those|Such)\s+words\s+belong(?:ed)?\s+to\s+(?P<holder>[A-Z][\w-]*"
    r"(?:\s+[A-Z][\w-]*){0,2}))"
)


def _words_quoted(state: ArticleState, walk: WalkState, para: Paragraph) -> None:
    """Give the unattributed quotes of the paragraph before to the person a "X's words are
    quoted by …" paragraph names (translations put the attribution after the quote)."""
    unclaimed = walk.unclaimed
    if unclaimed is None or unclaimed[0] != para.index - 1 or para.quotes:
        return
    match = _WORDS_QUOTED.match(state.masked_text, para.span.start, para.span.end)
    if match is None:
        return
    group = "owner" if match.group("owner") else "holder"
    mention = Mention(
        match.start(group), match.end(group), "name", words=match.group(group).split()
    )
    person = state.resolve(mention, para.text)
    if person is None:
        return
    cue = (match.start(group), match.end())
    for quote in unclaimed[1]:
        state.emit(quote.start, quote.end, "quote", person, walk.date, "words-quoted-by", cue)
    walk.unclaimed = None


def _claim_lines(state: ArticleState, walk: WalkState, para: Paragraph, found_before: int) -> None:
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
        and len(lines) <= _IMPERSONAL_LINES
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
            and len(lines) <= _IMPERSONAL_LINES
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
        and _SENTENCE_END.search(text, span.start, span.end) is not None
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
    if walk.open_line is not None and walk.open_line[0] < para.index - _IMPERSONAL_LINES - 1:
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


def _bare_question_next(text: str, end: int) -> bool:
    """Whether the line after ``end`` asks a question and closes no quote mark ("– What did
    the mayor say?"): the interviewer's turn, not the open quote going on."""
    start = text.find("\n", end)
    if start < 0:
        return False
    stop = text.find("\n", start + 1)
    line = text[start + 1 : stop if stop >= 0 else len(text)].rstrip()
    return line.endswith("?")


def _ordinary(state: ArticleState, walk: WalkState, para: Paragraph) -> None:
    span, quotes = para.span, para.quotes
    # "X answered the questions of journalists." announces unmarked lines of questions and
    # answers, not a paragraph in quote marks: that one finds its own attribution.
    announced = None if walk.intro_interview else walk.intro_speaker
    walk.block_speaker = walk.intro_speaker = None
    said = russian_dash(state, span.start, span.end) if not quotes else None
    if said is not None:
        if para.next_on_next_line:
            walk.start_block(said, state.published_on)
        walk.dash_said = (para.index, said)
        return
    # "…, he said:" then a paragraph in quote marks: the announced speaker's words.
    run = QuoteRun(walk.last_quote_speaker or announced, walk.running_quote)
    found_before = len(state.found)
    # Sentence by sentence, so that "she said" finds whoever was named just before.
    # Quotes are in text order: one cursor walks them alongside the sentences.
    cursor = 0
    for sentence in _sentences(state, span):
        register_mentions(state, sentence)
        while cursor < len(quotes) and quotes[cursor].open_mark < sentence.start:
            cursor += 1
        while cursor < len(quotes) and quotes[cursor].open_mark < sentence.end:
            attribute_quote(state, span, quotes, cursor, run, sentence)
            cursor += 1
        paraphrase_in(state, sentence.start, sentence.end)
        state.previous_sentence = sentence
    if not quotes and para.next_on_next_line and state.found:
        last = state.found[-1]
        if last.rule == "attribution-after" and last.start == span.start:
            # "We lost the plan, the club's site quotes the coach." on its own line: the
            # speaker's next lines go on.
            walk.start_block(last.person, last.said_on)
    walk.last_quote_speaker, walk.running_quote, walk.running_open = run.finish(quotes)
    if quotes and quotes[-1].runs_on and para.next_on_next_line:
        # '"We will not yield, – he stressed.' then '– Our players did nothing wrong."':
        # the dashed lines after it go on with the quote's speaker.
        mine = [found for found in state.found[found_before:] if found.start == quotes[-1].start]
        if mine and not _bare_question_next(state.text, span.end):
            walk.start_block(mine[-1].person, mine[-1].said_on)
    if walk.running_open and walk.running_quote is None:
        walk.running_quote = _reporter_of_open_quote(state, quotes[-1], found_before)
    if walk.running_open and para.next_on_next_line and run.speaker_here is not None:
        # 'X noted: "The first line' with unmarked lines after it: they go on.
        walk.start_block(run.speaker_here, state.published_on)
        walk.running_open = False
    intro = introduction(state, span)
    if intro is not None:
        walk.intro_speaker, walk.block_date, _cue = intro
        walk.intro_interview = announces_answers(state, span)
    if not quotes:
        # "Walsh told the board that …", then a paragraph in quote marks: her words go on.
        walk.last_quote_speaker = sole_reporter(state, span, found_before)


def _sentences(state: ArticleState, span: Span) -> list[Span]:
    """The sentences of ``span``, also cut where a quotation closed after sentence
    punctuation ends one ('… was “a fine cook.” Her niece …'), which the masking hides."""
    masked = state.masked_text
    return [
        piece
        for sentence in sentences(masked, span.start, span.end)
        for piece in split_at(masked, sentence, state.sentence_breaks(sentence.start, sentence.end))
    ]


def _reporter_of_open_quote(state: ArticleState, quote: Quote, found_before: int) -> Person | None:
    """'X said the release “gives us hope …' with the quote left open at the paragraph's end:
    the reported clause holding the opening mark names who goes on speaking in the next
    paragraph ('“We see these developments as …”')."""
    for found in reversed(state.found[found_before:]):
        if found.start <= quote.open_mark < found.end + 2:
            return found.person
    return None


RULES: tuple[Rule, ...] = (
    embedded_post,
    noise,
    named_turn_rule,
    labelled_turn_rule,
    dash_paragraph,
    introduced_line,
    block_continuation,
    first_person_line,
    ordinary,
)


def walk(state: ArticleState, spans: list[Span], skip: set[int]) -> None:
    """One pass over the paragraphs, handing each to the first rule that claims it."""
    model = paragraphs_of(state.text, spans, state.prepare(spans))
    carried = WalkState(published_on=state.published_on)
    for para in model:
        if para.index in skip:
            # The headline names people a later surname may mean ("Zach Parise heats up").
            remember_names(state, para.span)
            for word in _WORDS.findall(para.text):
                state.headline_words.setdefault(word.lower(), None)
            continue
        for rule in RULES:
            if rule(state, carried, para):
                if rule is not ordinary:
                    state.previous_sentence = None
                break

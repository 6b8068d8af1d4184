"""The walk's last rule: every other paragraph, sentence by sentence.

Each sentence registers the people it introduces, attributes its inline quotes
(:mod:`app.ingest.inline_quotes`) and its reported speech
(:mod:`app.ingest.reported_speech`), in text order, so that "she said" finds whoever was
named just before.  The paragraph then leaves for the next one what it opened: an
introduction ("…, he said:"), a quote left open, a block of lines.  Unmarked lines
between quote lines are claimed by :mod:`app.ingest.walk_rules.line_claims`.

Rule 8 of the walk (:mod:`app.ingest.walk`).
"""

from __future__ import annotations

import re

from app.ingest.article_state import ArticleState
from app.ingest.attribution import Mention
from app.ingest.dash_blocks import (
    FIRST_PERSON,
    announces_answers,
    introduction,
    russian_dash,
)
from app.ingest.inline_quotes import QuoteRun, attribute_quote
from app.ingest.layout import Span, sentences, split_at
from app.ingest.paragraph_speaker import sole_reporter, speaking_subject
from app.ingest.parse_quotes import Quote
from app.ingest.people.introductions import register_mentions
from app.ingest.people.registry import Person
from app.ingest.quote_signatures import signature_mention
from app.ingest.reported_speech import paraphrase_in
from app.ingest.speech_verbs import has_finite_verb
from app.ingest.walk_rules.line_claims import claim_lines
from app.ingest.walk_state import DashRun, Paragraph, WalkState


def ordinary(state: ArticleState, walk: WalkState, para: Paragraph) -> bool:
    if _signed_below(state, walk, para):
        return True
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
    claim_lines(state, walk, para, found_before)
    mine = len(state.found) > found_before
    quotes_only = bool(para.quotes) and _only_quotes(state.text, para.span, para.quotes)
    walk.unclaimed = (para.index, para.quotes) if quotes_only and not mine else None
    if mine or para.quotes:
        walk.quiet = []
    else:
        walk.quiet = [*walk.quiet[-2:], (para.index, para.span)]
    return True


def _signed_below(state: ArticleState, walk: WalkState, para: Paragraph) -> bool:
    """A paragraph that is only a signature ("The Honourable Mara Dunning, Minister of
    Transport") right below a paragraph that is only an unattributed quote ending a
    sentence: the signer's quote (:mod:`app.ingest.quote_signatures`)."""
    unclaimed = walk.unclaimed
    if unclaimed is None or unclaimed[0] != para.index - 1 or para.quotes:
        return False
    last = unclaimed[1][-1]
    if last.close_mark is None or state.text[last.close_mark - 1] not in ".!?…":
        return False
    mention = signature_mention(state, para.span.start, para.span.end)
    if mention is None:
        return False
    person = state.resolve(mention, para.text)
    if person is None:
        return False
    cue = (mention.start, mention.end)
    for quote in unclaimed[1]:
        state.emit(quote.start, quote.end, "quote", person, walk.date, "quote-signature-below", cue)
    walk.unclaimed = None
    walk.quiet = []
    state.previous_sentence = None
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
    said = russian_dash(state, span.start, span.end) if _names_only(state, para) else None
    if said is not None:
        if para.next_on_next_line:
            walk.start_block(said, state.published_on)
        walk.dash_said = (para.index, said)
        walk.speaking_subject = (para.index, said)  # a cut-off quote below is theirs too
        return
    # "…, he said:" then a paragraph in quote marks: the announced speaker's words.
    run = QuoteRun(walk.last_quote_speaker or announced, walk.running_quote)
    run.carried = _carried_open_quotes(walk, para)
    subject, walk.speaking_subject = walk.speaking_subject, None
    if subject is not None and subject[0] == para.index - 1:
        run.subject_above = subject[1]
    found_before = len(state.found)
    # Sentence by sentence, so that "she said" finds whoever was named just before.
    # Quotes are in text order: one cursor walks them alongside the sentences.
    cursor = 0
    for sentence in _sentences(state, span, quotes):
        register_mentions(state, sentence)
        while cursor < len(quotes) and quotes[cursor].open_mark < sentence.start:
            cursor += 1
        while cursor < len(quotes) and quotes[cursor].open_mark < sentence.end:
            attribute_quote(state, span, quotes, cursor, run, sentence)
            cursor += 1
        if not quotes and _colon_speech(state, walk, sentence, span.end):
            break  # the rest of the paragraph is the quote
        paraphrase_in(state, sentence.start, sentence.end)
        state.previous_sentence = sentence
    if not quotes and para.next_on_next_line and state.found:
        last = state.found[-1]
        if last.rule == "attribution-after" and last.start == span.start:
            # "We lost the plan, the club's site quotes the coach." on its own line: the
            # speaker's next lines go on.
            walk.start_block(last.person, last.said_on)
    walk.last_quote_speaker, walk.running_quote, walk.running_open = run.finish(quotes)
    walk.open_quotes = None
    if walk.running_open and run.pending:
        walk.open_quotes = (para.index, run.carried + run.pending)
    if quotes and quotes[-1].runs_on and para.next_on_next_line:
        # '"We will not yield, – he stressed.' then '– Our players did nothing wrong."':
        # the dashed lines after it go on with the quote's speaker.
        mine = [found for found in state.found[found_before:] if found.start == quotes[-1].start]
        if mine and not _bare_question_next(state.text, span.end):
            walk.start_block(mine[-1].person, mine[-1].said_on, quoted=True)
    if walk.running_open and walk.running_quote is None:
        walk.running_quote = _reporter_of_open_quote(state, quotes[-1], found_before)
    if walk.running_open and para.next_on_next_line and run.speaker_here is not None:
        # 'X noted: "The first line' with unmarked lines after it: they go on.
        walk.start_block(run.speaker_here, state.published_on, quoted=True)
        walk.running_open = False
    intro = introduction(state, span)
    if intro is not None:
        walk.intro_speaker, walk.block_date, _cue = intro
        walk.intro_interview = announces_answers(state, span)
    if not quotes:
        # "Walsh told the board that …", then a paragraph in quote marks: her words go on.
        walk.last_quote_speaker = sole_reporter(state, span, found_before)
        if walk.last_quote_speaker is None and intro is None:
            # "Governor X instructed to repaint the stops." then a quote the text ends in
            speaker = speaking_subject(state, span, found_before)
            walk.speaking_subject = (para.index, speaker) if speaker is not None else None


_NAME_QUOTE_WORDS = 4  # words of a quoted name or term inside an unquoted statement, at most


def _names_only(state: ArticleState, para: Paragraph) -> bool:
    """Whether the paragraph's quote marks, if any, only set off short names or terms
    inside the words ('Our plan keeps the “green belt” intact - writes X.'): the
    paragraph may still be an unquoted statement with a dash attribution."""
    return all(
        quote.close_mark is not None
        and quote.open_mark > para.span.start
        and len(state.text[quote.start : quote.end].split()) <= _NAME_QUOTE_WORDS
        for quote in para.quotes
    )


_COLON_SPEECH_WORDS = 6  # words after "Varga added:" for the rest to be a quote
# "Varga added: We faced …": the colon after a speech clause, then a capital.
_SPEECH_COLON = re.compile(r":[ \t]+(?=[A-Z])")


def _colon_speech(state: ArticleState, walk: WalkState, sentence: Span, end: int) -> bool:
    """ "Tomas Varga added: We faced a strong team with good players.": unquoted words
    after a colon that ends a speech clause ("<person> <speech verb> [adverbials]:")
    are the person's quote, to the paragraph's ``end``.  Whether one was emitted.

    Guards (patterns r6 P6): the clause before the colon is an attribution of a person
    (:meth:`ArticleState.attribution_at_head`, "The club said in a statement:" names
    nobody); the words after it are at least six, hold a finite verb or the first
    person, and are no list (no run of three commas)."""
    lo = sentence.start
    colon = _SPEECH_COLON.search(state.masked_text, lo, sentence.end)
    if colon is None:
        return False
    head = state.attribution_at_head(lo, colon.start())
    if head is None or head[1] < colon.start():
        return False  # the clause must end at the colon
    start = colon.end()
    words = state.text[start:end]
    spoken = FIRST_PERSON.search(words) is not None or has_finite_verb(words)
    if len(words.split()) < _COLON_SPEECH_WORDS or not spoken:
        return False
    if words.count(",") >= 3:
        return False  # "… named three reasons: speed, size, luck and form"
    person = state.resolve(head[0], state.text[lo:end])
    if person is None:
        return False
    while end > start and state.text[end - 1].isspace():
        end -= 1
    state.emit(start, end, "quote", person, walk.date, "colon-speech", head[0].cue)
    return True


_MAX_OPEN_PARAGRAPHS = 4  # paragraphs of one running quote, at most, waiting for its speaker


def _carried_open_quotes(walk: WalkState, para: Paragraph) -> list[Quote]:
    """The unattributed paragraphs of the quote running into ``para`` (see
    :attr:`WalkState.open_quotes`), when the paragraph right before left it open."""
    carried = walk.open_quotes
    walk.open_quotes = None
    if carried is None or carried[0] != para.index - 1 or not walk.running_open:
        return []
    if len(carried[1]) >= _MAX_OPEN_PARAGRAPHS:
        return []  # a mark left open by mistake: the narration went on below it
    return carried[1]


def _sentences(state: ArticleState, span: Span, quotes: list[Quote]) -> list[Span]:
    """The sentences of ``span``, also cut where a quotation closed after sentence
    punctuation ends one ('… was “a fine cook.” Her niece …'), which the masking hides."""
    masked = state.masked_text
    found = [
        piece
        for sentence in sentences(masked, span.start, span.end)
        for piece in split_at(masked, sentence, state.sentence_breaks(sentence.start, sentence.end))
    ]
    first = found[0] if found else None
    if (
        first is not None
        and masked[first.start] == '"'
        and first.end - first.start > 1
        and all(quote.open_mark != first.start for quote in quotes)
    ):
        # '"Mia Holt said …" [source]': the outer mark of a pasted citation, paired with
        # nothing (a quote's own mark would have been masked), is no word of the sentence.
        found[0] = Span(first.start + 1, first.end)
    return found


def _reporter_of_open_quote(state: ArticleState, quote: Quote, found_before: int) -> Person | None:
    """'X said the release “gives us hope …' with the quote left open at the paragraph's end:
    the reported clause holding the opening mark names who goes on speaking in the next
    paragraph ('“We see these developments as …”')."""
    for found in reversed(state.found[found_before:]):
        if found.start <= quote.open_mark < found.end + 2:
            return found.person
    return None

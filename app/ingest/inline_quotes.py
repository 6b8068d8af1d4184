"""Inline quotes in “curly”, "straight" or «guillemet» marks, and their speakers.

A quote is attributed after (``“…,” said X.``), before (``X said: “…”``,
``According to X, “…”``), or split around the attribution (each quoted part is its own
statement, all attributed to X).  A quote running over several paragraphs, where only the
last paragraph closes it, gives one statement per paragraph, all with the speaker named
at its end (the paragraphs in between may reopen the mark, and the last one may close
it without reopening it).  A whole-paragraph quote right after a quote paragraph
continues the previous speaker, as does a paragraph opening with a quoted sentence that
narration about that speaker follows.  "Japan, which X called “…”" and "X reacted … by
writing on Facebook: “…”" are X's quotes.  Unattributed quoted words are scare quotes,
not statements, and a few quoted words ending a clause that an attribution reports make
the clause a paraphrase.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from app.ingest.article_state import ArticleState
from app.ingest.attribution import Mention, introduced_person, subject_after, subject_before
from app.ingest.coordination import coordinated_before
from app.ingest.dash_blocks import FIRST_PERSON
from app.ingest.dates import said_on
from app.ingest.layout import Span, sentences
from app.ingest.parse_quotes import Quote
from app.ingest.people.registry import Person
from app.ingest.people.subjects import sentence_subject
from app.ingest.quote_cues import quoted_title, said_right_before
from app.ingest.quote_signatures import signature_mention
from app.ingest.report_clauses import heavily_quoted
from app.ingest.speech_verbs import find_verbs, how_opener_end, is_source_verb
from app.ingest.tokens import name_runs, tokenize


@dataclass
class QuoteRun:
    """Quote attribution state carried from quote to quote and paragraph to paragraph."""

    last_speaker: Person | None  # speaker of the previous paragraph's quotes
    running: Person | None  # speaker of an unclosed multi-paragraph quote
    # the previous quote, its speaker, where its attribution ends, and the attribution's cue
    previous: tuple[Quote, Person | None, int, tuple[int, int] | None] | None = None
    pending: list[Quote] = field(default_factory=list)
    # unattributed paragraphs of a quote running in from the paragraphs above: only the
    # quote that continues it, in this paragraph, may claim them
    carried: list[Quote] = field(default_factory=list)
    speaker_here: Person | None = None
    # the subject of the paragraph above, when it speaks but no statement was found
    # (:func:`app.ingest.paragraph_speaker.speaking_subject`)
    subject_above: Person | None = None

    def finish(self, quotes: list[Quote]) -> tuple[Person | None, Person | None, bool]:
        """``(last_speaker, running, running_open)`` for the next paragraph."""
        running_open = bool(quotes) and quotes[-1].close_mark is None
        carried = self.previous[1] if self.previous and self.previous[1] else self.running
        last = self.speaker_here or (self.last_speaker if not quotes else None)
        return last, carried if running_open else None, running_open


def attribute_quote(
    state: ArticleState,
    span: Span,
    quotes: list[Quote],
    index: int,
    run: QuoteRun,
    sentence: Span,
) -> None:
    """Find the speaker of ``quotes[index]`` and emit it (see module docstring);
    ``sentence`` is the sentence holding its opening mark."""
    quote = quotes[index]
    text = state.text
    masked = state.masked_text
    person: Person | None = None
    partner: Person | None = None  # '"…," Lang and Piet de Vries wrote.': the co-speaker
    when = state.published_on
    rule, cue = "quote-after", None
    if quote.continues_previous and run.running is not None:
        person, rule = run.running, "quote-multi-paragraph"
    attribution_end = quote.close_mark + 1 if quote.close_mark is not None else span.end
    if quote.close_mark is not None:
        # Quotes are in text order and do not overlap: the next one opens after this one.
        next_open = quotes[index + 1].open_mark if index + 1 < len(quotes) else span.end
        head = state.attribution_at_head(quote.close_mark + 1, next_open)
        if head is None:
            head = _attribution_then_report(state, quote.close_mark + 1, next_open)
        how = how_opener_end(masked, quote.close_mark + 1, next_open) if head is None else None
        if how is not None:
            # "«…», - this is how Panin commented on the defeat."
            head = state.attribution_at_head(how, next_open)
            if head is not None and person is None:
                rule = "quote-this-is-how"
        if head is not None and _announces_next(masked, head[1], next_open, index, quotes):
            head = None  # '“…” Smith agreed: “…”': the colon hands Smith the next quote
        if head is not None and _scare_quote(state, quote, sentence, head[0]):
            head = None  # the attribution reports the narrated sentence (reported_speech)
        if head is not None:
            mention, attribution_end = head
            context = text[quote.close_mark + 1 : attribution_end]
            resolved = state.resolve(mention, context)
            if resolved is not None:
                if person is None:
                    person = resolved
                    partner = _coordinated_speaker(state, quote.close_mark + 1, mention, context)
                    rule = rule if rule == "quote-this-is-how" else "quote-after"
                cue = cue or mention.cue
                when = said_on(context, state.published_on)
    if person is None and index == len(quotes) - 1:
        signed = _signature(state, span, quote)
        if signed is not None:
            person, cue = signed
            rule = "quote-signature"
    previous = run.previous
    if person is None:
        before_lo = previous[2] if previous else span.start
        person, when, cue = attribution_before(state, before_lo, quote.open_mark, when)
        rule = "quote-before"
    if person is None:
        person, cue = _called(state, span, quote.open_mark)
        rule = "quote-called" if person is not None else rule
    if person is None:
        person, cue = _which_called(state, sentence, quote)
        rule = "quote-called" if person is not None else rule
    if person is None:
        person, cue = _by_writing(state, sentence, quote.open_mark)
        rule = "quote-by-writing" if person is not None else rule
    if person is None and previous is not None and previous[1] is not None:
        # “…,” X said. “…”: the second part has the first part's speaker.
        gap_tokens = tokenize(masked, previous[2], quote.open_mark)
        if (
            quote.open_mark - previous[2] <= 250
            and not name_runs(gap_tokens)[1:]
            and not _inside_narration(state, previous[2], quote)
            # '“…,” she said. According to the council, “…”': the second is the council's
            and not _credited_before(state, previous[2], quote.open_mark)
            # 'Thune said on NBC's “Meet the Press.”': a programme's name, nobody's words
            and not quoted_title(text, quote.open_mark, quote.start, quote.end)
        ):
            person, rule, cue = previous[1], "quote-split", previous[3]
    whole_paragraph = quote.close_mark is None or quote.close_mark >= span.end - 2
    scare_before = (
        previous is not None
        and previous[1] is None
        and not _sentence_ended(text, previous[0], quote.open_mark)
    )
    if (
        person is None
        and (previous is None or scare_before)
        and whole_paragraph
        and quote.open_mark > span.start
    ):
        # 'Most staff follow the rules, he said. “But should they be charged?”': a quote
        # closing a paragraph whose earlier sentence reported someone, with no other name
        # between, goes on with that speaker's words.
        speaker = _reported_earlier(state, span, quote.open_mark)
        if speaker is not None:
            person, rule, cue = speaker, "quote-after-statement", None
    if (
        person is None
        and quote.open_mark == span.start
        and whole_paragraph
        and run.last_speaker is not None
    ):
        # Consecutive quote paragraphs: the speaker of the previous one goes on.
        person, rule, cue = run.last_speaker, "quote-next-paragraph", None
    if (
        person is None
        and index == 0
        and run.last_speaker is not None
        and _when_asked(state, span, quote)
    ):
        # 'When asked whether the noise got to them, “Not at all.”' after her quote
        # paragraph: the question put to the last speaker, then her answer.
        person, rule, cue = run.last_speaker, "quote-when-asked", None
    if (
        person is None
        and index == 0
        and len(quotes) == 1
        and run.last_speaker is not None
        and _quote_then_narration(state, span, quote, run.last_speaker)
    ):
        # '"My legs were shaking." The tall Kalen had never reached a final.' after her
        # quote paragraph: her words go on, and the narration after them is about her.
        person, rule, cue = run.last_speaker, "quote-then-narration", None
    if person is None and index == len(quotes) - 1 and not state.text[span.end :].strip():
        # '“Nobody expects the bridge to reopen” for heavy trucks, Ostrowi': the page is
        # cut inside the speaker's surname.
        person, cue = _cut_off_surname(state, span, quote)
        rule = "quote-cut-off-name" if person is not None else rule
    if person is None and quote.close_mark is None and not state.text[span.end :].strip():
        # 'X stated that “the queues are twice as long as we rec': a page cut off inside
        # the quote; the end of the text closes it.
        person, cue = _cut_off_after_verb(state, sentence, quote)
        rule = "quote-open-at-end" if person is not None else rule
        if person is None and quote.open_mark == span.start and run.subject_above is not None:
            # "The minister gave her forecast." then '“Grain prices will stay high until
            # the silos are fini': the quote the page was cut in is the subject's.
            person, rule = run.subject_above, "quote-open-at-end"
    if person is None and quote.close_mark is None and quote.open_mark == span.start:
        run.pending.append(quote)
    if person is not None and run.carried and quote.continues_previous and index == 0:
        for earlier in run.carried:
            state.emit(
                earlier.start, earlier.end, "quote", person, when, "quote-multi-paragraph", cue
            )
    if person is not None and index == 0:
        run.carried = []
    if person is not None:
        for earlier in run.pending:
            state.emit(
                earlier.start, earlier.end, "quote", person, when, "quote-multi-paragraph", cue
            )
        run.pending = []
        state.emit(quote.start, quote.end, "quote", person, when, rule, cue)
        if partner is not None and partner is not person and rule == "quote-after":
            state.emit(quote.start, quote.end, "quote", partner, when, "quote-after-pair", cue)
        run.speaker_here = person
    run.previous = (quote, person, attribution_end, cue)


# ", Ostrowi" ending the text: a capitalised word cut off, no full stop after it.
_CUT_NAME = re.compile(r",\s+(?P<stub>[A-Z][a-z]{3,})$")
_CUT_NAME_REACH = 120  # characters between the closing mark and the cut name, at most


def _cut_off_surname(
    state: ArticleState, span: Span, quote: Quote
) -> tuple[Person | None, tuple[int, int] | None]:
    """The one known person whose surname the text's last word begins (and is not)."""
    if quote.close_mark is None or span.end - quote.close_mark > _CUT_NAME_REACH:
        return None, None
    found = _CUT_NAME.search(state.masked_text, quote.close_mark + 1, span.end)
    if found is None:
        return None, None
    stub = found.group("stub")
    matches = {
        id(person): person
        for person in state.registry.people
        if len(person.words) >= 2 and person.words[-1].startswith(stub) and person.words[-1] != stub
    }
    if len(matches) != 1:
        return None, None
    (person,) = matches.values()
    return state.registry.touch(person), (found.start("stub"), found.end("stub"))


_THAT = re.compile(r"\s*(?:that\s*)?$")


def _cut_off_after_verb(
    state: ArticleState, sentence: Span, quote: Quote
) -> tuple[Person | None, tuple[int, int] | None]:
    """The speaker of a quote the text ends inside, opened right after a speech verb
    (and "that"): 'Ada Munro, programme director, stated that “the winter queues …'."""
    verbs = state.verbs(sentence.start, quote.open_mark)
    if not verbs:
        return None, None
    verb = verbs[-1]
    masked = state.masked_text
    if _THAT.match(masked, verb.end(), quote.open_mark) is None or is_source_verb(verb.group()):
        return None, None
    mention = subject_before(masked, sentence.start, verb.start())
    if mention is None:
        return None, None
    person = state.resolve(mention, state.text[sentence.start : quote.open_mark])
    return person, ((verb.start(), verb.end()) if person is not None else None)


# '“…,” she said and added that the wards reopen.': the attribution, then a second speech
# verb of the same subject whose clause reported_speech stores on its own.
_AND_REPORT = re.compile(r"\s+and\s+(?P<verb>[a-z]+)\s+(?:that\s+)?[a-z]")
_AND_REACH = 60  # characters of attribution before "and", at most ("said Jane Doe and …")


def _attribution_then_report(state: ArticleState, lo: int, hi: int) -> tuple[Mention, int] | None:
    """The attribution ending at an "and <speech verb> [that]" that hands the same subject
    a reported clause (see ``_AND_REPORT``); ``None`` when the words after the quote are
    anything else.  The first "and" is the only one looked at, so the scan stays short."""
    masked = state.masked_text
    at = masked.find(" and ", lo, min(hi, lo + _AND_REACH))
    if at < 0 or any(mark in masked[lo:at] for mark in ".!?;:\n"):
        return None
    found = _AND_REPORT.match(masked, at, hi)
    if found is None or not find_verbs(found.group("verb")):
        return None
    return state.attribution_at_head(lo, at)


_WHEN_ASKED = re.compile(r"(?:When|After being|Once) asked\b[^“”«»\"\n]{1,200},[ \t]*")


def _when_asked(state: ArticleState, span: Span, quote: Quote) -> bool:
    """Whether the paragraph opens "When asked <question>," straight into the quote, and
    the question names nobody (a name there may be whom it was asked about)."""
    if _WHEN_ASKED.fullmatch(state.text, span.start, quote.open_mark) is None:
        return False
    asked = state.text.find("asked", span.start, quote.open_mark)
    tokens = tokenize(state.masked_text, asked, quote.open_mark)
    return not name_runs(tokens)


_MIN_GOING_ON_WORDS = 4  # a quoted sentence, not a title or a scare quote ("Dune" is …)


def _quote_then_narration(state: ArticleState, span: Span, quote: Quote, speaker: Person) -> bool:
    """Whether a paragraph opening with a whole quoted sentence, then narration, goes on
    with the previous quote paragraph's speaker: the quote ends its sentence inside its
    marks and names no one else, and the narration after it reports nobody and names
    only that speaker (a new name or a speech verb there may bring in a new voice)."""
    text = state.text
    if quote.open_mark != span.start or quote.close_mark is None or quote.opened_before:
        return False
    words = text[quote.start : quote.end]
    if len(words.split()) < _MIN_GOING_ON_WORDS or not words.rstrip().endswith((".", "!", "?")):
        return False
    if find_verbs(words):
        return False  # '"…," she told Lee.' inside the marks: a quote within the quote
    own = {word.lower() for word in speaker.words} if speaker.words else set()
    registry = state.registry
    named = False  # the narration names the speaker ("The tall Kalen had never …")
    for lo, hi in ((quote.start, quote.end), (quote.close_mark + 1, span.end)):
        tokens = tokenize(text, lo, hi)
        for first, end in name_runs(tokens):
            for token in tokens[first:end]:
                mine = token.core.lower() in own
                if lo > quote.close_mark and not mine:
                    return False  # 'Posted by reader Jan Ek.': the narration names another
                other = registry.by_word(token.core)
                if other is not None and other is not speaker and not mine:
                    return False
                named = named or (lo > quote.close_mark and mine)
    if state.verbs(quote.close_mark + 1, span.end):
        return False
    # A speaker's own words speak in the first person; unnamed, impersonal quoted words
    # ('"No entry after dark." The sign was new.') may be a sign's, a letter's, anyone's.
    return named or FIRST_PERSON.search(words) is not None


# The last sentence end in a stretch (a closing mark may follow it), and what follows it.
_AFTER_SENTENCE_END = re.compile(r"[.!?…][”\"»’]?[\s)\]]+(?P<rest>[^.!?…]*)$")
_SCARE_WORDS = 3  # quoted words inside the narrator's sentence, at most, for a scare quote


def _sentence_ended(text: str, scare: Quote, open_mark: int) -> bool:
    """Whether the sentence of an unattributed quote ends before ``open_mark``: inside its
    marks ('Residents call the site “the pit.” “…”') or after them.  A quote in the same
    sentence ('Just because readers knew of “free” books first, “that does not mean …”')
    goes on with the speaker reported before; a sentence of its own may bring in others
    (the residents), so the quote after it is nobody's."""
    if scare.close_mark is None:
        return False
    inside = text[scare.start : scare.end].rstrip()
    return inside.endswith((".", "!", "?")) or any(
        char in ".!?" for char in text[scare.close_mark + 1 : open_mark]
    )


def _inside_narration(state: ArticleState, lo: int, quote: Quote) -> bool:
    """Whether the quote sits inside a new sentence of the narrator's, begun after the
    previous attribution, that makes it no split quote: a few words only ('“…,” he says.
    The goal is a “seamless experience”'), or a sentence that reports someone else's
    words ('“…,” she said. Her father told me that “…”').  A longer quote in a narrator's
    sentence with no speech verb still goes on with the speaker ('… There could be
    dangers “if you have too many of these cells”')."""
    text = state.text
    found = _AFTER_SENTENCE_END.search(text, max(0, lo - 2), quote.open_mark)
    if found is None or not any(char.isalnum() for char in found.group("rest")):
        return False
    if len(text[quote.start : quote.end].split()) <= _SCARE_WORDS:
        return True
    return bool(state.verbs(found.start("rest"), quote.open_mark))


def _scare_quote(state: ArticleState, quote: Quote, sentence: Span, mention: Mention) -> bool:
    """Whether a quote is a few words inside a narrated sentence that the attribution after
    it reports as a whole ('The aim is a “smooth ride” for every reader, Lee said.'):
    narrated words before its opening mark and between its closing mark and the
    attribution.  Such a sentence is the speaker's paraphrase, not this quote.

    Not when quotations fill much of the sentence ('It’s “very, very unfair” to us, Lee
    said.'): the reported-speech rules leave that sentence to the quote rules
    (:func:`heavily_quoted`), so passing the quote over would lose it."""
    if quote.close_mark is None:
        return False
    text = state.text
    if len(text[quote.start : quote.end].split()) > _SCARE_WORDS:
        return False
    if not any(char.isalnum() for char in text[sentence.start : quote.open_mark]):
        return False  # the quote opens its sentence: '“…” to the town, she said.'
    if heavily_quoted(state, sentence.start, sentence.end):
        return False
    comma = state.masked_text.rfind(",", quote.close_mark + 1, mention.start)
    narrated = text[quote.close_mark + 1 : comma] if comma >= 0 else ""
    if sum(1 for word in narrated.split() if word[:1].isalnum()) >= 2:
        return True
    return comma >= 0 and _ends_reported_clause(text, sentence, quote, comma)


_CLAUSE_WORDS = 4  # narrated words before a quote that ends the clause, at least


def _ends_reported_clause(text: str, sentence: Span, quote: Quote, comma: int) -> bool:
    """'Norway has no plan to drop the word “fjord”, the minister said.': the few quoted
    words end a narrated clause (only the comma between them and the attribution), so the
    attribution reports the clause as a whole.  Not after a colon ('They had one word for
    it: “Shameful”, she said.'), which hands the quoted words over as said."""
    if quote.close_mark is None or text[quote.close_mark + 1 : comma].strip(' .”"»’'):
        return False
    before = text[sentence.start : quote.open_mark].rstrip()
    if before.endswith((":", ",", "—", "–", "-")):
        return False
    return sum(1 for word in before.split() if word[:1].isalnum()) >= _CLAUSE_WORDS


# '“…” — Ann Lee': a dash, then a name alone, closing the paragraph; or the name and
# what the words are about ('“…” – Tom Baker on Ivan Kerr', a round-up's form).
_SIGNATURE = re.compile(
    r"\s*(?P<dash>[—–―]|--)\s*(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})"
    r"(?:[ \t]+on[ \t]+[^\s.!?;:,“”«»\"][^\n.!?;:“”«»\"]{0,60})?\s*"
)


def _signature(
    state: ArticleState, span: Span, quote: Quote
) -> tuple[Person, tuple[int, int]] | None:
    """A pull quote signed with a dash and a full name after its closing mark, the
    paragraph holding nothing else ('“The best writer of his time.” — Ann Lee')."""
    if quote.close_mark is None or quote.open_mark != span.start:
        return None
    found = _SIGNATURE.fullmatch(state.masked_text, quote.close_mark + 1, span.end)
    if found is None:
        return _bare_signature(state, span, quote)
    words = found.group("name").split()
    mention = Mention(found.start("name"), found.end("name"), "name", words=words)
    if not mention.full:
        return None
    person = state.resolve(mention, state.text[quote.close_mark + 1 : span.end])
    if person is None:
        return None
    return person, (found.start("dash"), found.end("dash"))


def _coordinated_speaker(
    state: ArticleState, lo: int, mention: Mention, context: str
) -> Person | None:
    """The person joined by "and" before the attribution's subject ('"…," Lang and Piet
    de Vries, two surgeons, wrote.'): the words are both people's (leftover L2)."""
    other = coordinated_before(state.masked_text, lo, mention)
    if other is None or other.kind != "name":
        return None
    return state.resolve(other, context)


def _bare_signature(
    state: ArticleState, span: Span, quote: Quote
) -> tuple[Person, tuple[int, int]] | None:
    """'“… worked through it.” Riverton Police Chief Dana Kohl': a quote that ends a
    sentence, then a role and a full name with no dash and no verb closing the paragraph
    (:mod:`app.ingest.quote_signatures`)."""
    assert quote.close_mark is not None
    if state.text[quote.close_mark - 1] not in ".!?…":
        return None
    mention = signature_mention(state, quote.close_mark + 1, span.end)
    if mention is None:
        return None
    person = state.resolve(mention, state.text[quote.close_mark + 1 : span.end])
    return (person, (mention.start, mention.end)) if person is not None else None


def _announces_next(
    masked: str, attribution_end: int, next_open: int, index: int, quotes: list[Quote]
) -> bool:
    """Whether the attribution after a quote ends in a colon right before the next quote:
    it announces that quote ('“…” Smith agreed: “…”'), not the one before it."""
    if index + 1 >= len(quotes):
        return False
    return masked[attribution_end:next_open].strip() == "" and masked[
        max(0, attribution_end - 2) : attribution_end
    ].rstrip().endswith(":")


# "Ann Lee called the deal “a disaster”", "describes the results as “exciting”": the
# quoted words name what the subject called something.
_CALLED = re.compile(
    r"\b(?P<verb>call(?:s|ed)?|describ(?:e|es|ed)|dub(?:s|bed)|labell?(?:ed|s)?)\s+"
    r"(?:[^\s.;:!?“”\"«»]+\s+){1,14}?(?:as\s+)?$"
)


def _called(
    state: ArticleState, span: Span, open_mark: int
) -> tuple[Person | None, tuple[int, int] | None]:
    masked = state.masked_text
    lo = max(span.start, open_mark - 160)
    match = _CALLED.search(masked, lo, open_mark)
    if match is None:
        return None, None
    mention = subject_before(masked, span.start, match.start())
    if mention is None:
        return None, None
    person = state.resolve(mention, state.text[span.start : open_mark])
    return person, (match.start("verb"), match.end("verb"))


# "Japan, which Dahl called “our steadiest friend”": the relative clause's subject named
# what the relative pronoun stands for with the quoted words.
_WHICH_CALLED = re.compile(
    r"\b(?:which|whom|what)\s+(?P<subject>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+"
    r"(?P<verb>call(?:s|ed)|dub(?:s|bed)|labell?(?:s|ed))\s*$"
)
_CALLED_WORDS = 12  # quoted words a "which X called" names something with, at most


def _which_called(
    state: ArticleState, sentence: Span, quote: Quote
) -> tuple[Person | None, tuple[int, int] | None]:
    """ "… Japan, which Dahl called “our steadiest friend in Asia”.": Dahl's quote, when
    the quote follows the verb directly and is short (a name for something, not a
    speech)."""
    if len(state.text[quote.start : quote.end].split()) > _CALLED_WORDS:
        return None, None
    masked = state.masked_text
    match = _WHICH_CALLED.search(masked, max(sentence.start, quote.open_mark - 80), quote.open_mark)
    if match is None:
        return None, None
    words = match.group("subject").split()
    mention = Mention(match.start("subject"), match.end("subject"), "name", words=words)
    person = state.resolve(mention, state.text[sentence.start : quote.open_mark], create=False)
    return person, ((match.start("verb"), match.end("verb")) if person else None)


# "… reacted to the ruling by writing on Facebook: “…”": the means of the reaction says
# the quoted words.
_BY_WRITING = re.compile(
    r"\bby\s+(?P<verb>writing|saying|posting|tweeting|stating|declaring)"
    r"(?:\s+(?:on|in|to)\s+(?:[A-Z][\w.'’-]*|the|a|an|his|her|their|its)"
    r"(?:\s+[A-Z][\w.'’-]*){0,3})?\s*:?\s*$"
)


def _by_writing(
    state: ArticleState, sentence: Span, open_mark: int
) -> tuple[Person | None, tuple[int, int] | None]:
    """ "Tom Ruiz reacted to the ruling by writing on Facebook: “…”": the quote of the
    person who opens the sentence, its subject."""
    masked = state.masked_text
    match = _BY_WRITING.search(masked, max(sentence.start, open_mark - 80), open_mark)
    if match is None:
        return None, None
    tokens = tokenize(masked, sentence.start, match.start())
    runs = name_runs(tokens)
    if len(runs) != 1 or not all(token.core[:1].isupper() for token in tokens[: runs[0][0]]):
        return None, None  # the sentence does not open with its one named subject (a title
        # such as "Mayor" may stand before the name)
    first, end = runs[0]
    mention = introduced_person(masked, tokens, first, end, sentence.start, match.start())
    if mention is None:
        words = [token.core for token in tokens[first:end]]
        mention = Mention(tokens[first].start, tokens[end - 1].end, "name", words=words)
    person = state.resolve(mention, state.text[sentence.start : open_mark])
    return person, ((match.start("verb"), match.end("verb")) if person else None)


_ACCORDING_TO = re.compile(r"\baccording\s++to\b", re.IGNORECASE)


def _credited_before(state: ArticleState, lo: int, open_mark: int) -> bool:
    """Whether the sentence that a quote opening at ``open_mark`` stands in (read from
    ``lo`` on) credits the quote to a source before it: 'According to the council, “…”'
    gives the words to the council, not to the speaker of an earlier sentence."""
    masked = state.masked_text
    sentence_lo = lo
    for sentence in sentences(masked, lo, open_mark + 1):  # (a quote opening a sentence
        sentence_lo = sentence.start  # is read from its own mark)
    return _ACCORDING_TO.search(masked, sentence_lo, open_mark) is not None


def _reported_earlier(state: ArticleState, span: Span, open_mark: int) -> Person | None:
    """The speaker of the last statement found earlier in this paragraph, when no other
    person's name stands between its end and ``open_mark``, and the quote's sentence does
    not credit it to a source ("According to the council, “…”") before it opens."""
    if not state.found:
        return None
    last = state.found[-1]
    if last.start < span.start or last.end > open_mark or open_mark - last.end > 400:
        return None
    if _credited_before(state, last.end, open_mark):
        return None  # 'According to the council, “…”': the quote is its source's
    gap = tokenize(state.masked_text, last.end, open_mark)
    own = set(last.person.slug.split("-"))  # "…, Hollis said. “…”": the speaker's own name
    if any(gap[end - 1].core.lower() not in own for _, end in name_runs(gap)):
        return None
    return last.person


def attribution_before(
    state: ArticleState, lo: int, open_mark: int, when: dt.date
) -> tuple[Person | None, dt.date, tuple[int, int] | None]:
    """``X, role, said: “`` / ``According to X, “``: the speaker named before a quote."""
    masked = state.masked_text
    lo = max(lo, open_mark - 400)
    before = masked[lo:open_mark].rstrip()
    if not before:
        return None, when, None
    if before[-1] not in ":,":
        last = state.verbs(lo, open_mark)[-1:]
        if not (last and said_right_before(state.text, last[0].group(), last[0].end(), open_mark)):
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
        if mention is None and verb.group().lower().endswith("ing"):
            # 'Lee issued a statement, saying, “…”': the participle hangs on the sentence's
            # subject, named earlier in the sentence.
            mention = sentence_subject(state, region_lo, verb.start())
        if mention is not None:
            context = state.text[region_lo:open_mark]
            person = state.resolve(mention, context)
            if person is not None:
                return person, said_on(context, state.published_on), (verb.start(), verb.end())
    if before[-1] == ":":
        # "Lee has found one drawback to working with them: “…”": when no speech verb
        # names the speaker, the colon hands the quote to the sentence's subject, a person
        # the article has named.
        person = _known_subject(state, region_lo, open_mark)
        if person is not None:
            colon = lo + len(before) - 1
            return person, when, (colon, colon + 1)
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


def _known_subject(state: ArticleState, lo: int, hi: int) -> Person | None:
    """The person named first in ``masked_text[lo:hi]``, as its first words, when the
    article has named them before (a surname or a full name; nobody new)."""
    tokens = tokenize(state.masked_text, lo, min(hi, lo + 80))
    runs = name_runs(tokens)
    if not runs or runs[0][0] != 0:
        return None
    first, end = runs[0]
    words = [token.core for token in tokens[first:end]]
    registry = state.registry
    person = (
        registry.by_full_name(" ".join(words)) if len(words) > 1 else registry.by_word(words[0])
    )
    return registry.touch(person) if person is not None else None

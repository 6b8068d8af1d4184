"""Text -> :class:`ParsedArticle`: who said what, where in the text, and when.

The parser is a pure, deterministic function of its arguments.  It walks the paragraphs
once (see :mod:`app.ingest.layout`) and recognises four shapes of commentary:

1. **Dash blocks** (Russian press style).  An *introduction* is a sentence ending with a
   colon that names a speaker ("Here is what X, role, says:", "This is how X sees it:",
   "X explained:").  Following paragraphs that open with a dash (en dash, em dash or
   hyphen) are that speaker's direct quotes, without the dash.  Paragraphs after them
   *continue* the quote (each paragraph its own statement) until a narrative break: a new
   introduction or attribution, a paragraph naming the speaker in the third person or
   referring to them with "he/she said", a narrative opener ("Meanwhile", "According to"),
   a heading, or a paragraph in quote marks.  Noise paragraphs neither continue nor break.
2. **Inline quotes** in “curly”, "straight" or «guillemet» marks, attributed after
   (`“…,” said X.`), before (`X said: “…”`), split around the attribution (each quoted
   part is its own statement, all attributed to X), or running over several paragraphs.
   A whole-paragraph quote with no attribution directly after a quote paragraph continues
   the previous speaker.  Unattributed quoted words are scare quotes, not statements.
3. **Russian-style dash attribution**: `The ruble has one way out, - concludes the
   expert.`: the quote is the paragraph text before ", -".
4. **Reported speech** (kind ``paraphrase``): `X said that …`, `X believes …`,
   `According to X, …`, `…, X noted.`; the span is the reported clause only, without
   the attribution and the final punctuation.

References to people (surnames, "the expert", "she") resolve to the most recent
compatible person (:mod:`app.ingest.people`); only a full name introduces someone new.
Statement dates come from date words in the attribution (:mod:`app.ingest.dates`).

Title: the ``title`` argument, else the first non-empty line.  Subtitle: the next
paragraph when it is a single short line that is wholly quoted (kept without its quote
marks) or has no sentence-final punctuation.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from dataclasses import dataclass, field

from app.ingest import noise as noise_rules
from app.ingest.attribution import (
    Mention,
    Verb,
    bare_clause_ok,
    find_verbs,
    introduced_person,
    name_runs,
    subject_after,
    subject_before,
    tokenize,
)
from app.ingest.dates import said_on
from app.ingest.layout import Span, paragraphs, sentences
from app.ingest.layout import clause_end as layout_clause_end
from app.ingest.parse_quotes import Quote, find_quotes
from app.ingest.parsed import ParsedArticle, ParsedNoise, ParsedStatement, StatementKind
from app.ingest.people import Person, Registry, classify, split_role

__all__ = ["parse_article"]

_DASH_OPEN = re.compile(r"^[-–—‒―]+\s*(?=[^\s\d-])")
_RUSSIAN_ATTRIBUTION = re.compile(r"(?P<punct>[,!?…]|\.)\s*[-–—‒―]+\s+")
_NARRATIVE_OPENERS = re.compile(
    r"^(?:meanwhile|recall|recall that|as reported|according to|previously|earlier,|"
    r"in the meantime|note that|it should be noted|we remind|at the same time, the)\b",
    re.IGNORECASE,
)
# "The Ukrainian government has said ...", "The Ministry of Energy promised ...": an
# institution reporting something is the narrator's voice, not the quoted speaker's.
_INSTITUTION_REPORTS = re.compile(
    r"^(?:The|A|An)\s+(?:[\w-]+\s+){0,5}?(?:government|ministry|agency|commission|"
    r"company|bank|council|office|authorities|administration|kremlin|parliament|committee|"
    r"department|regulator|court|police|army|union)\b[^.!?]{0,80}?\b(?:has |have |had )?"
    r"(?:said|says|announced|announces|reported|reports|promised|promises|stated|states|"
    r"confirmed|confirms|denied|denies|warned|warns|insisted|insists|declared|declares)\b",
    re.IGNORECASE,
)
_THAT = re.compile(r"\bthat\b")
_NON_SPACE = re.compile(r"\S")
_OF_PHRASE = re.compile(r"^\s+(?:of|at|from|with)\s+[^,;:.!?]{1,150}$")
_PREPOSITION = re.compile(r"^(?:of|at|from|with|for)\s", re.IGNORECASE)
_MAX_TEXT = 2_000_000  # beyond this we parse only the head; still linear, but bounded


@dataclass
class _QuoteRun:
    """Quote attribution state carried from quote to quote and paragraph to paragraph."""

    last_speaker: Person | None  # speaker of the previous paragraph's quotes
    running: Person | None  # speaker of an unclosed multi-paragraph quote
    previous: tuple[Quote, Person | None, int] | None = None  # quote, speaker, attribution end
    pending: list[Quote] = field(default_factory=list)
    speaker_here: Person | None = None

    def finish(self, quotes: list[Quote]) -> tuple[Person | None, Person | None, bool]:
        """``(last_speaker, running, running_open)`` for the next paragraph."""
        running_open = bool(quotes) and quotes[-1].close_mark is None
        carried = self.previous[1] if self.previous and self.previous[1] else self.running
        last = self.speaker_here or (self.last_speaker if not quotes else None)
        return last, carried if running_open else None, running_open


@dataclass
class _Found:
    start: int
    end: int
    kind: StatementKind
    person: Person
    said_on: dt.date


class _Parser:
    def __init__(self, text: str, published_on: dt.date) -> None:
        self.text = text
        self.published_on = published_on
        self.registry = Registry()
        self.found: list[_Found] = []
        self.noise: list[ParsedNoise] = []
        self.source: str | None = None

    # -- people -------------------------------------------------------------------------

    def resolve(self, mention: Mention, context: str, *, create: bool = True) -> Person | None:
        registry = self.registry
        person: Person | None
        if mention.kind == "pronoun":
            person = registry.by_pronoun(mention.noun or "")
        elif mention.kind == "role":
            person = registry.by_role_noun(mention.noun or "")
        elif mention.full:
            person = registry.by_full_name(mention.name)
            if person is None:
                if not create:
                    return None
                person = registry.add(mention.name, mention.words, mention.honorific)
                person.kind = classify(None, None, context)
        else:
            person = registry.by_word(mention.words[-1]) if mention.words else None
            if person is None and create and mention.words and (
                mention.honorific or mention.title
            ):
                person = registry.add(mention.words[-1], mention.words, mention.honorific)
                person.kind = classify(None, None, context)
        if person is None:
            return None
        role_text = mention.apposition or mention.pre_role or mention.title
        if mention.apposition and _PREPOSITION.match(mention.apposition):
            # "Hydrologist Tom Brandt of the Rhine Water Institute": role before the name,
            # organisation after it.
            role_text = f"{mention.pre_role or mention.title or ''} {mention.apposition}"
        if role_text and person.role is None and person.organization is None:
            role, organization = split_role(role_text)
            person.role = role
            person.organization = organization
            if role or organization:
                person.kind = classify(role, organization, context)
        if mention.title and classify(mention.title, None, "") == "official":
            person.kind = "official"  # "Senator X, a member of the committee"
        return registry.touch(person)

    def emit(self, start: int, end: int, kind: StatementKind, person: Person,
             when: dt.date) -> None:
        text = self.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end <= start:
            return
        person.has_statement = True
        self.found.append(_Found(start, end, kind, person, when))

    # -- attributions -------------------------------------------------------------------

    def attribution_at_head(self, lo: int, hi: int) -> tuple[Mention, int] | None:
        """An attribution filling ``text[lo:hi]``: "said Jane Doe, an economist." / "she said."

        Returns the mention and the end of the attribution clause.
        """
        masked = self.masked_text
        hi = min(hi, lo + 400)
        rest = masked[lo:hi]
        stripped = rest.lstrip(" ,–—-‒―\t")
        offset = lo + len(rest) - len(stripped)
        if not stripped:
            return None
        clause_end = layout_clause_end(masked, offset, hi)
        for verb in self.verbs(offset, clause_end)[:1]:
            if verb.start() == offset:
                mention = subject_after(masked, verb.end(), clause_end)
                if mention is not None:
                    return mention, clause_end
                return None
            mention = subject_before(masked, offset, verb.start())
            if mention is not None and mention.start <= offset + 1:
                trailing = masked[verb.end():clause_end].split()
                if len(trailing) <= 8 and not _THAT.search(masked[verb.end():clause_end]):
                    return mention, clause_end
            return None
        return None

    @property
    def masked_text(self) -> str:
        return self._masked_cache

    # -- paragraphs ---------------------------------------------------------------------

    def prepare(self, spans: list[Span]) -> list[list[Quote]]:
        """Pair quote marks once, and hide quoted words from the narrative rules.

        Speech verbs and full stops inside quotes belong to the speaker, not to the
        narration, so every quoted stretch is masked with ``_`` before attributions and
        sentences are looked for.  Offsets are unchanged.
        """
        found: list[list[Quote]] = []
        running = False
        for span in spans:
            quotes = find_quotes(self.text, span.start, span.end, running=running)
            running = bool(quotes) and quotes[-1].close_mark is None
            found.append(quotes)
        pieces: list[str] = []
        cursor = 0
        for quotes in found:
            for quote in quotes:
                pieces.append(self.text[cursor:quote.start])
                pieces.append(_NON_SPACE.sub("_", self.text[quote.start:quote.end]))
                cursor = quote.end
        pieces.append(self.text[cursor:])
        self._masked_cache = "".join(pieces)
        self._verbs = find_verbs(self._masked_cache)
        self._verb_starts = [match.start() for match in self._verbs]
        return found

    def verbs(self, lo: int, hi: int) -> list[Verb]:
        """Speech verbs lying wholly inside ``[lo, hi)`` of the masked text."""
        first = bisect_left(self._verb_starts, lo)
        last = bisect_left(self._verb_starts, hi, first)
        while last > first and self._verbs[last - 1].end() > hi:
            last -= 1
        return self._verbs[first:last]

    def run(self, spans: list[Span], skip: set[int]) -> None:
        text = self.text
        all_quotes = self.prepare(spans)
        block_speaker: Person | None = None  # speaker of the current dash block
        intro_speaker: Person | None = None  # announced by "…, says:" and awaiting dashes
        block_date = self.published_on
        last_quote_speaker: Person | None = None
        running_quote: Person | None = None
        running_open = False
        for index, span in enumerate(spans):
            if index in skip:
                continue
            para = text[span.start:span.end]
            kind = noise_rules.classify(para)
            if kind is None and index + 1 < len(spans) and noise_rules.is_handle_signature(
                text[spans[index + 1].start:spans[index + 1].end]
            ):
                kind = "social_caption"
            if kind is not None:
                self.noise.append(ParsedNoise(kind=kind, start=span.start, end=span.end))
                if kind == "source_line" and self.source is None:
                    self.source = noise_rules.source_outlet(para)
                continue
            dash = _DASH_OPEN.match(para)
            if dash is not None and not running_open:
                speaker = intro_speaker or block_speaker
                if self.russian_dash(span.start + dash.end(), span.end):
                    block_speaker = None
                    intro_speaker = None
                    last_quote_speaker = None
                    continue
                if speaker is not None:
                    self.emit(span.start + dash.end(), span.end, "quote", speaker, block_date)
                    block_speaker = speaker
                    intro_speaker = None
                    last_quote_speaker = None
                continue
            if block_speaker is not None and self.continues_block(span, block_speaker):
                self.emit(span.start, span.end, "quote", block_speaker, block_date)
                continue
            block_speaker = None
            intro_speaker = None
            # Ordinary paragraph: inline quotes, Russian attribution, paraphrases, intros.
            quotes = all_quotes[index]
            if not quotes and self.russian_dash(span.start, span.end):
                continue
            state = _QuoteRun(last_quote_speaker, running_quote)
            # Sentence by sentence, so that "she said" finds whoever was named just before.
            for sentence in sentences(self.masked_text, span.start, span.end):
                self.register_mentions(sentence)
                for quote in quotes:
                    if sentence.start <= quote.open_mark < sentence.end:
                        self.attribute_quote(span, quotes, quote, state)
                self.paraphrase_in(sentence.start, sentence.end)
            last_quote_speaker, running_quote, running_open = state.finish(quotes)
            intro = self.introduction(span)
            if intro is not None:
                intro_speaker, block_date = intro
            if not quotes:
                last_quote_speaker = None

    def continues_block(self, span: Span, speaker: Person) -> bool:
        """Whether a dash-less paragraph still belongs to the current dash block."""
        text = self.text
        para = text[span.start:span.end]
        if para[0] in "“\"«„" or para.rstrip().endswith(":"):
            return False
        if _NARRATIVE_OPENERS.match(para) or _INSTITUTION_REPORTS.match(para):
            return False
        if len(para) <= 80 and para[-1] not in ".!?…”»\"":
            return False  # a heading
        lowered = para.lower()
        if any(re.search(r"\b" + re.escape(word.lower()) + r"\b", lowered)
               for word in speaker.words[-1:]):
            return False
        masked = self.masked_text
        for verb in self.verbs(span.start, span.end):
            mention = subject_before(masked, span.start, verb.start())
            if mention is None:
                mention = subject_after(masked, verb.end(), span.end)
                if mention is not None and mention.kind != "name":
                    mention = None
            if mention is None:
                continue
            if mention.kind == "pronoun":
                return False
            if mention.kind == "name" and (mention.apposition or mention.pre_role):
                return False
        return not self.has_russian_attribution(span.start, span.end)

    def has_russian_attribution(self, lo: int, hi: int) -> bool:
        return self.find_russian(lo, hi) is not None

    def find_russian(self, lo: int, hi: int) -> tuple[int, int, Mention, int] | None:
        """``(quote_end, attribution_start, mention, attribution_end)`` for ", - says X."."""
        masked = self.masked_text
        for match in _RUSSIAN_ATTRIBUTION.finditer(masked, lo, hi):
            if match.start() == lo:
                continue
            head = self.attribution_at_head(match.end(), hi)
            if head is None:
                continue
            mention, clause_end = head
            quote_end = match.start() if match.group("punct") in ",." else match.end("punct")
            return quote_end, match.end(), mention, clause_end
        return None

    def russian_dash(self, lo: int, hi: int) -> bool:
        """Quote(s) attributed Russian-style inside ``text[lo:hi]``; True if any emitted."""
        found = self.find_russian(lo, hi)
        if found is None:
            return False
        quote_end, attr_start, mention, attr_end = found
        context = self.text[attr_start:attr_end]
        person = self.resolve(mention, context)
        if person is None:
            return False
        when = said_on(context, self.published_on)
        self.emit(lo, quote_end, "quote", person, when)
        rest = self.text[attr_end:hi].lstrip(" .!?")
        rest_lo = hi - len(rest)
        dash = _DASH_OPEN.match(rest)
        if dash is not None and rest_lo + dash.end() < hi:
            self.emit(rest_lo + dash.end(), hi, "quote", person, when)
        return True

    def attribute_quote(self, span: Span, quotes: list[Quote], quote: Quote,
                        state: _QuoteRun) -> None:
        """Find the speaker of one quoted stretch and emit it (see module docstring)."""
        text = self.text
        masked = self.masked_text
        person: Person | None = None
        when = self.published_on
        if quote.continues_previous and state.running is not None:
            person = state.running
        attribution_end = quote.close_mark + 1 if quote.close_mark is not None else span.end
        if quote.close_mark is not None:
            next_open = min(
                (q.open_mark for q in quotes if q.open_mark > quote.close_mark),
                default=span.end,
            )
            head = self.attribution_at_head(quote.close_mark + 1, next_open)
            if head is not None:
                mention, attribution_end = head
                context = text[quote.close_mark + 1:attribution_end]
                resolved = self.resolve(mention, context)
                if resolved is not None:
                    person = person or resolved
                    when = said_on(context, self.published_on)
        previous = state.previous
        if person is None:
            before_lo = previous[2] if previous else span.start
            person, when = self.attribution_before(before_lo, quote.open_mark, when)
        if person is None and previous is not None and previous[1] is not None:
            # “…,” X said. “…”: the second part has the first part's speaker.
            gap_tokens = tokenize(masked, previous[2], quote.open_mark)
            if quote.open_mark - previous[2] <= 250 and not name_runs(gap_tokens)[1:]:
                person = previous[1]
        whole_paragraph = quote.close_mark is None or quote.close_mark >= span.end - 2
        if (person is None and quote.open_mark == span.start and whole_paragraph
                and state.last_speaker is not None):
            # Consecutive quote paragraphs: the speaker of the previous one goes on.
            person = state.last_speaker
        if person is None and quote.close_mark is None and quote.open_mark == span.start:
            state.pending.append(quote)
        if person is not None:
            for earlier in state.pending:
                self.emit(earlier.start, earlier.end, "quote", person, when)
            state.pending = []
            self.emit(quote.start, quote.end, "quote", person, when)
            state.speaker_here = person
        state.previous = (quote, person, attribution_end)

    def attribution_before(self, lo: int, open_mark: int,
                           when: dt.date) -> tuple[Person | None, dt.date]:
        """``X, role, said: “`` / ``According to X, “``: the speaker named before a quote."""
        masked = self.masked_text
        lo = max(lo, open_mark - 400)
        before = masked[lo:open_mark].rstrip()
        if not before or before[-1] not in ":,":
            return None, when
        region_lo = lo
        for sentence in sentences(masked, lo, open_mark):
            region_lo = sentence.start
        verbs = self.verbs(region_lo, open_mark)
        for verb in reversed(verbs):
            if len(masked[verb.end():open_mark].split()) > 8:
                break
            mention = subject_before(masked, region_lo, verb.start())
            if mention is None:
                mention = subject_after(masked, verb.end(), open_mark)
            if mention is not None:
                context = self.text[region_lo:open_mark]
                person = self.resolve(mention, context)
                if person is not None:
                    return person, said_on(context, self.published_on)
        according = re.search(r"\b[Aa]ccording to\s+", masked[region_lo:open_mark])
        if according is not None:
            mention = subject_after(masked, region_lo + according.end() - 1, open_mark)
            if mention is not None:
                context = self.text[region_lo:open_mark]
                person = self.resolve(mention, context)
                if person is not None:
                    return person, said_on(context, self.published_on)
        return None, when

    def register_mentions(self, sentence: Span) -> None:
        """Introduce people named with a role, title or honorific, even without a verb.

        "Senator Paul Whitmore, a member of the committee, welcomed the deal." introduces
        Whitmore, so that a later "Whitmore said" or "he said" can find him.  Bare
        capitalised pairs ("Central Asia") are not people and are not registered.
        """
        masked = self.masked_text
        tokens = tokenize(masked, sentence.start, sentence.end)
        for first, end in name_runs(tokens):
            mention = introduced_person(masked, tokens, first, end, sentence.start,
                                        sentence.end)
            if mention is not None:
                self.resolve(mention, self.text[sentence.start:sentence.end])

    def _clause_end(self, lo: int, hi: int) -> int:
        while hi > lo and self.text[hi - 1] in ".!?…:;,\"”»’ \t":
            hi -= 1
        return hi

    def paraphrase_in(self, lo: int, hi: int) -> None:
        masked = self.masked_text
        quoted = masked.count("_", lo, hi) * 10 > (hi - lo) * 3
        according = re.match(r"\s*(?:[A-Z]\w*\s+){0,3}?[Aa]ccording to\s", masked[lo:hi])
        if (according is not None and not quoted
                and self._according(lo + according.end() - 1, lo, hi)):
            return
        for verb in self.verbs(lo, hi):
            after = masked[verb.end():min(hi, verb.end() + 300)]
            that = _THAT.search(after[:90])
            gap = after[:that.start()] if that else ""
            if that is not None and not re.search(r"[.,;:!?“”\"«»_]", gap) and len(
                gap.split()
            ) <= 8 and not self.verbs(verb.end(), verb.end() + len(gap)):
                clause_lo = verb.end() + that.end()
            elif bare_clause_ok(verb.group(), after):
                clause_lo = verb.end()
            else:
                continue
            mention = subject_before(masked, lo, verb.start())
            if mention is None and verb.group().lower().endswith("ing"):
                mention = self.sentence_subject(lo, verb.start())
            if mention is None:
                continue
            clause_hi = self._clause_end(clause_lo, hi)
            if clause_hi - clause_lo < 8 or _mostly_quoted(masked, clause_lo, clause_hi):
                continue
            context = self.text[lo:clause_lo]
            person = self.resolve(mention, context)
            if person is None:
                continue
            self.emit(clause_lo, clause_hi, "paraphrase", person,
                      said_on(context, self.published_on))
            return
        if quoted:
            return
        # "…, X noted." / "…, notes the expert.": the clause before the last comma.
        for comma in reversed([m.start() for m in re.finditer(r",\s", masked[lo:hi])][-6:]):
            head = self.attribution_at_head(lo + comma + 1, hi)
            if head is None:
                continue
            mention, clause_end = head
            if self._clause_end(clause_end, hi) > clause_end + 1:
                continue
            if _mostly_quoted(masked, lo, lo + comma) or "_" in masked[lo:lo + comma]:
                break  # a quotation with its attribution: the quote rules own it
            context = self.text[lo + comma:hi]
            person = self.resolve(mention, context)
            if person is None:
                continue
            self.emit(lo, self._clause_end(lo, lo + comma), "paraphrase", person,
                      said_on(context, self.published_on))
            return

    def sentence_subject(self, lo: int, verb_start: int) -> Mention | None:
        """The person a participle clause (", saying ...", ", adding ...") hangs on: the
        first person named in the sentence before it."""
        masked = self.masked_text
        if not masked[lo:verb_start].rstrip().endswith(","):
            return None
        tokens = tokenize(masked, lo, verb_start)
        for first, end in name_runs(tokens):
            mention = introduced_person(masked, tokens, first, end, lo, verb_start)
            if mention is None:
                words = [t.core for t in tokens[first:end]]
                known = self.registry.by_full_name(" ".join(words)) or (
                    self.registry.by_word(words[-1]) if len(words) == 1 else None)
                if known is None:
                    continue
                mention = Mention(tokens[first].start, tokens[end - 1].end, "name", words=words)
            return mention
        return None

    def _according(self, name_lo: int, lo: int, hi: int) -> bool:
        masked = self.masked_text
        mention = subject_after(masked, name_lo, hi)
        if mention is None:
            return False
        rest_lo = mention.end
        if mention.apposition:
            appos_at = masked.find(mention.apposition, rest_lo, hi)
            if appos_at >= 0:
                rest_lo = appos_at + len(mention.apposition)
        comma = masked.find(",", rest_lo, min(hi, rest_lo + 160))
        if comma < 0:
            return False
        between = masked[rest_lo:comma]
        if len(between.strip()) > 0 and not _OF_PHRASE.match(between):
            return False
        clause_lo = comma + 1
        clause_hi = self._clause_end(clause_lo, hi)
        if clause_hi - clause_lo < 8:
            return False
        context = self.text[lo:clause_lo]
        person = self.resolve(mention, context)
        if person is None:
            return False
        self.emit(clause_lo, clause_hi, "paraphrase", person, said_on(context, self.published_on))
        return True

    def introduction(self, span: Span) -> tuple[Person, dt.date] | None:
        """A paragraph whose last sentence ends with a colon and names a speaker."""
        masked = self.masked_text
        if masked[span.end - 1] != ":":
            return None
        sentence = sentences(masked, span.start, span.end)[-1]
        context = self.text[sentence.start:sentence.end]
        for verb in self.verbs(sentence.start, sentence.end):
            mention = subject_before(masked, sentence.start, verb.start())
            if mention is None:
                mention = subject_after(masked, verb.end(), sentence.end)
            if mention is not None:
                person = self.resolve(mention, context)
                if person is not None:
                    return person, said_on(context, self.published_on)
        tokens = tokenize(masked, sentence.start, sentence.end)
        for first, _end in name_runs(tokens):
            mention = subject_after(masked, tokens[first].start - 1, sentence.end)
            if mention is not None and mention.kind == "name" and (
                mention.full or self.registry.by_word(mention.words[-1])
            ):
                person = self.resolve(mention, context)
                if person is not None:
                    return person, said_on(context, self.published_on)
        return None


def _mostly_quoted(masked: str, lo: int, hi: int) -> bool:
    """A reported clause is the narrator's words; one that opens with a quotation is a quote.

    A partial quote inside the clause ("said the text was “ninety percent ready”") is fine.
    """
    head = masked[lo:lo + 2].lstrip()
    return not head or head[0] in "_“\"«„" or masked.count("_", lo, hi) * 10 > (hi - lo) * 8


def _unquote(line: str) -> tuple[str, bool]:
    if len(line) >= 2 and line[0] in "“\"«„" and line[-1] in "”\"»“":
        return line[1:-1].strip(), True
    return line, False


def _headings(text: str, spans: list[Span], title: str | None) -> tuple[str, str | None,
                                                                        set[int]]:
    skip: set[int] = set()
    detected = ""
    first_line = None
    if spans:
        para = text[spans[0].start:spans[0].end]
        first_line = para.splitlines()[0].strip() if para.strip() else ""
        detected = first_line
    if title is not None:
        chosen = title
        if first_line is not None and first_line.strip() == title.strip():
            skip.add(0)
    else:
        chosen = detected
        if spans:
            skip.add(0)
    subtitle = None
    if 0 in skip and len(spans) > 1:
        line = text[spans[1].start:spans[1].end]
        inner, quoted = _unquote(line)
        if "\n" not in line and "\r" not in line and len(line) <= 200 and inner and (
            quoted or (line[-1] not in ".!?…:;" and not _DASH_OPEN.match(line))
        ) and noise_rules.classify(line) is None:
            subtitle = inner
            skip.add(1)
    return chosen, subtitle, skip


def parse_article(text: str, published_on: dt.date, *, title: str | None = None) -> ParsedArticle:
    """Parse one article's text into people, statements and noise (see module docstring)."""
    source_text = text if isinstance(text, str) else str(text)
    work = source_text[:_MAX_TEXT]
    spans = paragraphs(work)
    chosen_title, subtitle, skip = _headings(work, spans, title)
    parser = _Parser(work, published_on)
    warnings: list[str] = []
    try:
        parser.run(spans, skip)
    except (ValueError, IndexError, KeyError, RecursionError) as error:  # defensive
        warnings.append(f"parser error: {type(error).__name__}")
    statements = [
        ParsedStatement(
            speaker=found.person.slug, kind=found.kind, start=found.start, end=found.end,
            text=work[found.start:found.end], said_on=found.said_on,
        )
        for found in sorted(parser.found, key=lambda item: (item.start, item.end))
    ]
    seen: set[str] = set()
    people = []
    for person in sorted(parser.registry.people, key=lambda p: p.order):
        if person.has_statement and person.slug not in seen:
            seen.add(person.slug)
            people.append(person.record())
    if not statements:
        warnings.append("no attributable statements found")
    if len(source_text) > _MAX_TEXT:
        warnings.append(f"text truncated to {_MAX_TEXT} characters for parsing")
    return ParsedArticle(
        text=source_text, title=chosen_title, subtitle=subtitle, published_on=published_on,
        source=parser.source, people=people, statements=statements,
        noise=sorted(parser.noise, key=lambda item: item.start), warnings=warnings,
    )

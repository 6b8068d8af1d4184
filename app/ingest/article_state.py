"""What one parse knows while it walks an article: text, masks, verbs, people, findings.

Quoted words belong to the speaker, not to the narration, so :meth:`ArticleState.prepare`
pairs quote marks once and masks every quoted stretch with ``_`` (offsets unchanged);
speech verbs, sentences and attributions are then looked for in the masked text only.
Speech verbs are found once per article and looked up by bisection.
"""

from __future__ import annotations

import datetime as dt
import re
from array import array
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import accumulate, islice

from app.ingest.age_references import only_person, person_of_stated_age
from app.ingest.attribution import Mention, subject_after, subject_before
from app.ingest.layout import Span
from app.ingest.layout import clause_end as layout_clause_end
from app.ingest.mentions import ALL_TITLE_WORDS
from app.ingest.parse_quotes import Quote, find_quotes
from app.ingest.parsed import ParsedNoise, StatementKind
from app.ingest.people import coreference
from app.ingest.people.described_ages import person_of_described_age
from app.ingest.people.earlier_organisation import OWNER_REACH
from app.ingest.people.inflected_names import known_form
from app.ingest.people.introductions import remember_names
from app.ingest.people.kinds import classify
from app.ingest.people.named_ahead import AHEAD_REACH, name_ahead
from app.ingest.people.names import PERSON_REFERENCE_NOUNS
from app.ingest.people.registry import Person, Registry
from app.ingest.people.roles import split_role
from app.ingest.quote_cues import after_audience
from app.ingest.rank_epithets import RANK_EPITHET, epithet_candidate
from app.ingest.reference_guards import (
    named_in,
    object_after_pronoun_subject,
    quote_next_to,
    unnamed_subject_since,
)
from app.ingest.speech_verbs import (
    Verb,
    find_verbs,
    has_finite_verb,
    has_verb_form,
    is_participle,
    is_source_verb,
    starts_with_verb,
)
from app.ingest.vocabulary import subordinators

# "the 14th-ranked Schwartzman said"; never a relative clause ("a finding that she
# reported in 2009" reports nothing).
_MODIFIERS_BEFORE_NAME = re.compile(
    r"(?:the|a|an)\s+(?:(?!(?:that|which|who|whom)\s)[a-z0-9][\w-]*\s+){0,3}$"
)
# "- …, - passenger Ann Lee said.": a bare role word or two before a full name (no article,
# as translations from Russian write it); no conjunction ("and Ann Lee said" goes on).
_BARE_ROLE_BEFORE_NAME = re.compile(
    r"(?:(?!(?:and|but|or|so|then|as|while|when|if|because|that|which|who|after|before|"
    r"since|until|though|although|where|also|now|later|still)\s)[a-z][\w-]*\s+){1,2}$"
)
_BLOCK = 512  # characters per block of the quoted-character counts
_LOOKUPS = 32  # surnames per article looked for in the whole text (see _remember_later)
_TRIMMED = frozenset('.!?…:;,"”»’ \t')
# "said that …" opens a reported clause; "said in that statement" does not: after a
# preposition, "that" is a determiner.
THAT = re.compile(
    r"(?<!\bin\s)(?<!\bof\s)(?<!\bat\s)(?<!\bon\s)(?<!\bfor\s)(?<!\bwith\s)"
    r"(?<!\bfrom\s)(?<!\bby\s)(?<!\babout\s)(?<!\binto\s)(?<!\bduring\s)(?<!\bafter\s)"
    r"\bthat\b"
    # "wrote hundreds of songs that summer": before a time noun, "that" is a determiner.
    r"(?!\s+(?:day|night|week|weekend|month|year|summer|winter|spring|autumn|fall|season|"
    r"morning|afternoon|evening|time|moment)\b)"
)
_NON_SPACE = re.compile(r"\S")
# Sentence punctuation and a closing mark, then an opening mark: one quotation ends its
# sentence and the next begins.
_QUOTE_BREAK = re.compile(r"[.!?…](?P<close>[”»])\s+[“«]")
# Sentence punctuation and a closing mark, then a capitalised word: the quotation ended its
# sentence ('… was “a fine cook.” Her niece …', American punctuation) and the next begins.
_QUOTE_ENDS_SENTENCE = re.compile(r"[.!?…](?P<close>[”»\"])\s+(?=[A-Z])")
# ", adding that …", ", saying …": what follows belongs to the reported-speech rules.
_RELATIVE_AFTER = re.compile(r",\s+(?:which|who|where|when)\b")
# '“…,” he said, although it could …': a clause joined after the attribution is no part of it.
_CONJOINED_AFTER = re.compile(r",\s+(?:although|though|but|while|whereas)\b")
_PARTICIPLE = re.compile(r",\s+(?:[a-z]+ly\s+)?[a-z]+ing\b")  # ", (repeatedly) calling"
# A head that opens with a relative pronoun, a subordinator or a conjunction is its own
# clause, not an attribution of the words before it: "…, which its founder Ann Lee announced
# in May", "…, after the novelist Ann Lee explained them", "A, an aide, and B, a
# diplomat, testified" (the second of two subjects).  ("…, as Lee noted" does attribute:
# the subordinators that also attribute are left out, see vocab/subordinators.txt.)
_DEPENDENT_HEAD = re.compile(
    r"(?:which|who|whom|whose|that|and|or|nor|"
    + "|".join(subordinators(attributing=False))
    + r")\b",
    re.IGNORECASE,
)


# "said in a speech to the Diplomatic Academy of Vietnam, a government university":
# after the verb, time and place adverbials and the occasion, however long, say nothing
# new; a finite verb among them would start a reported clause instead.
_ADVERBIAL_OPENERS = frozenset(
    {"in", "at", "on", "to", "during", "after", "before", "of", "about", "from", "with"}
    | {"for", "by", "outside", "inside", "near", "following", "while", "late", "early"}
    | {"earlier", "later", "last", "this", "yesterday", "today", "tonight", "recently"}
    | {"soon", "shortly", "just", "moments", "hours", "minutes", "days", "weeks", "again"}
    | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)
_ADVERBIAL_WORDS = 30


def _adverbial(rest: str) -> bool:
    """Whether the words after an attribution's verb are adverbials only (see above)."""
    words = rest.split()
    return (
        0 < len(words) <= _ADVERBIAL_WORDS
        and words[0].lower() in _ADVERBIAL_OPENERS
        and not has_finite_verb(rest)
    )


_CONTINUATION_WORDS = 6  # '"…" granted in May, said Ann Lee': the words before the comma


def _continued(masked: str, offset: int, verb_start: int) -> bool:
    """Whether a few unquoted words and a comma, and nothing else, stand between
    ``offset`` and a verb: the sentence of the words before ``offset`` goes on briefly,
    then an inverted attribution ('…" granted in May, said Ann Lee') closes it.

    The words must be a participle and its adverbials, a phrase about the quoted words.
    A noun there makes the quoted words a slogan naming a thing ('"Time to go" signs lined
    the road, said X'), as does a verb after the participle ('"Time to go" written on signs
    lined the road'): the narrated sentence goes on, and the quote is nobody's."""
    between = masked[offset:verb_start].rstrip()
    words = between.split()
    return (
        between.endswith(",")
        and "," not in between[:-1]
        and "_" not in between
        and 0 < len(words) <= _CONTINUATION_WORDS
        and is_participle(words[0].strip(","))
        and not any(has_verb_form(word) for word in words[1:] if word.islower())
    )


Cue = tuple[int, int]  # the span of the reporting verb or marker behind an attribution


@dataclass
class Found:
    """A statement found, before it becomes a :class:`ParsedStatement`."""

    start: int
    end: int
    kind: StatementKind
    person: Person
    said_on: dt.date
    rule: str
    cue: Cue | None


_TITLE_BEFORE = re.compile(r"(?:\b(?:of|in|on|from|at|for|with|by)\s+|\(\s*)$")
_TITLE_VERB_REACH = 40  # characters after the closing mark where an attribution's verb sits


def _subject_of_clause(masked: str, mention: Mention, hi: int) -> bool:
    """Whether the name after an inverted verb has its own verb right after it ("…, said
    Ann Lee would resign"): it is the subject of what was said, not the speaker."""
    after = masked[mention.end : min(hi, mention.end + 40)]
    return after[:1].isspace() and starts_with_verb(after)


def _titled(text: str, open_mark: int, close_mark: int) -> bool:
    """Whether quoted words with a comma inside the closing mark are a title ('the set of
    “Fargo,” had …'): a preposition or an opening parenthesis before them, and no speech
    verb right after them.  '(“Absolutely,” Lee said)' is a quote with its attribution."""
    if _TITLE_BEFORE.search(text, max(0, open_mark - 12), open_mark) is None:
        return False
    after = close_mark + 1
    return not find_verbs(text, after, min(len(text), after + _TITLE_VERB_REACH))


def _is_quoted_name(text: str, quote: Quote) -> bool:
    """A quoted proper name ("Sovecon", «Rosneft») is a name, not speech: at most four
    capitalised words with no sentence punctuation."""
    if quote.close_mark is None or quote.end - quote.start > 40:
        return False
    if "," in text[quote.end : quote.close_mark] and not _titled(
        text, quote.open_mark, quote.close_mark
    ):
        # '“Amazing,” Davis said.': the comma inside the marks ends speech; but 'the set
        # of “Fargo,” had …' is a title, the comma the sentence's own.
        return False
    words = text[quote.start : quote.end].split()
    return (
        0 < len(words) <= 4
        and all(word[:1].isupper() for word in words)
        and not any(mark in text[quote.start : quote.end] for mark in ",.!?;:")
    )


# Quote marks a statement's span may open without closing, and their closers.  A quote's
# own marks lie outside its span, so inside one only a nested single quote is looked at.
_MARK_PAIRS = {
    "paraphrase": (("“", "”"), ("«", "»"), ("‘", "’"), ('"', '"')),
    "quote": (("‘", "’"),),
}
_BEFORE_CLOSER = frozenset(".,;:!?…")


def _closing_mark_kept(text: str, start: int, end: int, kind: StatementKind) -> int:
    """``end``, moved past the closing mark of a quote the span opens and trimming cut off
    ('said the release “gives us hope.”' keeps its '.”'; without it the span would end
    in an unmatched opening mark)."""
    span = text[start:end]
    for opener, closer in _MARK_PAIRS.get(kind, ()):
        if opener == closer:
            unmatched = span.count(opener) % 2 == 1
        else:
            unmatched = span.count(opener) > span.count(closer)
        if not unmatched:
            continue
        at = end
        while at < len(text) and at - end < 3 and text[at] in _BEFORE_CLOSER:
            at += 1
        if at < len(text) and text[at] == closer:
            return at + 1
    return end


# A preposition or an opening parenthesis right before a quote mark: what is quoted there
# is named (a title, a place), not said.
_PERSONAL_OWNER = re.compile(r"(?:his|her|their|its)\s", re.IGNORECASE)
_AHEAD_PARAGRAPHS = 3  # paragraphs after a role reference read for the name it stands for
# "the Minister" + "of Fisheries": the descriptor of a role reference, as a job.
_DESCRIPTOR_DETERMINER = re.compile(r"^(?:the|an?|our|this|its|his|her|their)\s+", re.IGNORECASE)
_DESCRIPTOR_OWNER = re.compile(
    r"^(?:(?:country|nation|state|city|region)['’]s\s+)?(?:newly[- ]\w+|new|current)\s+"
    r"|^(?:country|nation|state|city|region)['’]s\s+"
)
_DESCRIPTOR_BODY = re.compile(
    r" of (?:the )?[A-Z][\w'’.-]*(?: (?:of|for|and|the|[A-Z][\w'’.-]*)){0,4}(?<![ ,.])"
)
_AGE_REACH = 200  # people an age reference looks back over (the parse stays linear)
_HEADLINE_REACH = 40  # headline words looked at for its subject


# Titles of office that are never surnames: '“…,” President stressed.' is the president.
_BARE_OFFICE_TITLES = frozenset({"president", "premier", "chancellor", "minister"})


_TITLE_WORD_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+)\s$")


def _title_before(text: str, at: int) -> str | None:
    """The capitalised title word right before a name at ``at`` ("Minister Serikow")."""
    found = _TITLE_WORD_BEFORE.search(text, max(0, at - 20), at)
    if found is None or found.group(1).lower() not in ALL_TITLE_WORDS:
        return None
    return found.group(1)


# "was quoted by the Daily Herald as saying", "is quoted as telling reporters"
_QUOTED_AS = re.compile(
    r"quoted(?:\s+by\s+[^,.;:!?“”\"«»_]{1,80}?)?\s+as\s+(?:saying|telling|stating|noting)\b"
)
_PASSIVE_BEFORE = re.compile(r"\s(?:was|were|is|are|has\s+been|had\s+been)(?:\s+also)?\s+$")
_ATTRIBUTION_END = re.compile(
    r"(?:\s+(?:on|in|at|during|after|before|by|to|late|early)\b[^.;!?“”\"«»_]{0,80})?[\s.,;!?]*$"
)


def _attribution_ends(masked: str, at: int, hi: int) -> bool:
    """Whether only an adverbial ("on Friday", "in an interview", "reporters") and the
    sentence's end follow ``at``: no reported clause after "as saying"."""
    rest = masked[at:hi]
    rest = re.sub(r"^\s+(?:reporters|journalists)\b", "", rest) if rest else rest
    return _ATTRIBUTION_END.fullmatch(rest) is not None


def _bare_office_title(mention: Mention) -> bool:
    """A one-word name mention that is a title of office alone ("President")."""
    return (
        mention.kind == "name"
        and len(mention.words) == 1
        and mention.honorific is None
        and mention.words[0].lower() in _BARE_OFFICE_TITLES
        and mention.words[0][:1].isupper()
    )


class ArticleState:
    """The state of one parse; the rule modules read and extend it."""

    def __init__(self, text: str, published_on: dt.date) -> None:
        self.text = text
        self.published_on = published_on
        self.registry = Registry()
        self.found: list[Found] = []
        self.noise: list[ParsedNoise] = []
        self.source: str | None = None
        self.lead_searched = False  # looked for an interviewee in the lead already
        # The narrative sentence read just before the current one, for "This was reported
        # by X." (which reports it); None after a paragraph the ordinary rules did not read.
        self.previous_sentence: Span | None = None
        self.masked_text = text
        self._verbs: list[Verb] = []
        self._quoted_blocks = array("l", [0])
        self._trimmed_ends: dict[int, int] = {}
        self._verb_starts: list[int] = []
        self._quote_breaks: list[int] = []  # see quote_break
        self._sentence_breaks: list[int] = []  # see sentence_breaks
        self._spans: list[Span] = []
        self._span_starts: list[int] = []  # where each of ``_spans`` starts (see _named_ahead)
        self._surnames_looked_up: set[str] = set()  # surnames looked for further on
        # the words of the title and subtitle, lower-cased, in their order
        self.headline_words: dict[str, None] = {}

    def prepare(self, spans: list[Span]) -> list[list[Quote]]:
        """Pair quote marks once, and hide quoted words from the narrative rules."""
        self._spans = spans
        found: list[list[Quote]] = []
        running = False
        for span in spans:
            quotes = [
                quote
                for quote in find_quotes(self.text, span.start, span.end, running=running)
                if not _is_quoted_name(self.text, quote)
            ]
            running = bool(quotes) and quotes[-1].close_mark is None
            found.append(quotes)
        pieces: list[str] = []
        cursor = 0
        for quotes in found:
            for quote in quotes:
                pieces.append(self.text[cursor : quote.start])
                pieces.append(_NON_SPACE.sub("_", self.text[quote.start : quote.end]))
                cursor = quote.end
        pieces.append(self.text[cursor:])
        self.masked_text = "".join(pieces)
        # Counts of masked (quoted) characters per block, summed: any span's count costs
        # O(block) instead of O(span).
        masked = self.masked_text
        self._quoted_blocks = array("l", [0])
        self._quoted_blocks.extend(
            accumulate(masked.count("_", at, at + _BLOCK) for at in range(0, len(masked), _BLOCK))
        )
        self._verbs = find_verbs(self.masked_text)
        self._verb_starts = [match.start() for match in self._verbs]
        self._quote_breaks = [match.end("close") for match in _QUOTE_BREAK.finditer(self.text)]
        self._sentence_breaks = [
            match.end("close") for match in _QUOTE_ENDS_SENTENCE.finditer(self.text)
        ]
        return found

    def quote_break(self, lo: int, hi: int) -> int | None:
        """The first place in ``[lo, hi)`` where a quotation ends a sentence and another
        opens ('… “by nature.” “I once …'): the end of the closing mark.  Quoted words are
        masked, so the sentence splitter cannot see that sentence end."""
        at = bisect_left(self._quote_breaks, lo)
        if at < len(self._quote_breaks) and self._quote_breaks[at] < hi:
            return self._quote_breaks[at]
        return None

    def sentence_breaks(self, lo: int, hi: int) -> list[int]:
        """The places inside ``(lo, hi)`` where a quotation closed after sentence punctuation
        ends the sentence before a capitalised word ('… “a fine cook.” Her niece …'): the
        ends of the closing marks.  The masked sentence splitter cannot see them."""
        first = bisect_right(self._sentence_breaks, lo)
        last = bisect_left(self._sentence_breaks, hi, first)
        return self._sentence_breaks[first:last]

    def quoted_chars(self, lo: int, hi: int) -> int:
        """How many characters of ``masked_text[lo:hi]`` are ``_`` (masked or literal)."""
        masked = self.masked_text
        if hi - lo <= 2 * _BLOCK:
            return masked.count("_", lo, hi)
        first, last = -(-lo // _BLOCK), hi // _BLOCK  # whole blocks inside [lo, hi)
        blocks = self._quoted_blocks
        return (
            masked.count("_", lo, first * _BLOCK)
            + blocks[last]
            - blocks[first]
            + masked.count("_", last * _BLOCK, hi)
        )

    def verbs(self, lo: int, hi: int) -> list[Verb]:
        """Speech verbs lying wholly inside ``[lo, hi)`` of the masked text."""
        first = bisect_left(self._verb_starts, lo)
        last = bisect_left(self._verb_starts, hi, first)
        while last > first and self._verbs[last - 1].end() > hi:
            last -= 1
        return self._verbs[first:last]

    def resolve(self, mention: Mention, context: str, *, create: bool = True) -> Person | None:
        """The person ``mention`` refers to (see :meth:`_resolve`), checked against the
        text around a pronoun, role noun or age reference (:mod:`app.ingest.reference_guards`):
        never a person named inside the quote it attributes (r1 A5), never a named person
        when an unnamed one was made the subject since (r3 P1), and never a name that is an
        object after the same pronoun earlier in the sentence (r2 P15)."""
        if mention.kind == "role" and mention.noun == RANK_EPITHET:
            return self._epithet_speaker(mention, context, create=create)
        person = self._resolve(mention, context, create=create)
        if person is None or mention.kind == "name" or not person.words:
            return person
        quote = quote_next_to(self.text, self.masked_text, mention.start, mention.end)
        if quote is not None and named_in(quote, person.words):
            return None  # "“I thank Amir Sadykov …,” he said": not Sadykov
        if mention.kind != "pronoun" or not mention.noun:
            return person
        if unnamed_subject_since(self.masked_text, mention.start, mention.noun, person.words):
            return None  # "One of the patients spoke … “…,” he said": someone unnamed
        if object_after_pronoun_subject(
            self.masked_text, mention.start, mention.noun, person.words
        ):
            return self._other_than(person, mention.noun)
        return person

    def _epithet_speaker(self, mention: Mention, context: str, *, create: bool) -> Person | None:
        """ "said the world number two": the one person just named in the narration whom
        the quote does not name (:mod:`app.ingest.rank_epithets`), else nobody."""
        quote = quote_next_to(self.text, self.masked_text, mention.start, mention.end)
        names = [person.words for person in self.registry.people if len(person.words) >= 2]
        names += self.registry.seen_full_names()
        unique = list({" ".join(words): words for words in names}.values())
        words = epithet_candidate(unique, self.masked_text, mention.start, quote)
        return self._named(words, mention, context, create=create) if words else None

    def _other_than(self, excluded: Person, pronoun: str) -> Person | None:
        """The most recently mentioned person other than ``excluded`` that ``pronoun`` may
        mean (the subject named before an object took its place as the latest)."""
        gender = {"he": "m", "she": "f"}.get(pronoun.lower())
        others = [
            person
            for person in self.registry.people
            if person is not excluded and (person.gender is None or person.gender == gender)
        ]
        best = max(others, key=lambda person: person.last_seen, default=None)
        return self.registry.touch(best) if best is not None else None

    def _resolve(self, mention: Mention, context: str, *, create: bool = True) -> Person | None:
        """The person ``mention`` refers to (see :mod:`app.ingest.people.coreference`).

        An age reference ("the 56-year-old said") means the article's protagonist, not
        whoever was named last ("… replaces Pochettino. The 56-year-old said"): the person
        mentioned most recently among those who have already spoken, else the person the
        headline names first (its subject)."""
        if mention.kind == "age":
            reference = self.text[mention.start : mention.end]
            stated = person_of_stated_age(self.masked_text, reference, mention.start)
            if stated is None:  # "Tom Vale, a 34-year-old striker, … the 34-year-old said"
                stated = person_of_described_age(self.masked_text, reference, mention.start)
            if stated is not None:  # "Greg Hale, 29, … The 29-year-old said"
                return self._named(stated, mention, context, create=create)
            recent = self.registry.people[-_AGE_REACH:]
            spoken = [person for person in recent if person.has_statement]
            latest = max(spoken, key=lambda person: person.last_seen, default=None)
            if latest is not None:
                return self.registry.touch(latest)
            # (Not the one person named: "Anna Lind bought the mill. … The 56-year-old said"
            # may well be someone else, as no age ties them.)
            return self._headline_subject(mention)
        if mention.unnamed:
            return None  # "said the father of Tom Veil": someone the article does not name
        if mention.indefinite:
            # "…, a deputy director of the Harbour Authority said" in the lead, nobody
            # named yet: the person the next paragraphs name, or nobody
            if self.registry.people or not create:
                return None
            return self._named_ahead(mention, context)
        if (
            mention.kind == "role"
            and mention.noun
            and coreference.unnamed_antecedent(self.masked_text, mention.noun, mention.start)
        ):
            return None  # "… said one legal expert. “…,” the expert warned."
        if _bare_office_title(mention) and self.registry.by_word(mention.words[0]) is None:
            # '“…,” President stressed.': a title written without its article, no surname
            mention = Mention(
                mention.start, mention.end, "role", noun=mention.words[0].lower(), cue=mention.cue
            )
        title = mention.title or mention.pre_role or _title_before(self.text, mention.start)
        if mention.kind == "name" and title and len(mention.words) == 1:
            misspelt = self.registry.by_misspelled_surname(mention.words[0], title.split()[-1])
            if misspelt is not None and self.registry.by_word(mention.words[0]) is None:
                # "Minister Serikow said" beside Minister Daulet Serikov: the same, misspelt
                return self.registry.touch(misspelt)
        if mention.kind == "name":
            full = known_form(self.registry, mention.words)
            if full is not None:  # "Soboleva" for Ivan Sobolev; "Pavel Andreevich"
                return self._named(full, mention, context, create=create)
        before = self.text[max(0, mention.start - OWNER_REACH) : mention.start]
        person = coreference.resolve(
            self.registry,
            mention,
            context,
            create=create,
            before=before,
            text=self.text,
            narration=self.masked_text,
        )
        if person is None and mention.kind == "role" and create:
            # "…, says the Minister of Fisheries. … “…,” Pavel Orlov told radio": the
            # holder named after the description
            person = self._named_ahead(mention, context)
        if person is None and mention.kind == "role" and mention.noun in PERSON_REFERENCE_NOUNS:
            # "Jim Colt served in Iraq. … the veteran said": a description, not a job, of
            # the one person the article has named.
            only = only_person(self.registry)
            return self._named(only, mention, context, create=create) if only else None
        if (
            person is None
            and create
            and mention.kind == "name"
            and not mention.full
            and mention.words
            and self._remember_later(mention.words[-1])
        ):
            person = coreference.resolve(
                self.registry, mention, context, create=create, before=before
            )
        return person

    def _named_ahead(self, mention: Mention, context: str) -> Person | None:
        """The person a role reference means whom the article names only after it, in the
        rest of its paragraph or the next two (:mod:`app.ingest.people.named_ahead`),
        given the job the reference describes when none of theirs is known."""
        noun = mention.noun or ""
        if _PERSONAL_OWNER.match(self.text, mention.start):
            return None  # "his doctor assumed …": the doctor of someone, maybe never named
        if any(self.registry.job_fits(person, noun) for person in self.registry.people[-50:]):
            return None  # someone known holds the job: not resolved for another reason
        if len(self._span_starts) != len(self._spans):
            self._span_starts = [span.start for span in self._spans]  # once per parse
        index = bisect_right(self._span_starts, mention.start) - 1
        if index < 0:
            return None
        hi = self._spans[min(index + _AHEAD_PARAGRAPHS, len(self._spans) - 1)].end
        hi = min(hi, mention.end + AHEAD_REACH)
        ahead = name_ahead(self.masked_text, mention, hi, self.verbs(mention.end, hi))
        if ahead is None:
            return None
        words, own_job = ahead
        person = self._named(words, mention, context, create=True)
        if (
            person is not None
            and not own_job  # (a job written with the name is read where it stands)
            and person.role is None
            and person.organization is None
        ):
            phrase = _DESCRIPTOR_DETERMINER.sub("", self.text[mention.start : mention.end])
            phrase = _DESCRIPTOR_OWNER.sub("", phrase)  # "the country's new fisheries minister"
            body = _DESCRIPTOR_BODY.match(self.text, mention.end)
            if body is not None and " of " not in phrase:
                phrase += body.group()  # "the Minister" + " of Fisheries"
            if mention.noun == "president" and "head" in phrase.lower():
                phrase = "President"  # "the Head of State"
            person.role, person.organization = split_role(phrase)
            person.kind = classify(person.role, person.organization, context)
        return person

    def _named(
        self, words: list[str], mention: Mention, context: str, *, create: bool
    ) -> Person | None:
        """The person with the full name ``words``, whom ``mention`` refers to."""
        named = Mention(mention.start, mention.end, "name", words=list(words))
        return coreference.resolve(self.registry, named, context, create=create)

    def _headline_subject(self, mention: Mention) -> Person | None:
        """The person the headline names first ("Jose Mourinho agrees deal to replace …")."""
        for word in islice(self.headline_words, _HEADLINE_REACH):
            seen = self.registry.seen_name(word)
            if seen is not None and len(seen) >= 2:
                name = Mention(mention.start, mention.end, "name", words=list(seen))
                return coreference.resolve(self.registry, name, "")
        return None

    def _remember_later(self, surname: str) -> bool:
        """'"…," Cooke said.' may come paragraphs before "said Doug Cooke, a former NASA
        official": the paragraphs that hold ``surname`` are read for a full name ending in
        it (the first one wins).  Each surname once, and a bounded number of them per
        article, so the parse stays linear.  Whether a full name was found."""
        key = surname.lower()
        if key in self._surnames_looked_up or len(self._surnames_looked_up) >= _LOOKUPS:
            return False
        self._surnames_looked_up.add(key)
        starts = [span.start for span in self._spans]
        registry = self.registry
        read = -1  # paragraphs are read once each: hits come in text order
        for hit in re.finditer(rf"\b{re.escape(surname)}\b", self.masked_text):
            index = bisect_right(starts, hit.start()) - 1
            if index <= read:
                continue
            read = index
            remember_names(self, self._spans[index])
            if registry.seen_name(surname) is not None:
                return True
        return False

    def emit(
        self,
        start: int,
        end: int,
        kind: StatementKind,
        person: Person,
        when: dt.date,
        rule: str,
        cue: Cue | None = None,
    ) -> None:
        """Record a statement, trimmed of white space; empty spans are dropped.

        ``rule`` names the rule that attributed it and ``cue`` spans the reporting verb or
        marker it rests on (see :mod:`app.ingest.evidence`)."""
        text = self.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end <= start:
            return
        end = _closing_mark_kept(text, start, end, kind)
        person.has_statement = True
        self.found.append(Found(start, end, kind, person, when, rule, cue))

    def trim_end(self, lo: int, hi: int) -> int:
        """``hi`` moved back over final punctuation, closing quotes and blanks."""
        end = self._trimmed_ends.get(hi)
        if end is None:  # cached: many clauses of one sentence share its end
            end = hi
            while end > 0 and self.text[end - 1] in _TRIMMED:
                end -= 1
            self._trimmed_ends[hi] = end
        return max(lo, end)

    def attribution_at_head(self, lo: int, hi: int) -> tuple[Mention, int] | None:
        """An attribution filling ``text[lo:hi]``: "said Jane Doe, an economist." / "she said."

        Returns the mention and the end of the attribution clause.
        """
        masked = self.masked_text
        hi = min(hi, lo + 400)
        rest = masked[lo:hi]
        stripped = rest.lstrip(" ,–—-‒―\t")
        offset = lo + len(rest) - len(stripped)
        if not stripped or _DEPENDENT_HEAD.match(stripped):
            return None
        clause_end = layout_clause_end(masked, offset, hi)
        verbs = self.verbs(offset, clause_end)
        for verb in verbs[:1]:
            passive = _QUOTED_AS.match(masked, verb.start(), clause_end)
            if passive is not None and _PASSIVE_BEFORE.search(masked, offset, verb.start()):
                # "…, Petrov was quoted by the Daily Herald as saying.": the subject of the
                # passive is the speaker, the outlet only reports
                aux = _PASSIVE_BEFORE.search(masked, offset, verb.start())
                assert aux is not None
                mention = subject_before(masked, offset, aux.start())
                if mention is None or mention.start > offset + 1:
                    return None
                if not _attribution_ends(masked, passive.end(), clause_end):
                    return None
                mention.cue = (verb.start(), passive.end())
                return mention, clause_end
            if is_source_verb(verb.group()):
                # "…, - the club's site quotes the coach.": the speaker is the object.
                mention = subject_after(masked, verb.end(), clause_end)
                if mention is None:
                    return None
                mention.cue = (verb.start(), verb.end())
                return mention, clause_end
            if verb.start() == offset or _continued(masked, offset, verb.start()):
                mention = subject_after(masked, verb.end(), clause_end)
                if (
                    mention is None
                    and len(verbs) > 1
                    and _continued(masked, offset, verbs[1].start())
                ):
                    # '"… the little deal" announced in May, said Ann Lee': the quoted
                    # words' sentence goes on with a participle, then the attribution.
                    verb = verbs[1]
                    mention = subject_after(masked, verb.end(), clause_end)
                if mention is not None and not _subject_of_clause(masked, mention, clause_end):
                    mention.cue = (verb.start(), verb.end())
                    return mention, clause_end
                return None
            mention = subject_before(masked, offset, verb.start())
            comma = masked.rfind(",", offset, verb.start())
            if (
                mention is not None
                and (
                    mention.start <= offset + 1
                    # "the 14th-ranked Schwartzman said": a determiner and modifiers first.
                    or _MODIFIERS_BEFORE_NAME.match(masked, offset, mention.start) is not None
                    or (
                        mention.full
                        and _BARE_ROLE_BEFORE_NAME.match(masked, offset, mention.start) is not None
                    )
                    # '"…" working in prisons, she said.': the quoted words' sentence goes on,
                    # and the attribution closes it.
                    or (comma >= 0 and not masked[comma + 1 : mention.start].strip())
                    or (
                        # "Federal Reserve Governor Lisa Carrow said": a pre-name title first.
                        mention.pre_role
                        and masked[offset : mention.start].strip() in mention.pre_role
                    )
                    # '"…," Quarkly's Ivan Petrov said.': the body owning the name first.
                    or (
                        mention.owner is not None
                        and masked[offset : mention.start].strip()
                        in (mention.owner + "'s", mention.owner + "’s")
                    )
                )
            ):
                rest = _PARTICIPLE.split(masked[verb.end() : clause_end], maxsplit=1)[0]
                # "said in the email, which was seen by …": a relative clause after it.
                rest = _RELATIVE_AFTER.split(rest, maxsplit=1)[0]
                rest = _CONJOINED_AFTER.split(rest, maxsplit=1)[0]
                # "Powell told lawmakers in testimony to …": the audience, then adverbials
                if (
                    len(rest.split()) <= 8
                    or _adverbial(rest)
                    or _adverbial(after_audience(verb.group(), rest))
                ) and not THAT.search(rest):
                    mention.cue = (verb.start(), verb.end())
                    return mention, clause_end
            return None
        return None

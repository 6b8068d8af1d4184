"""Speech verbs: which words report speech, and whether a bare clause may follow one.

The verbs are found by a word scan with set look-ups over the (quote-masked) article text,
once per article; a large regex alternation of verbs was ten times slower.  Multi-word
verbs ("pointed out", "is convinced") are matched on their first word.

What follows a verb and is no verb's own shape is read elsewhere: a day or a phrase of
place before the clause in :mod:`app.ingest.report_clauses`, a directive's object and
infinitive in :mod:`app.ingest.directives`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from lemminflect import getAllInflections, getAllLemmas, getInflection  # type: ignore[import-untyped]

from app.ingest.people.nationalities import is_country
from app.ingest.vocabulary import (
    VERB_CLASSES,
    reporting_lemmas,
    reporting_verb_sets,
    reporting_verb_tenses,
    reporting_verbs,
)

_LEXICON = reporting_verbs()
# Fixed phrases that report a belief or a fear, a copula and an adjective of certainty or
# concern ("is convinced", "was sure", "is certain", "is afraid"); no verb's inflections.
_FIXED_PHRASES = tuple(
    f"{copula} {adjective}"
    for copula in ("is", "was")
    for adjective in ("convinced", "sure", "confident", "certain", "afraid", "worried")
)
# "Lapina shared that the players had …": "share" reports only with "that" right after it
# ("shared a report that …", "shared the stage" are no speech; the lexicon leaves it out).
_SHARED_THAT = ("share that", "shares that", "shared that")
# "Vidal signaled that the budget would be cut": "signal" reports only with "that" right
# after it ("signaled a turn", "the signal that" are no speech).
_SIGNALED_THAT = tuple(
    f"{form} that" for form in ("signal", "signals", "signaled", "signalled", "signaling")
)
# "He charged that the chief is hiding": "charge" reports only with "that" right after it
# ("charged with fraud", "charged the battery", "the charge that" are no speech).
_CHARGED_THAT = ("charged that",)
SPEECH_VERBS = tuple(sorted(form for form in _LEXICON if " " not in form))
_MULTIWORD_VERBS = (
    *sorted(form for form in _LEXICON if " " in form),
    *_FIXED_PHRASES,
    *_SHARED_THAT,
    *_SIGNALED_THAT,
    *_CHARGED_THAT,
)


def _forms(verb_class: str) -> frozenset[str]:
    return frozenset(form for form, classes in _LEXICON.items() if verb_class in classes)


_SINGLE_VERBS = frozenset(SPEECH_VERBS)
# head word -> alternation of the words that may follow it ("is" -> "convinced|sure|...",
# "made" -> "clear|it\\s+clear|the\\s+point"), longest first
_MULTI_HEADS = {
    head: "(?:"
    + "|".join(
        sorted(
            {r"\s+".join(p.split()[1:]) for p in _MULTIWORD_VERBS if p.split()[0] == head},
            key=lambda tail: (-len(tail), tail),
        )
    )
    + ")"
    for head in {phrase.split()[0] for phrase in _MULTIWORD_VERBS}
}
_WORD = re.compile(r"[A-Za-z]+")
_THAT_TIME = re.compile(
    r"\s+(?:day|night|morning|afternoon|evening|week|month|year|time|moment|summer|winter|"
    r"spring|autumn|fall|weekend)\b|\s*[.,;:!?]",
    re.IGNORECASE,
)
# "she went on" reports as "she continued" only when a quote, punctuation, "to" or "that"
# follows; a noun phrase after it ("went on a hunger strike", "went on air") is no speech.
_GO_FORMS = frozenset({"go", "goes", "went", "going", "gone"})
_GOES_ON_TO_A_THING = re.compile(r"\s+(?!(?:to|that)\b)[A-Za-z]")
# "he would respond", "she'd say": the habitual past puts any reporting verb's base form
# after "would" (a hypothetical "could" or "might" reports nothing said).
_BASE_FORMS = reporting_lemmas()


# "If asked, he would argue ...", "he would argue ..., if he were alive": a condition in
# the sentence makes "would" hypothetical, not habitual.
_CONDITION = re.compile(r"\b(?:if|unless)\b", re.IGNORECASE)
_CONDITION_REACH = 200  # characters looked at on each side, within the sentence
_SENTENCE_END = re.compile(r"[.!?\n]")


def _conditional(text: str, begin: int, end: int) -> bool:
    """Whether the sentence around ``text[begin:end]`` (at most ``_CONDITION_REACH``
    characters each way) holds an "if" or "unless"."""
    head = text[max(0, begin - _CONDITION_REACH) : begin]
    ends = [m.end() for m in _SENTENCE_END.finditer(head)]
    head = head[ends[-1] :] if ends else head
    tail = text[end : end + _CONDITION_REACH]
    stop = _SENTENCE_END.search(tail)
    tail = tail[: stop.start()] if stop else tail
    return bool(_CONDITION.search(head) or _CONDITION.search(tail))


# "Vale did concede that …", "he does say the …": an emphatic auxiliary puts any reporting
# verb's base form after it; like "would", the verb starts at the auxiliary.
_EMPHATIC_DO = frozenset({"did", "does", "do"})


def _habitual(text: str, word: re.Match[str]) -> bool:
    """ "would", or the "'d" of "he'd" (not the "d" of "Eduardo d'Amato")."""
    low = word.group().lower()
    return low == "would" or (low == "d" and text[word.start() - 1 : word.start()] in ("'", "’"))


@dataclass(frozen=True, slots=True)
class Verb:
    """A speech verb occurrence (same accessors as a regex match)."""

    begin: int
    finish: int
    text: str

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish

    def group(self) -> str:
        return self.text


def find_verbs(text: str, lo: int = 0, hi: int | None = None) -> list[Verb]:
    """Speech verbs in ``text[lo:hi]``: a word scan with set look-ups (a large regex
    alternation of verbs was ten times slower)."""
    hi = len(text) if hi is None else hi
    found: list[Verb] = []
    previous: re.Match[str] | None = None
    for match in _WORD.finditer(text, lo, hi):
        low = match.group().lower()
        before, previous = previous, match
        if (
            low in _BASE_FORMS
            and low not in _SINGLE_VERBS
            and before is not None
            and (_habitual(text, before) or before.group().lower() in _EMPHATIC_DO)
            and text[before.end() : match.start()].isspace()
            and not _conditional(text, before.start(), match.end())
        ):
            # The verb starts at its auxiliary, so that its subject comes right before it.
            begin = before.start() - (before.group().lower() == "d")
            found.append(Verb(begin, match.end(), text[begin : match.end()]))
            continue
        tail = _MULTI_HEADS.get(low)
        if tail is not None:
            rest = re.match(r"\s+" + tail + r"\b", text[match.end() : match.end() + 14], re.I)
            if rest is not None and match.end() + rest.end() <= hi:
                end = match.end() + rest.end()
                if low in _GO_FORMS and _GOES_ON_TO_A_THING.match(text, end, hi):
                    continue  # "went on a hunger strike", "went on television"
                if low.startswith("share") and _THAT_TIME.match(text, end, hi):
                    continue  # "the photo she shared that day"
                found.append(Verb(match.start(), end, text[match.start() : end]))
                continue
        if (low in _SINGLE_VERBS and not _ends_a_country(text, match)) or (
            low in _POINT_FORMS and _final_points(text, match)
        ):
            found.append(Verb(match.start(), match.end(), match.group()))
    return found


# "…, Petrov points." (a translation of "points out"): "points" reports only as the last
# word of a sentence, after a comma and a capitalised name ("won by two points." is none).
_POINT_FORMS = frozenset({"points", "pointed"})
_NAME_BEFORE_POINTS = re.compile(r",\s+(?:[A-Z][\w'’-]*\s+){1,3}$")
_SENTENCE_FINAL = re.compile(r"\s*[.!]")


def _final_points(text: str, match: re.Match[str]) -> bool:
    """Whether ``match`` ("points") ends ", <Name> points." (see _POINT_FORMS)."""
    if _SENTENCE_FINAL.match(text, match.end()) is None:
        return False
    return _NAME_BEFORE_POINTS.search(text, max(0, match.start() - 60), match.start()) is not None


_CAPITALISED_BEFORE = re.compile(r"(?:[A-Z][a-z]+\s+){1,2}$")


def _ends_a_country(text: str, match: re.Match[str]) -> bool:
    """ "the United States", "Ambassador to the United States Ivo Danek": a capitalised
    verb form ("States") that ends a country's name with the capitalised words before it
    is part of the name, not a verb."""
    if not match.group()[:1].isupper():
        return False
    before = _CAPITALISED_BEFORE.search(text, max(0, match.start() - 40), match.start())
    if before is None:
        return False
    words = before.group().split()
    return any(is_country(" ".join([*words[at:], match.group()])) for at in range(len(words)))


# The one way to spell reporting verbs inside a regular expression: an alternation built
# from the lexicon (reporting_verbs.txt), never a hand list of forms.  A call site that
# keeps a narrow list on purpose names a set of reporting_verb_sets.txt instead.
_TENSE_NAMES = frozenset({"past", "present", "base", "ing"})


@cache
def verb_forms(
    subset: str | None = None, tenses: str | tuple[str, ...] = (), verb_class: str | None = None
) -> tuple[str, ...]:
    """The lexicon's reporting verb forms (lower case; "pointed out" for phrasal ones),
    longest first, then alphabetical.  ``subset`` names a set of
    ``reporting_verb_sets.txt`` (None: the whole lexicon); ``tenses`` keeps the forms of
    those tenses ("past", "present", "base", "ing"; a string or a tuple; empty: all);
    ``verb_class`` keeps the forms of one class of ``reporting_verbs.txt`` ("as": the
    verbs that carry content in "…, as X noted")."""
    wanted = frozenset((tenses,) if isinstance(tenses, str) else tenses)
    if verb_class is not None and verb_class not in VERB_CLASSES:
        raise ValueError(f"unknown verb class {verb_class!r}")
    if wanted - _TENSE_NAMES:
        raise ValueError(f"unknown tenses {sorted(wanted - _TENSE_NAMES)}")
    if subset is None:
        forms: tuple[str, ...] = tuple(_LEXICON)
    else:
        sets = reporting_verb_sets()
        if subset not in sets:
            raise KeyError(f"no reporting verb set {subset!r} in reporting_verb_sets.txt")
        forms = sets[subset]
    table = reporting_verb_tenses()
    kept = {
        form
        for form in forms
        if (not wanted or table[form] & wanted)
        and (verb_class is None or verb_class in _LEXICON[form])
    }
    return tuple(sorted(kept, key=lambda form: (-len(form), form)))


def verb_alternation(
    subset: str | None = None, tenses: str | tuple[str, ...] = (), verb_class: str | None = None
) -> str:
    """A non-capturing regex alternation of :func:`verb_forms` ("(?:pointed\\s+out|...|
    said)"), longest first so that no form stops short of a longer one; the words of a
    phrasal form are joined by ``\\s+``.  No word boundaries: put it between ``\\b``s
    (or use :func:`verb_pattern`).  Lower case: compile with re.IGNORECASE for "Said"."""
    forms = verb_forms(subset, tenses, verb_class)
    return "(?:" + "|".join(r"\s+".join(map(re.escape, f.split())) for f in forms) + ")"


@cache
def verb_pattern(
    subset: str | None = None,
    tenses: str | tuple[str, ...] = (),
    verb_class: str | None = None,
    flags: int = 0,
) -> re.Pattern[str]:
    """:func:`verb_alternation` between word boundaries, compiled once per argument set."""
    return re.compile(rf"\b{verb_alternation(subset, tenses, verb_class)}\b", flags)


def is_verb_form(
    word: str,
    subset: str | None = None,
    tenses: str | tuple[str, ...] = (),
    verb_class: str | None = None,
) -> bool:
    """Whether ``word`` (any case; spaces normalised) is one of :func:`verb_forms`."""
    return " ".join(word.lower().split()) in _form_set(subset, tenses, verb_class)


@cache
def _form_set(
    subset: str | None, tenses: str | tuple[str, ...], verb_class: str | None
) -> frozenset[str]:
    return frozenset(verb_forms(subset, tenses, verb_class))


# Verbs after which a bare clause (no "that") may follow: "Smith said the bank would ...".
_BARE_CLAUSE_VERBS = (
    _forms("bare")
    | frozenset(_FIXED_PHRASES)
    | frozenset(_SHARED_THAT)
    | frozenset(_SIGNALED_THAT)
    | frozenset(_CHARGED_THAT)
)
_CLAUSE_OPENERS = frozenset(
    {
        "the",
        "it",
        "there",
        "this",
        "these",
        "those",
        "its",
        "their",
        "his",
        "her",
        "we",
        "they",
        "he",
        "she",
        "a",
        "an",
        "such",
        "no",
        "any",
        "all",
        "most",
        "many",
        "some",
        "prices",
        "inflation",
        "russia",
        "china",
        "moscow",
        "rates",
    }
)
_FINITE = frozenset(
    {
        "would",
        "could",
        "should",
        "will",
        "can",
        "may",
        "might",
        "must",
        "was",
        "were",
        "is",
        "are",
        "had",
        "has",
        "have",
        "did",
        "does",
        "do",
        "remained",
        "remains",
        # negation stands next to a finite verb: "young people no longer want ..."
        "not",
        "never",
        "cannot",
        "can't",
        "won't",
        "don't",
        "doesn't",
        "didn't",
        "longer",
    }
)
_NOT_SUBJECTS = frozenset(
    {
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "with",
        "by",
        "after",
        "before",
        "during",
        "of",
        "about",
        "as",
        "when",
        "while",
        "and",
        "but",
        "so",
        "yesterday",
        "today",
        "last",
        "this",
        "next",
        "earlier",
        "later",
        "repeatedly",
        "also",
        "then",
        "only",
        "not",
        "recently",
        "reporters",
        "journalists",
    }
)


# Words one says that open no clause: "said goodbye as fans cheered", "said farewell to
# the staff who stayed".
_SPOKEN_OBJECTS = frozenset({"goodbye", "goodbyes", "farewell", "farewells", "hello", "amen"})


def takes_bare_clause(verb: str) -> bool:
    """Whether a reported clause may follow ``verb`` with no "that" ("said", "believes")."""
    return verb.lower() in _BARE_CLAUSE_VERBS


# "said at this moment the case is …", "said for now the plan holds": an adverbial of the
# present that belongs to the reported clause (said goes with the past, not "now"), then
# the clause's subject.
_PRESENT_ADVERBIAL = re.compile(
    r"(?:at\s+(?:this|the)\s+(?:moment|stage|point)|at\s+present|for\s+now|right\s+now|"
    r"so\s+far|for\s+the\s+time\s+being|currently),?\s+(?=[A-Za-z])",
    re.IGNORECASE,
)


def bare_clause_ok(verb: str, following: str) -> bool:
    """Whether a clause may follow ``verb`` without "that" ("said the bank would ...")."""
    if verb.lower() not in _BARE_CLAUSE_VERBS:
        return False
    adverbial = _PRESENT_ADVERBIAL.match(following.lstrip())
    if adverbial is not None:
        return bare_clause_ok(verb, following.lstrip()[adverbial.end() :])
    words = following.split(None, 9)
    if not words:
        return False
    first = words[0].lower().strip(",")
    if first in _DETERMINERS:
        # "said the bank would …" is a clause; "added the syndicate to the list",
        # "agreed a deal to replace …" are objects: a clause has a verb soon after.
        window = [word.lower().strip(",;:.!?") for word in _to_clause_break(words[1:9])]
        # ("a beating at the hands of the guards": a word after a determiner or a
        # preposition, as the first word after ``first`` is, is a noun, though "hands"
        # and "guards" are verb forms too)
        if any(
            verb_form(word) and at > 0 and window[at - 1] not in _NOUN_BEFORE
            for at, word in enumerate(window)
        ):
            return True
        # A quotation in the clause may hold its verb ("the release “gives us hope”"), but
        # not when the object goes somewhere ("added the group “Red Hand” to the list").
        return any(word[:1] in _QUOTED for word in window) and not _DESTINATION.search(
            " ".join(window)
        )
    if first in _OBJECT_PRONOUNS and _pronoun_is_object(words):
        # "said this would fail" is a clause; "announced this at a meeting", "confirmed it
        # on Tuesday" have the pronoun for object: a verb must follow it at once.
        return any(
            _is_finite(word.lower().strip(",;:.!?"))
            or _third_person_verb(word.lower().strip(",;:.!?"))
            for word in words[1:3]
        )
    if first in _CLAUSE_OPENERS:
        return True
    contraction = _CONTRACTION.fullmatch(first)
    if contraction is not None:
        # "said he's pleased", "said they'd leave": a pronoun and its verb are a clause;
        # "said Epstein's death is …": a possessive opens the subject.
        base = contraction.group("base")
        if base in _CLAUSE_OPENERS or base in _PRONOUN_SUBJECTS:
            return True
        if contraction.group("tail") != "s":
            return False
        first = base
    if _AMOUNT.fullmatch(first):
        # "said 40 people were killed", "said $5 million had been spent": an amount opens
        # the subject when an auxiliary or a verb-only past follows it soon; "said 40
        # times", "said 3 words to me" have none.
        window = [word.lower().strip(",;:.!?") for word in _to_clause_break(words[1:7])]
        return any(_is_finite(word) for word in window)
    # "said manufacturers could not ...": a noun phrase followed soon by a finite verb.
    if first in _NOT_SUBJECTS or first in _SPOKEN_OBJECTS or not first.isalpha():
        return False
    if words[0][:1].isupper() and len(words) > 2 and _third_person_verb(words[1]):
        return True  # "said WeWork needs a more efficient …": a proper noun and its verb
    if _subject_then_verb(words):
        return True
    return any(_is_finite(word.lower().strip(",;:.!?")) for word in words[1:8])


# An amount opening a reported clause: "40", "3,000", "1.5", "$5", "70%", "€20bn".
_AMOUNT = re.compile(r"[$€£]?\d[\d,.]*(?:%|bn|m|k)?")
# Words after which a verb form is read as a noun ("the hands", "of guards").
_NOUN_BEFORE = frozenset({"the", "a", "an", "of", "at", "in", "on", "to", "for", "with", "by"})


def _to_clause_break(words: list[str]) -> list[str]:
    """``words`` up to the first that ends a clause (";", ":" or a sentence's end): "alleges
    a beating by guards; the team denies it" has its verb past the object's end."""
    for at, word in enumerate(words):
        if word[-1:] in ";:.!?":
            return words[: at + 1]
    return words


def _subject_then_verb(words: list[str]) -> bool:
    """ "said officers found two rifles", "said Garcia knew about the loan", "said residents
    want a school": a short bare noun phrase, then an irregular past or, after a plural
    noun, a plural present.  "said goodbye to fans", "said a prayer" have no such verb."""
    for k in range(1, min(4, len(words) - 1)):
        word = words[k]
        previous = words[k - 1]
        if not previous.isalpha() or previous.lower() in _FUNCTION_WORDS:
            break  # the noun phrase ended: "said goodbye to fans"
        if not word.isalpha() or not word.islower():
            continue
        if _irregular_past(word) or (_plural_noun(previous) and _plural_present(word)):
            return True
    return _plural_subject_then_verb(words)


# Adverbs that may stand between a plural subject and its verb ("farmers often pay").
_SUBJECT_ADVERBS = frozenset(
    {"often", "sometimes", "still", "also", "already", "never", "always", "rarely", "usually"}
    | {"now", "increasingly", "generally", "mostly"}
    | {"yesterday", "today", "recently", "earlier", "later", "then"}
)
_OF_PHRASE_WORDS = 3  # the words of an of-phrase after the head noun ("of public safety")


def _plural_subject_then_verb(words: list[str]) -> bool:
    """ "said farmers often pay more", "said members of the board still oppose it": a plural
    head noun (first or second word), one of-phrase of up to three words, one adverb, then a
    plural present or an irregular past.  The head must be a plural noun, so "said goodbye
    often" or "said thanks to all" stay no clause."""
    for k in range(1, min(3, len(words))):
        head = words[k - 1]
        if not head.isalpha() or head.lower() in _FUNCTION_WORDS:
            return False
        if not _plural_noun(head):
            continue
        if words[k].lower() != "of":
            return _verb_after_adverb(words[k:])
        return any(
            _verb_after_adverb(words[end:], optional=True)
            for end in range(k + 2, min(k + 2 + _OF_PHRASE_WORDS, len(words)))
            # ("members of the board at …": a noun after its determiner is no verb; "songs
            # that summer": the phrase holds nothing but a determiner and nouns)
            if words[end - 1].lower() not in _DETERMINERS and _plain_of_phrase(words[k + 1 : end])
        )
    return False


def _plain_of_phrase(phrase: list[str]) -> bool:
    """Whether the words after "of" are a plain noun phrase: lower-case words, no function
    word but an opening determiner ("the board", "public safety")."""
    return all(
        word.replace("-", "").isalpha()
        and word.islower()
        and (word not in _FUNCTION_WORDS or (at == 0 and word in _DETERMINERS))
        for at, word in enumerate(phrase)
    )


def _verb_after_adverb(rest: list[str], *, optional: bool = False) -> bool:
    """Whether ``rest`` opens with one adverb of :data:`_SUBJECT_ADVERBS` (which may be
    left out when ``optional``) and then a plural present or a simple past ("often pay",
    "still oppose", "yesterday gave")."""
    if rest and rest[0].lower() in _SUBJECT_ADVERBS:
        rest = rest[1:]
    elif not optional:
        return False
    if not rest:
        return False
    verb = rest[0]
    return (
        verb.isalpha()
        and verb.islower()
        and (_plural_present(verb) or _irregular_past(verb) or simple_past(verb))
    )


@lru_cache(maxsize=4096)
def _irregular_past(word: str) -> bool:
    """ "found", "knew", "met": a verb's simple past unlike its lemma ("put", "read" are
    left out: they may be present)."""
    if simple_past(word):
        return True
    return any(
        lemma != word and word in getInflection(lemma, "VBD")
        for lemma in getAllLemmas(word).get("VERB", ())
    )


@lru_cache(maxsize=4096)
def _plural_noun(word: str) -> bool:
    """ "officers", "residents": a lower-case noun's plural in -s."""
    word = word.lower()
    nouns = getAllLemmas(word).get("NOUN", ())
    return word.endswith("s") and not word.endswith("ss") and any(n != word for n in nouns)


@lru_cache(maxsize=4096)
def _plural_present(word: str) -> bool:
    """ "want", "expect": a verb's base form, the present after a plural subject."""
    return word in getAllLemmas(word).get("VERB", ()) and word not in _FUNCTION_WORDS


_OBJECT_PRONOUNS = frozenset({"this", "it"})  # a subject, or the verb's object
# Words after "this"/"it" that show the pronoun was the verb's object ("announced this at a
# meeting", "confirmed it on Tuesday", "said this."); after any other word ("considers this
# forecast too optimistic", "said this would fail") it opens the reported clause.
_AFTER_OBJECT = frozenset(
    {"at", "on", "in", "during", "to", "with", "for", "after", "before", "from", "by"}
    | {"yesterday", "today", "earlier", "later", "again", "too", "also", "publicly"}
)


def _pronoun_is_object(words: list[str]) -> bool:
    if len(words) < 2 or words[0][-1:] in ",;:.!?":
        return True
    return words[1].lower().strip(",;:.!?") in _AFTER_OBJECT


_QUOTED = frozenset('_“"«„')  # quoted words are masked with "_" for the narrative rules
_DESTINATION = re.compile(r"\b(?:to|into|onto)\s+(?:the|a|an|its|their|his|her)\b")
_DETERMINERS = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "such", "no", "any", "all", "most"}
    | {"many", "some", "these", "those"}
)


@lru_cache(maxsize=8192)
def verb_form(word: str) -> bool:
    """An auxiliary or an inflected verb form ("grew", "expects", "rates"): the verb a
    clause after a determiner needs."""
    if _is_finite(word):
        return True
    if word.endswith("ing"):
        return False  # "suggested a meeting": a gerund or a noun, no finite verb
    lemmas = getAllLemmas(word) if word.isalpha() else {}
    return "AUX" in lemmas or any(lemma != word for lemma in lemmas.get("VERB", ()))


# "he's", "they’re", "Epstein's": a word, an apostrophe (straight or curly), a short tail.
_CONTRACTION = re.compile(r"(?P<base>[a-z]+)['’](?P<tail>s|re|d|ve|ll|m)")
_PRONOUN_SUBJECTS = frozenset({"i", "you", "we", "they", "he", "she", "it", "there", "that"})


@lru_cache(maxsize=4096)
def _third_person_verb(word: str) -> bool:
    """A present-tense third-person verb ("needs", "plans"), not a possessive or a name."""
    return (
        word.isalpha()
        and word.islower()
        and word.endswith("s")
        and not word.endswith("ss")
        and "VERB" in getAllLemmas(word)
    )


def third_person_present(word: str) -> bool:
    """A present-tense third-person verb form ("needs", "plans"), lower case."""
    return _third_person_verb(word)


@lru_cache(maxsize=4096)
def simple_past(word: str) -> bool:
    """Whether lower-case ``word`` is some verb's simple past ("opened", "withdrew") and no
    present form of it ("put", "read" are both)."""
    if not word.isalpha():
        return False
    for lemma in getAllLemmas(word).get("VERB", ()):
        if word in getInflection(lemma, "VBD") and not any(
            word in getInflection(lemma, tag) for tag in ("VB", "VBP", "VBZ")
        ):
            return True
    return False


def _is_finite(word: str) -> bool:
    """An auxiliary, or a word English uses only as a verb, in the past ("boarded"):
    "said transit officers boarded the train" is a clause."""
    if word in _FINITE:
        return True
    if not word.isalpha() or not word.endswith("ed"):
        return False
    return set(getAllLemmas(word)) == {"VERB"}


def clause_word(word: str) -> bool:
    """Whether lower-case ``word`` makes the words around it a clause, not a noun phrase: a
    subject pronoun ("he"), an auxiliary, a verb-only past ("boarded") or a simple past
    ("told the committee he tried to …", "told staff members opened the doors to …")."""
    return word in _PRONOUN_SUBJECTS or _is_finite(word) or simple_past(word)


_TELL_VERBS = _forms("tell")
_FUNCTION_WORDS = (_NOT_SUBJECTS | _CLAUSE_OPENERS | {"that"}) - {"reporters", "journalists"}


def told_clause_start(verb: str, following: str) -> int | None:
    """Where the reported clause starts after "told <audience>" with no "that".

    "told reporters the governor was ...", "told the BBC on Sunday prices would ...": the
    audience is one to four words not ending in a function word, and what follows must
    look like a clause (:func:`bare_clause_ok`).  Returns an offset into ``following``.
    """
    if verb.lower() not in _TELL_VERBS:
        return None
    words = list(re.finditer(r"\S+", following[:120]))
    for count in range(1, min(5, len(words))):
        last = words[count - 1].group()
        if last.endswith((",", ";")):
            break  # "told Izvestia about this, noting that …": the audience ended before
        if last.lower() in _FUNCTION_WORDS or not last.isalpha():
            continue
        if words[count].group().endswith(","):
            continue  # "told RIA Novosti, the grants …": the audience goes on to the comma
        rest = following[words[count].start() :]
        if bare_clause_ok("said", rest):
            return words[count].start()
    return None


def against_clause(verb: str, following: str) -> bool:
    """ "warned against reading too much into ...": the warning is the reported content."""
    return verb.lower() in _AGAINST_VERBS and (following.lstrip().startswith("against "))


def has_finite_verb(words: str) -> bool:
    """ "the resilience was surprising given": a clause already, so a later "that" is not
    the one introducing the reported speech."""
    return any(word.lower() in _FINITE for word in words.split())


def has_verb_form(words: str) -> bool:
    """Whether any word could be a clause's verb (an auxiliary or an inflected form):
    "Later in the day, Ann Lee" has none, so it reports nothing."""
    return any(verb_form(word.lower().strip(",;:.!?()")) for word in words.split())


def starts_with_verb(words: str) -> bool:
    """Whether ``words`` open with a lower-case verb form that could be a clause's verb
    ("would step down", "plans to", "went home"), not a preposition or an adverb ("on
    Monday", "of Acme", "last week")."""
    first = words.split(None, 1)[:1]
    return bool(first) and first[0].isalpha() and first[0].islower() and verb_form(first[0])


def is_participle(word: str) -> bool:
    """Whether ``word`` is some verb's past or present participle ("granted", "held",
    "working"), not a noun ("signs", "protesters") nor a base form."""
    low = word.lower()
    return any(
        low in getInflection(lemma, "VBN") + getInflection(lemma, "VBG")
        for lemma in getAllLemmas(low).get("VERB", ())
    )


_AS_VERBS = _forms("as")


def reports_after_as(verb: str) -> bool:
    """ "Rents will rise, as Lee noted.": whether "as X <verb>" reports X's words (the
    lexicon's class ``as``, verbs that carry content).  With another verb ("as Lee
    testified", "as Lee answered") "as" means "while", and X reported nothing."""
    return " ".join(verb.lower().split()) in _AS_VERBS


def is_speech_ing(word: str) -> bool:
    """Whether ``word`` is the -ing form of a reporting verb ("saying", "warning")."""
    low = word.lower()
    return low.endswith("ing") and (
        low in _SINGLE_VERBS
        or any(lemma in _BASE_FORMS for lemma in getAllLemmas(low).get("VERB", ()))
    )


# "«…», - this is how Panin commented on the defeat.", "…, - that was how X put it.",
# "…, - so said X.": a demonstrative before the attribution that points back at the quote.
_HOW_OPENER = re.compile(
    r"[\s,]*(?:[-–—‒―]+\s*)?(?:(?:this|that)\s+(?:is|was)\s+how|(?P<so>so|thus))\s+(?=\S)",
    re.IGNORECASE,
)


def how_opener_end(text: str, lo: int, hi: int) -> int | None:
    """Where the attribution starts after "this is how" / "so" opening ``text[lo:hi]``
    (None when it does not open with one).  "So" and "thus" point back only with the verb
    right after them ("so said Panin"); '… “a lifeline,” so Tate said he would back it'
    has "so" for "therefore"."""
    match = _HOW_OPENER.match(text, lo, hi)
    if match is None:
        return None
    if match.group("so"):
        following = text[match.end() : hi].split(None, 1)
        if not following or following[0].lower() not in _SINGLE_VERBS:
            return None
    return match.end()


def tells(verb: str) -> bool:
    """Whether ``verb`` tells someone ("told", "informs"): its audience comes first."""
    return verb.lower() in _TELL_VERBS


def all_forms(lemma: str, particle: str = "") -> frozenset[str]:
    """Every form of the verb ``lemma`` (lemminflect), with its particle after each."""
    forms = {lemma}
    for inflected in getAllInflections(lemma, upos="VERB").values():
        forms.update(inflected)
    return frozenset(f"{form} {particle}".strip() for form in forms)


# Verbs of ruling out (in the lexicon with their base form) report only when negated: "did
# not rule out that fares would rise" reports the possibility, "ruled out that fares would
# rise" its opposite, which is no statement of the words after "that".
_RULING_OUT = all_forms("rule", "out") | all_forms("exclude")
_NEGATION_BEFORE = re.compile(
    r"\b(?:(?:did|does|do|has|have|had|would|will|could|can|is|was|were|are)\s+not|"
    r"didn[’']t|doesn[’']t|don[’']t|hasn[’']t|haven[’']t|cannot|can[’']t|won[’']t|"
    r"wouldn[’']t|couldn[’']t)\s+(?:(?:yet|even|completely|entirely|fully)\s+)?$",
    re.IGNORECASE,
)


# Verbs that report the opposite of their object: "Lee denied this" does not make the
# sentence "this" points at Lee's words.
_DENIALS = frozenset().union(
    *(all_forms(lemma) for lemma in ("deny", "dispute", "doubt", "question", "refute", "reject"))
)


# "Lee asked about it": a question about the sentence before, no claim of it.
_ASKING = frozenset().union(
    *(all_forms(lemma) for lemma in ("ask", "inquire", "enquire", "wonder", "query"))
)
# Verbs that, with "about this", pass on what "this" says ("Gromov told about this", a
# calque of the Russian "рассказал об этом"); "warned / complained about this" do not.
_INFORMING = frozenset().union(
    *(
        all_forms(lemma)
        for lemma in ("tell", "report", "say", "speak", "talk", "inform", "write", "announce")
    ),
    *(all_forms(lemma) for lemma in ("state", "comment", "explain", "recount", "post")),
)


def asks(verb: str) -> bool:
    """Whether ``verb`` asks ("asked", "wonders"): what it is about is no claim of the asker."""
    return verb.lower() in _ASKING


def informs(verb: str) -> bool:
    """Whether ``verb`` passes on content when its object is "about this" ("told", "wrote")."""
    return verb.lower() in _INFORMING


def denies(verb: str) -> bool:
    """Whether ``verb`` denies or doubts what its object says ("denied", "disputes")."""
    return verb.lower() in _DENIALS or verb.lower() in _RULING_OUT


def negated_report(verb: str, preceding: str) -> int | None:
    """For a verb of ruling out, where its negation starts in ``preceding`` (an offset),
    or ``-1`` when it is not negated and so reports nothing; ``None`` for other verbs."""
    if " ".join(verb.lower().split()) not in _RULING_OUT:
        return None
    negation = _NEGATION_BEFORE.search(preceding)
    return negation.start() if negation is not None else -1


_EXPECT_VERBS = _forms("expect")
_AGAINST_VERBS = _forms("against")
_OBJECT_VERBS = _forms("object")
_SOURCE_VERBS = _forms("source")
_DIRECTIVE_VERBS = _forms("directive")
_COMMIT_VERBS = _forms("commit")


def directs(verb: str) -> bool:
    """Whether ``verb`` directs someone ("told", "called on", "instructed"): its object and
    a to-infinitive are the content (:func:`app.ingest.directives.directive_object`)."""
    return verb.lower() in _DIRECTIVE_VERBS


def commits(verb: str) -> bool:
    """Whether ``verb`` commits or demands ("pledged", "vowed", "demanded"): a to-infinitive
    right after it is the content (:func:`app.ingest.directives.commits_to`)."""
    return verb.lower() in _COMMIT_VERBS


_PASSIVE_BEFORE = re.compile(
    r"\b(?:am|is|are|was|were|be|been|being|get|gets|got|getting)\s+(?:[a-z]+ly\s+)?$",
    re.IGNORECASE,
)


def passive_before(preceding: str) -> bool:
    """Whether ``preceding`` ends with a passive's auxiliary ("was", "were also", "got
    quickly"): the verb after it has its subject for object ("was told", "were asked")."""
    return _PASSIVE_BEFORE.search(preceding) is not None


def addressee_subject(verb: str, preceding: str) -> bool:
    """ "he was told that …", "they were assured that …", "she was instructed to …": a
    passive telling or directing verb makes its subject the one told, never the speaker
    (the speaker, if any, follows "by")."""
    low = verb.lower()
    return (
        low in _TELL_VERBS or low in _DIRECTIVE_VERBS or low in _COMMIT_VERBS
    ) and _PASSIVE_BEFORE.search(preceding) is not None


def is_source_verb(verb: str) -> bool:
    """ "CSN Chicago quotes Khabibulin": the subject is the outlet, the speaker follows."""
    return verb.lower() in _SOURCE_VERBS


def expectation_object(verb: str, following: str) -> bool:
    """ "expects two more cuts by March", "predicts Russia's influence to grow": what is
    forecast is the reported content even without a clause ("is expected to" is not)."""
    if verb.lower() not in _EXPECT_VERBS:
        return False
    words = following.split(None, 2)
    if len(words) < 2:
        return False
    first = words[0].lower()
    return (first.isalpha() or first.endswith(("'s", "’s"))) and first not in _FUNCTION_WORDS


_GERUND_VERBS = _forms("gerund")


_PASSIVE_AUXILIARIES = frozenset({"is", "are", "was", "were", "be", "been", "being", "not"})


def expects_to(verb: str, following: str, preceding: str) -> bool:
    """ "Bridenstine expects to produce three rockets": what the subject expects to do is
    the forecast; "is expected to" (a passive) says nobody's forecast."""
    if verb.lower() not in _EXPECT_VERBS or verb.lower().endswith("ing"):
        return False
    words = following.split(None, 2)
    before = preceding.split()[-1:]
    return (
        len(words) >= 2
        and words[0] == "to"
        and words[1].isalpha()
        and not (before and before[0].lower() in _PASSIVE_AUXILIARIES)
    )


def gerund_object(verb: str, following: str) -> bool:
    """ "suggests having 25 times …", "encouraged taking up a side hustle": the advised
    action, an -ing verb right after the verb, is the reported content."""
    if verb.lower() not in _GERUND_VERBS:
        return False
    first = following.split(None, 1)[:1]
    word = first[0].lower() if first else ""
    return word.endswith("ing") and word.isalpha() and "VERB" in getAllLemmas(word)


_PLEA_VERBS = _forms("plea")
# "begged the council not to …", 'begged lawmakers "not to …"', "asked the board to …":
# an object of one to four words, not opening with a preposition
# ("begged for mercy", "asked about the plan") nor a day ("asked on Monday to …"), then
# an infinitive (not "to the …": "asked a question to the mayor"; a known verb, checked
# in object_clause) or a quotation.
_PLEA_OBJECT = re.compile(
    r"\s*(?!(?:for|off|of|from|to|about|after|around|into|if|whether|why|how|what|when|"
    r"where|monday|tuesday|wednesday|thursday|friday|saturday|sunday|a\s+question|"
    r"questions)\b)(?:[\w’'-]+\s+){1,4}?(?:(?:not\s+)?to\s+(?!(?:the|a|an|his|her|its|their|"
    r"this|that|these|those|my|our|your|him|them|me|us)\b)(?P<verb>[a-z]+)|[\"“«_])",
    re.IGNORECASE,
)


_BLAME_VERBS = _forms("blame")
# "blamed the outage on a faulty pump": an object of one to six words, not opening with a
# preposition, then "on".
_BLAME_OBJECT = re.compile(
    r"\s*(?!(?:for|off|of|from|to|in|on|at|by|with)\b)(?:[\w’'-]+\s+){1,6}?on\s", re.IGNORECASE
)
_BRAND_VERBS = _forms("brand")
# "assailed Williams as part of …", "slammed the hearings as a “disgrace”": an object of
# one to five words, not opening with a preposition, then "as".
_BRAND_OBJECT = re.compile(
    r"\s*(?!(?:for|off|of|from|to|in|on|at|by|with)\b)(?:[\w’'-]+\s+){1,5}?as\s", re.IGNORECASE
)


def object_clause(verb: str, following: str) -> bool:
    """ "accused China of using …", "urged the public not to …": the verb's object and
    what follows it are the reported content.  A plea ("beg", "implore") needs its object
    to go on with an infinitive or a quotation: "begged for mercy", "begged to differ" and
    "begged forgiveness from the family" ask for nothing that could be reported.  A
    verb of calling names ("assail", "brand") needs its object to go on with "as"."""
    low = verb.lower()
    if low not in _OBJECT_VERBS:
        return False
    if low in _PLEA_VERBS:
        plea = _PLEA_OBJECT.match(following)
        if plea is None:
            return False
        infinitive = plea.group("verb")
        if infinitive is not None and "VERB" not in getAllLemmas(infinitive.lower()):
            return False  # "asked the clerk to bringback …": no verb, a typo or a noun
    if low in _BRAND_VERBS and _BRAND_OBJECT.match(following) is None:
        return False  # "slammed the door", "blasted off": no one is called anything
    if low in _BLAME_VERBS and _BLAME_OBJECT.match(following) is None:
        return False  # "blamed the government": whom, not what for
    first = following.split(None, 1)[:1]
    return bool(first) and first[0][:1].isalpha()

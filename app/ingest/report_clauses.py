"""The reported clause itself: where it starts and ends, and whether it is the narrator's
words.

Every reported-speech rule (:mod:`app.ingest.reported_speech`,
:mod:`app.ingest.source_phrases`) measures the clause it found with these: a day, or a
phrase of place or occasion, after the verb ("said on Monday the …", "said at the forum
she was …") is no part of it, an opening "according to …," is; a clause that opens with
a quotation, or is mostly quoted, belongs to the quote rules; an outlet tail ("…,
according to TASS") is no part of it.
"""

from __future__ import annotations

import re

from lemminflect import getAllLemmas  # type: ignore[import-untyped]

from app.ingest.article_state import ArticleState
from app.ingest.speech_verbs import (
    bare_clause_ok,
    has_verb_form,
    is_verb_form,
    verb_alternation,
    verb_form,
)

CONTEXT = 400  # how much text before a reported clause dates and classifies it
_SOURCE_TAIL = re.compile(
    r",\s+(?:according to|as reported by|reported|reports|citing|quoted by)\s+"
    r"[^,;:.!?]{1,60}$"
)
# "…, Caspnews reports.", "…, Qazpress News Agency reported on Monday.": an outlet named
# before its verb.  The outlet is 1-4 capitalised words whose last is a media word or an
# acronym ("TASS"), so "…, Lee wrote." (a person) is never cut.
_MEDIA_WORD = (
    r"(?:[A-Z][\w-]*(?:[Nn]ews|[Pp]ress|[Ii]nfo|[Mm]edia)|News|Agency|Press|TV|Times|Post|"
    r"Herald|Tribune|Radio|Gazette|Gazeta|Pravda|Vestnik|Izvestia|Vedomosti|Novosti|"
    r"Kommersant|Zeitung|Journal|Wire|Telegraph|Interfax|Xinhua|[A-Z]{2,6})"
)
_OUTLET_REPORTS = (
    r"(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}"
    + _MEDIA_WORD
    + r"\s+"
    # (a narrow set on purpose: an acronym before "warned" is a body as often as an outlet)
    + verb_alternation("outlet_reports")
    + r"\b"
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"today|yesterday))?"
)
_OUTLET_TAIL = re.compile(r",\s+" + _OUTLET_REPORTS + r"\s*$")
_ONLY_OUTLET = re.compile(r"\s*" + _OUTLET_REPORTS + r"\s*[.!]?\s*$")
_TAIL_REACH = 200  # longest ", according to <outlet>" tail looked for


def outlet_tail(masked: str, lo: int, hi: int) -> int | None:
    """Where a final outlet tail of ``masked[lo:hi]`` opens ("…, Caspnews reports",
    "…, reports TASS", "…, according to TASS"), or None.  Only the last ``_TAIL_REACH``
    characters are looked at."""
    start = max(lo, hi - _TAIL_REACH)
    tail = _SOURCE_TAIL.search(masked, start, hi) or _OUTLET_TAIL.search(masked, start, hi)
    return tail.start() if tail is not None else None


def only_outlet(masked: str, lo: int, hi: int) -> bool:
    """Whether ``masked[lo:hi]`` is nothing but an outlet and its verb ("Caspnews
    reports."): the source line of the whole sentence, never a clause someone said."""
    return _ONLY_OUTLET.fullmatch(masked, lo, hi) is not None


_DAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# "said on Monday the …", "said last week prices …": when it was said, then the clause.
_WHEN_SAID = re.compile(
    rf"\s*(?:(?:on\s+)?{_DAYS}|yesterday|(?:last|this|earlier\s+this)\s+"
    rf"(?:week|month|year|{_DAYS})|(?:late\s+|early\s+)?(?:last|on\s+\w+)\s+night)"
    r",?\s+(?=\S)",
    re.IGNORECASE,
)


def dated_clause_start(verb: str, following: str) -> int | None:
    """Where the reported clause starts after "said on Monday" with no "that": "said last
    week the reform would fail" (a bare clause must follow, :func:`bare_clause_ok`).
    Returns an offset into ``following``."""
    when = _WHEN_SAID.match(following)
    if when is None or not bare_clause_ok(verb, following[when.end() :]):
        return None
    return when.end()


# "said at the conference she was …", "said during the webinar they want …": a phrase
# of place or occasion (one to five words after its preposition), then a personal pronoun
# opening the reported clause; a noun there could still belong to the phrase.
_ADJUNCT_THEN_PRONOUN = re.compile(
    r"\s*(?:at|during|in|on|after|before|following|with)\s+"
    r"(?:(?!(?:and|but|or|if|when|where|while|which|who|because|so|then)\b)[\w'’-]+\s+){1,5}?"
    r"(?=(?:he|she|they|we|i|there)\s)",
    re.IGNORECASE,
)
# "said according to figures from 12 depots, it grew 9%": the source of the figures opens
# the reported clause, which goes on after its comma.
_ACCORDING_OPENS = re.compile(r"\s*according\s+to\s[^,.;:!?“”\"«»_]{1,80}?,\s+", re.IGNORECASE)


def adjunct_clause_start(verb: str, following: str) -> int | None:
    """Where the reported clause starts after a verb that takes a bare clause when a phrase
    of place or occasion comes first ("said at the conference she was …": after it) or the
    clause opens with "according to …," (at the verb: the source is part of the clause).
    Returns an offset into ``following``."""
    if not is_verb_form(verb, "adjunct_clause"):
        return None
    according = _ACCORDING_OPENS.match(following)
    if according is not None:
        if bare_clause_ok("said", following[according.end() :]):
            return 0
        return None
    adjunct = _ADJUNCT_THEN_PRONOUN.match(following)
    if adjunct is None or not bare_clause_ok(verb, following[adjunct.end() :]):
        return None
    return adjunct.end()


def reported_clause_end(state: ArticleState, clause_lo: int, hi: int) -> int:
    """Where a reported clause opening at ``clause_lo`` ends: the sentence's end, trimmed,
    before an outlet tail ("…, according to TASS": the outlet, not the speaker), and before
    a quotation opening after one that ended the sentence.  The tail is short, so only the
    end is looked at: O(log n) per clause."""
    cut = state.quote_break(clause_lo, hi)
    if cut is not None:
        hi = cut  # '… saying he was “shy by nature.” “I once …': the next quotation is not his
    clause_hi = state.trim_end(clause_lo, hi)
    tail = outlet_tail(state.masked_text, clause_lo, clause_hi)
    return tail if tail is not None else clause_hi


def whole_quotation(state: ArticleState, lo: int, hi: int, limit: int) -> tuple[int, int] | None:
    """``(start, end)`` of the quoted words when ``text[lo:hi]`` is one whole quotation
    (``writes that “the juntas have …”``); the quote rules skip it for want of a colon."""
    text = state.text
    while lo < hi and text[lo].isspace():
        lo += 1
    if hi - lo < 10 or text[lo] not in '“"«„':
        return None
    masked = state.masked_text
    close = _CLOSING.search(masked, lo + 1, limit)
    if (
        close is None
        or _NOT_FINAL.search(masked, close.end(), limit) is not None
        or (state.quoted_chars(lo + 1, close.start()) * 10 < (close.start() - lo - 1) * 8)
    ):
        return None  # the quotation does not fill the clause
    end = close.start()
    while end > lo + 1 and text[end - 1] in ", ":
        end -= 1
    return lo + 1, end


_CLOSING = re.compile(r"[”\"»“]")
_NOT_FINAL = re.compile(r"[^ .,;!?]")


def heavily_quoted(state: ArticleState, lo: int, hi: int) -> bool:
    """Whether quotations fill more than three tenths of the sentence ``[lo, hi)``.  The
    reported-speech rules that take a clause before an attribution ("…, Lee said.") leave
    such a sentence to the quote rules, and the quote rules keep its quote for that reason
    (no scare quote: :func:`app.ingest.inline_quotes.attribute_quote`)."""
    return state.quoted_chars(lo, hi) * 10 > (hi - lo) * 3


def too_thin(state: ArticleState, clause_lo: int, clause_hi: int) -> bool:
    """A clause too short to report anything, or mostly a quotation (the quote rules')."""
    return clause_hi - clause_lo < 8 or mostly_quoted(state, clause_lo, clause_hi)


def mostly_quoted(state: ArticleState, lo: int, hi: int) -> bool:
    """A reported clause is the narrator's words; one that opens with a quotation is a quote.

    A partial quote inside the clause ("said the text was “ninety percent ready”") is fine.
    """
    masked = state.masked_text
    head = masked[lo : lo + 3].lstrip()
    opens_quote = bool(head) and (
        head[0] == "_" or (head[0] in '“"«„' and head[1:2] in ("_", ""))
    )  # a quoted name ("Avantgarde" needs …) opens no quotation: it is not masked
    return not head or opens_quote or state.quoted_chars(lo, hi) * 10 > (hi - lo) * 8


# Verbs a relative clause after a stance noun leaves without their object: "concerns that
# colleagues had raised", "doubts that many investors share", "the position that he has
# held since 2018".
_GAP_LEMMAS = frozenset(
    {"raise", "share", "hold", "occupy", "voice", "express", "have", "take", "fill", "air"}
    | {"hear", "make", "keep", "accept", "reject", "dismiss", "address", "repeat", "know"}
)
_AFTER_GAP = frozenset(
    {"since", "for", "in", "at", "on", "by", "from", "during", "over", "until", "to", "with"}
    | {"before", "after", "earlier", "recently", "themselves", "himself", "herself", "too"}
)
_MODALS = frozenset({"would", "will", "could", "can", "may", "might", "should", "must"})


def relative_clause(clause: str) -> bool:
    """Whether the words after "that" read as a relative clause about the noun before it,
    not as the content of a stance: its verb comes first, with no subject ("a position that
    pays well", "a view that takes in the bay"), or a verb of holding or voicing is left
    without its object ("concerns that colleagues had raised for months")."""
    words = [word.strip(",;:.!?()").lower() for word in clause.split()]
    words = [word for word in words if word]
    if len(words) >= 2 and verb_form(words[0]) and not verb_form(words[1]):
        return True  # "pays more", "changed the canteen"; "rates would fall" has a subject
    for at, word in enumerate(words[1:], start=1):
        if not word.isalpha() or not set(getAllLemmas(word).get("VERB", ())) & _GAP_LEMMAS:
            continue
        last = at == len(words) - 1
        if not last and words[at + 1] not in _AFTER_GAP:
            continue
        past = word.endswith("ed") or word in {"held", "had", "taken", "made", "kept", "heard"}
        if past or (last and words[at - 1] not in _MODALS):
            return True  # "… had raised for months", "… many investors share"
    return False


_QUOTED_HEAD_WORDS = 3  # words after the quotation, at least, for a clause going on


def quoted_subject(state: ArticleState, lo: int, hi: int) -> bool:
    """Whether the clause ``[lo, hi)`` opens with a short quotation that the narrator's
    words go on from ('estimated that “hundreds of families” had left the district'): a
    paraphrase with a quoted subject, not a quote ('“We won,” he said' goes on after a
    comma; a quotation filling most of the clause is a quote)."""
    text = state.text
    while lo < hi and text[lo].isspace():
        lo += 1
    if hi - lo < 10 or text[lo] not in '“"«„':
        return False
    close = _CLOSING.search(text, lo + 1, hi)
    if close is None or (close.start() - lo) * 5 > (hi - lo) * 3:
        return False
    rest = state.masked_text[close.end() : hi]
    if rest[:1] != " " or "_" in rest:
        return False  # '“…,” he said', or another quotation: the quote rules'
    return len(rest.split()) >= _QUOTED_HEAD_WORDS and has_verb_form(rest)

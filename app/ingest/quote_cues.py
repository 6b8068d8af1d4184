"""Cues before a quotation that carry no punctuation of their own.

``United CEO Ann Lee said “there are too many airlines.”``: a saying verb right before the
opening mark, with neither comma nor colon, introduces the quotation when the quotation is
a sentence of its own (a few words that close with the sentence).  A short quoted phrase
after the verb ("said “no” to the plan") is not one.
"""

from __future__ import annotations

import re

from app.ingest.speech_verbs import all_forms, tells

# Verbs whose object may be the quoted words themselves.
_SAYING = frozenset().union(
    *(all_forms(lemma) for lemma in ("say", "add", "write", "declare", "insist", "reply"))
)
_CLOSING_MARKS = '”"»'
_QUOTE_REACH = 600  # characters of a quotation looked at, at most
_MIN_WORDS = 3
# The quotation closes its sentence: final punctuation inside the marks, or after them.
_ENDS_SENTENCE = re.compile(r"(?:[.!?]\s*[”\"»]|[”\"»]\s*(?:[.!?]|$))")


def said_right_before(text: str, verb: str | None, verb_end: int, open_mark: int) -> bool:
    """Whether the speech verb ``verb`` ending at ``verb_end`` introduces the quotation that
    opens at ``open_mark`` with nothing but a space between them (see module docstring)."""
    if verb is None or verb.lower() not in _SAYING or text[verb_end:open_mark].strip():
        return False
    close = -1
    for mark in _CLOSING_MARKS:
        at = text.find(mark, open_mark + 1, open_mark + _QUOTE_REACH)
        if at >= 0 and (close < 0 or at < close):
            close = at
    if close < 0 or len(text[open_mark + 1 : close].split()) < _MIN_WORDS:
        return False
    return _ENDS_SENTENCE.match(text, close - 1, close + 3) is not None or bool(
        _ENDS_SENTENCE.match(text, close, close + 3)
    )


_AUDIENCE_WORDS = 4  # "told lawmakers", "told the panel's members": the audience, at most


def after_audience(verb: str, rest: str) -> str:
    """The words after a telling verb's audience: "told lawmakers in testimony to the
    committee" -> "in testimony to the committee" (``rest`` follows the verb); ``rest``
    itself for any other verb or when no preposition follows a short audience."""
    if not tells(verb):
        return rest
    words = rest.split()
    for count, word in enumerate(words[: _AUDIENCE_WORDS + 1]):
        if word.lower() in _AUDIENCE_ENDS and count > 0:
            return " ".join(words[count:])
        if not word.isalpha() and not word.endswith(("'s", "’s")):
            break  # a comma or a quote mark: the audience is not plain words
    return rest


def ends_in_preposition(audience: str) -> bool:
    """Whether the words read as a telling verb's audience end with a preposition that
    opens an adverbial ("told reporters following "): what comes next is that
    preposition's object ("the meeting"), not the start of a reported clause."""
    words = audience.split()
    return bool(words) and words[-1].lower() in _AUDIENCE_ENDS


_WORD = re.compile(r"\s*+([A-Za-z]++)\s++")


def preposition_at(text: str, at: int) -> int | None:
    """The end of a preposition that ends an audience (see _AUDIENCE_ENDS) when one opens
    ``text`` at ``at`` ("following the meeting …": after "following "), else None."""
    word = _WORD.match(text, at)
    return word.end() if word is not None and word.group(1).lower() in _AUDIENCE_ENDS else None


# Prepositions that end the audience and open an adverbial.
_AUDIENCE_ENDS = frozenset(
    {"in", "at", "on", "during", "after", "before", "via", "by", "following"}
)


_TITLE_WORDS = 6  # "Meet the Press", "Fox News Sunday": a programme's name, at most
_TITLE_LINKS = frozenset({"the", "a", "an", "of", "and", "in", "on", "for", "to", "with", "at"})
# "said on NBC's", "told", "wrote in": where a quoted name of a programme or a paper stands.
_BEFORE_TITLE = re.compile(r"(?:\b(?:on|in|to|told|for)|['’]s)\s*$", re.IGNORECASE)


def quoted_title(text: str, open_mark: int, start: int, end: int) -> bool:
    """Whether the quotation ``text[start:end]`` (opening at ``open_mark``) is the name of a
    programme or a publication ('said on NBC's “Meet the Press.”', 'told “Fox News
    Sunday”'): a few words, each capitalised but the links, right after "on", "in", "to",
    "told" or a possessive."""
    words = text[start:end].strip().rstrip(".,!?").split()
    if not words or len(words) > _TITLE_WORDS or not words[0][:1].isupper():
        return False
    if not all(word[:1].isupper() or word in _TITLE_LINKS for word in words):
        return False
    return _BEFORE_TITLE.search(text, max(0, open_mark - 20), open_mark) is not None

"""Guards on what a pronoun, a role noun or an epithet may refer to, read from the text
around the reference (r1 A5, r3 P1, r2 P15).

* A speaker does not call themselves by name: a person named inside the quote the
  reference attributes ("“Well done to Mira …,” she said") is not its speaker.
* An unnamed person made the subject of a sentence ("One of the volunteers spoke …", "A
  retired teacher wrote …") is who a later "he"/"she" most likely means, so the pronoun
  does not skip back over them to the last named person.
* A name that stands after a pronoun subject in the same sentence ("he spoke about the
  call to dismiss Minister Oleg Sumin, he noted …") is an object, not that pronoun's
  referent.

Each guard reads a bounded window (a paragraph, a few hundred characters) around the
reference, so the parse stays linear in the text length.
"""

from __future__ import annotations

import re

from app.ingest.speech_verbs import verb_alternation
from app.ingest.vocabulary import person_nouns

_REACH = 600  # characters read on either side of a reference
_GAP_WORDS_BEFORE = 3  # '“…,” he said': words between a quote and a reference after it
_GAP_WORDS_AFTER = 6  # 'She then joked: “…”': words between a reference and its quote
_QUOTED = re.compile(r"_[_\s]*_|_")


def quote_next_to(text: str, masked: str, start: int, end: int) -> str | None:
    """The quote a reference at ``[start, end)`` attributes: the quoted run (masked as
    ``_``) that ends just before it ('“…,” he said') or opens just after it ('She then
    joked: “…”'), within its paragraph.  ``None`` when no quote is that close."""
    lo = max(0, start - _REACH, masked.rfind("\n", 0, start) + 1)
    newline = masked.find("\n", end)
    hi = min(len(masked), end + _REACH, newline if newline >= 0 else len(masked))
    before = masked.rfind("_", lo, start)
    if before >= 0:
        gap = masked[before + 1 : start]
        if len(gap.split()) <= _GAP_WORDS_BEFORE and not _SENTENCE_END.search(gap):
            run_start = before
            while run_start > lo and (masked[run_start - 1] == "_" or masked[run_start - 1] == " "):
                run_start -= 1
            return text[run_start : before + 1]
    after = masked.find("_", end, hi)
    if after >= 0:
        gap = masked[end:after]
        if len(gap.split()) <= _GAP_WORDS_AFTER and not _SENTENCE_END.search(gap):
            run_end = after
            while run_end < hi and (masked[run_end] == "_" or masked[run_end] == " "):
                run_end += 1
            return text[after:run_end]
    return None


_SENTENCE_END = re.compile(r"[.!?]\s")


def named_in(quote: str, words: list[str]) -> bool:
    """Whether the quote names the person of ``words`` by their given name, their surname
    or their full name (a capitalised word of three letters or more, as a whole word)."""
    names = {word for word in (words[0], words[-1]) if len(word) >= 3 and word[:1].isupper()}
    return any(re.search(rf"\b{re.escape(name)}\b", quote) for name in names)


# "One of the volunteers", "A retired teacher", "An elderly man", "Another resident": an
# indefinite person phrase opening a sentence, as its subject.
_UNNAMED_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:One\s+of\s+the\s+(?:[a-z-]+\s+){0,2}[a-z-]+s"
    r"|(?:A|An|Another)\s+(?:[a-z-]+\s+){0,2}(?P<noun>[a-z-]+))"
    # ("spoke" reports no content, so the lexicon leaves it out)
    rf"(?=,|\s+(?:who|[a-z]+ed|[a-z]+s|was|is|has|had|spoke|{verb_alternation(tenses='past')})\b)"
)
# Nouns for people that such a subject may have (a job noun counts as well).
_PERSON_NOUNS = person_nouns("unnamed")
_GENDERED = dict.fromkeys(person_nouns("male"), "m") | dict.fromkeys(person_nouns("female"), "f")


def unnamed_subject_since(masked: str, at: int, pronoun: str, words: list[str]) -> bool:
    """Whether, in the few hundred characters before a pronoun at ``at``, a sentence opens
    with an unnamed person as its subject and the person of ``words`` is not named again
    after it: then the pronoun means the unnamed person (r3 P1), not them."""
    lo = max(0, at - _REACH)
    last = None
    for found in _UNNAMED_SUBJECT.finditer(masked, lo, at):
        noun = found.group("noun")
        if noun is not None and noun not in _PERSON_NOUNS:
            continue
        gender = _GENDERED.get(noun or "")
        wanted = {"he": "m", "she": "f"}.get(pronoun)
        if gender is not None and wanted is not None and gender != wanted:
            continue  # "A woman wrote … “…,” he said": not her
        last = found
    if last is None:
        return False
    return not named_in(masked[last.end() : at], words)


def object_after_pronoun_subject(masked: str, at: int, pronoun: str, words: list[str]) -> bool:
    """Whether the person of ``words`` is named in the sentence of a pronoun at ``at`` only
    after an earlier pronoun subject of the same gender ("In particular, he spoke about the
    call to dismiss Minister Oleg Sumin, he noted …"): that name is an object there, and
    both pronouns mean the sentence's subject (r2 P15)."""
    lo = max(0, at - _REACH)
    for end in _SENTENCE_END.finditer(masked, lo, at):
        lo = end.end()
    sentence = masked[lo:at]
    if "_" in sentence:
        return False  # a quote may hide sentence ends and a speaker change: not one clause
    first = re.search(rf"\b{re.escape(pronoun)}\b", sentence, re.IGNORECASE)
    if first is None:
        return False
    return named_in(sentence[first.end() :], words)

"""Coordinated speakers: "Volker and Morrison said that …" reports both of them.

The subject rules (:func:`app.ingest.attribution.subject_before`) find the person next to
the verb, the last of a coordination.  :func:`coordinated_before` finds the one before
"and": a name run or a pronoun that opens the coordination ("Volker and Morrison said",
"both Vindman and Williams told lawmakers", "But he and Bowersox listed").  The statement
is then stored once for each of them (the gold lists one statement per speaker).

Only people are coordinated: a surname resolves to someone the article already named, a
full name needs a known given name first ("Morgan Stanley and Lee said" names a bank), and
nothing glued to an organisation noun or after "at"/"from" counts.  The window is bounded,
so each attribution costs O(1).
"""

from __future__ import annotations

from app.ingest.attribution import (
    PRONOUNS,
    Mention,
    mention_from_run,
    part_of_organization,
    place_before_name,
)
from app.ingest.people.given_names import gender_of_name, is_common_word_not_name
from app.ingest.tokens import Token, name_runs, tokenize

_REACH = 80  # characters before the last subject looked at for "X and"
# Words that may open a coordinated subject: "both X and Y", "that X and Y", "But X and Y".
_OPENERS = frozenset(
    {"both", "that", "but", "and", "while", "when", "as", "however", "then", "so", "yet"}
)


def _opens_subject(tokens: list[Token], first: int, at_sentence_start: bool) -> bool:
    """Whether ``tokens[first]`` begins a subject: the sentence's first word, a word after a
    comma, or one after an opener ("both", "that", "but" ...)."""
    if first == 0:
        return at_sentence_start
    before = tokens[first - 1]
    return before.trailing.endswith((",", ";", ":")) or (
        before.core.lower() in _OPENERS and not before.trailing
    )


def _listed(tokens: list[Token], first: int) -> bool:
    """ "Varner, Greer and Lee": a capitalised word and a comma before the run make a list
    of three or more, which is left alone ("However, Greer and Lee" is no list)."""
    if first == 0:
        return False
    before = tokens[first - 1]
    return (
        before.trailing == "," and before.core[:1].isupper() and before.core.lower() not in _OPENERS
    )


def coordinated_before(text: str, lo: int, mention: Mention) -> Mention | None:
    """The person coordinated by "and" right before ``mention`` (a name or a pronoun), if
    the coordination opens the subject; ``lo`` is where the sentence begins."""
    if mention.kind not in ("name", "pronoun"):
        return None
    window_lo = max(lo, mention.start - _REACH)
    tokens = tokenize(text, window_lo, mention.start)
    if len(tokens) < 2 or tokens[-1].raw != "and":
        return None
    last = len(tokens) - 1  # the "and"
    at_start = window_lo == lo or not text[lo : tokens[0].start].strip()
    other = tokens[last - 1]
    if other.trailing:
        return None  # "Smith, Jones and Lee": lists of three are left alone
    if other.core.lower() in PRONOUNS:
        if not _opens_subject(tokens, last - 1, at_start):
            return None
        return Mention(other.start, other.end, "pronoun", noun=other.core.lower())
    runs = name_runs(tokens[:last])
    if not runs or runs[-1][1] != last:
        return None
    first, end = runs[-1]
    if (
        not _opens_subject(tokens, first, at_start)
        or _listed(tokens, first)
        or part_of_organization(tokens, first, end)
        or place_before_name(tokens, first, end)
        or is_common_word_not_name(tokens[first].core)
    ):
        return None
    found = mention_from_run(text, tokens, first, end, tokens[first].start)
    if found.full and gender_of_name(found.words[0]) is None:
        return None  # "Morgan Stanley and Lee": no given name, no person
    return found

"""A person referred back to by their nation: "Rafael Nadal of Spain beat … “…,” the
Spaniard told reporters."

Two halves:

- :func:`nation_cue` reads, right next to a name, the word that ties its person to a state:
  before it ("Dutch coach Guus Hiddink", "Spain's Rafael Nadal", "Briton Andy Murray") or
  after it ("Rafael Nadal of Spain", "Nadal (Spain)", "Luis Maas, a Portuguese,", "Guus
  Hiddink, the Dutch coach,", "Ann Lee, who plays for Spain,").
  :func:`app.ingest.people.introductions.register_mentions` notes it in the registry
  (:meth:`app.ingest.people.registry.Registry.note_nation`).
- :mod:`app.ingest.people.nation_subjects` finds "the Spaniard" as the subject of a
  reporting verb; :func:`app.ingest.people.coreference.resolve` takes such a role mention
  to the one person the article tied to that state before it
  (:meth:`app.ingest.people.registry.Registry.by_nation`), and to nobody when several were.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from app.ingest.people.given_names import gender_of_name
from app.ingest.people.names import is_role_word, word_set
from app.ingest.people.nationalities import nation_of, nation_of_code
from app.ingest.tokens import Token

if TYPE_CHECKING:
    from app.ingest.people.registry import Registry

__all__ = ["nation_cue", "tie_to_nation"]

_CUE_REACH = 80  # characters either side of a name read for its nation
_WORDS_BEFORE = 5  # words walked back from a name to a nation word ("Spanish star X")
# Words that may stand between a nation word and the name: "Spanish world No. 1 X",
# "Dutch former coach X", "Portuguese 19-year-old X".
_MODIFIERS = word_set(
    """former ex veteran star young top world no. no number one two three seeded defending
    national team head chief new then"""
)
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]“”\"«»—–!?]|(?<!\b[Nn]o)\.\s|\s-\s")
_POSSESSIVE = re.compile(r"['’]s$")


def _nation_in_word(word: str) -> str | None:
    """The state a capitalised word of nation names ("Spanish", "Spain's", "Briton")."""
    if not word[:1].isupper():
        return None
    return nation_of(_POSSESSIVE.sub("", word))


def _before(text: str, start: int, lo: int) -> str | None:
    """The state named by a word a few words before a name, with only jobs, ranks,
    capitalised words and ages between: "Dutch coach [Guus Hiddink]", "Spain's [Rafael
    Nadal]", "Spanish world No. 1 [X]"; not across a clause break ("In Spain, X")."""
    window = text[max(lo, start - _CUE_REACH) : start]
    breaks = list(_CLAUSE_BREAK.finditer(window))
    if breaks:
        window = window[breaks[-1].end() :]
    words = window.split()
    for word in reversed(words[-_WORDS_BEFORE:]):
        nation = _nation_in_word(word)
        if nation is not None:
            return nation
        low = word.lower()
        if not (
            word[:1].isupper()
            or is_role_word(low)
            or low in _MODIFIERS
            or low.endswith("-year-old")
            or low.isdigit()
        ):
            return None  # "Spain beat Russia as [X]": "as" ends the name's own words
    return None


# After a name: "(Spain)", "of Spain", "from the Netherlands", ", a Spaniard,", ", the
# Dutch coach,": the state word is the first capitalised word of the phrase.
_AFTER = re.compile(
    r"\s*\(\s*(?P<bracket>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)\s*\)"
    r"|,?\s+(?:of|from)\s+(?P<of>(?:the\s+)?[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)"
    r"|,\s+(?:a|an|the)\s+(?:[a-z][\w.-]*\s+){0,3}?(?P<apposition>[A-Z][a-z]+)\b"
    # "X, who plays for Spain,", "X, who captained Portugal": the national side
    r"|,\s+who\s+(?:also\s+)?(?:plays|played|represents|represented|captains|captained)\s+"
    r"(?:for\s+)?(?P<team>(?:the\s+)?[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b(?!\s+[A-Z])"
)


def _after(text: str, end: int, hi: int) -> str | None:
    found = _AFTER.match(text, end, min(hi, end + _CUE_REACH))
    if found is None:
        return None
    phrase = (
        found.group("bracket")
        or found.group("of")
        or found.group("apposition")
        or found.group("team")
        or ""
    )
    nation = nation_of(phrase)
    if nation is None and found.group("bracket"):
        nation = nation_of_code(phrase)  # "Rafael Nadal (ESP)"
    if nation is None and " " in phrase:
        nation = nation_of(phrase.split()[0])  # "(South Africa)" read whole first
    return nation


def nation_cue(text: str, start: int, end: int, lo: int, hi: int) -> str | None:
    """The state (lower case) that the text ties the name at ``start:end`` to, read in
    its sentence ``lo:hi`` right next to the name (see the module docstring); None if
    neither side names one, or the two sides name different ones."""
    before = _before(text, start, lo)
    after = _after(text, end, hi)
    if before is not None and after is not None and before != after:
        return None
    return before or after


def tie_to_nation(
    registry: Registry,
    text: str,
    tokens: list[Token],
    run: tuple[int, int],
    sentence: tuple[int, int],
    known: list[str] | None = None,
) -> None:
    """Note in ``registry`` the state the text ties the name run ``run`` (token indexes)
    to, if any (:func:`nation_cue`); a nation word opening the run ("Briton Andy Murray")
    counts too.  ``known`` is the full name of the person the run was resolved to; without
    one, only a run opening with a known given name counts ("Davis Cup" is nobody)."""
    first, end = run
    inside = None
    while end - first > 2 and (
        _nation_in_word(tokens[first].core) or is_role_word(tokens[first].core.lower())
    ):
        inside = inside or _nation_in_word(tokens[first].core)
        first += 1
    words = known or [token.core for token in tokens[first:end]]
    if len(words) < 2 or any(_nation_in_word(word) for word in words):
        return
    if known is None and gender_of_name(words[0]) is None:
        return
    lo, hi = sentence
    start, stop = _core_bounds(tokens[first])[0], _core_bounds(tokens[end - 1])[1]
    nation = inside or nation_cue(text, start, stop, lo, hi)
    if nation is not None:
        registry.note_nation(words, nation, stop)


def _core_bounds(token: Token) -> tuple[int, int]:
    """Where a token's word starts and ends, without the punctuation glued to it ("Maas,")."""
    at = max(0, token.raw.find(token.core))
    return token.start + at, token.start + at + len(token.core)

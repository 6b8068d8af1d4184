"""The analyst's query language, parsed once and compiled for SQLite FTS5 or PostgreSQL.

Syntax: words are ANDed; ``"a phrase"``; ``stabil*`` (prefix, also on a phrase's last
word); ``a OR b`` (OR binds tighter than the implicit AND, as in web search engines, so
``tokayev troops OR army`` is tokayev AND (troops OR army)); ``-term`` or ``-"a phrase"``
excludes. Matching is case-insensitive and ignores diacritics, because both sides are
folded by :func:`normalise_words` here and by the same rules in the stores.

Anything malformed raises :class:`InvalidParameter` (a 422), never reaches the database.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from app.core.errors import InvalidParameter

MAX_QUERY_LENGTH = 500
MAX_ATOMS = 16

_TOKEN = re.compile(r'-?"[^"]*"\*?|\S+')
# Diacritics are dropped from Latin letters only, as FTS5's unicode61 tokenizer does; the
# PostgreSQL trigger applies the same regular expression to the same NFD form.
_LATIN_MARKS = re.compile("([a-z])[\u0300-\u036f]+")


def _is_word_char(char: str) -> bool:
    # Mirrors FTS5 unicode61: letters, numbers, marks and private-use are token characters.
    category = unicodedata.category(char)
    return category[0] in "LNM" or category == "Co"


def fold(word: str) -> str:
    """Lower case without diacritics: the form both stores index."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    return unicodedata.normalize("NFC", _LATIN_MARKS.sub(r"\1", decomposed))


_ASCII_WORD = re.compile(r"[A-Za-z0-9]+")


def word_spans(text: str) -> list[tuple[int, int, str]]:
    """Each word of ``text`` as (start, end, folded form), split as the stores split."""
    if text.isascii():
        # In ASCII the word characters are exactly letters and digits and folding is
        # lower-casing: one regular expression instead of a Unicode lookup per character
        # (highlighting a page of results took half of a search's CPU time).
        return [(m.start(), m.end(), m.group().lower()) for m in _ASCII_WORD.finditer(text)]
    return unicode_word_spans(text)


def unicode_word_spans(text: str) -> list[tuple[int, int, str]]:
    """``word_spans`` for any text, a character at a time."""
    spans: list[tuple[int, int, str]] = []
    start: int | None = None
    for index, char in enumerate(text):
        if _is_word_char(char):
            if start is None:
                start = index
        elif start is not None:
            spans.append((start, index, fold(text[start:index])))
            start = None
    if start is not None:
        spans.append((start, len(text), fold(text[start:])))
    return [span for span in spans if span[2]]


def normalise_words(text: str) -> list[str]:
    return [folded for _, _, folded in word_spans(text)]


@dataclass(frozen=True)
class Atom:
    """A word or a phrase; ``prefix`` makes its last word match any word starting so."""

    words: tuple[str, ...]
    prefix: bool = False


@dataclass(frozen=True)
class Clause:
    """Alternatives joined by OR; a negated clause excludes what it matches."""

    atoms: tuple[Atom, ...]
    negated: bool = False


@dataclass(frozen=True)
class SearchQuery:
    clauses: tuple[Clause, ...]

    @property
    def positive_atoms(self) -> list[Atom]:
        return [atom for clause in self.clauses if not clause.negated for atom in clause.atoms]

    def to_fts5(self) -> str:
        """An FTS5 MATCH expression. Every word is quoted, so nothing the user typed can be
        read as FTS5 syntax."""

        def atom(a: Atom) -> str:
            return '"' + " ".join(a.words) + '"' + ("*" if a.prefix else "")

        def group(c: Clause) -> str:
            inner = " OR ".join(atom(a) for a in c.atoms)
            return f"({inner})" if len(c.atoms) > 1 else inner

        positive = " AND ".join(group(c) for c in self.clauses if not c.negated)
        negative = "".join(f" NOT {group(c)}" for c in self.clauses if c.negated)
        return f"({positive}){negative}" if negative else positive

    def to_tsquery(self) -> str:
        """A ``to_tsquery('simple', ...)`` expression. Words are folded to letters and
        digits only, so quoting them makes every one a plain lexeme."""

        def atom(a: Atom) -> str:
            lexemes = [f"'{w}'" for w in a.words]
            if a.prefix:
                lexemes[-1] += ":*"
            joined = " <-> ".join(lexemes)
            return f"({joined})" if len(lexemes) > 1 else joined

        def group(c: Clause) -> str:
            inner = " | ".join(atom(a) for a in c.atoms)
            wrapped = f"({inner})" if len(c.atoms) > 1 else inner
            return f"!{wrapped}" if c.negated else wrapped

        return " & ".join(group(c) for c in self.clauses)


def _atom(raw: str) -> Atom:
    prefix = raw.endswith("*")
    body = raw[:-1] if prefix else raw
    quoted = body.startswith('"')
    if quoted:
        body = body[1:-1]
    if "*" in body:
        raise InvalidParameter(f"q: '*' may only end a word or a phrase, as in stabil* ({raw!r}).")
    words = normalise_words(body)
    if not words:
        what = "phrase" if quoted else "term"
        raise InvalidParameter(f"q: the {what} {raw!r} has no letters or digits to search for.")
    return Atom(words=tuple(words), prefix=prefix)


def parse_query(text: str) -> SearchQuery:
    """Parse ``q``; raises InvalidParameter with a message an analyst can act on."""
    if len(text) > MAX_QUERY_LENGTH:
        raise InvalidParameter(f"q is longer than {MAX_QUERY_LENGTH} characters.")
    if text.count('"') % 2:
        raise InvalidParameter('q has an unbalanced double quote; close every "phrase".')
    tokens = _TOKEN.findall(text)
    if not tokens:
        raise InvalidParameter("q is empty; give at least one word to search for.")
    clauses: list[list[Atom]] = []
    negated: list[bool] = []
    expect_term = True
    joined_by_or = False
    for token in tokens:
        if token == "OR":
            if expect_term or negated[-1]:
                raise InvalidParameter(
                    "q: OR must stand between two terms, and cannot follow a -term."
                )
            expect_term, joined_by_or = True, True
            continue
        if token == "AND":
            if expect_term:
                raise InvalidParameter("q: AND must stand between two terms.")
            expect_term = True
            continue
        is_negated = token.startswith("-")
        if is_negated:
            token = token[1:]
            if not token:
                raise InvalidParameter("q: a lone '-' excludes nothing; write -term.")
            if joined_by_or:
                raise InvalidParameter("q: a -term cannot be an alternative of OR.")
        atom = _atom(token)
        if joined_by_or:
            clauses[-1].append(atom)
        else:
            clauses.append([atom])
            negated.append(is_negated)
        expect_term, joined_by_or = False, False
    if expect_term:
        raise InvalidParameter(f"q ends with an operator ({tokens[-1]}); add a term after it.")
    if all(negated):
        raise InvalidParameter("q needs at least one term to match, not only -terms.")
    if sum(len(c) for c in clauses) > MAX_ATOMS:
        raise InvalidParameter(f"q has more than {MAX_ATOMS} terms.")
    return SearchQuery(
        clauses=tuple(Clause(tuple(c), n) for c, n in zip(clauses, negated, strict=True))
    )

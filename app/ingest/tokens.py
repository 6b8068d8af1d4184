"""Tokens and name runs: the units that person references are built from.

A token is a whitespace-delimited word with absolute offsets; its ``core`` is the word
without surrounding punctuation.  A *name run* is a maximal sequence of name words
(:func:`app.ingest.people.names.is_name_word`), initials and nobiliary particles.  Attribution
looks at bounded windows around every verb, so tokens of the whole text are computed once
and windows are cut from them by bisection: linear in the text length overall.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import NamedTuple

from app.ingest.people.given_names import gender_of_name, is_common_word_not_name
from app.ingest.people.names import (
    EVENT_WORDS,
    TITLE_ABBREVIATIONS,
    TITLE_WORDS,
    is_event_name,
    is_initial,
    is_name_suffix,
    is_name_word,
    is_org_word,
    is_particle,
    is_patronymic_particle,
    is_plural_org_word,
    is_role_word,
    is_surname_title,
    strip_token,
    word_set,
)
from app.ingest.people.nationalities import country_of, is_country
from app.ingest.speech_verbs import verb_forms


class Token(NamedTuple):
    """A whitespace-delimited token; ``core`` is the word without surrounding punctuation."""

    start: int
    end: int
    raw: str
    core: str
    # Whether a line break stands between this token and the one before it: a name run
    # never crosses one ("said Velde" / "Velde stated" are two names, not "Velde Velde").
    line_start: bool = False

    @property
    def trailing(self) -> str:
        """Punctuation glued after the word (``","`` in ``"Doe,"``); the dot of an
        abbreviated title or place prefix ("Gov.", "Sen.", "St.") is the word's."""
        if self.raw == self.core:
            return ""  # most words: nothing glued on either side
        if self.raw.lower() in _DOTTED_TITLES:
            return ""
        index = self.raw.rfind(self.core) + len(self.core) if self.core else len(self.raw)
        return self.raw[index:]


# "St. Petersburg", "Mt. Vernon": an abbreviated "Saint" or "Mount" before a place's name.
_PLACE_PREFIXES = frozenset({"St.", "Ste.", "Mt.", "Ft."})
_DOTTED_TITLES = frozenset(f"{title}." for title in TITLE_ABBREVIATIONS) | frozenset(
    prefix.lower() for prefix in _PLACE_PREFIXES
)
_TOKEN = re.compile(r"\S+")


def _after_line_break(text: str, start: int) -> bool:
    """Whether the white space right before ``start`` holds a line break (it is read
    back only over that white space, so each token costs its own gap)."""
    index = start - 1
    while index >= 0 and text[index].isspace():
        if text[index] == "\n":
            return True
        index -= 1
    return False


# A token with the white space before it: the gap tells whether a line break comes
# between two tokens without reading the text back from each token.
_GAP_AND_TOKEN = re.compile(r"(\s*)(\S+)")


def _scan(text: str, lo: int, hi: int) -> list[Token]:
    tokens: list[Token] = []
    append = tokens.append
    new = tuple.__new__  # one C call per token, not the keyword-aware constructor
    for match in _GAP_AND_TOKEN.finditer(text, lo, hi):
        gap, raw = match.groups()
        start, end = match.span(2)
        # the first token's gap may begin before ``lo``: read it back from the text
        broken = "\n" in gap if tokens else _after_line_break(text, start)
        append(new(Token, (start, end, raw, strip_token(raw), broken)))
    return tokens


class _TokenCache:
    """The tokens of a stretch of the last text seen, so overlapping windows are not
    re-tokenised.

    Attribution looks at bounded windows around every verb; on long paragraphs those windows
    overlap heavily, and tokenising each one again would cost O(window) per verb.  Only a
    chunk around the requested window is tokenised (the parse walks forward), so memory
    stays bounded however long the text is.
    """

    BEFORE = 2048  # characters tokenised before a window that misses the chunk
    AFTER = 16384  # ... and after it
    WHOLE = 65536  # texts up to this long are tokenised whole

    # One tuple, replaced in a single assignment, so concurrent parses never mix entries.
    entry: tuple[str, int, int, list[Token], list[int]] | None = None

    @classmethod
    def window(cls, text: str, lo: int, hi: int) -> list[Token]:
        entry = cls.entry
        if entry is None or entry[0] is not text or lo < entry[1] or hi > entry[2]:
            if len(text) <= cls.WHOLE:
                chunk_lo, chunk_hi = 0, len(text)  # an ordinary article: all of it, once
            else:
                chunk_lo, chunk_hi = max(0, lo - cls.BEFORE), min(len(text), hi + cls.AFTER)
            tokens = _scan(text, chunk_lo, chunk_hi)
            entry = (text, chunk_lo, chunk_hi, tokens, [t.start for t in tokens])
            cls.entry = entry
        _, chunk_lo, _, tokens, starts = entry
        first = bisect_left(starts, lo)
        last = bisect_left(starts, hi, first)
        found = tokens[first:last]
        head: list[Token] = []
        if first > 0 and tokens[first - 1].end > lo:
            head = _scan(text, lo, min(hi, tokens[first - 1].end))  # token cut by ``lo``
        if found and found[-1].end > hi:
            found = [*found[:-1], *_scan(text, found[-1].start, hi)]  # cut by ``hi``
        return [*head, *found] if head else found


def tokenize(text: str, lo: int, hi: int) -> list[Token]:
    """Whitespace tokens of ``text[lo:hi]`` with absolute offsets."""
    if hi - lo < 60:
        return _scan(text, lo, hi)
    return _TokenCache.window(text, lo, hi)


def is_possessive(token: Token) -> bool:
    return token.core.endswith(("'s", "’s", "s'", "s’"))


_ABBREVIATED_TITLES = frozenset({"sen.", "rep.", "gov.", "gen.", "col.", "lt.", "capt.", "sgt."})


def _nameish(token: Token) -> bool:
    # "Sen." is a title, but "Amrita Sen" is a surname: only the abbreviation is a title.
    return (
        is_name_word(token.core)
        and not is_possessive(token)
        and (token.raw.lower().rstrip(",;:") not in _ABBREVIATED_TITLES)
    )


def _surname_like_pronoun(tokens: list[Token], i: int) -> bool:
    """ "spokeswoman He Yadong": the Chinese surname He, not the pronoun, when a given name
    follows it directly."""
    tok = tokens[i]
    return tok.raw == "He" and i + 1 < len(tokens) and _nameish(tokens[i + 1])


# Months (and a month's abbreviation) that are also given names: "Jan Vos", "April
# Fernald", "June Carter", not "Jan 5", "June 2020" or "in May Congress voted".
_MONTH_GIVEN_NAMES = frozenset({"Jan", "April", "May", "June", "August"})
# Words before a month that make it a date: "in May Chen said" is Chen speaking in May.
_BEFORE_MONTHS = word_set(
    "in since until till by from of during last this next early late mid before after "
    "through between"
)


def _given_name_like_month(tokens: list[Token], i: int) -> bool:
    """ "Organizer Jan Vos", "April Fernald said": a month name right before a name word
    (not a common word, an organisation's word or a number) is a given name, unless a
    preposition or a time word before it makes it a date ("in May Chen said")."""
    tok = tokens[i]
    if tok.raw not in _MONTH_GIVEN_NAMES or i + 1 >= len(tokens) or tok.trailing:
        return False
    after = tokens[i + 1]
    if not (_nameish(after) and is_name_word(after.core)):
        return False
    if tok.raw == "Jan":
        return True
    if is_common_word_not_name(after.core) or after.core.lower() in _MONTH_NEIGHBOURS:
        return False
    # a date after a preposition or a time word ("in May", "since June")
    return not (
        i > 0 and tokens[i - 1].core.lower() in _BEFORE_MONTHS and not tokens[i - 1].trailing
    )


# Capitalised words after a month that do not make it a given name.
_MONTH_NEIGHBOURS = frozenset({"day", "be", "have", "see", "not", "also", "still"})


def _surname_like_title(tokens: list[Token], j: int, first: int) -> bool:
    """ "Michael Bishop", "Carole King": a title or job word that ends a name begun by a
    given name is a surname."""
    if j <= first:
        return False
    tok, before = tokens[j], tokens[j - 1]
    return (
        is_surname_title(tok.core)
        and _nameish(before)
        and not before.trailing
        and not is_possessive(tok)
        and (
            j + 1 == len(tokens)
            or bool(tok.trailing)
            or not (_nameish(tokens[j + 1]) or tokens[j + 1].core in _ROLE_LINKS)
        )
    )


_BEFORE_BODIES = frozenset({"the", "a", "an", "of", "at", "from", "for", "in", "to", "by"})


# Words after "Name Org," that open no person's apposition: "Grace Church, which …",
# "Victoria University, the country's oldest, …" may be the body's own; "…, said …"
# goes on with the sentence (the verbs: reporting_verb_sets.txt, comma_goes_on).
_NOT_AN_APPOSITION = frozenset(
    {"which", "that", "where", "whose", "when", "and", "or", "but", "the", "a", "an", "its"}
    | {"in", "on", "at", "for", "with", "by", "to", "of"}
    | frozenset(verb_forms("comma_goes_on"))
)


def _surname_like_org_word(tokens: list[Token], j: int, first: int) -> bool:
    """ "Sarah House, senior economist": an organisation word right after a known given
    name, ending the run and followed by a comma and a lower-case apposition (a job), is a
    surname; not "Grace Church Hall", nor a bare "Victoria University said" or "Austin
    Energy said", which are bodies as often as people."""
    if j != first + 1 or j + 1 >= len(tokens):
        return False
    tok = tokens[j]
    after = tokens[j + 1].core
    if tok.trailing != "," or not after[:1].islower() or after in _NOT_AN_APPOSITION:
        return False
    before = tokens[j - 1]
    if first > 0 and not tokens[first - 1].trailing:
        word = tokens[first - 1].core
        if word[:1].isupper() or word.lower() in _BEFORE_BODIES:
            # "New York Times", "of the Kiel Bank": the given-name-like word opens a body
            return False
    return (
        is_org_word(tok.core)
        and tok.core[:1].isupper()
        and tok.core[1:].islower()
        and not before.trailing
        and gender_of_name(before.core) is not None
        and not is_possessive(tok)
    )


def _plural_org_surname(tokens: list[Token], j: int, first: int) -> bool:
    """ "Paul Chambers said", "Nora Banks, an economist": a plural organisation head
    ("Chambers", "Banks") right after a known given name (or a given name and an initial)
    is a surname; not "Harbor Chambers of Commerce" (no given name), nor "… Banks of
    Ohio" or "Paul Banks Group" (a body's name goes on), nor "the Jersey Banks"."""
    if j - first not in (1, 2) or j >= len(tokens):
        return False
    tok = tokens[j]
    word = tok.core
    if not (word[:1].isupper() and word[1:].islower() and is_plural_org_word(word)):
        return False
    if any(tokens[k].trailing and not is_initial(tokens[k].raw) for k in range(first, j)):
        return False
    if j - first == 2 and not is_initial(tokens[first + 1].raw):
        return False
    given = tokens[first].core
    if gender_of_name(given) is None or country_of(given) or is_country(given):
        return False
    if first > 0 and not tokens[first - 1].trailing:
        before = tokens[first - 1].core
        title = before.lower() in TITLE_WORDS or is_role_word(before)
        if (before[:1].isupper() and not title) or before.lower() in _BEFORE_BODIES:
            return False  # "the Jersey Banks", "Orbix Ann Banks": a body's words
    if j + 1 < len(tokens) and not tok.trailing:
        after = tokens[j + 1].core
        if after[:1].isupper() or after.lower() in _ROLE_LINKS:
            return False  # "Paul Banks Group", "Ann Banks of Ohio"
    return True


_ROLE_LINKS = frozenset({"of", "for", "at", "to"})  # "Jane Doe Director of …": a role

# Endings of English agent nouns and weight classes ("Passenger", "Promoter", "Organizer",
# "Tourist", "Heavyweight"): a job or a description, capitalised only by its place.
_AGENT_ENDINGS = ("er", "or", "ist", "weight")
_OPENING_MARKS = frozenset('.!?:;"“”«»—–-')


def _opens_sentence(tokens: list[Token], i: int) -> bool:
    if i == 0:
        return True
    before = tokens[i - 1]
    return bool(before.trailing[-1:] in _OPENING_MARKS or not before.core)


# Upper-case abbreviations that are a person's title, not a body ("MP Ann Lee").
_PERSON_ACRONYMS = frozenset(
    {"MP", "MPS", "MSP", "MLA", "MEP", "MHA", "MNA", "PM", "CEO", "CFO", "COO", "CTO", "DJ"}
    | {"QC", "KC", "GM", "VP", "DA", "RN", "MD", "DR", "MR", "MS", "MRS", "SGT", "LT"}
)
_ACRONYM = re.compile(r"[A-Z]{2,5}")


def _after_org_acronym(tokens: list[Token], i: int, j: int) -> bool:
    """ "NHS North Riding said", "BBC Radio Kent reported": a capitalised run right after a
    body's acronym names a part of that body.  Not when the acronym is a person's title
    ("MP Ann Lee"), the run opens with a known given name ("NHS Ann Lee"), or the text
    around is upper case (a heading); and only when the acronym opens the clause ("in an
    interview with NTV Ostrovskaya said": after a preposition the name is the subject)."""
    if i == 0:
        return False
    before = tokens[i - 1]
    if (
        before.trailing
        or _ACRONYM.fullmatch(before.raw) is None
        or before.raw in _PERSON_ACRONYMS
        or (i > 1 and tokens[i - 2].core.isupper())
        or gender_of_name(tokens[i].core) is not None
        or not _opens_clause(tokens, i - 1)
    ):
        return False
    return not any(tokens[k].core.lower() in TITLE_WORDS for k in range(i, j))


# A monarch's title, and the Roman numeral of a regnal name ("King Omar II ibn Rashid").
_MONARCH_TITLES = frozenset(
    {"king", "queen", "emir", "sultan", "prince", "princess", "pope", "tsar", "emperor"}
    | {"empress", "shah", "sheikh", "grand duke", "duke", "duchess", "emeer", "amir"}
)
_ROMAN_NUMERAL = re.compile(r"(?:X{0,2})(?:IX|IV|V?I{0,3})")


def _regnal_numeral(tokens: list[Token], j: int, i: int) -> bool:
    """Whether ``tokens[j]`` is the Roman numeral (II to XXIX) of a regnal name whose run
    opened at ``tokens[i]`` right after a monarch's title: "King Omar II ibn Rashid"."""
    core = tokens[j].core
    return (
        j > i
        and i > 0
        and len(core) >= 2
        and _ROMAN_NUMERAL.fullmatch(core) is not None
        and tokens[i - 1].core.lower() in _MONARCH_TITLES
        and not tokens[j - 1].trailing
    )


# Nouns for a news outlet, after which a capitalised run is the outlet's name.
_OUTLET_NOUNS = frozenset(
    {"newspaper", "daily", "weekly", "magazine", "tabloid", "broadcaster", "channel"}
    | {"outlet", "website", "portal", "agency", "radio", "station", "network", "paper"}
)


def _after_outlet_noun(tokens: list[Token], i: int) -> bool:
    """ "The daily newspaper Evening Star reported": a capitalised run right after a
    lower-case outlet noun names the outlet, no one (unless a known given name opens it:
    "the newspaper Anna Lee founded")."""
    return (
        i > 0
        and not tokens[i - 1].trailing
        and tokens[i - 1].core in _OUTLET_NOUNS
        and gender_of_name(tokens[i].core) is None
    )


def _opens_clause(tokens: list[Token], k: int) -> bool:
    """Whether ``tokens[k]`` opens a sentence or a clause (after "the", or after a comma,
    a colon or a sentence end), or stands first on its line."""
    if k == 0 or tokens[k].line_start:
        return True
    before = tokens[k - 1]
    return before.core.lower() == "the" or before.trailing[-1:] in (".", ",", ";", ":", "!", "?")


def _glued_role_word(tokens: list[Token], i: int, j: int) -> bool:
    """ "Passenger Olivia Grant", "Heavyweight Tyson Fury", "Freedom Finance Global Natalia
    Milchakova": the first word of a three-word run is a job word opening the sentence (or an
    organisation's last word after another organisation word), not a given name, and a known
    given name follows it: the run is the name after it."""
    end = j - 1 if j - i == 4 and is_name_suffix(tokens[j - 1].core) else j  # "Eddie Hearn Jr."
    if end - i != 3 or any(is_initial(tokens[k].raw) for k in range(i, end)):
        return False
    word, given = tokens[i].core, tokens[i + 1].core
    if gender_of_name(word) is not None or gender_of_name(given) is None:
        return False
    if tokens[i].trailing or tokens[i + 1].trailing:
        return False
    before = tokens[i - 1] if i > 0 else None
    after_org = (
        before is not None
        and not before.trailing
        and (
            (
                before.core[:1].isupper()
                and (is_org_word(before.core) or not is_name_word(before.core))
            )
            # "the brokerage company Aton Ivan Petrov": a body noun, then the body's
            # one-word name, then the person's
            or (before.core.islower() and is_org_word(before.core))
        )
    )
    if after_org:
        return True
    low = word.lower()
    return _opens_sentence(tokens, i) and (
        low.endswith(_AGENT_ENDINGS) or is_common_word_not_name(low)
    )


# "U.S. Commerce Secretary", "U.K. Trade Minister": a country's or a union's initials
# before a title, no person's initials ("J.R. Smith").
_PLACE_INITIALS = frozenset({"u.s.", "u.k.", "u.n.", "e.u."})


def _initial(token: Token) -> bool:
    """An initial inside a name ("E.", "J.K."), not a place's ("U.S.")."""
    return is_initial(token.raw) and token.raw.lower().strip(",;:") not in _PLACE_INITIALS


def _place_prefix(tokens: list[Token], i: int) -> bool:
    """ "St. Petersburg", "Mt. Vernon": an abbreviated "Saint" or "Mount" before a name
    word belongs to the name run (a place's, which the mention then splits off, or a
    surname's: "Ann St. John")."""
    return tokens[i].raw in _PLACE_PREFIXES and i + 1 < len(tokens) and _nameish(tokens[i + 1])


_TITLE_OBJECT_LINKS = frozenset({"on", "for"})  # ("of Dynamo Ilya Trofimov": read elsewhere)


def _title_object_before_name(tokens: list[Token], i: int) -> bool:
    """ "Head of the Committee on Budget Oleg Sarin", "Commission on Ecology Anna Rudneva":
    a capitalised word after "on"/"for" that is no given name, then a known given name
    and a surname, ends the title; the person's name starts at the given name."""
    return (
        i > 0
        and tokens[i - 1].raw in _TITLE_OBJECT_LINKS
        and not tokens[i].trailing
        and gender_of_name(tokens[i].core) is None
        and gender_of_name(tokens[i + 1].core) is not None
        and not is_particle(tokens[i + 1].core)
    )


def _patronymic_after(tokens: list[Token], first: int, end: int) -> bool:
    """Whether a lower-case patronymic particle ("uulu", "kyzy") directly follows the name
    run ``tokens[first:end]`` on the same line, after a name word with no punctuation."""
    if end >= len(tokens) or not is_patronymic_particle(tokens[end].core):
        return False  # (the cheapest test first: almost no word is such a particle)
    if not _nameish(tokens[end - 1]) or tokens[end - 1].trailing:
        return False
    particle = tokens[end]
    return particle.core.islower() and not particle.line_start and particle.raw[0] not in '“"«('


def _particle_goes_on(tokens: list[Token], j: int, *, opens: bool) -> bool:
    """Whether the particle test of :func:`name_runs` lets ``tokens[j]`` go on a run (or
    open it): a particle before a name word or another particle ("van der Berg"), or a
    hyphenated one ("al-Sisi"). A quote mark or a line break ends a run already open."""
    core = tokens[j].core
    if not is_particle(core):
        return False
    cur = tokens[j]
    if not opens and (cur.raw[0] in '“"«(' or cur.line_start):
        return False
    return "-" in core or (
        j + 1 < len(tokens) and (_nameish(tokens[j + 1]) or is_particle(tokens[j + 1].core))
    )


def name_runs(tokens: list[Token]) -> list[tuple[int, int]]:
    """``(first, last_exclusive)`` token indexes of maximal name runs."""
    runs: list[tuple[int, int]] = []
    n = len(tokens)
    # Most words (lower case, numbers, punctuation) open no run: every opening below (a
    # name word, a month's given name, an initial, a place prefix, "He" as a surname)
    # begins with a capital, except a hyphenated particle. Only those words are read.
    openers = [k for k, token in enumerate(tokens) if token.core[:1].isupper() or "-" in token.core]
    i = 0  # the first word not read yet
    for k in openers:
        if k < i:
            continue  # a word of the run just read
        i = k
        tok = tokens[i]
        starts = (
            _nameish(tok)
            or _given_name_like_month(tokens, i)
            or (_initial(tok) and i + 1 < n and _nameish(tokens[i + 1]))
            or (is_particle(tok.core) and "-" in tok.core)
            or _place_prefix(tokens, i)
        )
        surname_first = _surname_like_pronoun(tokens, i)
        if (not starts and not surname_first) or tok.raw[0] in '“"«(':
            i += 1
            continue
        j = i + 1 if surname_first else i
        while j < n:
            cur = tokens[j]
            if not cur.core[:1].isupper():
                # A word not capitalised goes on a run only as a particle ("de", "van",
                # "al-"): every other test below needs a capital first letter.
                if not _particle_goes_on(tokens, j, opens=j == i):
                    break
                j += 1
                if cur.trailing and not (is_initial(cur.raw) and cur.trailing == "."):
                    break
                continue
            ok = (
                _nameish(cur)
                or _given_name_like_month(tokens, j)
                or _surname_like_title(tokens, j, i)
                or _surname_like_org_word(tokens, j, i)
                or _plural_org_surname(tokens, j, i)
                or _initial(cur)
                or (
                    is_particle(cur.core)
                    and j + 1 < n
                    and (_nameish(tokens[j + 1]) or is_particle(tokens[j + 1].core))
                )
                or (is_particle(cur.core) and "-" in cur.core)
                or _place_prefix(tokens, j)
                or _regnal_numeral(tokens, j, i)
            )
            if not ok or (j > i and (cur.raw[0] in '“"«(' or cur.line_start)):
                break
            j += 1
            trailing = cur.trailing
            if trailing and not (is_initial(cur.raw) and trailing == "."):
                break
        while (
            j > i
            and not _nameish(tokens[j - 1])
            and "-" not in tokens[j - 1].core
            and not _surname_like_title(tokens, j - 1, i)
            and not _surname_like_org_word(tokens, j - 1, i)
            and not _plural_org_surname(tokens, j - 1, i)
            and not _regnal_numeral(tokens, j - 1, i)
        ):
            j -= 1
        if j > i and _patronymic_after(tokens, i, j):
            j += 1  # "Almaz Bekov uulu": the particle ends the name
        if (
            j - i >= 2
            and tokens[j - 1].core.lower() in EVENT_WORDS
            and is_event_name(
                [token.core for token in tokens[i:j]],
                given_name=gender_of_name(tok.core) is not None,
            )
        ):
            i = j  # "Harvest Day", "Victory Day": an occasion, no one's name
            continue
        if j > i and (_after_org_acronym(tokens, i, j) or _after_outlet_noun(tokens, i)):
            i = j  # "NHS North Riding said": a body named after its acronym, no one
            continue
        if j > i and _glued_role_word(tokens, i, j):
            i += 1  # "Passenger Olivia Grant": the job word is no part of the name
        elif j - i >= 3 and _title_object_before_name(tokens, i):
            # "Committee on Budget Oleg Sarin": the word after "on" is the title's
            runs.append((i, i + 1))
            i += 1
        if j > i:
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs

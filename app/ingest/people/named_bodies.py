"""A body the job names by its kind alone, resolved to the one the article names in full.

"Oleg Markov, the academy's president" after "The Northern Academy of Arts will expand",
"Pia Holm, deputy head of the ministry" in an article about the "Ministry of Ports",
"University President Ann Lee" in one about "Norrland University": the organisation is
written as a kind ("academy", "ministry", "University"), and the article names one body of
that kind in full.  When it names exactly one (names held inside a longer one count as
it), that name is the organisation; with none or several, the kind stays as written.

One search over the text per kind wanted (a handful): linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from app.ingest.people.names import is_org_word, is_role_word
from app.ingest.people.registry import Person

_OWNER_MARKS = re.compile(r"^the\s+|['’]s?$", re.IGNORECASE)
# A capitalised word from its start: the look-behind keeps a match from starting inside a
# long token and the possessive quantifier from backtracking through it (linear time).
_WORD = r"(?<![\w'’.-])[A-Z][\w'’.-]*+"
# Kinds whose one-word mention is too common to stand for one body named in full.
# Kinds written capitalised alone only for a body the article names in full ("University
# President Ann Lee" in an article about Norrland University).
_CAPITALISED_KINDS = frozenset(
    {"University", "College", "Academy", "Ministry", "Institute", "Diocese", "Archdiocese"}
)
_TOO_BROAD = frozenset({"state", "city", "county", "country", "government", "nation"})


def _kind(organization: str) -> str | None:
    """ "academy" for "academy", "the ministry", "University"; None for a name."""
    bare = _OWNER_MARKS.sub("", organization.strip())
    if " " in bare or not bare.isalpha() or not is_org_word(bare):
        return None
    if bare.lower() in _TOO_BROAD:
        return None
    if not bare.islower() and bare not in _CAPITALISED_KINDS:
        return None  # "Duma", "Senate", "Association": a body's own name, or too vague

    return bare.lower()


def _named(kind: str, text: str) -> str | None:
    """The one body of ``kind`` that ``text`` names in full, if exactly one."""
    noun = kind.capitalize()
    pattern = re.compile(
        rf"(?:{_WORD} +(?:(?:of|for) +(?:the +)?)?){{0,4}}{noun}\b"
        rf"(?: +(?:of|for) +(?:the +)?{_WORD}(?: +(?:and +)?{_WORD}){{0,3}})?"
    )
    names: set[str] = set()
    for match in pattern.finditer(text):
        name = re.sub(r"^(?:The|A|An|In|At|By|For|Of|On)\s+", "", match.group())
        name = re.sub(r"(?<=[a-z])\.$", "", re.sub(r"['’]s$", "", name))
        if name != noun and not any(is_role_word(word) for word in name.split()):
            names.add(name)  # not "Vice-speaker of the Duma": a job, no body's name
    if not names:
        return None
    longest = max(names, key=len)
    if all(name in longest for name in names):
        return longest
    return None


# "regional governor", "provincial deputy governor", "oblast council member": a job of a
# region the article names elsewhere.
_REGIONAL = re.compile(r"^(?:the\s+)?(?:regional|provincial|oblast)\s", re.IGNORECASE)
# "the Lowland province", "Tula region", "the Kursk Oblast", "the Province of Vell".
_REGION = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][\w'’-]*+(?: [A-Z][\w'’-]*+)?) "
    r"(?P<unit>[Rr]egion|[Pp]rovince|[Oo]blast|[Kk]rai)\b"
    r"|\b(?P<unit2>Region|Province|Oblast) of (?P<name2>[A-Z][\w'’-]*+(?: [A-Z][\w'’-]*+)?)"
)
_NOT_REGION_NAMES = frozenset({"The", "A", "This", "That", "Each", "Every", "Our", "Its"})


def _one_region(text: str) -> str | None:
    """The one region the text names with its unit noun, if exactly one."""
    names: set[str] = set()
    for match in _REGION.finditer(text):
        if match.group("name") is not None:
            words = match.group("name").split()
            while words and words[0] in _NOT_REGION_NAMES:
                words = words[1:]
            if not words:
                continue
            names.add(f"{' '.join(words)} {match.group('unit')}")
        else:
            names.add(f"{match.group('unit2')} of {match.group('name2')}")
        if len(names) > 1:
            return None
    return names.pop() if names else None


def fill_regions(people: Iterable[Person], text: str) -> None:
    """Give a speaker with a regional job ("regional governor") and no organisation the
    one region the article names ("the Lowland province"); none when it names several."""
    found: list[str | None] = []
    for person in people:
        if not person.has_statement or person.organization is not None or not person.role:
            continue
        if _REGIONAL.match(person.role) is None:
            continue
        if not found:
            found.append(_one_region(text))
        person.organization = found[0]


def fill_named_bodies(people: Iterable[Person], text: str) -> None:
    """Give each speaker whose organisation is a kind of body alone the article's one body
    of that kind (see the module docstring)."""
    found: dict[str, str | None] = {}
    for person in people:
        if not person.has_statement or person.organization is None:
            continue
        kind = _kind(person.organization)
        if kind is None:
            continue
        if kind not in found:
            found[kind] = _named(kind, text)
        if found[kind] is not None:
            person.organization = found[kind]

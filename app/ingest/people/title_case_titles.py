"""Ranks that open a job title: "Chief Financial Officer", "First Deputy Chairman",
"Interim Chief Executive", "Senior assistant to the prosecutor", "Artistic director".

The title-case rules read capitalised words before a title as the body employing the
person ("Federal Reserve Governor", "Barclays economist").  A rank or a function word
(``title_ranks.txt``: "Chief", "Senior", "Deputy", "First", "Executive", "Artistic",
"Principal", "Acting", "Interim", "Financial", "Operating") names no body, though: a
split that leaves such words at the end of the organisation, right before the role, moves
them back into the role ("Acme Chief Financial Officer" -> "Chief Financial Officer" at
"Acme"), and an organisation made of nothing else is no organisation at all.
"""

from __future__ import annotations

import re

from app.ingest.vocabulary import phrase_list, word_list

RoleSplit = tuple[str | None, str | None]

TITLE_RANKS = word_list("title_ranks.txt")


def is_title_rank(word: str) -> bool:
    """ "Chief", "Deputy", "Vice-": a word opening a title that is part of the title."""
    return word.lower().rstrip("-") in TITLE_RANKS


def ranks_to_role(phrase: str, role: str | None, organization: str | None) -> RoleSplit:
    """``(role, organisation)`` with the ranks at the organisation's end given back to the
    role, when the organisation stood right before the role in ``phrase``:
    ("Officer", "Chief Financial") -> ("Chief Financial Officer", None),
    ("assistant to the prosecutor", "Senior") -> ("Senior assistant to the prosecutor",
    None), ("Officer", "Acme Chief Financial") -> ("Chief Financial Officer", "Acme");
    "First Republic Bank economist" keeps its bank, and before a lower-case job the whole
    organisation stays one ("Ameriprise Financial chief economist", "Sporting coach")."""
    if role is None or organization is None:
        return role, organization
    if f"{organization} {role}" not in phrase:
        return role, organization
    job, organization = _office_words_to_role(role, organization)
    if organization is None:
        return job, organization
    role = job
    words = organization.split()
    if not is_title_rank(words[-1]):
        return role, organization
    keep = len(words)
    while keep > 0 and is_title_rank(words[keep - 1]):
        keep -= 1
    if role[:1].islower() and (keep > 0 or not all(w.lower() in _STANDINGS for w in words)):
        # "Ameriprise Financial chief economist", "Sporting coach": before a lower-case job
        # a capitalised word names the employer (a function word there is the body's own);
        # only a standing alone ("Senior assistant to the prosecutor") is the role's.
        return role, organization
    return " ".join([*words[keep:], role]), " ".join(words[:keep]) or None


# Two-word office titles whose first word ends the organisation in a title-case split
# ("Greene County District" + "Attorney"): see the vocabulary file.
_OFFICE_TITLE_MODIFIERS = frozenset(phrase_list("office_title_modifiers.txt"))
# A body's bare noun before a title names no body ("Board President", "Committee Chair";
# "Assembly" and "Senate" are legislatures, "Council" a town's):
# the noun is the title's.
_BARE_BODY_NOUNS = frozenset({"board", "committee"})


def _office_words_to_role(role: str, organization: str) -> tuple[str, str | None]:
    """ "Attorney" at "Greene County District" -> "District Attorney" at "Greene County";
    "Judge" at "Circuit" -> "Circuit Judge"; "President" at "Board" -> "Board President";
    "Sheriff" at "Harlan County" and "President" at "Millbrook School Board" stay."""
    words = organization.split()
    first = role.split()[0]
    last = words[-1]
    if not (last[:1].isupper() and first[:1].isupper()):
        return role, organization  # "Ameriprise Financial chief economist": a body's name
    if f"{last} {first}".lower() in _OFFICE_TITLE_MODIFIERS or (
        len(words) == 1 and last.lower() in _BARE_BODY_NOUNS
    ):
        return f"{last} {role}", " ".join(words[:-1]) or None
    return role, organization


# Ranks that say a person's standing in a job, never a body's line of business.
_STANDINGS = frozenset(
    {"chief", "senior", "junior", "deputy", "first", "second", "principal", "acting"}
    | {"interim", "assistant", "associate", "managing", "vice", "former"}
)


# "Minister of State for Petroleum Resources", "Secretary of State for Northern Ireland":
# a junior minister's title, its portfolio after "for"; "State" is no body.
_OF_STATE_FOR = re.compile(
    r"^(?:[A-Z][\w-]* )*(?:Minister|Secretary|minister|secretary) of State"
    r"(?: for (?:the )?[A-Z][\w'’-]*(?: (?:and |of |the )*[A-Z][\w'’-]*)*)?$"
)


def minister_of_state(text: str) -> RoleSplit | None:
    """ "Minister of State for Petroleum Resources": one title, no organisation."""
    return (text, None) if _OF_STATE_FOR.match(text) else None

"""The town or school district a local official serves, when the article names it and the
apposition does not.

"Mayor Karen Holt said ..." in an article about the town of Millbrook: a reader (and the
gold's convention, README "Gold format") takes the town as the organisation, as "Millbrook
Mayor Karen Holt" would give it.  So:

- a mayor, a council member or a city manager with no organisation gets the town the
  article names as one: "the town (city, village, borough) of X", "X City Council", "X
  City Hall", "X Police Department";
- a superintendent with none (a state's is left to :mod:`app.ingest.people.home_state`)
  gets the school district the article names: "X School District", "X Public Schools".

The name counted most, and more often than any other, wins; none is guessed otherwise.
One pass over the text per pattern: linear.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from app.ingest.people.article_fill import fill_organisations, leader
from app.ingest.people.names import STOP_WORDS
from app.ingest.people.registry import Person
from app.ingest.people.role_rules import has_title

_NAME = r"[A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*){0,2}"  # on one line
_TOWN = re.compile(
    rf"\b(?:[Tt]he\s+(?:city|town|village|borough)\s+of\s+(?P<of>{_NAME})|"
    rf"(?P<before>{_NAME})\s+(?:City|Town|Village|Borough)\s+(?:Council|Hall)|"
    rf"(?P<service>{_NAME})\s+(?:Police|Fire)\s+Department)\b"
)
_DISTRICT = re.compile(
    rf"\b{_NAME}\s+(?:(?:Unified|Independent|Consolidated|Community|Area|City|County)\s+)?"
    r"(?:School\s+District|Public\s+Schools)\b"
)
# Words that open a sentence or name no town ("The City Council", "A Police Department").
_NOT_A_TOWN = frozenset({"the", "a", "an", "local", "many", "some", "most", "all", "other"})

TOWN_OFFICES = (
    "mayor",
    "deputy mayor",
    "vice mayor",
    "city manager",
    "council member",
    "councilmember",
    "councilman",
    "councilwoman",
    "councilor",
    "councillor",
    "alderman",
)
_STATE = re.compile(r"\bstate\b", re.IGNORECASE)


def _without_opening(name: str) -> str:
    """ "On Tuesday Millbrook" -> "Millbrook", "In Austin Independent School District" ->
    "Austin Independent School District": prepositions, weekdays, months and other words
    that open sentences (``stop_words.txt``) are no part of a town's name."""
    words = name.split()
    keep = 0
    while (
        keep < len(words)
        and words[keep].lower() in STOP_WORDS
        and words[keep].lower() not in _PLACE_OPENINGS
    ):
        keep += 1
    return " ".join(words[keep:])


# Stop words that open places' names too ("New Haven", "North Bend", "Lake Forest").
_PLACE_OPENINGS = frozenset(
    {"new", "old", "north", "south", "east", "west", "northern", "southern", "eastern"}
    | {"western", "central", "great", "greater", "lake", "mount", "st", "mission", "dame"}
    | {"united"}
)


def main_town(text: str) -> str | None:
    """The town the article names as one most often, if one leads."""
    counts: Counter[str] = Counter()
    for match in _TOWN.finditer(text):
        name = _without_opening(next(group for group in match.groups() if group))
        if name and name.split()[0].lower() not in _NOT_A_TOWN:
            counts[name] += 1
    return leader(counts, 1)


def main_school_district(text: str) -> str | None:
    """The school district the article names most often, if one leads."""
    counts: Counter[str] = Counter()
    for match in _DISTRICT.finditer(text):
        name = _without_opening(match.group(0))
        if name and name.split()[0].lower() not in _NOT_A_TOWN and name[:1].isupper():
            counts[name] += 1
    return leader(counts, 1)


def is_town_office(role: str) -> bool:
    """ "Mayor", "deputy mayor", "Councilwoman"; not "state superintendent"."""
    return has_title(role, TOWN_OFFICES)


def is_district_office(role: str) -> bool:
    """ "Superintendent", "schools superintendent"; a state's is the state's."""
    return has_title(role, ("superintendent",)) and _STATE.search(role) is None


def fill_home_towns(people: Iterable[Person], text: str) -> None:
    """Give a local official with no organisation the town or school district the article
    names (see above)."""
    people = list(people)
    fill_organisations(people, is_town_office, lambda: main_town(text))
    fill_organisations(people, is_district_office, lambda: main_school_district(text))

"""The U.S. state a state official serves, when the article names it and the apposition
does not.

"Gov. Lena Marsh launched the campaign ..." in an article about North Dakota: a reader
(and the gold's convention, README "Gold format") takes the state whose office it is as
the organisation.  The state is the one the article names most, at least twice and more
often than any other; an article naming no state, or two equally, fills in nothing.
Only state offices are filled in here (a governor, "Lt. Gov.", a lower-case "state"
before the office: "state schools superintendent", "state senator"; a "Secretary of State"
in an article about a vote, since a state's secretary of state runs its elections).  A
national office ("President", "Secretary of State") gets its country afterwards, from the article's
domestic institutions rather than the country it names most, which is too often the one
the official deals with (:mod:`app.ingest.people.home_country`).  One pass over the text: linear.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from app.ingest.people.article_fill import fill_organisations, leader
from app.ingest.people.dateline_country import fill_capitals
from app.ingest.people.home_country import fill_home_countries
from app.ingest.people.home_town import fill_home_towns
from app.ingest.people.named_bodies import fill_named_bodies, fill_regions
from app.ingest.people.nationalities import US_STATES, is_country
from app.ingest.people.registry import Person
from app.ingest.people.role_rules import has_title
from app.ingest.people.subject_body import fill_subject_bodies

STATE_OFFICES = ("gov", "governor", "lieutenant governor", "lt gov")
# "South Dakota", "South Dakota's"; not "South Dakotans".
_US_STATE = re.compile(r"\b(" + "|".join(sorted(US_STATES, key=len, reverse=True)) + r")\b")
_STATE_WORD = re.compile(
    r"\bstate\s+(?:[a-z]+\s+)?(?:senator|representative|lawmaker|legislator|superintendent|"
    r"treasurer|auditor|comptroller|attorney general|epidemiologist|health officer|trooper)\b",
    re.IGNORECASE,
)
_MIN_MENTIONS = 2


def main_us_state(text: str) -> str | None:
    """The U.S. state the article names most: twice or more, and more than any other."""
    return leader(Counter(match.group(1) for match in _US_STATE.finditer(text)), _MIN_MENTIONS)


def is_state_office(role: str) -> bool:
    """ "Gov.", "Lt. Gov.", "governor", "state schools superintendent"."""
    return has_title(role, STATE_OFFICES) or bool(_STATE_WORD.search(role))


def fill_home_states(people: Iterable[Person], text: str) -> None:
    """Give a state official with no organisation the state the article is about, a local
    one the town or school district it names
    (:func:`app.ingest.people.home_town.fill_home_towns`), then a national official with
    none the country they serve
    (:func:`app.ingest.people.home_country.fill_home_countries`), then a chairman or a
    founder with none the body the article is about
    (:func:`app.ingest.people.subject_body.fill_subject_bodies`)."""
    people = list(people)
    fill_capitals(people, text)
    _fill_states(people, text)
    fill_home_towns(people, text)
    fill_home_countries(people, text)
    fill_subject_bodies(people, text)
    fill_named_bodies(people, text)
    fill_regions(people, text)


def _fill_states(people: list[Person], text: str) -> None:
    elections: list[bool] = []  # counted once, and only for a secretary of state

    def state_office(role: str) -> bool:
        if is_state_office(role):
            return True
        if _SECRETARY_OF_STATE.match(role) is None:
            return False
        if not elections:
            elections.append(_runs_elections(text))
        return elections[0]

    fill_organisations(people, state_office, lambda: main_us_state(text))


def _runs_elections(text: str) -> bool:
    """Whether the article is about a state's vote: election words twice or more, and a
    state it names most, in the sense of a U.S. state when its name is also a country's
    ("Georgia")."""
    if len(_ELECTIONS.findall(text)) < 2:
        return False
    state = main_us_state(text)
    return state is not None and (not is_country(state) or _us_state_sense(state, text))


def _us_state_sense(state: str, text: str) -> bool:
    """ "Georgia's secretary of state", "Georgia Secretary of State", "Georgia counties",
    "Fulton County, Georgia": the name is written as a U.S. state's (one search for the
    one state the article names most: linear)."""
    name = re.escape(state)
    return (
        re.search(
            rf"\b{name}(?:['’]s)?\s+(?:[Ss]ecretary\s+of\s+[Ss]tate|[Cc]ount(?:y|ies)|"
            rf"[Gg]overnor|[Ll]egislature|[Gg]eneral\s+[Aa]ssembly|[Ss]tate\s+[Ss]enate)\b|"
            rf"\b[Ss]ecretary\s+of\s+[Ss]tate\s+(?:of|for)\s+{name}\b|"
            rf"\b[A-Z][a-z]+\s+County,\s+{name}\b",
            text,
        )
        is not None
    )


# A U.S. state's secretary of state runs its elections: in an article about a state's
# vote (election words twice or more), "Secretary of State X" is the state's, not the
# country's foreign minister.
_SECRETARY_OF_STATE = re.compile(r"^(?:the\s+)?secretary of state$", re.IGNORECASE)
_ELECTIONS = re.compile(
    r"\b(?:ballots?|voters?|voting|polls|elections?|recount|primary)\b", re.IGNORECASE
)

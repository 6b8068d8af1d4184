"""The country a national official serves, when the article names no organisation.

The gold's convention (README "Gold format") gives an official of a country with no body
named the country as organisation ("President" / "Russia").  News copy names the country
only when it is not the reader's own: a U.S. paper writes "President Donald Trump" and
"Secretary of State Mike Pompeo", a Russian one "President Vladimir Putin".  So:

1. **A title only one state uses.**  "Secretary of State" with no portfolio after it
   ("Secretary of State for Health" is British) and "special counsel" are offices of the
   United States.
2. **The article's home country.**  Counting how often a country is *named* does not find
   it: U.S. copy about Ukraine names Ukraine far more often than the United States.  Its
   *domestic* institutions do: the legislature and its parties, the seat of government and
   its departments ("White House", "Republicans", "the Duma", "the Kremlin").  The home
   country is the one whose institutions the article names at least
   :data:`MIN_MARKERS` times and more than twice as often as any other's; none is guessed
   otherwise.  Only national offices are filled in (a president, a prime minister, a
   minister or secretary, an ambassador or envoy, a member of the legislature), and only
   for a person with no organisation: whoever is presented with one keeps it.

One pass over the text per country: linear.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from app.ingest.people.article_fill import fill_organisations, leader
from app.ingest.people.dateline_country import fill_dateline_countries
from app.ingest.people.nationalities import US_STATES, country_of, is_country
from app.ingest.people.registry import Person
from app.ingest.people.role_rules import has_title

MIN_MARKERS = 3

# Each country's name as organisation (as news copy writes it) and its domestic markers.
_HOMES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "U.S.",
        re.compile(
            r"\b(?:White House|Congress|congressional|Capitol Hill|House of Representatives|"
            r"Pentagon|State Department|Justice Department|Republicans?|Democrats|GOP|"
            r"Washington(?! State))\b"
        ),
    ),
    (
        "Russia",
        re.compile(
            r"\b(?:Kremlin|(?:State )?Duma|Federation Council|United Russia|A Just Russia|"
            r"Moscow|Russian Federation)\b"
        ),
    ),
    (
        "Ukraine",
        re.compile(r"\b(?:Verkhovna Rada|Rada|Kyiv|Kiev|Bankova)\b"),
    ),
    (
        "United Kingdom",
        re.compile(
            r"\b(?:Downing Street|Westminster|Whitehall|House of Commons|House of Lords|"
            r"Tory|Tories|Labour Party|Conservative Party|Lib Dems?)\b"
        ),
    ),
)

# Roubles are Belarus's currency too: they mark a Russian article only with Russia named
# just before them ("Russia will spend 90 billion rubles").  ("RF" marks nothing.)
_ROUBLES = re.compile(r"\br(?:o?u)bles?\b")
_RUSSIA = re.compile(r"\bRussia")
_ROUBLE_WINDOW = 60

# Offices a state gives (matched as whole phrases of the role, case and dots ignored).
NATIONAL_OFFICES = (
    "president",
    "vice president",
    "prime minister",
    "premier",
    "minister",
    "secretary of state",
    "secretary",
    "ambassador",
    "envoy",
    "special counsel",
    "senator",
    "sen",
    "congressman",
    "congresswoman",
    "representative",
    "rep",
    "attorney general",
    "national security adviser",
    "national security advisor",
    "chancellor",
)
# Roles that are offices of one state only, whatever the article is about: the U.S.
# Secretary of State and special counsel; a cabinet secretary of a department only the
# U.S. has, or spells so ("Commerce Secretary", "Defense Secretary"; Britain has Treasury
# secretaries too); a British secretary of a department only Britain has ("Home Secretary",
# "Defence Secretary").  "Health Secretary" or "Education Secretary" may be either's.
_US_DEPARTMENTS = (
    r"Commerce|Homeland Security|Veterans Affairs|Health and Human Services|HHS|"
    r"Housing and Urban Development|HUD|Defense|Interior|Agriculture|Labor|Transportation"
)
_UK_DEPARTMENTS = (
    r"Home|Foreign|Defence|Business|Culture|Northern Ireland|Scottish|Welsh|"
    r"Work and Pensions|Levelling Up"
)
# "former", "Acting", "Interim": the office the same, held before or for now.
_HELD = r"(?:(?:[Ff]ormer|[Aa]cting|[Ii]nterim)\s+)?"
# A cabinet secretary of a department named so (Defense, Interior, Agriculture …) is the
# U.S.'s only in a U.S. article or one about no other country: the Philippines, too, has a
# "Defense Secretary".
_US_CABINET = re.compile(
    rf"^{_HELD}(?:(?:{_US_DEPARTMENTS})\s+Secretary|"
    rf"Secretary\s+of\s+(?:the\s+)?(?:{_US_DEPARTMENTS}))$"
)
_ONE_STATE_OFFICES = (
    (re.compile(rf"^{_HELD}(?:U\.?S\.?\s+)?Secretary of State$"), "U.S."),
    (re.compile(rf"^{_HELD}special counsel$", re.IGNORECASE), "U.S."),
    (_US_CABINET, "U.S."),
    (re.compile(rf"^{_HELD}(?:{_UK_DEPARTMENTS})\s+Secretary$"), "United Kingdom"),
)
# What an article may call its country besides the name above, when it does so more often
# (a Russian paper's "Russian Federation"): the organisation is written as the article
# writes it.
_OTHER_NAMES = {"Russia": ("Russian Federation",)}
# A role that belongs to something below the state: left alone.
_NOT_NATIONAL = re.compile(
    r"\b(?:state|county|city|district|municipal|regional|provincial|local|school|club|"
    r"party|company|board|union|league|team|student|university|college|association)\b",
    re.IGNORECASE,
)


def home_country(text: str) -> str | None:
    """The country whose domestic institutions the article names, if one clearly leads."""
    counts = Counter({country: len(pattern.findall(text)) for country, pattern in _HOMES})
    counts["Russia"] += sum(
        1
        for match in _ROUBLES.finditer(text)
        if _RUSSIA.search(text, max(0, match.start() - _ROUBLE_WINDOW), match.start())
    )
    country = leader(counts, MIN_MARKERS, factor=2)
    if country is None:
        return None
    return _as_written(country, text)


def _as_written(country: str, text: str) -> str:
    """ "Russian Federation" in an article that calls Russia so more often than "Russia"."""
    written = Counter({country: len(re.findall(rf"\b{re.escape(country)}\b", text))})
    for other in _OTHER_NAMES.get(country, ()):
        written[other] = len(re.findall(rf"\b{re.escape(other)}\b", text))
    return leader(written, 1) or country


def is_national_office(role: str) -> bool:
    """ "President", "Secretary of State", "former special envoy to Ukraine"; not "state
    senator" nor "president of the student union"."""
    return has_title(role, NATIONAL_OFFICES) and _NOT_NATIONAL.search(role) is None


def one_state_office(role: str) -> str | None:
    """The state whose office ``role`` is, when only one state has it."""
    for pattern, country in _ONE_STATE_OFFICES:
        if pattern.match(role.strip()):
            return country
    return None


# A country's name, its adjective ("Philippine", "Belarusian") or the United States' forms:
# the country an article is about when its institutions are not named.
_COUNTRY_WORD = re.compile(r"\bU\.S\.|\bUnited States\b|\b[A-Z][a-z]+\b")


def about_the_us(text: str) -> bool:
    """Whether the article names the United States (by name or adjective) at least as often
    as any other country, or names none."""
    counts: Counter[str] = Counter()
    for match in _COUNTRY_WORD.finditer(text):
        word = match.group(0)
        if word in {"U.S.", "United States"}:
            counts["United States"] += 1
        elif (country := country_of(word)) is not None:
            counts[country] += 1
        elif is_country(word) and word not in US_STATES:  # "Georgia" may be the state
            counts[word] += 1
    us = counts.pop("United States", 0)
    return us >= max(counts.values(), default=0)


def fill_home_countries(people: Iterable[Person], text: str) -> None:
    """Give a national official with no organisation the country they serve (see above)."""
    us_article: list[bool] = []  # worked out once, and only for a cabinet secretary

    def own(role: str) -> str | None:
        country = one_state_office(role)
        if country == "U.S." and _US_CABINET.match(role.strip()):
            if not us_article:
                home = home_country(text)
                us_article.append(home == "U.S." or (home is None and about_the_us(text)))
            return country if us_article[0] else None
        return country

    people = list(people)

    def wants(role: str) -> bool:
        return one_state_office(role) is not None or is_national_office(role)

    homes: list[str | None] = []

    def home() -> str | None:
        if not homes:
            homes.append(home_country(text))
        return homes[0]

    fill_organisations(people, wants, home, own=own)
    # an article whose home country its institutions do not tell: its dateline's
    # (app.ingest.people.dateline_country), for whoever still has no organisation
    if any(p.has_statement and p.role and p.organization is None for p in people):
        fill_dateline_countries(people, text, wants, home())

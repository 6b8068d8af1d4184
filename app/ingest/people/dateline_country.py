"""The country an article is datelined in: the state of a national official it names no
organisation for.

Agency copy opens with a dateline, the place the story is filed from, in capitals:
"ASTANA. KAZINFORM – …", "SUVA, May 3. …", "PORTVIK, Norland – …", "KYIV, Ukraine (AP)
— …", or a country as a section label, "NORWAY: …".  An official it then names with no
organisation ("Deputy Interior Minister Tomas Rell", "Minister of Energy Daulet Serikov")
serves that country (README "Gold format": such an official has the country as
organisation).  The evidence is the article's own:

1. the country the dateline writes after the city ("PORTVIK, Norland") or as the label;
2. else the state whose capital the dateline city is (``vocab/capitals.txt``).

A dateline is only where the reporter files from, so it is not trusted when the article
names another country (by name or adjective) more often than the dateline's; nor, unless
the article names its country, in wire copy or from a hub city ("LONDON (Reuters) -",
"BRUSSELS —"), where stories are about anywhere; nor for a
person whose own sentence names another country ("Ukrainian Foreign Minister" in a
Moscow story has its own).  Read only at the start of the first paragraphs; one pass over
the text for the count: linear.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from functools import cache

from app.ingest.people.nationalities import country_of, is_country
from app.ingest.people.registry import Person
from app.ingest.vocabulary import read_entries

_FIRST_PARAGRAPHS = 3
_SENTENCE_REACH = 300  # how far before a name its sentence is looked at
# "ASTANA. KAZINFORM –", "SUVA, May 3.", "PORTVIK, Norland –", "OTTAWA—", "LIMA –",
# "KYIV, Ukraine (AP) —": a city in capitals, then a comma, a full stop or a dash.
_DATELINE = re.compile(
    r"(?P<city>[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,2})"
    r"(?:,\s*(?P<country>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(?=\s*(?:\(|[—–-]|,)))?"
    r"(?:\s*\([^()\n]{1,40}\))?\s*(?:[,.]\s|\s*[—–]|\s+-\s)"
)
# "NORWAY: …", "KAZAKHSTAN – …": a country's name in capitals as the section label.
_LABEL = re.compile(r"(?P<label>[A-Z][A-Z ]{2,30}[A-Z])\s*(?::|\s[—–-])\s")
_COUNTRY_WORD = re.compile(r"\bU\.S\.|\b[A-Z][a-z]+(?: [A-Z][a-z]+)?(?:['’]s)?\b")


@cache
def _capitals() -> dict[str, str]:
    return {
        city.replace("_", " "): country.replace("_", " ")
        for city, country in read_entries("capitals.txt")
    }


def _paragraph_starts(text: str) -> list[int]:
    starts = [0]
    at = 0
    while len(starts) < _FIRST_PARAGRAPHS + 1:
        at = text.find("\n", at)
        if at < 0:
            break
        at += 1
        while at < len(text) and text[at] in " \t\n":
            at += 1
        if at < len(text):
            starts.append(at)
    return starts


def dateline_country(text: str) -> str | None:
    """The country the article's dateline (or country label) names, if any."""
    for start in _paragraph_starts(text):
        label = _LABEL.match(text, start)
        if label is not None and is_country(label.group("label").title()):
            return label.group("label").title()
        found = _DATELINE.match(text, start)
        if found is None:
            continue
        written = found.group("country")
        if written is not None and is_country(written):
            return written
        capital = _capitals().get(found.group("city"))
        if capital is not None:
            return capital
    return None


def dateline_city(text: str) -> str | None:
    """The city of the article's dateline ("LIMA –" -> "Lima"), if it is a capital's."""
    for start in _paragraph_starts(text):
        found = _DATELINE.match(text, start)
        if found is not None and found.group("city") in _capitals():
            return found.group("city").title()
    return None


def fill_capitals(people: Iterable[Person], text: str) -> None:
    """ "the consumer rights commissioner in the capital" (organisation "capital"): the
    capital is the dateline's city; with no such dateline, no organisation is known."""
    city: list[str | None] = []
    for person in people:
        if person.organization != "capital":
            continue
        if not city:
            city.append(dateline_city(text))
        person.organization = city[0]


def _country_words(chunk: str) -> Counter[str]:
    """The countries ``chunk`` names, by name or adjective, counted (lower case)."""
    counts: Counter[str] = Counter()
    for match in _COUNTRY_WORD.finditer(chunk):
        word = match.group()
        if word == "U.S.":
            counts["united states"] += 1
            continue
        bare = re.sub(r"['’]s$", "", word)
        country = country_of(bare)
        if country is None and is_country(bare):
            country = bare
        if country is not None:
            counts[_same(country)] += 1
    return counts


# Wire copy and the cities where the world's bodies sit are filed about anywhere: their
# dateline gives a country only when the article also names it.
_WIRE_OR_HUB = re.compile(
    r"(?:BRUSSELS|GENEVA|NEW YORK|VIENNA|STRASBOURG|THE HAGUE|LUXEMBOURG|DAVOS)\b"
    r"|[^\n]{0,60}\((?:Reuters|AP|AFP|Bloomberg|dpa|UPI|Xinhua)\)"
)


def _same(country: str) -> str:
    low = country.lower()
    return {"britain": "united kingdom", "us": "united states"}.get(low, low)


def fill_dateline_countries(
    people: Iterable[Person], text: str, wants: Callable[[str], bool], home: str | None
) -> None:
    """Give each national official with a statement and no organisation the dateline's
    country, unless the article's home country (``home``) is known, another country leads
    the article's count, or the person's own sentence names another country."""
    if home is not None:
        return
    waiting = [
        person
        for person in people
        if person.has_statement
        and person.role
        and person.organization is None
        and wants(person.role)
    ]
    if not waiting:
        return
    country = dateline_country(text)
    if country is None:
        return
    counts = _country_words(text)
    own = _same(country)
    if any(count > counts[own] for name, count in counts.items() if name != own):
        return  # "MOSCOW - Ukraine's …": the dateline is only where the story is filed
    if counts[own] == 0 and any(
        _WIRE_OR_HUB.match(text, start) for start in _paragraph_starts(text)
    ):
        return  # "LONDON (Reuters) - Oil Minister …", "BRUSSELS —": filed from a hub
    for person in waiting:
        at = text.find(person.name)
        if at < 0:
            continue
        sentence_start = max(
            text.rfind(". ", max(0, at - _SENTENCE_REACH), at),
            text.rfind("\n", max(0, at - _SENTENCE_REACH), at),
        )
        sentence_end = text.find(". ", at, at + _SENTENCE_REACH)
        chunk = text[
            max(0, sentence_start, at - _SENTENCE_REACH) : (
                sentence_end if 0 <= sentence_end < at + _SENTENCE_REACH else at + _SENTENCE_REACH
            )
        ]
        if any(name != own for name in _country_words(chunk)):
            continue  # "Latvian Foreign Minister …" in a Riga story: another state's
        person.organization = country

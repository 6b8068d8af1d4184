"""When a statement was made, from date words in its attribution.

A statement is dated by the publication date unless the *attribution* (the words that say
who spoke, e.g. "on January 10, speaking at ..., Vladimir Putin said that") names a day.
Only the attribution is searched: dates inside the reported content describe events, not
the moment of speaking.

* "January 10", "10 January", "Jan. 10": the most recent such date not after publication
  (an article published on 11 January 2022 saying "December 30" means 2021-12-30).
* A weekday ("on Monday"): the most recent such weekday not after publication.
* "yesterday" is the day before publication; "today" is publication day.
"""

from __future__ import annotations

import datetime as dt
import re

_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
_MONTH_NAME = (
    r"(?P<{0}>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATE = re.compile(
    r"\b(?:" + _MONTH_NAME.format("m1") + r"\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?\b"
    r"|(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH_NAME.format("m2") + r"\b"
    r"|(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|(?P<rel>yesterday|today))",
    re.IGNORECASE,
)


def _month_day(published_on: dt.date, month: int, day: int) -> dt.date | None:
    for year in (published_on.year, published_on.year - 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if candidate <= published_on:
            return candidate
    return None


def said_on(attribution: str, published_on: dt.date) -> dt.date:
    """The date named in ``attribution``, resolved against ``published_on``."""
    for match in _DATE.finditer(attribution[:2000]):
        if match.group("rel"):
            if match.group("rel").lower() == "yesterday":
                return published_on - dt.timedelta(days=1)
            return published_on
        if match.group("wd"):
            target = _WEEKDAYS[match.group("wd").lower()]
            back = (published_on.weekday() - target) % 7
            return published_on - dt.timedelta(days=back)
        month_name = match.group("m1") or match.group("m2")
        day = int(match.group("d1") or match.group("d2"))
        found = _month_day(published_on, _MONTHS[month_name[:3].lower()], day)
        if found is not None:
            return found
    return published_on

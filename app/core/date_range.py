"""The dates the store accepts: ``said_on`` and ``published_on`` lie in 1900-01-01..2100-12-31.

A date far outside living memory is a typo or an attack, not news, and the date
arithmetic of the read side (timelines, months, ``date + 1 day``) must never reach
``date.max``. The write API, the preview and ``commentariat ingest`` all refuse a date
outside this range: 422 naming the field, or a failed-file line.
"""

from __future__ import annotations

import datetime as dt

EARLIEST_DATE = dt.date(1900, 1, 1)
LATEST_DATE = dt.date(2100, 12, 31)
# The same range, as far as a JSON-Schema pattern on a YYYY-MM-DD string can say it: the
# years 1900 to 2100 (the first and last day of the range are the first and last of those).
DATE_RANGE_PATTERN = "^(?:19[0-9]{2}|20[0-9]{2}|2100)-[0-9]{2}-[0-9]{2}$"


class DateOutOfRange(ValueError):
    """A date outside EARLIEST_DATE..LATEST_DATE; the message names the field."""


def in_range(day: dt.date) -> bool:
    return EARLIEST_DATE <= day <= LATEST_DATE


def out_of_range_message(day: dt.date) -> str:
    return f"{day.isoformat()} is outside {EARLIEST_DATE.isoformat()}..{LATEST_DATE.isoformat()}"


def check_in_range(field: str, day: dt.date) -> dt.date:
    """``day`` itself, or DateOutOfRange naming ``field``."""
    if not in_range(day):
        raise DateOutOfRange(f"{field}: {out_of_range_message(day)}")
    return day

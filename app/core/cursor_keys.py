"""The slots of a decoded cursor key, each checked for type and range.

A cursor is signed, but a signature only proves who made it, not that it is sane: a key
holding ``1e308``, ``10**23``, ``Infinity`` or a lone surrogate would reach the database
and fail there (integer out of range, a string the driver cannot encode). Every router
reads its key through :func:`read_key`, so anything but the shape it issues is a 422.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Sequence
from typing import Any

from app.core.errors import InvalidParameter
from app.core.params import MAX_ID

Slot = Callable[[object], Any]

MALFORMED = "cursor is malformed."
# Search scores are small (-bm25, ts_rank); OUTSIDE_WINDOW, the score of matches beyond
# the ranking window, is -1e300. Anything between is accepted, nothing beyond.
MAX_SCORE = 1.0e300
_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _malformed() -> InvalidParameter:
    return InvalidParameter(MALFORMED)


def _integer(value: object, low: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= MAX_ID:
        raise _malformed()
    return value


def row_id(value: object) -> int:
    """A primary key: 1 to 2^31 - 1 (PostgreSQL INTEGER)."""
    return _integer(value, 1)


def count(value: object) -> int:
    """A count or a position: 0 to 2^31 - 1."""
    return _integer(value, 0)


def score(value: object) -> float:
    """A finite search score within +-1e300."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _malformed()
    try:
        number = float(value)
    except OverflowError:  # an int too large for a float
        raise _malformed() from None
    if not math.isfinite(number) or abs(number) > MAX_SCORE:
        raise _malformed()
    return number


def day(value: object) -> dt.date:
    """A date written YYYY-MM-DD, 0001-01-01 to 9999-12-31."""
    if not isinstance(value, str) or not _ISO_DAY.fullmatch(value):
        raise _malformed()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise _malformed() from None


def text(max_length: int) -> Slot:
    """A string of 1 to ``max_length`` characters, valid UTF-8, without NUL."""

    def check(value: object) -> str:
        if not isinstance(value, str) or not 0 < len(value) <= max_length or "\x00" in value:
            raise _malformed()
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate
            raise _malformed() from None
        return value

    return check


def read_key(key: Sequence[object], *slots: Slot) -> list[Any]:
    """``key`` checked slot by slot; a wrong arity or any bad slot is a 422."""
    if len(key) != len(slots):
        raise _malformed()
    return [slot(value) for slot, value in zip(slots, key, strict=True)]

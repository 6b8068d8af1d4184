"""Ingest timestamps: RFC 3339 with an offset on the wire, UTC in the store.

A timestamp parameter (``updated_since``, ``since``) must carry its offset (``Z`` or
``+hh:mm``): a time without one names no instant, so it is a 422 rather than a guess at
the server's zone. Timestamps come out in UTC, written with ``Z``.

SQLite keeps ``CURRENT_TIMESTAMP`` text (``YYYY-MM-DD HH:MM:SS``, whole seconds), while a
bound datetime is written with six decimals: compared as text, a stored second would sort
before the same second bound. :func:`at_or_after` compares with the bound instant rounded
up to the whole second and written as SQLite writes it, so "at or after" holds exactly at
the store's own resolution; PostgreSQL compares ``timestamptz`` values as they are.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator
from sqlalchemy import DateTime, Dialect, TypeDecorator, type_coerce
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement

_RFC3339 = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?"
    r"(?P<offset>[Zz]|[+-][0-9]{2}:[0-9]{2})?"
)
# A "+" left unencoded in a query string arrives as a space: "...:00 02:00" meant "+02:00".
_DECODED_PLUS = re.compile(r"(?<=[0-9]) (?=[0-9]{2}:[0-9]{2}$)")

MISSING_OFFSET = (
    "must be an RFC 3339 timestamp with an offset, e.g. 2026-12-01T09:30:00Z or "
    "2026-12-01T11:30:00+02:00; a time without an offset names no instant"
)


def _rfc3339(value: object) -> object:
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            raise ValueError(MISSING_OFFSET)
        return value
    if not isinstance(value, str):
        raise ValueError(MISSING_OFFSET)
    text = _DECODED_PLUS.sub("+", value.strip())
    match = _RFC3339.fullmatch(text)
    if match is None or match.group("offset") is None:
        raise ValueError(MISSING_OFFSET)
    fraction = match.group(1) or ""
    # Python takes at most six decimals; RFC 3339 allows any number.
    text = text.replace(fraction, fraction[:7], 1)
    try:
        return dt.datetime.fromisoformat(text.replace("z", "Z").replace("t", "T"))
    except ValueError as error:  # 25:00, February 30th, an offset of 24 hours
        raise ValueError(f"is not a valid instant ({error})") from None


def _utc(value: dt.datetime) -> dt.datetime:
    try:
        return value.astimezone(dt.UTC)
    except OverflowError:  # 0001-01-01T00:00:00+01:00 is in year 0 in UTC
        raise ValueError("is outside the years 1 to 9999 in UTC") from None


Rfc3339 = Annotated[dt.datetime, BeforeValidator(_rfc3339), AfterValidator(_utc)]
"""An instant given with its offset, as an aware UTC datetime."""


def utc_text(value: dt.datetime) -> str:
    """A stored timestamp as RFC 3339 in UTC (``Z``); SQLite gives it back without zone."""
    if value.tzinfo is None:  # already UTC: the same text as an aware value's, cheaper
        return value.isoformat() + "Z"
    return value.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


class _Instant(FunctionElement[dt.datetime]):
    """A bound instant as the store compares it (see the module docstring)."""

    inherit_cache = True
    name = "instant"
    type = DateTime(timezone=True)


class _BoundInstant(TypeDecorator[dt.datetime]):
    """A UTC instant to compare with; on SQLite rounded up to the whole second."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if dialect.name == "sqlite" and isinstance(value, dt.datetime) and value.microsecond:
            whole = value.replace(microsecond=0)
            # nothing is stored after 9999-12-31T23:59:59: that bound is as good as any later
            value = (
                whole
                if whole == dt.datetime.max.replace(microsecond=0, tzinfo=whole.tzinfo)
                else whole + dt.timedelta(seconds=1)
            )
        return value


@compiles(_Instant)
def _instant_default(element: _Instant, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.clauses, **kw)


@compiles(_Instant, "sqlite")
def _instant_sqlite(element: _Instant, compiler: SQLCompiler, **kw: Any) -> str:
    # datetime() writes a whole second as CURRENT_TIMESTAMP does: no decimals
    return f"datetime({compiler.process(element.clauses, **kw)})"


def at_or_after(column: Any, instant: Any) -> ColumnElement[bool]:
    """``column >= instant`` for a UTC datetime (or a placeholder bound to one)."""
    bound = type_coerce(instant, _BoundInstant())
    result: ColumnElement[bool] = column >= _Instant(bound)
    return result

"""Statement counts per day, week or month, zero-filled so a chart can plot them as is."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any, Literal, TypedDict

from sqlalchemy import Date, cast, func, select
from sqlalchemy.orm import Session

from app.core.errors import InvalidParameter
from app.models import Statement
from app.statements.filters import conditions
from app.statements.repository import dialect_of
from app.statements.schemas import StatementFilter

Interval = Literal["day", "week", "month"]


class TimelinePointRow(TypedDict):
    """A ``TimelinePoint``."""

    period_start: str
    count: int


def _period_start(dialect: str, interval: Interval) -> Any:
    said_on = Statement.said_on
    if dialect == "sqlite":
        if interval == "day":
            return said_on
        if interval == "week":  # the Monday on or before
            return func.date(said_on, "-6 days", "weekday 1")
        return func.strftime("%Y-%m-01", said_on)
    if interval == "day":
        return said_on
    return cast(func.date_trunc(interval, said_on), Date)


def _as_date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _next(start: dt.date, interval: Interval) -> dt.date:
    """The start of the period after the one starting on ``start``; only called for a
    period before the last one listed, so never past the last representable date."""
    if interval == "day":
        return start + dt.timedelta(days=1)
    if interval == "week":
        return start + dt.timedelta(weeks=1)
    return (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


def periods_between(first: dt.date, last: dt.date, interval: Interval) -> int:
    """How many periods a zero-filled series from ``first`` to ``last`` (both period
    starts) holds, counted without walking them."""
    if interval == "day":
        return (last - first).days + 1
    if interval == "week":
        return (last - first).days // 7 + 1
    return (last.year - first.year) * 12 + last.month - first.month + 1


def _filled(counts: dict[dt.date, int], interval: Interval) -> Iterator[tuple[dt.date, int]]:
    """Every period from the first in ``counts`` to the last, gaps as 0. The step is
    taken only towards a later period, so 9999-12-31 ends the series instead of
    overflowing past it."""
    current, last = min(counts), max(counts)
    while True:
        yield current, counts.get(current, 0)
        if current >= last:
            return
        current = _next(current, interval)


def timeline(
    session: Session, f: StatementFilter, interval: Interval, *, max_periods: int
) -> list[TimelinePointRow]:
    """``[{period_start, count}]`` from the first period with a statement to the last;
    a span of more than ``max_periods`` periods is a 422, not a body that grows with it."""
    period = _period_start(dialect_of(session), interval).label("period")
    rows = session.execute(
        select(period, func.count(Statement.id))
        .where(*conditions(f, dialect_of(session)))
        .group_by(period)
        .order_by(period)
    ).all()
    counts = {_as_date(start): count for start, count in rows}
    if not counts:
        return []
    first, last = min(counts), max(counts)
    periods = periods_between(first, last, interval)
    if periods > max_periods:
        raise InvalidParameter(
            f"The timeline from {first.isoformat()} to {last.isoformat()} holds {periods:,} "
            f"{interval}s, more than the {max_periods:,} one answer may hold: narrow it with "
            "date_from and date_to, or choose a longer interval."
        )
    return [
        {"period_start": start.isoformat(), "count": count}
        for start, count in _filled(counts, interval)
    ]


def fill_months(counts: dict[str, int], *, max_periods: int) -> list[tuple[str, int]]:
    """``{"YYYY-MM": n}`` as a list from the first month to the last, gaps as 0; when that
    would be more than ``max_periods`` months, only the months in ``counts``, in order."""
    if not counts:
        return []
    by_month = {dt.date.fromisoformat(f"{month}-01"): n for month, n in counts.items()}
    if periods_between(min(by_month), max(by_month), "month") > max_periods:
        return [(month, counts[month]) for month in sorted(counts)]
    # not strftime("%Y"), which writes the year 1 as "1" on glibc
    return [(f"{start.year:04}-{start.month:02}", n) for start, n in _filled(by_month, "month")]

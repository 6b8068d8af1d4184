"""Statement counts per day, week or month, zero-filled so a chart can plot them as is."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from sqlalchemy import Date, cast, func, select
from sqlalchemy.orm import Session

from app.models import Statement
from app.statements.repository import conditions, dialect_of
from app.statements.schemas import StatementFilter

Interval = Literal["day", "week", "month"]


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
    if interval == "day":
        return start + dt.timedelta(days=1)
    if interval == "week":
        return start + dt.timedelta(weeks=1)
    return (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


def timeline(session: Session, f: StatementFilter, interval: Interval) -> list[dict[str, Any]]:
    """``[{period_start, count}]`` from the first period with a statement to the last."""
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
    points = []
    current, last = min(counts), max(counts)
    while current <= last:
        points.append({"period_start": current.isoformat(), "count": counts.get(current, 0)})
        current = _next(current, interval)
    return points


def fill_months(counts: dict[str, int]) -> list[tuple[str, int]]:
    """``{"YYYY-MM": n}`` as a list from the first month to the last, gaps as 0."""
    if not counts:
        return []
    filled = []
    current = dt.date.fromisoformat(f"{min(counts)}-01")
    last = dt.date.fromisoformat(f"{max(counts)}-01")
    while current <= last:
        key = current.strftime("%Y-%m")
        filled.append((key, counts.get(key, 0)))
        current = _next(current, "month")
    return filled

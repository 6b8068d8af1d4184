"""Which database errors are the database being unavailable, and what to tell the client.

Those become 503 problem documents with ``Retry-After``: the store is down or
unreachable, a write waited out the lock (SQLite ``busy_timeout``), or a query ran past
the time limit. Anything else is a bug and stays a generic 500.
"""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError

# SQLite reports most things as OperationalError, "no such table" included; only these
# mean "try again later".
_SQLITE_TRANSIENT = (
    "database is locked",
    "database table is locked",
    "database is busy",
    "unable to open database file",
    "disk i/o error",
)
_TIMED_OUT = ("interrupted", "canceling statement due to statement timeout")

BUSY_RETRY_AFTER = 1
DOWN_RETRY_AFTER = 5


def first_line(exc: BaseException) -> str:
    message = str(getattr(exc, "orig", None) or exc).strip()
    return message.splitlines()[0] if message else type(exc).__name__


def describe_unavailable(exc: BaseException, query_timeout: float) -> tuple[str, int] | None:
    """(detail, Retry-After seconds) when ``exc`` means the store is unavailable, else None."""
    if isinstance(exc, PoolTimeoutError):
        return "The service is at capacity: no database connection was free.", BUSY_RETRY_AFTER
    if not isinstance(exc, DBAPIError):
        return None
    message = first_line(exc).lower()
    if any(marker in message for marker in _TIMED_OUT):
        return (
            f"The query ran past the time limit of {query_timeout:g} s and was stopped; "
            "narrow the request or retry later.",
            DOWN_RETRY_AFTER,
        )
    if any(marker in message for marker in _SQLITE_TRANSIENT[:3]):
        return "The database is busy with other writes; retry shortly.", BUSY_RETRY_AFTER
    sqlite = type(getattr(exc, "orig", None)).__module__.startswith("sqlite3")
    if exc.connection_invalidated or (
        isinstance(exc, OperationalError)
        and (not sqlite or any(marker in message for marker in _SQLITE_TRANSIENT))
    ):
        return "The database is unavailable; retry later.", DOWN_RETRY_AFTER
    return None

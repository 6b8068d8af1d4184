"""Structured logs: one JSON object per line, for access and error records alike."""

from __future__ import annotations

import datetime as dt
import json
import logging
import sys
from typing import Any

ACCESS_LOGGER = "commentariat.access"
_ROOT = "commentariat"
# Attributes every LogRecord has; anything else was passed through ``extra=``.
_STANDARD = set(logging.makeLogRecord({}).__dict__) | {"message", "asctime", "taskName"}


class JsonFormatter(logging.Formatter):
    """Render a record as one JSON line with its ``extra`` fields; tracebacks as ``exc``."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "ts": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(
                timespec="milliseconds"
            ),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        for key, value in record.__dict__.items():
            if key not in _STANDARD and not key.startswith("_"):
                entry[key] = value
        if record.exc_info:
            entry["exc"] = self.formatException(record.exc_info)
        return json.dumps(entry, default=str, ensure_ascii=False)


def configure_logging() -> None:
    """Send the service's own loggers to stderr as JSON lines, once per process.

    A handler already attached (by a deployment's logging config, or a test) wins.
    """
    logger = logging.getLogger(_ROOT)
    if logger.handlers:
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False


def log_access(
    *,
    request_id: str,
    method: str,
    path: str,
    status: int,
    duration_ms: float,
    client: str | None,
    response_bytes: int,
) -> None:
    # The query string is left out on purpose: it is where a misused API key would be.
    logging.getLogger(ACCESS_LOGGER).info(
        "request",
        extra={
            "request_id": request_id,
            "method": method,
            "path": path,
            "status": status,
            "duration_ms": round(duration_ms, 2),
            "client": client,
            "bytes": response_bytes,
        },
    )

"""Stream a whole filtered list as CSV or NDJSON without holding it in memory.

Rows are read in keyset batches by the same repository function that serves pages, inside
one session (one read snapshot on SQLite), and each batch is written out before the next
is read.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Literal

from fastapi import Request
from fastapi.responses import StreamingResponse
from sqlalchemy.orm import Session, sessionmaker

ExportFormat = Literal["json", "csv", "ndjson"]
BATCH_SIZE = 1000
MEDIA_TYPES = {"csv": "text/csv; charset=utf-8", "ndjson": "application/x-ndjson"}

Batch = Callable[[Session, Any, int], tuple[list[dict[str, Any]], Any]]
"""(session, after key or None, limit) -> (items, key after the last item or None)."""
Column = tuple[str, Callable[[dict[str, Any]], Any]]


def field(name: str) -> Column:
    return name, lambda item: item.get(name)


def nested(prefix: str, name: str) -> Column:
    def read(item: dict[str, Any]) -> Any:
        inner = item.get(prefix)
        return inner.get(name) if inner else None

    return f"{prefix}_{name}", read


def _rows(
    factory: sessionmaker[Session], batch: Batch, after: Any
) -> Iterator[list[dict[str, Any]]]:
    with factory() as session:
        while True:
            items, after = batch(session, after, BATCH_SIZE)
            if items:
                yield items
            if after is None:
                return


def _csv_cell(value: Any) -> Any:
    return "" if value is None else value


def _csv(chunks: Iterator[list[dict[str, Any]]], columns: Sequence[Column]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([name for name, _ in columns])
    for items in chunks:
        for item in items:
            writer.writerow([_csv_cell(read(item)) for _, read in columns])
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()


def _ndjson(chunks: Iterator[list[dict[str, Any]]]) -> Iterator[str]:
    for items in chunks:
        yield "".join(
            json.dumps(item, ensure_ascii=False, separators=(",", ":")) + "\n" for item in items
        )


def export_response(
    request: Request,
    export_format: Literal["csv", "ndjson"],
    filename: str,
    batch: Batch,
    columns: Sequence[Column],
    after: Any = None,
) -> StreamingResponse:
    """A streamed download of every row ``batch`` yields, from ``after`` on."""
    chunks = _rows(request.app.state.session_factory, batch, after)
    body = _csv(chunks, columns) if export_format == "csv" else _ndjson(chunks)
    return StreamingResponse(
        body,
        media_type=MEDIA_TYPES[export_format],
        headers={"Content-Disposition": f'attachment; filename="{filename}.{export_format}"'},
    )

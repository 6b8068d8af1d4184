"""Stream a whole filtered list as CSV or NDJSON without holding it in memory, nor a
database connection or transaction while the client reads.

Rows are read in keyset batches by the same repository function that serves pages. Each
batch gets its own short-lived session, closed before the batch is written out: a client
that stalls holds its socket and nothing of the database's. The key a batch ends on goes
back to the function unchanged, so every batch is one index seek, wherever it starts.
A client that accepts nothing for ``export_send_timeout_seconds`` is dropped.

Batches are separate reads, as pages are: a row written during an export may or may not
appear in it, and a row whose sort value changes meanwhile (a statement count) may move
across the batch boundary. The order is total (every sort ends with an id), so no row
whose sort value stays put is lost or repeated.
"""

from __future__ import annotations

import csv
import io
import json
import logging
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, Literal

import anyio
from fastapi import Request
from fastapi.responses import StreamingResponse
from sqlalchemy.orm import Session, sessionmaker
from starlette.types import Message, Send

from app.core.keyset import Key, KeysetPage

ExportFormat = Literal["json", "csv", "ndjson"]
MEDIA_TYPES = {"csv": "text/csv; charset=utf-8", "ndjson": "application/x-ndjson"}
# A cell starting with one of these is a formula to a spreadsheet (OWASP, "CSV Injection";
# ASVS 1.2.10 adds NUL); a leading apostrophe makes it text. LF joins tab and CR: a cell
# that starts on a new line inside a quoted field is read the same way.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\0")

logger = logging.getLogger("commentariat.exports")

Batch = Callable[[Session, Key | None, int], KeysetPage[Any]]
"""(session, after key or None, limit) -> a page: the list's own repository function, as
pages use it; the page's ``next_key`` is what it takes as ``after`` for the next batch."""
Column = tuple[str, Callable[[Any], Any]]
"""A CSV column: its header and how to read it from an item (a typed row)."""


def field(name: str) -> Column:
    return name, lambda item: item.get(name)


def nested(prefix: str, name: str) -> Column:
    def read(item: Mapping[str, Any]) -> Any:
        inner = item.get(prefix)
        return inner.get(name) if inner else None

    return f"{prefix}_{name}", read


def batches(
    factory: sessionmaker[Session], batch: Batch, after: Key | None, size: int
) -> Iterator[Sequence[Mapping[str, Any]]]:
    """Every row ``batch`` yields from ``after`` on, ``size`` at a time, each batch read on
    a session of its own that is closed before the batch is handed on."""
    while True:
        with factory() as session:
            page = batch(session, after, size)
        if page.items:
            yield page.items
        after = page.next_key
        if after is None:
            return


def csv_cell(value: Any) -> Any:
    """A value as a CSV cell: None empty, text that a spreadsheet would run as a formula
    behind an apostrophe, everything else as it is."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _csv(chunks: Iterator[Sequence[Mapping[str, Any]]], columns: Sequence[Column]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([name for name, _ in columns])
    for items in chunks:
        for item in items:
            writer.writerow([csv_cell(read(item)) for _, read in columns])
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()


def _ndjson(chunks: Iterator[Sequence[Mapping[str, Any]]]) -> Iterator[str]:
    for items in chunks:
        yield "".join(
            json.dumps(item, ensure_ascii=False, separators=(",", ":")) + "\n" for item in items
        )


class _ClientStalled(Exception):
    """The client accepted nothing within the send timeout."""


class ExportResponse(StreamingResponse):
    """A streamed body whose every send must be accepted within ``send_timeout`` seconds.

    A client that stops reading fills the socket buffers, and then the server's send
    waits. Past the timeout the export stops without its last chunk, and the server
    closes the connection: the client sees a truncated body, never a complete-looking
    one."""

    def __init__(
        self,
        content: Iterator[str],
        *,
        send_timeout: float,
        request_id: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(content, **kwargs)
        self.send_timeout = send_timeout
        self.request_id = request_id

    async def stream_response(self, send: Send) -> None:
        async def send_in_time(message: Message) -> None:
            with anyio.move_on_after(self.send_timeout) as waited:
                await send(message)
            if waited.cancelled_caught:
                raise _ClientStalled

        try:
            await super().stream_response(send_in_time)
        except _ClientStalled:
            logger.warning(
                "export dropped: the client accepted nothing for %s s",
                self.send_timeout,
                extra={"request_id": self.request_id},
            )


def export_response(
    request: Request,
    export_format: Literal["csv", "ndjson"],
    filename: str,
    batch: Batch,
    columns: Sequence[Column],
    after: Key | None = None,
) -> StreamingResponse:
    """A streamed download of every row ``batch`` yields, from ``after`` on."""
    settings = request.app.state.settings
    chunks = batches(request.app.state.session_factory, batch, after, settings.export_batch_size)
    body = _csv(chunks, columns) if export_format == "csv" else _ndjson(chunks)
    return ExportResponse(
        body,
        send_timeout=settings.export_send_timeout_seconds,
        request_id=getattr(request.state, "request_id", None),
        media_type=MEDIA_TYPES[export_format],
        headers={"Content-Disposition": f'attachment; filename="{filename}.{export_format}"'},
    )

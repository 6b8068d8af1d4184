"""``GET /v1/changes``: what a syncing client needs to learn since its last sync."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from app.changes import repository
from app.changes.schemas import ChangePage
from app.core.errors import problem_responses
from app.core.listing import cursor_after, json_page, no_repeated_parameters, page_body
from app.core.params import Cursor, Limit, page_size
from app.core.read_session import ReadSession
from app.core.timestamps import Rfc3339

router = APIRouter(
    prefix="/v1/changes", tags=["changes"], dependencies=[Depends(no_repeated_parameters)]
)


@router.get(
    "",
    summary="List articles created and deleted",
    operation_id="changes-list",
    response_model=ChangePage,
    responses=problem_responses(422),
)
def list_changes(
    request: Request,
    session: ReadSession,
    since: Annotated[
        Rfc3339 | None,
        Query(
            description="The earliest change to list, inclusive: an RFC 3339 timestamp with "
            "an offset (`2026-12-01T09:30:00Z`; a time without an offset is a 422). "
            "Without it, the log from the start.",
            examples=["2026-12-01T09:30:00Z"],
        ),
    ] = None,
    limit: Limit = None,
    cursor: Cursor = None,
) -> Response:
    """Every article created or deleted at or after `since`, in the order it happened: a
    client that keeps a copy applies them in turn. A deleted article leaves a tombstone
    here (`kind: deleted`) when its statements go. To sync, pass the `changed_at` of the
    last change applied as `since` next time (it comes again: applying a change twice is
    harmless), then fetch the created articles, or the statements with `updated_since`."""
    resolved = repository.SORTS["id"]
    after = cursor_after(request, resolved, cursor)
    since_utc: dt.datetime | None = since
    page = repository.list_changes(session, since_utc, limit=page_size(request, limit), after=after)
    total = repository.count_changes(session, since_utc)
    return json_page(request, page_body(request, resolved, page, total))

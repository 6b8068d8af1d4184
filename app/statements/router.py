from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import Response
from sqlalchemy.orm import Session

from app.core.errors import NotFound, problem_responses
from app.core.keyset import Key, KeysetPage
from app.core.listing import (
    Format,
    cursor_after,
    json_page,
    json_response,
    no_repeated_parameters,
    searchable_body,
)
from app.core.negotiation import EXPORT_REDIRECT, ExportMedia, export_redirect
from app.core.params import MAX_ID, Cursor, Limit, page_size
from app.core.planned_route import PlannedRoute
from app.core.read_session import ReadSession, run_read
from app.core.strict_types import DIGITS_ONLY
from app.exports.operations import add_export_routes
from app.exports.streaming import Column, export_response, field, nested
from app.search.options import SearchOptions
from app.statements import facets, repository
from app.statements.rows import StatementPageBody, StatementRow
from app.statements.schemas import (
    Facet,
    IncludeParam,
    StatementDetail,
    StatementFilter,
    StatementPage,
    StatementSort,
    statement_filter,
)

router = APIRouter(
    prefix="/v1/statements",
    tags=["statements"],
    dependencies=[Depends(no_repeated_parameters)],
    route_class=PlannedRoute,
)


def _cue_span(item: StatementRow, end: str) -> int | None:
    attribution = item["attribution"]
    span = attribution["cue_span"] if attribution else None
    return (span["start"] if end == "start" else span["end"]) if span else None


CSV_COLUMNS: list[Column] = [
    field("id"),
    field("said_on"),
    field("kind"),
    field("text"),
    field("highlight"),
    nested("expert", "slug"),
    nested("expert", "name"),
    nested("expert", "kind"),
    nested("expert", "role"),
    nested("expert", "organization"),
    nested("article", "slug"),
    nested("article", "title"),
    nested("article", "published_on"),
    field("position"),
    ("span_start", lambda item: item["span"]["start"]),
    ("span_end", lambda item: item["span"]["end"]),
    ("topics", lambda item: ";".join(t["slug"] for t in item["topics"])),
    nested("attribution", "cue"),
    ("attribution_cue_start", lambda item: _cue_span(item, "start")),
    ("attribution_cue_end", lambda item: _cue_span(item, "end")),
    nested("attribution", "rule"),
    nested("attribution", "confidence"),
    nested("article", "source"),
    nested("article", "url"),
    ("span_utf16_start", lambda item: item["span_utf16"]["start"]),
    ("span_utf16_end", lambda item: item["span_utf16"]["end"]),
    field("created_at"),
]
CONTEXT_COLUMNS: list[Column] = [
    nested("context", "before"),
    nested("context", "after"),
    nested("context", "attribution"),
]
"""Added with ``include=context``."""


SortParam = Annotated[
    StatementSort | None,
    Query(
        description=(
            "`-said_on` (newest first; the default without `q`), `said_on`, or "
            "`relevance` (best match first, ties newest first; the default with `q`, which "
            "it needs). On PostgreSQL with the RUM index every match is ranked; elsewhere a "
            "search alone that matches more than 10,000 statements ranks the 10,000 most "
            "recently added, then lists the rest newest first."
        ),
        examples=["-said_on"],
    ),
]


@router.get(
    "",
    summary="List, search or facet statements",
    operation_id="statements-list",
    response_model=StatementPage,
    responses={**EXPORT_REDIRECT, **problem_responses(422)},
)
async def list_statements(
    request: Request,
    session: ReadSession,
    filters: Annotated[StatementFilter, Depends(statement_filter)],
    sort: SortParam = None,
    facet: Annotated[
        list[Facet] | None,
        Query(
            description="Repeatable. Adds `facets` counted over the whole current filter.",
            examples=["topic"],
        ),
    ] = None,
    facet_size: Annotated[
        int,
        Query(
            ge=1,
            le=facets.MAX_FACET_SIZE,
            description="Most values per facet, the most frequent first.",
            examples=[facets.DEFAULT_FACET_SIZE],
        ),
        DIGITS_ONLY,
    ] = facets.DEFAULT_FACET_SIZE,
    include: IncludeParam = None,
    export_format: Format = "json",
    limit: Limit = None,
    cursor: Cursor = None,
) -> Response:
    """Quotes and paraphrases matching every given filter, newest `said_on` first then by
    position in the article, or best match first with `q`. Repeat `topic` to match any of
    several topics. `min_confidence` keeps statements whose attribution is at least that
    sure. Every match as a download: `GET /v1/statements.csv` or `.ndjson` with the same
    filters, or this URL with `Accept: text/csv` or `Accept: application/x-ndjson`
    (answers vary on `Accept`)."""
    size = page_size(request, limit)
    resolved = repository.SORTS.resolve(sort, searching=bool(filters.q))
    after = cursor_after(request, resolved, cursor)
    if export_format != "json":  # every parameter checked first, as the page checks it
        return export_redirect(request, export_format)
    options = SearchOptions.of(request.app.state.settings)

    def read() -> Response:
        page = repository.list_statements(
            session,
            filters,
            sort=resolved,
            limit=size,
            after=after,
            options=options,
            context=include == "context",
        )
        total = repository.count_statements(session, filters, options=options)
        body = searchable_body(request, resolved, page, total)
        if facet:
            found = facets.facet_counts(session, filters, facet, facet_size)
            return json_page(request, StatementPageBody(**body, facets=found))
        return json_page(request, body)

    # A date-ordered page seeks an index and reads a page; a search or facet counts may
    # read every match, so they run in a thread.
    return await run_read(request, read, bounded=not filters.q and not facet)


@router.get(
    "/{statement_id}",
    summary="Get a statement",
    operation_id="statements-get",
    response_model=StatementDetail,
    responses=problem_responses(404, 422),
)
def get_statement(
    session: ReadSession,
    statement_id: Annotated[
        int, Path(ge=1, le=MAX_ID, description="Statement id.", examples=[1]), DIGITS_ONLY
    ],
    include: IncludeParam = None,
) -> Response:
    """One statement, with the terms that caused each of its topic tags; with
    `include=context`, the sentences around it and the one that attributes it."""
    statement = repository.get_statement(session, statement_id, context=include == "context")
    if statement is None:
        raise NotFound(f"No statement with id {statement_id}.")
    return json_response(statement)


def _export_endpoint(export: ExportMedia) -> Callable[..., Response]:
    def export_statements(
        request: Request,
        filters: Annotated[StatementFilter, Depends(statement_filter)],
        sort: SortParam = None,
        include: IncludeParam = None,
        cursor: Cursor = None,
    ) -> Response:
        resolved = repository.SORTS.resolve(sort, searching=bool(filters.q))
        after = cursor_after(request, resolved, cursor)
        options = SearchOptions.of(request.app.state.settings)
        context = include == "context"
        columns = CSV_COLUMNS + CONTEXT_COLUMNS if context else CSV_COLUMNS

        def batch(batch_session: Session, key: Key | None, batch_size: int) -> KeysetPage[Any]:
            return repository.list_statements(
                batch_session,
                filters,
                sort=resolved,
                limit=batch_size,
                after=key,
                options=options,
                context=context,
            )

        return export_response(request, export, "statements", batch, columns, after=after)

    return export_statements


add_export_routes(router, "statements", "statement", _export_endpoint)

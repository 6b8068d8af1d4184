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
    page_body,
    searchable_body,
)
from app.core.negotiation import EXPORT_REDIRECT, ExportMedia, export_redirect
from app.core.pagination import Page
from app.core.params import Cursor, Limit, TopicSlug, page_size
from app.core.planned_route import PlannedRoute
from app.core.read_session import ReadSession
from app.core.refs import ExpertKind
from app.experts import repository
from app.experts.repository import ExpertFilter, ExpertSort
from app.experts.schemas import AppearanceItem, ExpertDetail, ExpertSummary
from app.exports.operations import add_export_routes
from app.exports.streaming import Column, export_response, field
from app.search.options import SearchOptions
from app.search.query import MAX_QUERY_LENGTH, parse_query
from app.search.totals import SearchablePage
from app.statements.schemas import Q_DESCRIPTION

router = APIRouter(
    prefix="/v1/experts",
    tags=["experts"],
    dependencies=[Depends(no_repeated_parameters)],
    route_class=PlannedRoute,
)

CSV_COLUMNS: list[Column] = [
    field(name)
    for name in (
        "slug",
        "name",
        "kind",
        "role",
        "organization",
        "statement_count",
        "last_said_on",
    )
]


async def expert_filter(
    kind: Annotated[
        ExpertKind | None,
        Query(description="Only experts or only officials.", examples=["expert"]),
    ] = None,
    topic: Annotated[
        list[TopicSlug] | None,
        Query(
            description="Topic slug: people who spoke on it; repeat for any of several.",
            examples=["stabilization"],
        ),
    ] = None,
    organization: Annotated[
        str | None,
        Query(
            min_length=1,
            max_length=200,
            description="Case-insensitive substring of the organisation.",
            examples=["Center"],
        ),
    ] = None,
    q: Annotated[
        str | None,
        Query(
            min_length=1,
            max_length=MAX_QUERY_LENGTH,
            description=Q_DESCRIPTION + " Searches name, role and organisation.",
            examples=["nursha"],
        ),
    ] = None,
) -> ExpertFilter:
    if q is not None:
        parse_query(q)
    return ExpertFilter(kind=kind, topic=topic or [], organization=organization, q=q)


SortParam = Annotated[
    ExpertSort | None,
    Query(
        description=(
            "`name` (the default without `q`), `statement_count` (fewest first), "
            "`-statement_count` (most first) or `relevance` (the default with `q`)."
        ),
        examples=["-statement_count"],
    ),
]


@router.get(
    "",
    summary="List or search experts and officials",
    operation_id="experts-list",
    response_model=SearchablePage[ExpertSummary],
    responses={**EXPORT_REDIRECT, **problem_responses(422)},
)
def list_experts(
    request: Request,
    session: ReadSession,
    filters: Annotated[ExpertFilter, Depends(expert_filter)],
    sort: SortParam = None,
    export_format: Format = "json",
    limit: Limit = None,
    cursor: Cursor = None,
) -> Response:
    """Everyone quoted or reported, with their statement counts and latest statement date.
    Every match as a download: `GET /v1/experts.csv` or `.ndjson` with the same filters,
    or this URL with `Accept: text/csv` or `Accept: application/x-ndjson`."""
    size = page_size(request, limit)
    resolved = repository.SORTS.resolve(sort, searching=bool(filters.q))
    after = cursor_after(request, resolved, cursor)
    if export_format != "json":  # every parameter checked first, as the page checks it
        return export_redirect(request, export_format)
    options = SearchOptions.of(request.app.state.settings)
    page = repository.list_experts(session, filters, sort=resolved, limit=size, after=after)
    total = repository.count_experts(session, filters, options=options)
    return json_page(request, searchable_body(request, resolved, page, total))


@router.get(
    "/{slug}",
    summary="Get an expert",
    operation_id="experts-get",
    response_model=ExpertDetail,
    responses=problem_responses(404, 422),
)
def get_expert(
    request: Request,
    session: ReadSession,
    slug: Annotated[
        str, Path(max_length=200, description="Expert slug.", examples=["askar-nursha"])
    ],
) -> Response:
    """One person: statement count, topic counts, their latest appearances and a monthly
    timeline."""
    max_months = request.app.state.settings.timeline_max_periods
    expert = repository.get_expert(session, slug, max_months=max_months)
    if expert is None:
        raise NotFound(f"No expert with slug '{slug}'.")
    return json_response(expert)


@router.get(
    "/{slug}/appearances",
    summary="List an expert's appearances",
    operation_id="experts-appearances",
    response_model=Page[AppearanceItem],
    responses=problem_responses(404, 422),
)
def list_appearances(
    request: Request,
    session: ReadSession,
    slug: Annotated[
        str, Path(max_length=200, description="Expert slug.", examples=["askar-nursha"])
    ],
    limit: Limit = None,
    cursor: Cursor = None,
) -> Response:
    """Every article the person appears in, newest first, with the role and organisation
    that article gave them."""
    size = page_size(request, limit)
    sort = repository.APPEARANCE_SORTS["appearances"]
    after = cursor_after(request, sort, cursor)
    found = repository.list_appearances(session, slug, limit=size, after=after)
    if found is None:
        raise NotFound(f"No expert with slug '{slug}'.")
    page, total = found
    return json_page(request, page_body(request, sort, page, total))


def _export_endpoint(export: ExportMedia) -> Callable[..., Response]:
    def export_experts(
        request: Request,
        filters: Annotated[ExpertFilter, Depends(expert_filter)],
        sort: SortParam = None,
        cursor: Cursor = None,
    ) -> Response:
        resolved = repository.SORTS.resolve(sort, searching=bool(filters.q))
        after = cursor_after(request, resolved, cursor)

        def batch(batch_session: Session, key: Key | None, batch_size: int) -> KeysetPage[Any]:
            return repository.list_experts(
                batch_session, filters, sort=resolved, limit=batch_size, after=key
            )

        return export_response(request, export, "experts", batch, CSV_COLUMNS, after)

    return export_experts


add_export_routes(router, "experts", "person", _export_endpoint)

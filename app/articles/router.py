from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import Response
from sqlalchemy.orm import Session

from app.articles import repository
from app.articles.repository import ArticleFilter, ArticleSort
from app.articles.schemas import ArticleDetail, ArticleSummary
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
from app.core.params import UPDATED_SINCE_DESCRIPTION, Cursor, Limit, TopicSlug, page_size
from app.core.planned_route import PlannedRoute
from app.core.read_session import ReadSession
from app.core.strict_types import IsoDate
from app.core.timestamps import Rfc3339
from app.exports.operations import add_export_routes
from app.exports.streaming import Column, export_response, field
from app.search.options import SearchOptions
from app.search.query import MAX_QUERY_LENGTH, parse_query
from app.search.totals import SearchablePage
from app.statements.schemas import Q_DESCRIPTION

router = APIRouter(
    prefix="/v1/articles",
    tags=["articles"],
    dependencies=[Depends(no_repeated_parameters)],
    route_class=PlannedRoute,
)

ArticleSlug = Annotated[
    str,
    Path(
        max_length=200,
        description="Article slug.",
        examples=["rapid-withdrawal-of-csto-forces-from-kazakhstan-explained"],
    ),
]

CSV_COLUMNS: list[Column] = [
    field(name)
    for name in (
        "slug",
        "title",
        "subtitle",
        "published_on",
        "source",
        "url",
        "language",
        "original_language",
        "statement_count",
        "created_at",
    )
]


async def article_filter(
    date_from: Annotated[
        IsoDate | None,
        Query(
            alias="from",
            description="Earliest publication date, inclusive (YYYY-MM-DD).",
            examples=["2022-01-01"],
        ),
    ] = None,
    date_to: Annotated[
        IsoDate | None,
        Query(
            alias="to",
            description="Latest publication date, inclusive (YYYY-MM-DD).",
            examples=["2022-01-31"],
        ),
    ] = None,
    source: Annotated[
        str | None,
        Query(
            min_length=1,
            max_length=200,
            description="Case-insensitive substring of the outlet.",
            examples=["mk.ru"],
        ),
    ] = None,
    expert: Annotated[
        str | None,
        Query(
            min_length=1,
            max_length=200,
            description="Expert slug: articles they appear in.",
            examples=["askar-nursha"],
        ),
    ] = None,
    topic: Annotated[
        list[TopicSlug] | None,
        Query(
            description="Topic slug: articles with a statement on it; repeat for any of several.",
            examples=["stabilization"],
        ),
    ] = None,
    q: Annotated[
        str | None,
        Query(
            min_length=1,
            max_length=MAX_QUERY_LENGTH,
            description=Q_DESCRIPTION + " Searches title, subtitle and text.",
            examples=["peacekeepers"],
        ),
    ] = None,
    updated_since: Annotated[
        Rfc3339 | None,
        Query(description=UPDATED_SINCE_DESCRIPTION, examples=["2022-01-11T00:00:00Z"]),
    ] = None,
) -> ArticleFilter:
    if q is not None:
        parse_query(q)
    return ArticleFilter(
        date_from=date_from,
        date_to=date_to,
        source=source,
        expert=expert,
        topic=topic or [],
        q=q,
        updated_since=updated_since,
    )


SortParam = Annotated[
    ArticleSort | None,
    Query(
        description=(
            "`-published_on` (newest first; the default without `q`), `published_on`, "
            "or `relevance` (the default with `q`)."
        ),
        examples=["-published_on"],
    ),
]


@router.get(
    "",
    summary="List or search articles",
    operation_id="articles-list",
    response_model=SearchablePage[ArticleSummary],
    responses={**EXPORT_REDIRECT, **problem_responses(422)},
)
def list_articles(
    request: Request,
    session: ReadSession,
    filters: Annotated[ArticleFilter, Depends(article_filter)],
    sort: SortParam = None,
    export_format: Format = "json",
    limit: Limit = None,
    cursor: Cursor = None,
) -> Response:
    """Ingested articles, newest published first, with their statement counts. Every match
    as a download: `GET /v1/articles.csv` or `.ndjson` with the same filters, or this URL
    with `Accept: text/csv` or `Accept: application/x-ndjson`."""
    size = page_size(request, limit)
    resolved = repository.SORTS.resolve(sort, searching=bool(filters.q))
    after = cursor_after(request, resolved, cursor)
    if export_format != "json":  # every parameter checked first, as the page checks it
        return export_redirect(request, export_format)
    options = SearchOptions.of(request.app.state.settings)
    page = repository.list_articles(
        session, filters, sort=resolved, limit=size, after=after, options=options
    )
    total = repository.count_articles(session, filters, options=options)
    return json_page(request, searchable_body(request, resolved, page, total))


@router.get(
    "/{slug}",
    summary="Get an article",
    operation_id="articles-get",
    response_model=ArticleDetail,
    responses=problem_responses(404, 422),
)
def get_article(session: ReadSession, slug: ArticleSlug) -> Response:
    """One article with its exact text, the people it quotes and their statements."""
    article = repository.get_article(session, slug)
    if article is None:
        raise NotFound(f"No article with slug '{slug}'.")
    return json_response(article)


def _export_endpoint(export: ExportMedia) -> Callable[..., Response]:
    def export_articles(
        request: Request,
        filters: Annotated[ArticleFilter, Depends(article_filter)],
        sort: SortParam = None,
        cursor: Cursor = None,
    ) -> Response:
        resolved = repository.SORTS.resolve(sort, searching=bool(filters.q))
        after = cursor_after(request, resolved, cursor)
        options = SearchOptions.of(request.app.state.settings)

        def batch(batch_session: Session, key: Key | None, batch_size: int) -> KeysetPage[Any]:
            return repository.list_articles(
                batch_session, filters, sort=resolved, limit=batch_size, after=key, options=options
            )

        return export_response(request, export, "articles", batch, CSV_COLUMNS, after)

    return export_articles


add_export_routes(router, "articles", "article", _export_endpoint)

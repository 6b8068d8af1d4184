from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Request, Response
from sqlalchemy.orm import Session

from app.articles import repository
from app.articles.schemas import ArticleDetail, ArticleSummary
from app.core.db import get_session
from app.core.errors import InvalidParameter, NotFound, problem_responses
from app.core.pagination import Page, decode_cursor, encode_cursor, set_next_link
from app.core.params import DEFAULT_LIMIT, Cursor, Limit

router = APIRouter(prefix="/v1/articles", tags=["articles"])
_SCOPE = "articles:-published_on"

ArticleSlug = Annotated[
    str,
    Path(
        max_length=200,
        description="Article slug.",
        examples=["rapid-withdrawal-of-csto-forces-from-kazakhstan-explained"],
    ),
]


@router.get(
    "",
    summary="List articles",
    operation_id="articles-list",
    responses=problem_responses(422),
)
def list_articles(
    request: Request,
    response: Response,
    session: Annotated[Session, Depends(get_session)],
    limit: Limit = DEFAULT_LIMIT,
    cursor: Cursor = None,
) -> Page[ArticleSummary]:
    """Ingested articles, newest published first, with their statement counts."""
    secret = request.app.state.settings.cursor_secret
    after = None
    if cursor:
        key = decode_cursor(secret, _SCOPE, cursor)
        try:
            after = (dt.date.fromisoformat(key[0]), int(key[1]))
        except (TypeError, ValueError, IndexError):
            raise InvalidParameter("cursor is malformed.") from None
    items, next_key = repository.list_articles(session, limit=limit, after=after)
    next_cursor = (
        encode_cursor(secret, _SCOPE, [next_key[0].isoformat(), next_key[1]]) if next_key else None
    )
    set_next_link(request, response, next_cursor)
    return Page(items=items, total=repository.count_articles(session), next_cursor=next_cursor)


@router.get(
    "/{slug}",
    summary="Get an article",
    operation_id="articles-get",
    responses=problem_responses(404, 422),
)
def get_article(
    session: Annotated[Session, Depends(get_session)], slug: ArticleSlug
) -> ArticleDetail:
    """One article with its exact text, the people it quotes and their statements."""
    article = repository.get_article(session, slug)
    if article is None:
        raise NotFound(f"No article with slug '{slug}'.")
    return article

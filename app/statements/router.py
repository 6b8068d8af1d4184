from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Request, Response
from sqlalchemy.orm import Session

from app.core.db import get_session
from app.core.errors import InvalidParameter, NotFound, problem_responses
from app.core.pagination import Page, decode_cursor, encode_cursor, set_next_link
from app.core.params import DEFAULT_LIMIT, MAX_ID, Cursor, Limit
from app.statements import repository
from app.statements.schemas import (
    StatementDetail,
    StatementFilter,
    StatementSummary,
    statement_filter,
)

router = APIRouter(prefix="/v1/statements", tags=["statements"])
_SCOPE = "statements:-said_on"


def _decode_key(secret: str, token: str) -> repository.Key:
    key = decode_cursor(secret, _SCOPE, token)
    try:
        said_on, position, statement_id = key
        return dt.date.fromisoformat(said_on), int(position), int(statement_id)
    except (TypeError, ValueError):
        raise InvalidParameter("cursor is malformed.") from None


@router.get(
    "",
    summary="List statements",
    operation_id="statements-list",
    responses=problem_responses(422),
)
def list_statements(
    request: Request,
    response: Response,
    session: Annotated[Session, Depends(get_session)],
    filters: Annotated[StatementFilter, Depends(statement_filter)],
    limit: Limit = DEFAULT_LIMIT,
    cursor: Cursor = None,
) -> Page[StatementSummary]:
    """Quotes and paraphrases matching every given filter, newest `said_on` first, then
    by position in the article. Repeat `topic` to match any of several topics."""
    secret = request.app.state.settings.cursor_secret
    after = _decode_key(secret, cursor) if cursor else None
    items, next_key = repository.list_statements(session, filters, limit=limit, after=after)
    next_cursor = (
        encode_cursor(secret, _SCOPE, [next_key[0].isoformat(), next_key[1], next_key[2]])
        if next_key
        else None
    )
    set_next_link(request, response, next_cursor)
    return Page(
        items=items,
        total=repository.count_statements(session, filters),
        next_cursor=next_cursor,
    )


@router.get(
    "/{statement_id}",
    summary="Get a statement",
    operation_id="statements-get",
    responses=problem_responses(404, 422),
)
def get_statement(
    session: Annotated[Session, Depends(get_session)],
    statement_id: Annotated[int, Path(ge=1, le=MAX_ID, description="Statement id.", examples=[1])],
) -> StatementDetail:
    """One statement, with the terms that caused each of its topic tags."""
    statement = repository.get_statement(session, statement_id)
    if statement is None:
        raise NotFound(f"No statement with id {statement_id}.")
    return statement

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Request, Response
from sqlalchemy.orm import Session

from app.core.db import get_session
from app.core.errors import InvalidParameter, NotFound, problem_responses
from app.core.pagination import Page, decode_cursor, encode_cursor, set_next_link
from app.core.params import DEFAULT_LIMIT, Cursor, Limit
from app.core.refs import ExpertKind
from app.experts import repository
from app.experts.schemas import ExpertDetail, ExpertSummary

router = APIRouter(prefix="/v1/experts", tags=["experts"])
_SCOPE = "experts:name"


@router.get(
    "",
    summary="List experts and officials",
    operation_id="experts-list",
    responses=problem_responses(422),
)
def list_experts(
    request: Request,
    response: Response,
    session: Annotated[Session, Depends(get_session)],
    kind: Annotated[
        ExpertKind | None,
        Query(description="Only experts or only officials.", examples=["expert"]),
    ] = None,
    limit: Limit = DEFAULT_LIMIT,
    cursor: Cursor = None,
) -> Page[ExpertSummary]:
    """Everyone quoted or reported, by name, with their statement counts."""
    secret = request.app.state.settings.cursor_secret
    after = None
    if cursor:
        key = decode_cursor(secret, _SCOPE, cursor)
        if len(key) != 2 or not isinstance(key[0], str) or not isinstance(key[1], int):
            raise InvalidParameter("cursor is malformed.")
        after = (key[0], key[1])
    items, next_key = repository.list_experts(session, kind, limit=limit, after=after)
    next_cursor = encode_cursor(secret, _SCOPE, list(next_key)) if next_key else None
    set_next_link(request, response, next_cursor)
    return Page(items=items, total=repository.count_experts(session, kind), next_cursor=next_cursor)


@router.get(
    "/{slug}",
    summary="Get an expert",
    operation_id="experts-get",
    responses=problem_responses(404, 422),
)
def get_expert(
    session: Annotated[Session, Depends(get_session)],
    slug: Annotated[
        str, Path(max_length=200, description="Expert slug.", examples=["askar-nursha"])
    ],
) -> ExpertDetail:
    """One person: statement count, topic counts, appearances and a monthly timeline."""
    expert = repository.get_expert(session, slug)
    if expert is None:
        raise NotFound(f"No expert with slug '{slug}'.")
    return expert

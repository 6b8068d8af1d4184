from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Request, Response

from app.core import cursor_keys
from app.core.db import read_session
from app.core.errors import NotFound, problem_responses
from app.core.listing import no_repeated_parameters
from app.core.pagination import Page, decode_cursor, encode_cursor, set_next_link
from app.core.params import (
    DEFAULT_LIMIT,
    TOPIC_SLUG_MAX_LENGTH,
    TOPIC_SLUG_PATTERN,
    Cursor,
    Limit,
)
from app.topics import repository
from app.topics.schemas import TopicDetail, TopicSummary

router = APIRouter(
    prefix="/v1/topics", tags=["topics"], dependencies=[Depends(no_repeated_parameters)]
)
_SCOPE = "topics:slug"


@router.get(
    "",
    summary="List topics",
    operation_id="topics-list",
    responses=problem_responses(422),
)
def list_topics(
    request: Request,
    response: Response,
    limit: Limit = DEFAULT_LIMIT,
    cursor: Cursor = None,
) -> Page[TopicSummary]:
    """The topic taxonomy, by slug, with statement and expert counts."""
    secret = request.app.state.cursor_secret
    after = None
    if cursor:
        key = decode_cursor(secret, _SCOPE, cursor)
        (after,) = cursor_keys.read_key(key, cursor_keys.text(TOPIC_SLUG_MAX_LENGTH))
    with read_session(request) as session:
        items, next_key = repository.list_topics(session, limit=limit, after=after)
        total = repository.count_topics(session)
    next_cursor = encode_cursor(secret, _SCOPE, [next_key]) if next_key else None
    set_next_link(request, response, next_cursor)
    return Page(items=items, total=total, next_cursor=next_cursor)


@router.get(
    "/{slug}",
    summary="Get a topic",
    operation_id="topics-get",
    responses=problem_responses(404, 422),
)
def get_topic(
    request: Request,
    slug: Annotated[
        str,
        Path(
            max_length=TOPIC_SLUG_MAX_LENGTH,
            pattern=TOPIC_SLUG_PATTERN,
            description="Topic slug.",
            examples=["stabilization"],
        ),
    ],
) -> TopicDetail:
    """One topic: its description, matching terms and the people who speak on it most."""
    with read_session(request) as session:
        topic = repository.get_topic(session, slug)
    if topic is None:
        raise NotFound(f"No topic with slug '{slug}'.")
    return topic

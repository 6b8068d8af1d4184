from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Request
from fastapi.responses import Response

from app.core.errors import NotFound, problem_responses
from app.core.listing import (
    cursor_after,
    json_page,
    json_response,
    no_repeated_parameters,
    page_body,
)
from app.core.pagination import Page
from app.core.params import (
    TOPIC_SLUG_MAX_LENGTH,
    TOPIC_SLUG_PATTERN,
    Cursor,
    Limit,
    page_size,
)
from app.core.planned_route import PlannedRoute
from app.core.read_session import ReadSession
from app.topics import repository
from app.topics.schemas import TopicDetail, TopicSummary

router = APIRouter(
    prefix="/v1/topics",
    tags=["topics"],
    dependencies=[Depends(no_repeated_parameters)],
    route_class=PlannedRoute,
)


@router.get(
    "",
    summary="List topics",
    operation_id="topics-list",
    response_model=Page[TopicSummary],
    responses=problem_responses(422),
)
def list_topics(
    request: Request,
    session: ReadSession,
    limit: Limit = None,
    cursor: Cursor = None,
) -> Response:
    """The topic taxonomy, by slug, with statement and expert counts."""
    size = page_size(request, limit)
    sort = repository.SORTS["slug"]
    after = cursor_after(request, sort, cursor)
    page = repository.list_topics(session, limit=size, after=after)
    total = repository.count_topics(session)
    return json_page(request, page_body(request, sort, page, total))


@router.get(
    "/{slug}",
    summary="Get a topic",
    operation_id="topics-get",
    response_model=TopicDetail,
    responses=problem_responses(404, 422),
)
def get_topic(
    session: ReadSession,
    slug: Annotated[
        str,
        Path(
            max_length=TOPIC_SLUG_MAX_LENGTH,
            pattern=TOPIC_SLUG_PATTERN,
            description="Topic slug.",
            examples=["stabilization"],
        ),
    ],
) -> Response:
    """One topic: its description, matching terms and the people who speak on it most."""
    topic = repository.get_topic(session, slug)
    if topic is None:
        raise NotFound(f"No topic with slug '{slug}'.")
    return json_response(topic)

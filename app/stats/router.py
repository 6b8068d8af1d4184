from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from app.core.errors import problem_responses
from app.core.listing import json_response, no_repeated_parameters
from app.core.read_session import ReadSession
from app.statements.schemas import StatementFilter, statement_filter
from app.stats import repository
from app.stats.repository import Interval
from app.stats.schemas import TimelinePoint

router = APIRouter(
    prefix="/v1/stats", tags=["stats"], dependencies=[Depends(no_repeated_parameters)]
)


@router.get(
    "/timeline",
    summary="Statements over time",
    operation_id="stats-timeline",
    response_model=list[TimelinePoint],
    responses=problem_responses(422),
)
def timeline(
    request: Request,
    session: ReadSession,
    filters: Annotated[StatementFilter, Depends(statement_filter)],
    interval: Annotated[
        Interval,
        Query(
            description="Period length; weeks start on Monday.",
            examples=["day"],
        ),
    ] = "month",
) -> Response:
    """How many statements match the filters (the same as `GET /v1/statements`) per period,
    from the first period with a statement to the last, empty periods included as 0. A
    span of more periods than the server's `timeline_max_periods` (10,000 by default) is
    a 422: narrow it with `from` and `to`, or choose a longer interval."""
    max_periods = request.app.state.settings.timeline_max_periods
    points = repository.timeline(session, filters, interval, max_periods=max_periods)
    return json_response(points)

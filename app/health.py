from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from app.core.errors import problem_response, problem_responses

router = APIRouter(tags=["health"])


class Health(BaseModel):
    """The service and its database answer."""

    status: Literal["ok"] = Field(description="Always `ok` when 200.", examples=["ok"])
    database: str = Field(description="The store's dialect.", examples=["sqlite"])


@router.get(
    "/health",
    summary="Health check",
    operation_id="health-get",
    response_model=Health,
    responses=problem_responses(503),
)
def health(request: Request) -> JSONResponse:
    """200 when the database answers a trivial query, 503 problem+json when it does not."""
    engine = request.app.state.engine
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except SQLAlchemyError:
        return problem_response(
            request,
            503,
            "The database does not answer.",
            slug="unavailable",
            headers={"Retry-After": "5"},
        )
    return JSONResponse({"status": "ok", "database": engine.dialect.name})

"""Query and path parameters shared by the routers."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from pydantic import StringConstraints

from app.core.openapi import add_document_pass
from app.core.strict_types import DIGITS_ONLY

# Ids are INTEGER columns: 32-bit on PostgreSQL, where a larger bound parameter is an
# error ("integer out of range"), not a miss. Larger ids are a 422.
MAX_ID = 2**31 - 1


def _limit_description(maximum: int) -> str:
    return f"Page size, 1 to {maximum}; a larger value is a 422."


Limit = Annotated[int | None, Query(ge=1, examples=[20]), DIGITS_ONLY]
"""A list's ``limit`` parameter: declare ``limit: Limit = None`` and read it through
:func:`page_size`. Its bounds and default are the app's settings, so they cannot be
part of the annotation; ``install_page_sizes`` writes them into the OpenAPI document."""


def page_size(request: Request, limit: int | None) -> int:
    """The page size of a request: ``limit``, bounded and defaulted by the app's own
    settings (``max_page_size``, ``default_page_size``), read per request, never at
    import. Called in the endpoint rather than as a dependency: FastAPI's dependency
    machinery costs more per request than the check."""
    settings = request.app.state.settings
    if limit is None:
        default: int = settings.default_page_size
        return default
    maximum: int = settings.max_page_size
    if limit > maximum:
        raise RequestValidationError(
            [
                {
                    "loc": ("query", "limit"),
                    "msg": f"Input should be less than or equal to {maximum}",
                    "type": "less_than_equal",
                    "input": limit,
                    "ctx": {"le": maximum},
                }
            ]
        )
    return limit


def _is_query(parameter: dict[str, Any], name: str) -> bool:
    return parameter.get("in") == "query" and parameter.get("name") == name


def install_page_sizes(app: FastAPI) -> None:
    """Make the OpenAPI document state the page-size bounds of this app's settings."""
    settings = app.state.settings

    def document(doc: dict[str, Any]) -> None:
        description = _limit_description(settings.max_page_size)
        for path_item in doc.get("paths", {}).values():
            for operation in path_item.values():
                if not isinstance(operation, dict):
                    continue
                parameters: list[dict[str, Any]] = operation.get("parameters", [])
                limit = next((p for p in parameters if _is_query(p, "limit")), None)
                if limit is None:
                    continue
                limit["description"] = description
                limit["schema"] = {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": settings.max_page_size,
                    "default": settings.default_page_size,
                    "description": description,
                    "examples": [20],
                }

    add_document_pass(app, document)


Cursor = Annotated[
    str | None,
    Query(
        max_length=512,
        description="The `next_cursor` of the previous page, unchanged.",
        examples=[None],
    ),
]

# Topic slugs come from the taxonomy (app/ingest/topics.py) and fit topics.slug, a
# VARCHAR(80): anything else cannot name a topic and is a 422, not an empty answer.
TOPIC_SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
TOPIC_SLUG_MAX_LENGTH = 80
TopicSlug = Annotated[
    str, StringConstraints(pattern=TOPIC_SLUG_PATTERN, max_length=TOPIC_SLUG_MAX_LENGTH)
]

# Expert slugs fit experts.slug, a VARCHAR(120); the list filter takes them repeated.
ExpertSlug = Annotated[str, StringConstraints(min_length=1, max_length=200)]

LANGUAGE_PATTERN = r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$"
"""A BCP 47 language tag, as articles carry it (``en``, ``ru``, ``pt-BR``)."""

CREATED_AT_DESCRIPTION = (
    "When it was ingested: RFC 3339 in UTC. Records never change once ingested, so this is "
    "also when it last changed (`updated_since` compares it)."
)

UPDATED_SINCE_DESCRIPTION = (
    "Only records ingested at or after this instant: an RFC 3339 timestamp with an offset "
    "(`2026-12-01T09:30:00Z`, `2026-12-01T11:30:00%2B02:00`; a time without an offset is a "
    "422). Compare with the records' `created_at`: records never change once ingested (a "
    "correction is a deletion and a new article, which `GET /v1/changes` lists), so a client "
    "syncs by passing the latest `created_at` it has seen."
)

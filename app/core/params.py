"""Query and path parameters shared by the routers."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from pydantic import StringConstraints

from app.core.openapi import add_document_pass
from app.core.strict_types import DIGITS_ONLY

# Ids are INTEGER columns: 32-bit on PostgreSQL, where a larger bound parameter is an
# error ("integer out of range"), not a miss. Larger ids are a 422.
MAX_ID = 2**31 - 1


def _limit_description(maximum: int) -> str:
    return f"Page size, 1 to {maximum}; a larger value is a 422."


async def page_size(
    request: Request,
    limit: Annotated[int | None, Query(ge=1, examples=[20]), DIGITS_ONLY] = None,
) -> int:
    """The ``limit`` parameter, bounded and defaulted by the app's own settings
    (``max_page_size``, ``default_page_size``), read per request, never at import."""
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


Limit = Annotated[int, Depends(page_size)]
"""A list's page size: declare ``limit: Limit`` (no default; the app's settings give it)."""


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
                # FastAPI lists a dependency's parameters after the endpoint's own; keep
                # `limit` where the document has always had it, just before `cursor`
                cursor = next((p for p in parameters if _is_query(p, "cursor")), None)
                if cursor is not None:
                    parameters.remove(limit)
                    parameters.insert(parameters.index(cursor), limit)

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

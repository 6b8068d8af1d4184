"""Query parameters shared by every list endpoint."""

from __future__ import annotations

from typing import Annotated

from fastapi import Query

from app.core.config import get_settings

# Ids are INTEGER columns: 32-bit on PostgreSQL, where a larger bound parameter is an
# error ("integer out of range"), not a miss. Larger ids are a 422.
MAX_ID = 2**31 - 1
_settings = get_settings()

Limit = Annotated[
    int,
    Query(
        ge=1,
        le=_settings.max_page_size,
        description=f"Page size, 1 to {_settings.max_page_size}; a larger value is a 422.",
        examples=[20],
    ),
]
Cursor = Annotated[
    str | None,
    Query(
        max_length=512,
        description="The `next_cursor` of the previous page, unchanged.",
        examples=[None],
    ),
]
DEFAULT_LIMIT = _settings.default_page_size

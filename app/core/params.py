"""Query and path parameters shared by the routers."""

from __future__ import annotations

from typing import Annotated

from fastapi import Query
from pydantic import StringConstraints

from app.core.config import get_settings
from app.core.strict_types import DIGITS_ONLY

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
    DIGITS_ONLY,
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

# Topic slugs come from the taxonomy (app/ingest/topics.py) and fit topics.slug, a
# VARCHAR(80): anything else cannot name a topic and is a 422, not an empty answer.
TOPIC_SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
TOPIC_SLUG_MAX_LENGTH = 80
TopicSlug = Annotated[
    str, StringConstraints(pattern=TOPIC_SLUG_PATTERN, max_length=TOPIC_SLUG_MAX_LENGTH)
]

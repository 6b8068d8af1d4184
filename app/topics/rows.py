"""The JSON rows of topics, as the repository builds them: each TypedDict has the fields
of its schema in ``schemas.py``, so mypy checks every field from the query to the JSON;
``tests/core/test_typed_rows.py`` holds each to its schema."""

from __future__ import annotations

from typing import TypedDict


class TopicRow(TypedDict):
    """A ``TopicSummary``."""

    slug: str
    name: str
    description: str
    statement_count: int
    expert_count: int


class TopExpertRow(TypedDict):
    slug: str
    name: str
    count: int


class TopicDetailRow(TopicRow):
    """A ``TopicDetail``."""

    terms: list[str]
    top_experts: list[TopExpertRow]

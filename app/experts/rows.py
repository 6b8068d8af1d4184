"""The JSON rows of experts, as the repository builds them: each TypedDict has the fields
of its schema in ``schemas.py`` (dates as ISO text), so mypy checks every field from the
query to the JSON; ``tests/core/test_typed_rows.py`` holds each to its schema."""

from __future__ import annotations

from typing import TypedDict

from app.core.ref_rows import ArticleRefRow, TopicRefRow
from app.core.refs import ExpertKind


class ExpertRow(TypedDict):
    """An ``ExpertSummary``."""

    slug: str
    name: str
    kind: ExpertKind
    role: str | None
    organization: str | None
    statement_count: int
    last_said_on: str | None


class TopicCountRow(TopicRefRow):
    count: int


class AppearanceRow(TypedDict):
    article: ArticleRefRow
    role: str | None
    organization: str | None


class MonthCountRow(TypedDict):
    month: str
    count: int


class ExpertDetailRow(ExpertRow):
    """An ``ExpertDetail``."""

    topics: list[TopicCountRow]
    appearances: list[AppearanceRow]
    appearance_count: int
    timeline: list[MonthCountRow]

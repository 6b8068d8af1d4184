"""The JSON rows of articles, as the repository builds them: each TypedDict has the
fields of its schema in ``schemas.py`` (dates as ISO text), so mypy checks every field
from the query to the JSON; ``tests/core/test_typed_rows.py`` holds each to its schema."""

from __future__ import annotations

from typing import TypedDict

from app.core.ref_rows import ExpertRefRow
from app.statements.rows import StatementRow


class ArticleRow(TypedDict):
    """An ``ArticleSummary``."""

    slug: str
    title: str
    published_on: str
    created_at: str
    subtitle: str | None
    source: str | None
    url: str | None
    language: str | None
    original_language: str | None
    statement_count: int


class ArticleDetailRow(ArticleRow):
    """An ``ArticleDetail``."""

    text: str
    content_sha256: str
    experts: list[ExpertRefRow]
    statements: list[StatementRow]
    warnings: list[str]

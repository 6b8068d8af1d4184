"""The JSON rows of statements, as the repository builds them: each TypedDict has the
fields of its schema in ``schemas.py`` (dates as ISO text), so mypy checks every field
from the query to the JSON; ``tests/core/test_typed_rows.py`` holds each to its schema."""

from __future__ import annotations

from typing import NotRequired, TypedDict

from app.core.pagination import SearchablePageBody
from app.core.ref_rows import ArticleRefRow, ExpertRefRow, SpanRow, TopicRefRow
from app.core.refs import StatementKind


class AttributionRow(TypedDict):
    cue: str | None
    cue_span: SpanRow | None
    rule: str
    confidence: float


class StatementRow(TypedDict):
    """A ``StatementSummary``."""

    id: int
    text: str
    kind: StatementKind
    said_on: str
    position: int
    span: SpanRow
    expert: ExpertRefRow | None
    attribution: AttributionRow | None
    article: ArticleRefRow
    topics: list[TopicRefRow]
    highlight: str | None


class FacetValueRow(TypedDict):
    value: str
    label: str
    count: int


FacetCountsRow = dict[str, list[FacetValueRow]]
"""A ``FacetCounts``: only the facets asked for are present."""


class StatementPageBody(SearchablePageBody[StatementRow]):
    """A ``StatementPage``."""

    facets: NotRequired[FacetCountsRow]

"""The JSON rows of statements, as the repository builds them: each TypedDict has the
fields of its schema in ``schemas.py`` (dates as ISO text), so mypy checks every field
from the query to the JSON; ``tests/core/test_typed_rows.py`` holds each to its schema."""

from __future__ import annotations

from typing import Generic, NotRequired, TypedDict, TypeVar

from app.core.pagination import SearchablePageBody
from app.core.ref_rows import ArticleRefRow, ExpertRefRow, SpanRow, TopicRefRow
from app.core.refs import StatementKind


class AttributionRow(TypedDict):
    cue: str | None
    cue_span: SpanRow | None
    rule: str
    confidence: float


class TopicTagRow(TopicRefRow):
    matched_terms: list[str]


TopicT = TypeVar("TopicT", TopicRefRow, TopicTagRow)


class StatementArticleRow(ArticleRefRow):
    source: str | None
    url: str | None


class StatementContextRow(TypedDict):
    before: str | None
    after: str | None
    attribution: str | None


class StatementFields(TypedDict, Generic[TopicT]):
    """A statement with its topics as ``TopicT``: see ``StatementRow`` and
    ``StatementDetailRow``."""

    id: int
    text: str
    kind: StatementKind
    said_on: str
    created_at: str
    position: int
    span: SpanRow
    span_utf16: SpanRow
    expert: ExpertRefRow | None
    attribution: AttributionRow | None
    article: StatementArticleRow
    topics: list[TopicT]
    highlight: str | None
    context: NotRequired[StatementContextRow | None]


StatementRow = StatementFields[TopicRefRow]
"""A ``StatementSummary``."""
StatementDetailRow = StatementFields[TopicTagRow]
"""A ``StatementDetail``: its topics say which terms tagged them."""


class FacetValueRow(TypedDict):
    value: str
    label: str
    count: int


FacetCountsRow = dict[str, list[FacetValueRow]]
"""A ``FacetCounts``: only the facets asked for are present."""


class StatementPageBody(SearchablePageBody[StatementRow]):
    """A ``StatementPage``."""

    facets: NotRequired[FacetCountsRow]

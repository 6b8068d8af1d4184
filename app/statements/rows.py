"""The JSON rows of statements, as the repository builds them: each TypedDict has the
fields of its schema in ``schemas.py`` (dates as ISO text), so mypy checks every field
from the query to the JSON; ``tests/core/test_typed_rows.py`` holds each to its schema."""

from __future__ import annotations

import datetime as dt
from typing import Any, Generic, NotRequired, TypedDict, TypeVar

from app.core.pagination import SearchablePageBody
from app.core.ref_rows import ArticleRefRow, ExpertRefRow, SpanRow, TopicRefRow
from app.core.refs import ExpertKind, StatementKind


class StatementColumns(TypedDict):
    """A statement's row as the repository's queries select it (``repository._COLUMNS``),
    read by name: the columns, not the JSON."""

    id: int
    text: str
    kind: StatementKind
    said_on: dt.date
    position: int
    span_start: int
    span_end: int
    attribution_cue: str | None
    attribution_cue_start: int | None
    attribution_cue_end: int | None
    attribution_rule: str | None
    attribution_confidence: float | None
    expert_slug: str | None  # the expert columns are null together (no expert: outer join)
    expert_name: str | None
    expert_kind: ExpertKind | None
    expert_role: str | None
    expert_organization: str | None
    article_slug: str
    article_title: str
    article_published_on: dt.date
    created_at: dt.datetime
    article_source: str | None
    article_url: str | None
    article_id: int
    span_utf16_shift: int
    topics: NotRequired[Any]
    """The page's aggregated topics (``page_topics.py``); the detail reads its own."""


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

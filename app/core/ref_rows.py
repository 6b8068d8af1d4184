"""The JSON rows of the compact references (``app/core/refs.py``), as repositories build
them: each TypedDict has the fields of its schema, dates as ISO text.
``tests/core/test_typed_rows.py`` holds every row type to its schema."""

from __future__ import annotations

from typing import TypedDict

from app.core.refs import ExpertKind


class ExpertRefRow(TypedDict):
    slug: str
    name: str
    kind: ExpertKind
    role: str | None
    organization: str | None


class ArticleRefRow(TypedDict):
    slug: str
    title: str
    published_on: str


class TopicRefRow(TypedDict):
    slug: str
    name: str


class SpanRow(TypedDict):
    start: int
    end: int

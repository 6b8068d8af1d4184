from __future__ import annotations

import datetime as dt

from pydantic import Field

from app.core.params import CREATED_AT_DESCRIPTION
from app.core.refs import ArticleRef, ExpertRef
from app.statements.schemas import StatementSummary


class ArticleSummary(ArticleRef):
    """An article in lists."""

    created_at: dt.datetime = Field(
        description=CREATED_AT_DESCRIPTION, examples=["2026-12-01T09:30:00Z"]
    )
    subtitle: str | None = Field(
        description="Standfirst or pull quote.",
        examples=["This is a big reputational burden on Tokayev"],
    )
    source: str | None = Field(
        description="The outlet.", examples=["Moskovsky Komsomolets (mk.ru)"]
    )
    url: str | None = Field(description="Where it was published.", examples=[None])
    language: str | None = Field(description="Language of the text.", examples=["en"])
    original_language: str | None = Field(
        description="Language of the original, for translations.", examples=["ru"]
    )
    statement_count: int = Field(description="Statements extracted from it.", examples=[8])


class ArticleExpert(ExpertRef):
    """A person as this article introduces them."""


class ArticleDetail(ArticleSummary):
    """One article: its exact text, the people in it and their statements in order."""

    text: str = Field(
        description="The source text exactly as ingested.", examples=["Rapid withdrawal..."]
    )
    content_sha256: str = Field(
        description="SHA-256 of the UTF-8 text; the idempotency key.",
        examples=["9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"],
    )
    experts: list[ArticleExpert] = Field(
        description="People quoted or reported, with this article's roles."
    )
    statements: list[StatementSummary] = Field(description="Statements in order of position.")
    warnings: list[str] = Field(
        default_factory=list,
        description="Extraction warnings, e.g. when no attributable statement was found.",
        examples=[[]],
    )

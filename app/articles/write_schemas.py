"""What the write path answers with, beyond the read schemas."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field

from app.core.refs import ExpertRef, Span, StatementKind
from app.statements.schemas import TopicTag


class PreviewStatement(BaseModel):
    """A statement as it would be stored."""

    text: str = Field(description="Verbatim span of the text.", examples=["Quickly, because..."])
    kind: StatementKind = Field(description="Quote or paraphrase.", examples=["quote"])
    said_on: dt.date = Field(description="When it was said.", examples=["2022-01-11"])
    position: int = Field(description="1-based order in the article.", examples=[1])
    span: Span = Field(description="Offsets in the text.")
    expert: ExpertRef | None = Field(description="The speaker; null if unattributed.")
    topics: list[TopicTag] = Field(description="Topic tags with the terms that matched.")


class ArticlePreview(BaseModel):
    """What ingesting this text would store. Nothing has been stored."""

    title: str = Field(description="Detected or given title.", examples=["Rapid withdrawal..."])
    subtitle: str | None = Field(description="Detected standfirst or pull quote.", examples=[None])
    published_on: dt.date = Field(description="Publication date.", examples=["2022-01-11"])
    source: str | None = Field(
        description="Outlet, given or from a source line.", examples=["mk.ru"]
    )
    content_sha256: str = Field(
        description="Idempotency key of the text.",
        examples=["9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"],
    )
    already_stored_as: str | None = Field(
        description="Slug of the stored article with this exact text, if any.", examples=[None]
    )
    experts: list[ExpertRef] = Field(description="People found, as this article gives them.")
    statements: list[PreviewStatement] = Field(description="Statements in order.")
    warnings: list[str] = Field(description="Extraction warnings.", examples=[[]])
    text: str | None = Field(
        default=None,
        description="The text extracted from `html`, which the spans index; null for `text`.",
        examples=[None],
    )
    url: str | None = Field(
        default=None,
        description="Where it was published: given, or the page's canonical URL.",
        examples=["https://news.example/markets-brace"],
    )

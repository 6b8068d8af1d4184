from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, Field

ChangeKind = Literal["created", "deleted"]


class Change(BaseModel):
    """One change to the set of articles: one created, or one deleted (a tombstone)."""

    kind: ChangeKind = Field(
        description="`created`: the article was ingested; `deleted`: it was deleted.",
        examples=["deleted"],
    )
    article_slug: str = Field(
        description="The article's slug. After `deleted`, `GET /v1/articles/{slug}` is a 404 "
        "(unless a later `created` reuses the slug).",
        examples=["rapid-withdrawal-of-csto-forces-from-kazakhstan-explained"],
    )
    changed_at: dt.datetime = Field(
        description="When it happened, RFC 3339 in UTC: a creation's time is the article's "
        "`created_at`.",
        examples=["2026-12-01T09:30:00Z"],
    )


class ChangePage(BaseModel):
    """A page of the change log, oldest change first."""

    items: list[Change] = Field(description="The changes on this page, in the order they happened.")
    total: int = Field(description="How many changes match `since` in all.", examples=[2])
    next_cursor: str | None = Field(
        description="Pass as `cursor` to get the next page; null on the last page.",
        examples=[None],
    )

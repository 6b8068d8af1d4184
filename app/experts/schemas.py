from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field

from app.core.refs import ArticleRef, ExpertRef, TopicRef


class ExpertSummary(ExpertRef):
    """A person in lists, with how much they have said."""

    statement_count: int = Field(description="Statements attributed to them.", examples=[3])
    last_said_on: dt.date | None = Field(
        description="Date of their latest statement.", examples=["2022-01-11"]
    )


class TopicCount(TopicRef):
    """A topic and how many of the person's statements carry it."""

    count: int = Field(description="Statements with this topic.", examples=[2])


class AppearanceItem(BaseModel):
    """How one article introduced the person."""

    article: ArticleRef = Field(description="The article.")
    role: str | None = Field(description="Role as that article gave it.", examples=["head"])
    organization: str | None = Field(
        description="Organisation as that article gave it.",
        examples=["Center for International Studies"],
    )


class MonthCount(BaseModel):
    """Statements in one calendar month."""

    month: str = Field(description="The month, YYYY-MM.", examples=["2022-01"])
    count: int = Field(description="Statements that month.", examples=[3])


class ExpertDetail(ExpertSummary):
    """One person: their topics, their appearances (newest first) and a monthly timeline."""

    topics: list[TopicCount] = Field(description="Topic counts, most frequent first.")
    appearances: list[AppearanceItem] = Field(
        description=(
            "The latest articles they appear in, newest first: at most 20. "
            "`GET /v1/experts/{slug}/appearances` pages through all of them."
        )
    )
    appearance_count: int = Field(description="Articles they appear in, in all.", examples=[1])
    timeline: list[MonthCount] = Field(
        description=(
            "Statements per month, oldest first; months without any are 0. If the first "
            "and last month are more than `timeline_max_periods` months apart (10,000 by "
            "default), only the months with statements are listed."
        )
    )

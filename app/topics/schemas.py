from __future__ import annotations

from pydantic import BaseModel, Field

from app.core.refs import TopicRef


class TopicSummary(TopicRef):
    """A topic in lists, with how much has been said on it."""

    description: str = Field(
        description="What the topic covers.",
        examples=["Whether and how the situation is stabilised."],
    )
    statement_count: int = Field(description="Statements tagged with it.", examples=[3])
    expert_count: int = Field(description="Distinct people who spoke on it.", examples=[2])


class TopExpert(BaseModel):
    """A person and how often they spoke on the topic."""

    slug: str = Field(description="Expert slug.", examples=["askar-nursha"])
    name: str = Field(description="Full name.", examples=["Askar Nursha"])
    count: int = Field(description="Their statements on the topic.", examples=[2])


class TopicDetail(TopicSummary):
    """One topic: the terms that tag it and who speaks on it most."""

    terms: list[str] = Field(
        description="Taxonomy terms; a trailing * matches any word starting so.",
        examples=[["stabili*", "law and order"]],
    )
    top_experts: list[TopExpert] = Field(description="Up to 10 people, most statements first.")

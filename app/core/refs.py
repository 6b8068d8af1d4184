"""Compact references that one resource embeds of another (an expert inside a statement)."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

ExpertKind = Literal["expert", "official"]
StatementKind = Literal["quote", "paraphrase"]


class _Ref(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class ExpertRef(_Ref):
    """Who made a statement."""

    slug: str = Field(description="Stable key of the person.", examples=["askar-nursha"])
    name: str = Field(description="Full name.", examples=["Askar Nursha"])
    kind: ExpertKind = Field(
        description="`expert` for analysts and commentators, `official` for office-holders.",
        examples=["expert"],
    )
    role: str | None = Field(description="Role, as most recently given.", examples=["head"])
    organization: str | None = Field(
        description="Organisation, as most recently given.",
        examples=["Center for International Studies"],
    )


class ArticleRef(_Ref):
    """The article a statement comes from."""

    slug: str = Field(
        description="Stable key of the article.",
        examples=["rapid-withdrawal-of-csto-forces-from-kazakhstan-explained"],
    )
    title: str = Field(
        description="Headline.",
        examples=["Rapid withdrawal of CSTO forces from Kazakhstan explained"],
    )
    published_on: dt.date = Field(description="Publication date.", examples=["2022-01-11"])


class TopicRef(_Ref):
    """A topic a statement is tagged with."""

    slug: str = Field(description="Stable key of the topic.", examples=["stabilization"])
    name: str = Field(description="Display name.", examples=["Stabilisation"])


class Span(BaseModel):
    """Character offsets of a statement in its article's text: ``text[start:end]``."""

    start: int = Field(description="Offset of the first character.", examples=[1431])
    end: int = Field(description="Offset just past the last character.", examples=[2627])

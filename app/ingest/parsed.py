"""What the parser hands to the loader: plain Pydantic records, no database.

Offsets are Python string indices into ``ParsedArticle.text`` (the source text exactly as
given), so ``text[start:end] == statement.text`` always holds.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

PersonKind = Literal["expert", "official"]
StatementKind = Literal["quote", "paraphrase"]
NoiseKind = Literal["photo_credit", "source_line", "boilerplate", "social_caption", "byline"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ParsedPerson(_Frozen):
    """A person the article quotes or reports, as this article introduces them."""

    slug: str = Field(description="URL-safe key derived from the name.", examples=["askar-nursha"])
    name: str = Field(description="Full name as written.", examples=["Askar Nursha"])
    kind: PersonKind = Field(description="`expert` (analyst, commentator) or `official`.")
    role: str | None = Field(default=None, examples=["researcher"])
    organization: str | None = Field(default=None, examples=["Eurasian Expert Council"])


class ParsedNoise(_Frozen):
    """A stretch of the text recognised as not being content."""

    kind: NoiseKind
    start: int
    end: int


class ParsedAttribution(_Frozen):
    """The evidence for who said a statement: the cue, the rule, and how sure it is."""

    cue: str | None = Field(
        default=None, description="The reporting verb or marker as written.", examples=["said"]
    )
    cue_start: int | None = Field(default=None, ge=0)
    cue_end: int | None = Field(default=None, ge=0)
    rule: str = Field(description="Name of the rule that attributed the statement.")
    confidence: float = Field(ge=0.0, le=1.0, description="Calibrated on the real-news gold.")


class ParsedStatement(_Frozen):
    """One direct quote or paraphrase: a verbatim span of the article text."""

    speaker: str | None = Field(description="Slug of a ParsedPerson, or None if unattributed.")
    kind: StatementKind
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    said_on: dt.date
    attribution: ParsedAttribution | None = None


class ParsedArticle(_Frozen):
    """Everything the parser derives from one article's source text."""

    text: str = Field(description="The source text exactly as given.")
    title: str
    subtitle: str | None = None
    published_on: dt.date
    source: str | None = Field(default=None, description="Outlet, from a source line if any.")
    people: list[ParsedPerson] = Field(default_factory=list)
    statements: list[ParsedStatement] = Field(
        default_factory=list, description="In order of appearance in the text."
    )
    noise: list[ParsedNoise] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

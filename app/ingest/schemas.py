"""The input contract for one article, shared by the write API, the CLI and the seed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from copy import copy
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from pydantic.fields import FieldInfo

from app.core.date_range import (
    DATE_RANGE_PATTERN,
    EARLIEST_DATE,
    LATEST_DATE,
    in_range,
    out_of_range_message,
)
from app.core.strict_types import IsoDate
from app.core.visible_text import VISIBLE_TEXT_PATTERN, has_visible_text

MAX_TEXT_BYTES = 1024 * 1024


def refuse_unstorable(value: str | None) -> str | None:
    """NUL and lone surrogates fit in no store (PostgreSQL refuses NUL in text, and a
    lone surrogate cannot be encoded), whether the text came by HTTP or from a file."""
    if value is None:
        return value
    if "\x00" in value:
        raise ValueError("must not contain NUL characters (U+0000)")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("must not contain lone surrogates (U+D800 to U+DFFF)") from None
    return value


class ArticleMeta(BaseModel):
    """Metadata that travels with an article's text."""

    model_config = ConfigDict(extra="forbid")

    published_on: IsoDate = Field(
        description=f"Publication date, {EARLIEST_DATE.isoformat()} to {LATEST_DATE.isoformat()}.",
        examples=["2022-01-11"],
        json_schema_extra={"pattern": DATE_RANGE_PATTERN},
    )
    source: str | None = Field(
        default=None,
        max_length=200,
        description="The outlet. When absent, a source line in the text is used.",
        examples=["Moskovsky Komsomolets (mk.ru)"],
    )
    url: str | None = Field(
        default=None,
        max_length=2000,
        description="Where the article was published.",
        examples=["https://www.mk.ru/politics/2022/01/11/example.html"],
    )
    language: str | None = Field(
        default=None, max_length=16, description="Language of the text (BCP 47).", examples=["en"]
    )
    original_language: str | None = Field(
        default=None,
        max_length=16,
        description="Language of the original, when the text is a translation.",
        examples=["ru"],
    )
    title: str | None = Field(
        default=None,
        max_length=500,
        description="Overrides the title the parser finds (the first line).",
        examples=["Rapid withdrawal of CSTO forces from Kazakhstan explained"],
    )

    @field_validator("published_on")
    @classmethod
    def _published_on_in_range(cls, value: dt.date) -> dt.date:
        if not in_range(value):
            raise ValueError(out_of_range_message(value))
        return value

    @field_validator("source", "url", "language", "original_language", "title")
    @classmethod
    def _storable(cls, value: str | None) -> str | None:
        return refuse_unstorable(value)


class ArticleInput(ArticleMeta):
    """An article to ingest: its source text and metadata."""

    text: str = Field(
        description="The article's source text, stored exactly as given (at most 1 MiB). "
        "It must hold a visible character: whitespace, zero-width and other invisible "
        "characters alone are refused.",
        min_length=1,
        json_schema_extra={"pattern": VISIBLE_TEXT_PATTERN},
        examples=[
            "Markets brace for rate rise\n\n"
            "Jane Doe, an economist at Example Bank, says:\n\n"
            "– Inflation is not going away on its own."
        ],
    )

    @field_validator("text")
    @classmethod
    def _text_has_content(cls, value: str) -> str:
        refuse_unstorable(value)
        if not has_visible_text(value):
            raise ValueError(
                "text is empty or only whitespace or invisible characters; send the article's text"
            )
        return value


def _never_null(extra: dict[str, Any]) -> Callable[[dict[str, Any]], None]:
    """JSON Schema for a field that may be absent but never null, with ``extra`` added."""

    def edit(schema: dict[str, Any]) -> None:
        branches = [b for b in schema.pop("anyOf", []) if b.get("type") != "null"]
        for branch in branches[:1]:
            schema.update(branch)
        schema.pop("default", None)
        schema.update(extra)

    return edit


def _absent_by_default(model: type[BaseModel], name: str, note: str) -> Any:
    """``model``'s field ``name`` with its constraints and validators, but optional."""
    field: FieldInfo = copy(model.model_fields[name])
    field.default = None
    field.description = f"{field.description} {note}"
    extra = field.json_schema_extra
    field.json_schema_extra = _never_null(extra if isinstance(extra, dict) else {})
    return field


class ArticleSubmission(ArticleInput):
    """An article to ingest: its ``text``, or a web page's ``html`` to extract the text and
    metadata from. Exactly one of the two."""

    # A body is either shape, so JSON Schema says it with oneOf; null is never a value.
    model_config = ConfigDict(
        json_schema_extra={
            "oneOf": [
                {
                    "required": ["text", "published_on"],
                    "not": {"properties": {"html": {}}, "required": ["html"]},
                },
                {
                    "required": ["html"],
                    "not": {"properties": {"text": {}}, "required": ["text"]},
                },
            ]
        }
    )

    text: str | None = _absent_by_default(  # type: ignore[assignment]
        ArticleInput, "text", "Send `text` or `html`, not both."
    )
    html: str | None = Field(
        default=None,
        json_schema_extra=_never_null({}),
        min_length=1,
        description="A web page (at most the 1 MiB of a request body). Its main text is "
        "extracted and stored as the article's text; its title, publication date, site name "
        "(as `source`), canonical URL and language fill the fields this body leaves out.",
        examples=[
            '<html lang="en"><head><title>Markets brace for rate rise</title>'
            '<meta property="article:published_time" content="2024-05-14"></head><body>'
            "<article><p>“Inflation is not going away,” said Jane Doe, an economist at "
            "Example Bank.</p></article></body></html>"
        ],
    )
    published_on: IsoDate | None = _absent_by_default(  # type: ignore[assignment]
        ArticleInput,
        "published_on",
        "Required with `text`; with `html`, the page's own date when left out.",
    )

    @field_validator("text", "html", "published_on", mode="before")
    @classmethod
    def _null_is_not_absence(cls, value: Any) -> Any:
        if value is None:
            raise ValueError("must not be null; leave the field out instead")
        return value

    @field_validator("html")
    @classmethod
    def _html_is_unicode(cls, value: str) -> str:
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise ValueError("must not contain lone surrogates (U+D800 to U+DFFF)") from None
        return value

    @model_validator(mode="after")
    def _text_or_html(self) -> ArticleSubmission:
        if self.text is not None and self.html is not None:
            raise ValueError("send either text or html, not both")
        if self.text is None and self.html is None:
            raise ValueError("send the article as text (with published_on) or as html")
        if self.text is not None and self.published_on is None:
            raise ValueError("published_on is required with text")
        return self

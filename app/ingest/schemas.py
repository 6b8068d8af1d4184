"""The input contract for one article, shared by the write API, the CLI and the seed."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, field_validator

from app.core.strict_types import NON_BLANK_PATTERN, IsoDate

MAX_TEXT_BYTES = 1024 * 1024


class ArticleMeta(BaseModel):
    """Metadata that travels with an article's text."""

    model_config = ConfigDict(extra="forbid")

    published_on: IsoDate = Field(description="Publication date.", examples=["2022-01-11"])
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


class ArticleInput(ArticleMeta):
    """An article to ingest: its source text and metadata."""

    text: str = Field(
        description="The article's source text, stored exactly as given (at most 1 MiB).",
        min_length=1,
        json_schema_extra={"pattern": NON_BLANK_PATTERN},
        examples=[
            "Markets brace for rate rise\n\n"
            "Jane Doe, an economist at Example Bank, says:\n\n"
            "– Inflation is not going away on its own."
        ],
    )

    @field_validator("text")
    @classmethod
    def _text_has_content(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("text is empty or only whitespace; send the article's text")
        return value

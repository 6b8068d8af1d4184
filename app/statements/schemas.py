from __future__ import annotations

import calendar
import datetime as dt
from typing import Annotated, Literal

from fastapi import Query
from pydantic import BaseModel, Field

from app.core.params import (
    CREATED_AT_DESCRIPTION,
    LANGUAGE_PATTERN,
    UPDATED_SINCE_DESCRIPTION,
    ExpertSlug,
    TopicSlug,
)
from app.core.refs import ArticleRef, ExpertRef, Span, StatementKind, TopicRef
from app.core.strict_types import IsoDate
from app.core.timestamps import Rfc3339
from app.search.query import MAX_QUERY_LENGTH, parse_query
from app.search.totals import TOTAL_DESCRIPTION, TOTAL_EXACT_DESCRIPTION


class Attribution(BaseModel):
    """The evidence for who said a statement, to judge it without re-reading the article."""

    cue: str | None = Field(
        description="The reporting verb or marker, as written; null when the rule needs none "
        "(a dash block under an introduced speaker).",
        examples=["said"],
    )
    cue_span: Span | None = Field(
        description="Where the cue stands in the article text; null without a cue."
    )
    rule: str = Field(
        description="The parser rule that attributed the statement.", examples=["quote_said_name"]
    )
    confidence: float = Field(
        ge=0.0,
        le=1.0,
        description="How sure the attribution is, in [0, 1]; calibrated on the real-news gold "
        "(`commentariat eval` reports how often each band is right).",
        examples=[0.9],
    )


class StatementArticle(ArticleRef):
    """The article a statement comes from, with its outlet and address."""

    source: str | None = Field(
        description="The outlet; null when unknown.", examples=["Moskovsky Komsomolets (mk.ru)"]
    )
    url: str | None = Field(
        description="Where the article was published; null when unknown.",
        examples=["https://www.mk.ru/politics/2022/01/11/csto.html"],
    )


class StatementContext(BaseModel):
    """The statement in its article, to read it without fetching the article: sentences
    and paragraphs as the parser cut them. Paragraphs are separated by blank lines; in an
    article without any, each line is a paragraph."""

    before: str | None = Field(
        description="The sentence before the one the statement starts in, within its "
        "paragraph; null at the paragraph's start.",
        examples=["The CSTO's mission in Kazakhstan ended on Thursday."],
    )
    after: str | None = Field(
        description="The sentence after the one the statement ends in, within its "
        "paragraph; null at the paragraph's end.",
        examples=["The last troops left on January 19."],
    )
    attribution: str | None = Field(
        description="The sentence that holds the attribution cue (`attribution.cue_span`): "
        "the reporting verb's sentence, or for a quote under an introduced speaker the line "
        "with its dash; null without a cue.",
        examples=["Askar Nursha, head of the Center for International Studies, says:"],
    )


class StatementSummary(BaseModel):
    """A direct quote or paraphrase, with who said it, where and about what."""

    id: int = Field(description="Stable numeric id.", examples=[3])
    text: str = Field(
        description="The statement, a verbatim span of the article text.",
        examples=["Management initially stated that this would be a short-term measure."],
    )
    kind: StatementKind = Field(
        description="`quote` for direct speech, `paraphrase` for reported speech.",
        examples=["quote"],
    )
    said_on: dt.date = Field(
        description="When it was said: the article date unless the text dates it.",
        examples=["2022-01-11"],
    )
    created_at: dt.datetime = Field(
        description=CREATED_AT_DESCRIPTION + " A statement is ingested with its article.",
        examples=["2026-12-01T09:30:00Z"],
    )
    position: int = Field(description="1-based order within the article.", examples=[3])
    span: Span = Field(
        description="Where the text stands in the article's `text`, in Unicode code points "
        "(as Python indexes a string): `text[start:end]`."
    )
    span_utf16: Span = Field(
        description="The same span in UTF-16 code units, as JavaScript indexes a string: "
        "`text.slice(start, end)`. It differs from `span` after a character outside the "
        "Basic Multilingual Plane (an emoji), which is two code units."
    )
    expert: ExpertRef | None = Field(description="Who said it; null if unattributed.")
    attribution: Attribution | None = Field(
        description="The cue, rule and confidence behind `expert`; null when the parser "
        "recorded none.",
    )
    article: StatementArticle = Field(
        description="The article it comes from, with its outlet (`source`) and `url`."
    )
    topics: list[TopicRef] = Field(description="Topics it is tagged with.")
    highlight: str | None = Field(
        default=None,
        description=(
            "With `q`: the text HTML-escaped, each match wrapped in `<mark>…</mark>`. "
            "Null without `q`."
        ),
        examples=["it is a big <mark>reputational burden</mark> on Tokayev"],
    )
    context: StatementContext | None = Field(
        default=None,
        description="With `include=context`: the sentences around the statement and the one "
        "that attributes it. Absent otherwise.",
    )


class TopicTag(TopicRef):
    """A topic tag with the taxonomy terms that caused it."""

    matched_terms: list[str] = Field(
        description="The topic's terms that occur in the statement.", examples=[["stabili*"]]
    )


class StatementDetail(StatementSummary):
    """One statement, its tags explained."""

    topics: list[TopicTag] = Field(description="Topics, each with the terms that matched.")  # type: ignore[assignment]


StatementSort = Literal["said_on", "-said_on", "relevance"]
Facet = Literal["expert", "topic", "kind", "article", "month", "source", "organization"]
StatementInclude = Literal["context"]

IncludeParam = Annotated[
    StatementInclude | None,
    Query(
        description="`context` adds each statement's `context`: the sentence before and "
        "after it within its paragraph, and the sentence that attributes it.",
        examples=["context"],
    ),
]


class StatementFilter(BaseModel):
    """Filters shared by the statement list and the statistics endpoints."""

    q: str | None = None
    expert: list[str] = Field(default_factory=list)
    topic: list[str] = Field(default_factory=list)
    kind: StatementKind | None = None
    article: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    min_confidence: float | None = None
    organization: str | None = None
    source: str | None = None
    language: str | None = None
    updated_since: dt.datetime | None = None


Q_DESCRIPTION = (
    'Full-text search. Words are ANDed; "a phrase"; stabil* for a prefix; a OR b; -term '
    "excludes. Case- and diacritic-insensitive. A malformed query is a 422."
)


async def statement_filter(
    q: Annotated[
        str | None,
        Query(
            description=Q_DESCRIPTION,
            examples=['"reputational burden"'],
            min_length=1,
            max_length=MAX_QUERY_LENGTH,
        ),
    ] = None,
    expert: Annotated[
        list[ExpertSlug] | None,
        Query(
            description="Expert slug; repeat for any of several speakers.",
            examples=["askar-nursha"],
        ),
    ] = None,
    topic: Annotated[
        list[TopicSlug] | None,
        Query(
            description="Topic slug; repeat for any of several topics.",
            examples=["stabilization"],
        ),
    ] = None,
    kind: Annotated[
        StatementKind | None, Query(description="Quote or paraphrase.", examples=["quote"])
    ] = None,
    article: Annotated[
        str | None,
        Query(
            description="Article slug.",
            examples=["rapid-withdrawal-of-csto-forces-from-kazakhstan-explained"],
            min_length=1,
            max_length=200,
        ),
    ] = None,
    date_from: Annotated[
        IsoDate | None,
        Query(
            alias="from",
            description="Earliest said_on, inclusive (YYYY-MM-DD).",
            examples=["2022-01-10"],
        ),
    ] = None,
    date_to: Annotated[
        IsoDate | None,
        Query(
            alias="to",
            description=(
                "Latest said_on, inclusive (YYYY-MM-DD). Before `from` gives an empty list."
            ),
            examples=["2022-01-11"],
        ),
    ] = None,
    month: Annotated[
        str | None,
        Query(
            # Years 0001-9999 in ASCII digits: what datetime.date can hold.
            pattern=r"^([1-9][0-9]{3}|0[1-9][0-9]{2}|00[1-9][0-9]|000[1-9])-(0[1-9]|1[0-2])$",
            description="A calendar month of said_on (YYYY-MM), as the `month` facet gives it; "
            "combines with `from` and `to`.",
            examples=["2022-01"],
        ),
    ] = None,
    min_confidence: Annotated[
        float | None,
        Query(
            ge=0.0,
            le=1.0,
            allow_inf_nan=False,
            description="Only statements whose attribution confidence is at least this "
            "(0 to 1); statements without an attribution are left out.",
            examples=[0.5],
        ),
    ] = None,
    organization: Annotated[
        str | None,
        Query(
            min_length=1,
            max_length=200,
            description="Case-insensitive substring of the speaker's organisation (as "
            "`expert.organization` shows it).",
            examples=["Eurasian"],
        ),
    ] = None,
    source: Annotated[
        str | None,
        Query(
            min_length=1,
            max_length=200,
            description="Case-insensitive substring of the article's outlet, as "
            "`GET /v1/articles?source=` takes it; the `source` facet gives the outlets.",
            examples=["mk.ru"],
        ),
    ] = None,
    language: Annotated[
        str | None,
        Query(
            pattern=LANGUAGE_PATTERN,
            description="The article's language tag (BCP 47, e.g. `en`, `ru`, `pt-BR`), "
            "case-insensitive.",
            examples=["en"],
        ),
    ] = None,
    updated_since: Annotated[
        Rfc3339 | None,
        Query(
            description=UPDATED_SINCE_DESCRIPTION,
            examples=["2022-01-11T00:00:00Z"],
        ),
    ] = None,
) -> StatementFilter:
    if month is not None:
        first = dt.date.fromisoformat(f"{month}-01")
        last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
        date_from = max(date_from, first) if date_from else first
        date_to = min(date_to, last) if date_to else last
    if q is not None:
        parse_query(q)
    return StatementFilter(
        q=q,
        expert=expert or [],
        topic=topic or [],
        kind=kind,
        article=article,
        date_from=date_from,
        date_to=date_to,
        min_confidence=min_confidence,
        organization=organization,
        source=source,
        language=language.lower() if language else None,
        updated_since=updated_since,
    )


class FacetValue(BaseModel):
    """One value of a facet and how many statements of the current filter have it."""

    value: str = Field(
        description="What the matching filter parameter takes: a slug, a kind or YYYY-MM.",
        examples=["askar-nursha"],
    )
    label: str = Field(description="For display.", examples=["Askar Nursha"])
    count: int = Field(description="Statements of the current filter with it.", examples=[3])


class FacetCounts(BaseModel):
    """The requested facets by name, each its values for the current filter, most first."""

    expert: list[FacetValue] | None = Field(
        default=None,
        description="Speakers, by expert slug.",
        examples=[[{"value": "askar-nursha", "label": "Askar Nursha", "count": 3}]],
    )
    topic: list[FacetValue] | None = Field(
        default=None,
        description="Topics, by topic slug.",
        examples=[[{"value": "stabilization", "label": "Stabilisation", "count": 4}]],
    )
    kind: list[FacetValue] | None = Field(
        default=None,
        description="Quotes and paraphrases.",
        examples=[[{"value": "quote", "label": "quote", "count": 5}]],
    )
    article: list[FacetValue] | None = Field(
        default=None,
        description="Articles, by article slug.",
        examples=[
            [
                {
                    "value": "rapid-withdrawal-of-csto-forces-from-kazakhstan-explained",
                    "label": "Rapid withdrawal of CSTO forces from Kazakhstan explained",
                    "count": 8,
                }
            ]
        ],
    )
    month: list[FacetValue] | None = Field(
        default=None,
        description="Calendar months of `said_on`, as YYYY-MM.",
        examples=[[{"value": "2022-01", "label": "January 2022", "count": 8}]],
    )
    source: list[FacetValue] | None = Field(
        default=None,
        description="Outlets of the statements' articles, as the `source` filter takes them.",
        examples=[[{"value": "Reuters", "label": "Reuters", "count": 6}]],
    )
    organization: list[FacetValue] | None = Field(
        default=None,
        description="Speakers' organisations, as the `organization` filter takes them.",
        examples=[[{"value": "Carnegie Endowment", "label": "Carnegie Endowment", "count": 4}]],
    )


class StatementPage(BaseModel):
    """A page of statements; `facets` appears only when `facet` was asked for."""

    items: list[StatementSummary] = Field(description="The statements on this page.")
    total: int = Field(description=TOTAL_DESCRIPTION, examples=[8])
    total_exact: bool = Field(description=TOTAL_EXACT_DESCRIPTION, examples=[True])
    next_cursor: str | None = Field(
        description="Pass as `cursor` to get the next page; null on the last page.",
        examples=[None],
    )
    facets: FacetCounts | None = Field(
        default=None,
        description="Per requested facet, its values for the current filter, most first; "
        "only the facets asked for are present.",
    )

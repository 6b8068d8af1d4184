"""Every typed row a repository returns has the fields of the response schema it stands
for, nested rows included, with the same nullability: mypy checks each row from the query
to the TypedDict, and this holds each TypedDict to its schema, so renaming a field on
either side fails here (and a renamed key in a repository fails mypy)."""

from __future__ import annotations

import datetime as dt
import types
from typing import (
    Annotated,
    Any,
    Literal,
    TypeVar,
    Union,
    get_args,
    get_origin,
    get_type_hints,
)

import pytest
from pydantic import BaseModel
from typing_extensions import is_typeddict

from app.articles.rows import ArticleDetailRow, ArticleRow
from app.articles.schemas import ArticleDetail, ArticleSummary
from app.core.pagination import Page, PageBody, SearchablePageBody
from app.experts.rows import AppearanceRow, ExpertDetailRow, ExpertRow
from app.experts.schemas import AppearanceItem, ExpertDetail, ExpertSummary
from app.search.totals import SearchablePage
from app.statements.rows import (
    FacetValueRow,
    StatementDetailRow,
    StatementPageBody,
    StatementRow,
)
from app.statements.schemas import (
    Facet,
    FacetCounts,
    FacetValue,
    StatementDetail,
    StatementPage,
    StatementSummary,
)
from app.stats.repository import TimelinePointRow
from app.stats.schemas import TimelinePoint
from app.topics.rows import TopicDetailRow, TopicRow
from app.topics.schemas import TopicDetail, TopicSummary


def shape(annotation: Any, bound: dict[Any, Any] | None = None) -> Any:
    """A comparable outline of a type: objects as {field: outline}, lists, nullability,
    and JSON scalars (a date is ISO text in JSON, so it outlines as ``str``). ``bound``
    gives the type variables of a generic TypedDict their arguments."""
    bound = bound or {}
    if isinstance(annotation, TypeVar):
        return shape(bound[annotation])
    origin = get_origin(annotation)
    if origin is not None and is_typeddict(origin):  # a generic TypedDict, parametrised
        variables = dict(zip(origin.__parameters__, get_args(annotation), strict=True))
        return {name: shape(hint, variables) for name, hint in get_type_hints(origin).items()}
    if origin is Annotated:
        return shape(get_args(annotation)[0], bound)
    if origin in (Union, types.UnionType):
        present = [arg for arg in get_args(annotation) if arg is not type(None)]
        assert len(present) == 1, annotation
        return ("nullable", shape(present[0], bound))
    if origin is list:
        return ("list", shape(get_args(annotation)[0], bound))
    if origin is Literal:
        return type(get_args(annotation)[0]).__name__
    if is_typeddict(annotation):
        return {name: shape(hint) for name, hint in get_type_hints(annotation).items()}
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return {name: shape(f.annotation) for name, f in annotation.model_fields.items()}
    if annotation in (dt.date, dt.datetime):  # ISO text in JSON
        return "str"
    assert annotation in (int, float, str, bool), annotation
    return annotation.__name__


@pytest.mark.parametrize(
    ("row", "schema"),
    [
        (StatementRow, StatementSummary),
        (StatementDetailRow, StatementDetail),
        (ArticleDetailRow, ArticleDetail),
        (FacetValueRow, FacetValue),
        (ExpertRow, ExpertSummary),
        (ExpertDetailRow, ExpertDetail),
        (AppearanceRow, AppearanceItem),
        (ArticleRow, ArticleSummary),
        (TopicRow, TopicSummary),
        (TopicDetailRow, TopicDetail),
        (TimelinePointRow, TimelinePoint),
    ],
)
def test_a_row_has_its_schemas_fields(row: Any, schema: type[BaseModel]) -> None:
    assert shape(row) == shape(schema)


def test_page_bodies_have_the_page_schemas_fields() -> None:
    assert PageBody.__annotations__.keys() == Page.model_fields.keys()
    searchable = get_type_hints(SearchablePageBody).keys()
    assert searchable == SearchablePage.model_fields.keys()
    assert get_type_hints(StatementPageBody).keys() == StatementPage.model_fields.keys()
    # facets: a row holds only the facets asked for, by name, each a list of values
    assert set(FacetCounts.model_fields) == set(get_args(Facet))
    for name, field in FacetCounts.model_fields.items():
        assert shape(field.annotation) == ("nullable", ("list", shape(FacetValue))), name


def test_the_outline_tells_a_renamed_field() -> None:
    class Renamed(BaseModel):
        period: dt.date
        count: int

    assert shape(TimelinePointRow) != shape(Renamed)

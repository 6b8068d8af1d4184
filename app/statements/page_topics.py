"""Each listed statement's topics as one column of the page's own query.

A page used to read its statements, then its topics in a second query (``IN`` the page's
ids) and group them in Python; at 1M statements that second query was a quarter of a
page's time. Here the page selects, per statement, a correlated subquery that aggregates
its topics into a JSON array, ordered by slug: ``json_group_array`` on SQLite (3.40 has no
``ORDER BY`` inside an aggregate, so it reads an ordered subquery, which SQLite does not
flatten into an aggregate), ``json_agg(... ORDER BY slug)`` on PostgreSQL. Both read the
``statement_topics`` primary key from the statement's id, as the ``IN`` query did.

PostgreSQL's driver hands a ``json`` value over as Python lists already; SQLite's is
text, decoded by :func:`decoded`.
"""

from __future__ import annotations

from typing import Any

import orjson
from sqlalchemy import types
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import QueryableAttribute
from sqlalchemy.sql import coercions, roles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.expression import ColumnElement
from sqlalchemy.sql.visitors import InternalTraversal

from app.core.ref_rows import TopicRefRow


class PageTopics(ColumnElement[Any]):
    """``[{"slug": …, "name": …}, …]`` of the statement whose id is ``statement_id``."""

    inherit_cache = True
    type = types.NullType()

    def __init__(self, statement_id: QueryableAttribute[int] | ColumnElement[int]) -> None:
        self.statement_id = coercions.expect(roles.ExpressionElementRole, statement_id)

    _traverse_internals = [("statement_id", InternalTraversal.dp_clauseelement)]  # noqa: RUF012


@compiles(PageTopics, "sqlite")
def _sqlite(element: PageTopics, compiler: SQLCompiler, **kw: Any) -> str:
    outer = compiler.process(element.statement_id, **kw)
    return (
        "(SELECT json_group_array(json_object('slug', page_topic.slug, 'name', page_topic.name))"
        " FROM (SELECT tt.slug AS slug, tt.name AS name FROM statement_topics AS stt"
        " JOIN topics AS tt ON tt.id = stt.topic_id"
        f" WHERE stt.statement_id = {outer} ORDER BY tt.slug) AS page_topic)"
    )


@compiles(PageTopics, "postgresql")
def _postgresql(element: PageTopics, compiler: SQLCompiler, **kw: Any) -> str:
    outer = compiler.process(element.statement_id, **kw)
    return (
        "(SELECT coalesce(json_agg(json_build_object('slug', tt.slug, 'name', tt.name)"
        " ORDER BY tt.slug), '[]'::json) FROM statement_topics AS stt"
        f" JOIN topics AS tt ON tt.id = stt.topic_id WHERE stt.statement_id = {outer})"
    )


def decoded(value: Any) -> list[TopicRefRow]:
    """The column's value as rows: SQLite's JSON text decoded, PostgreSQL's as it is."""
    if isinstance(value, str | bytes):
        found: list[TopicRefRow] = orjson.loads(value)
        return found
    return value if value is not None else []

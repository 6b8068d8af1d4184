"""The SQL of a search, per store: which rows match, and how well.

SQLite reads the FTS5 tables ``<table>_fts``; PostgreSQL reads ``search.<table>``
(tsvector + GIN). Both are created and kept in step by migration 0003's triggers.
Scores are "higher is better" on both: ``-bm25()`` and ``ts_rank()``.
"""

from __future__ import annotations

from typing import Any, Literal

from sqlalchemy import (
    Column,
    Integer,
    MetaData,
    Select,
    Table,
    cast,
    func,
    literal_column,
    select,
)
from sqlalchemy.dialects.postgresql import DOUBLE_PRECISION, TSVECTOR
from sqlalchemy.sql import column, table

from app.search.query import SearchQuery

Target = Literal["statements", "articles", "experts"]

# bm25 column weights, in the order of the FTS5 columns; they mirror the A-D weights of
# the PostgreSQL documents (title over subtitle over text; a name over a role).
_BM25_WEIGHTS: dict[str, tuple[float, ...]] = {
    "statements": (1.0,),
    "articles": (10.0, 4.0, 1.0),
    "experts": (10.0, 2.0, 2.0),
}

_search_schema = MetaData(schema="search")
_PG_TABLES = {
    name: Table(
        name,
        _search_schema,
        Column("id", Integer, primary_key=True),
        Column("document", TSVECTOR),
    )
    for name in _BM25_WEIGHTS
}

FTS_TABLE_NAMES = frozenset(
    f"{name}_fts{suffix}"
    for name in _BM25_WEIGHTS
    for suffix in ("", "_data", "_idx", "_docsize", "_config", "_content")
)


def include_name(name: str | None, type_: str, _parent_names: Any) -> bool:
    """Alembic ``include_name`` hook: FTS5 tables are migration-made, not ORM models."""
    return not (type_ == "table" and name in FTS_TABLE_NAMES)


def _sqlite_scored(target: Target, query: SearchQuery) -> Select[*tuple[Any, ...]]:
    fts_name = f"{target}_fts"
    fts = table(fts_name, column("rowid"))
    fts_ref: Any = literal_column(fts_name)
    return select(
        fts.c.rowid.label("id"),
        (-func.bm25(fts_ref, *_BM25_WEIGHTS[target])).label("score"),
    ).where(fts_ref.op("MATCH")(query.to_fts5()))


def _pg_tsquery(query: SearchQuery) -> Any:
    return func.to_tsquery(literal_column("'simple'::regconfig"), query.to_tsquery())


def _pg_scored(target: Target, query: SearchQuery) -> Select[*tuple[Any, ...]]:
    documents = _PG_TABLES[target]
    tsquery = _pg_tsquery(query)
    return select(
        documents.c.id.label("id"),
        # ts_rank is float4, which reaches Python rounded to a decimal string; as float8 it
        # survives the cursor's round trip exactly, so keyset comparisons stay exact.
        cast(func.ts_rank(documents.c.document, tsquery), DOUBLE_PRECISION).label("score"),
    ).where(documents.c.document.op("@@")(tsquery))


def scored(dialect: str, target: Target, query: SearchQuery) -> Select[*tuple[Any, ...]]:
    """``SELECT id, score`` of every row of ``target`` the query matches."""
    if dialect == "sqlite":
        return _sqlite_scored(target, query)
    return _pg_scored(target, query)


def matching_ids(dialect: str, target: Target, query: SearchQuery) -> Select[*tuple[Any, ...]]:
    """``SELECT id`` of every matching row, for ``id IN (...)`` filters."""
    if dialect == "sqlite":
        fts_name = f"{target}_fts"
        return select(table(fts_name, column("rowid")).c.rowid).where(
            literal_column(fts_name).op("MATCH")(query.to_fts5())
        )
    documents = _PG_TABLES[target]
    return select(documents.c.id).where(documents.c.document.op("@@")(_pg_tsquery(query)))


def count_matches(dialect: str, target: Target, query: SearchQuery) -> Select[int]:
    """``SELECT count(*)`` of the matching rows, counted in the index alone."""
    ids = matching_ids(dialect, target, query).subquery("matches")
    return select(func.count()).select_from(ids)

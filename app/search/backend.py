"""The SQL of a search, per store: which rows match, and how well.

SQLite reads the FTS5 tables ``<table>_fts``; PostgreSQL reads ``search.<table>``
(tsvector + GIN). Both are created and kept in step by migration 0003's triggers.
Scores are "higher is better" on both: ``-bm25()`` and ``ts_rank()``.
"""

from __future__ import annotations

from typing import Any, Literal

from sqlalchemy import (
    Column,
    Float,
    Integer,
    MetaData,
    Select,
    Table,
    and_,
    cast,
    func,
    literal,
    literal_column,
    or_,
    select,
    union_all,
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


RANK_WINDOW = 10_000
"""Relevance is computed for at most this many matches: the most recently added ones."""
OUTSIDE_WINDOW = -1.0e300
"""The score of a match beyond the window; below every real score."""


def ranked(
    dialect: str, target: Target, query: SearchQuery, *, limit: int, after: list[Any] | None
) -> Any:
    """A subquery ``(id, score)`` of one page of matches, best first, ties newest first.

    Ranking costs a score per match, so a query that matches more than ``RANK_WINDOW``
    rows ranks the ``RANK_WINDOW`` newest (by id) and lists the rest after them, newest
    first. Both parts are read from the search index alone, in one statement.
    """
    ids = matching_ids(dialect, target, query)
    id_column = ids.selected_columns[0]
    # The window's floor is read once, as a CTE: as a scalar subquery it was written, and
    # run, in both halves (two more scans of every match on PostgreSQL).
    window_floor = select(
        func.coalesce(
            ids.order_by(id_column.desc()).limit(1).offset(RANK_WINDOW - 1).scalar_subquery(),
            0,
        ).label("floor")
    ).cte("rank_window_floor")
    floor = select(window_floor.c.floor).scalar_subquery()
    inside = scored(dialect, target, query)
    score, match_id = inside.selected_columns.score, inside.selected_columns.id
    inside = inside.where(match_id >= floor)
    outside = ids.add_columns(cast(literal(OUTSIDE_WINDOW), Float).label("score")).where(
        id_column < floor
    )
    if after is not None:
        after_score, after_id = after
        inside = inside.where(
            or_(score < after_score, and_(score == after_score, match_id < after_id))
        )
        if after_score <= OUTSIDE_WINDOW:
            outside = outside.where(id_column < after_id)
    inside_page = inside.order_by(score.desc(), match_id.desc()).limit(limit + 1)
    outside_page = outside.order_by(id_column.desc()).limit(limit + 1)
    both = union_all(
        select(inside_page.subquery("inside_page")),
        select(outside_page.subquery("outside_page")),
    ).subquery("both_pages")
    return (
        select(both.c.id, both.c.score)
        .order_by(both.c.score.desc(), both.c.id.desc())
        .limit(limit + 1)
        .subquery("search_top")
    )

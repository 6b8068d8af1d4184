"""The SQL of a search, per store: which rows match, and how well.

SQLite reads the FTS5 tables ``<table>_fts``; PostgreSQL reads ``search.<table>``
(tsvector + GIN, and RUM where migration 0009 could build it). They are created and kept
in step by migration 0003's triggers. Scores are "higher is better" everywhere:
``-bm25()`` (FTS5), ``ts_rank()`` (GIN), and minus RUM's distance ``document <=> query``
(RUM, whose rank is its own: a cover-based rank over the same A-D weights).
"""

from __future__ import annotations

from typing import Any, Literal
from weakref import WeakKeyDictionary

from sqlalchemy import (
    REAL,
    Column,
    Engine,
    Float,
    Integer,
    MetaData,
    Select,
    Table,
    Text,
    and_,
    bindparam,
    cast,
    exc,
    func,
    literal,
    literal_column,
    or_,
    select,
    text,
    union_all,
)
from sqlalchemy.dialects.postgresql import ARRAY, DOUBLE_PRECISION, TSVECTOR
from sqlalchemy.orm import Session
from sqlalchemy.sql import column, table

from app.search.options import SearchOptions
from app.search.query import SearchQuery

Target = Literal["statements", "articles", "experts"]
Index = Literal["fts5", "gin", "rum"]
"""What ranks a search: SQLite's FTS5, PostgreSQL's GIN (ranked within a window of the
newest matches), or PostgreSQL's RUM (every match, returned best first by the index)."""

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


_RUM_TABLES: WeakKeyDictionary[Engine, frozenset[str]] = WeakKeyDictionary()

_FIND_RUM_TABLES = text(
    "SELECT t.relname FROM pg_index AS i "
    "JOIN pg_class AS x ON x.oid = i.indexrelid "
    "JOIN pg_am AS am ON am.oid = x.relam "
    "JOIN pg_class AS t ON t.oid = i.indrelid "
    "JOIN pg_namespace AS n ON n.oid = t.relnamespace "
    "WHERE n.nspname = 'search' AND am.amname = 'rum'"
)


def detect_rank_indexes(engine: Engine) -> None:
    """Read which ``search`` tables have a RUM index (migration 0009 builds them only where
    the rum extension is installed), once per engine, at start-up: so no request pays for
    it. A store that does not answer yet is read on its first search instead."""
    if engine.dialect.name != "postgresql" or engine in _RUM_TABLES:
        return
    try:
        with engine.connect() as connection:
            _RUM_TABLES[engine] = frozenset(connection.scalars(_FIND_RUM_TABLES))
    except exc.DBAPIError:
        pass


def rum_tables(session: Session) -> frozenset[str]:
    """The ``search`` tables that have a RUM index (see ``detect_rank_indexes``)."""
    bind = session.get_bind()
    # a session may be bound to a connection (a test's outer transaction, say)
    engine = bind if isinstance(bind, Engine) else bind.engine
    found = _RUM_TABLES.get(engine)
    if found is None:
        found = frozenset(session.connection().scalars(_FIND_RUM_TABLES))
        _RUM_TABLES[engine] = found
    return found


def index_for(session: Session, target: Target, options: SearchOptions) -> Index:
    """The index that ranks ``target`` on this store under ``options``."""
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        return "fts5"
    if options.rank_index == "gin" or target not in rum_tables(session):
        return "gin"
    return "rum"


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


def capped_count(rows: Select[Any], cap: int) -> Select[int]:
    """``SELECT count(*)`` of at most ``cap + 1`` of ``rows``: one more than the cap tells
    "exactly the cap" from "more than the cap" (see ``totals.Total``)."""
    return select(func.count()).select_from(rows.limit(cap + 1).subquery("capped"))


_STATEMENT_WORDS = Table(
    "statement_words",
    _search_schema,
    Column("word", Text, primary_key=True),
    Column("statements", Integer),
)


def single_word(query: SearchQuery) -> str | None:
    """The word of a query that is one plain word (no phrase, prefix, OR or -term)."""
    if len(query.clauses) != 1:
        return None
    (clause,) = query.clauses
    if clause.negated or len(clause.atoms) != 1:
        return None
    (atom,) = clause.atoms
    if atom.prefix or len(atom.words) != 1:
        return None
    return atom.words[0]


def count_matches(dialect: str, target: Target, query: SearchQuery, cap: int) -> Select[int]:
    """The matching rows counted in the index alone, up to ``cap + 1``; on PostgreSQL a
    one-word search of statements reads its count instead (migration 0013
    keeps it), capped the same way."""
    word = single_word(query)
    if dialect == "postgresql" and target == "statements" and word is not None:
        counted = (
            select(_STATEMENT_WORDS.c.statements)
            .where(_STATEMENT_WORDS.c.word == word)
            .scalar_subquery()
        )
        return select(func.least(func.coalesce(counted, 0), cap + 1))
    return capped_count(matching_ids(dialect, target, query), cap)


RANK_WINDOW = 10_000
"""Relevance is computed for at most this many matches: the most recently added ones."""
OUTSIDE_WINDOW = -1.0e300
"""The score of a match beyond the window; below every real score."""


def ranked(
    index: Index, target: Target, query: SearchQuery, *, limit: int, after: list[Any] | None
) -> Any:
    """A subquery ``(id, score)`` of one page of matches, best first, ties newest first.

    For FTS5 and GIN (RUM pages come from ``rum_page``). Ranking costs a score per match,
    so a query that matches more than ``RANK_WINDOW`` rows ranks the ``RANK_WINDOW``
    newest (by id) and lists the rest after them, newest first. Both parts are read from
    the search index alone, in one statement.
    """
    assert index != "rum", "a RUM page is read by rum_page"
    dialect = "sqlite" if index == "fts5" else "postgresql"
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


# A RUM page first reads this many times its size, then this many times more, and so on:
# enough, nearly always, to see where the group of matches tied with its last one ends.
_RUM_FIRST_READ = 4
_RUM_GROWTH = 8


def _rum_in_order(
    target: Target, query: SearchQuery, *, after: list[Any] | None
) -> Select[*tuple[Any, ...]]:
    """``(id, distance)`` of the matches after ``after``, best first: the RUM index answers
    ``ORDER BY document <=> query`` itself. Ties come in no set order."""
    documents = _PG_TABLES[target]
    tsquery = _pg_tsquery(query)
    distance = documents.c.document.op("<=>", return_type=REAL)(tsquery)
    exact = cast(distance, DOUBLE_PRECISION)  # float4 widens to float8 exactly
    statement = select(documents.c.id, exact.label("distance")).where(
        documents.c.document.op("@@")(tsquery)
    )
    if after is not None:
        after_score, after_id = after
        statement = statement.where(
            or_(exact > -after_score, and_(exact == -after_score, documents.c.id < after_id))
        )
    return statement.order_by(distance)


def rum_page(
    session: Session,
    target: Target,
    query: SearchQuery,
    *,
    limit: int,
    after: list[Any] | None,
) -> list[tuple[int, float]]:
    """``limit + 1`` matches as ``(id, score)``, best first, ties newest first; the score is
    minus RUM's distance.

    The index returns matches best first but leaves ties in no order, and ordering them by
    id as well makes PostgreSQL read and sort every match. So this reads the index's order
    through a server-side cursor (planned for its first rows, so on the RUM index), a few
    pages' worth at a time, until the group tied with the page's last match is complete,
    and orders those few by id here."""
    want = limit + 1
    chunk = _RUM_FIRST_READ * want
    rows: list[Any] = []
    # Options of this statement only: on the connection they would stay, for every later
    # statement of the request.
    statement = _rum_in_order(target, query, after=after).execution_options(
        stream_results=True, max_row_buffer=chunk
    )
    with session.connection().execute(statement) as result:
        while True:
            batch = result.fetchmany(chunk)
            rows += batch
            if len(batch) < chunk:
                break  # every remaining match was read
            if len(rows) > want and rows[-1].distance > rows[want - 1].distance:
                boundary = rows[want - 1].distance
                rows = [row for row in rows if row.distance <= boundary]
                break
            chunk *= _RUM_GROWTH
    best = sorted(rows, key=lambda row: (row.distance, -row.id))[:want]
    return [(row.id, -row.distance) for row in best]


def best_matches(
    session: Session,
    target: Target,
    query: SearchQuery,
    *,
    options: SearchOptions,
    limit: int,
    after: list[Any] | None,
) -> Any:
    """A subquery ``(id, score)`` of the page of matches after ``after``, best first, ties
    newest first, from whichever index ranks ``target`` here (see ``index_for``)."""
    index = index_for(session, target, options)
    if index != "rum":
        return ranked(index, target, query, limit=limit, after=after)
    found = rum_page(session, target, query, limit=limit, after=after)
    # Arrays as two parameters, not a VALUES list, so the statement's SQL is the same for
    # every page and compiled once (compiling it cost more than running it).
    ids = bindparam("top_ids", [row[0] for row in found], type_=ARRAY(Integer))
    scores = bindparam("top_scores", [row[1] for row in found], type_=ARRAY(DOUBLE_PRECISION))
    return (
        func.unnest(ids, scores)
        .table_valued(column("id", Integer), column("score", DOUBLE_PRECISION))
        .render_derived(name="search_top", with_types=False)
    )

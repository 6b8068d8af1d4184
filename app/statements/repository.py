"""Statement queries. Lists select plain columns (no ORM objects), each statement's topics
among them as one aggregated column (``page_topics.py``), and build typed rows
(``rows.py``) straight from them, so a page is one query whatever its size, and no model
validation.

A date-ordered page without a search is built once per shape (which filters are given,
see ``filters.py``) and run on the session's Core connection with the request's values:
building a Select and its cache key cost more than running it, and the ORM's execution
layer adds nothing to a select of columns (a fifth of a page's database time on the
10k store)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple, cast

from sqlalchemy import Row, Select, bindparam, func, select
from sqlalchemy.orm import Session

from app.core import cursor_keys, keyset
from app.core.keyset import RELEVANCE, Key, KeyPart, KeysetPage, Sort, SortSet
from app.core.ref_rows import ExpertRefRow, SpanRow
from app.core.timestamps import utc_text
from app.core.utf16 import utf16_length
from app.models import (
    Article,
    Expert,
    Statement,
    StatementTopic,
    StoreCounts,
    Topic,
    TopicDay,
)
from app.search import backend
from app.search.highlight import highlight
from app.search.options import SearchOptions
from app.search.query import SearchQuery
from app.search.totals import Total
from app.statements import filters
from app.statements.context import ArticleLayout
from app.statements.filters import (
    at_most_one_expert_or_topic,
    given,
    one_expert,
    one_topic_within_dates,
    search_of,
)
from app.statements.page_topics import PageTopics, decoded
from app.statements.rows import (
    AttributionRow,
    StatementColumns,
    StatementDetailRow,
    StatementFields,
    StatementRow,
    TopicT,
    TopicTagRow,
)
from app.statements.schemas import StatementFilter

_ROW_COLUMNS = (
    Statement.id,
    Statement.text,
    Statement.kind,
    Statement.said_on,
    Statement.position,
    Statement.span_start,
    Statement.span_end,
    Statement.attribution_cue,
    Statement.attribution_cue_start,
    Statement.attribution_cue_end,
    Statement.attribution_rule,
    Statement.attribution_confidence,
    Expert.slug.label("expert_slug"),
    Expert.name.label("expert_name"),
    Expert.kind.label("expert_kind"),
    Expert.role.label("expert_role"),
    Expert.organization.label("expert_organization"),
    Article.slug.label("article_slug"),
    Article.title.label("article_title"),
    Article.published_on.label("article_published_on"),
    Article.created_at.label("created_at"),
    Article.source.label("article_source"),
    Article.url.label("article_url"),
    Statement.article_id,
    Statement.span_utf16_shift,
)
_COLUMNS = (*_ROW_COLUMNS, PageTopics(Statement.id).label("topics"))
"""A page's rows carry their topics aggregated; the detail reads its tags itself."""

_BY_DATE = (
    KeyPart("said_on", cursor_keys.day),
    KeyPart("position", cursor_keys.count),
    KeyPart("id", cursor_keys.row_id),
)
SORTS = SortSet(
    "statements",
    "-said_on",
    {
        "-said_on": _BY_DATE,
        "said_on": _BY_DATE,
        RELEVANCE: (keyset.score(), KeyPart("id", cursor_keys.row_id)),
    },
)
"""Newest first, oldest first, or best match first; date ties by position then id,
score ties by the newest id."""


def dialect_of(session: Session) -> str:
    return session.get_bind().dialect.name


def _base_select(*, topics: bool = True) -> Select[*tuple[Any, ...]]:
    """Every column of a statement's row; without ``topics``, all but the aggregated
    topics column, for a read that gets its tags otherwise (the detail)."""
    return (
        select(*(_COLUMNS if topics else _ROW_COLUMNS))
        .join(Article, Article.id == Statement.article_id)
        .outerjoin(Expert, Expert.id == Statement.expert_id)
    )


def columns(row: Row[Any]) -> StatementColumns:
    """``row`` to read by name, as its columns' TypedDict. ``Row._mapping`` finds a name
    several times faster than ``Row``'s attributes do (a 20-statement page reads 520:
    about 0.23 ms by attribute, 0.07 ms by mapping, in process on this machine); the
    mapping is only read, never written, so the cast holds."""
    return cast(StatementColumns, row._mapping)


def _attribution(row: StatementColumns) -> AttributionRow | None:
    rule, confidence = row["attribution_rule"], row["attribution_confidence"]
    if rule is None or confidence is None:  # stored together, or not at all
        return None
    start, end = row["attribution_cue_start"], row["attribution_cue_end"]
    return {
        "cue": row["attribution_cue"],
        "cue_span": {"start": start, "end": end} if start is not None and end is not None else None,
        "rule": rule,
        "confidence": confidence,
    }


def _expert(row: StatementColumns) -> ExpertRefRow | None:
    slug, name, kind = row["expert_slug"], row["expert_name"], row["expert_kind"]
    if slug is None or name is None or kind is None:  # no expert: all three are null
        return None
    return {
        "slug": slug,
        "name": name,
        "kind": kind,
        "role": row["expert_role"],
        "organization": row["expert_organization"],
    }


def _item(
    row: StatementColumns, topics: list[TopicT], query: SearchQuery | None, span_utf16: SpanRow
) -> StatementFields[TopicT]:
    text = row["text"]
    return {
        "id": row["id"],
        "text": text,
        "kind": row["kind"],
        "said_on": row["said_on"].isoformat(),
        "created_at": utc_text(row["created_at"]),
        "position": row["position"],
        "span": {"start": row["span_start"], "end": row["span_end"]},
        "span_utf16": span_utf16,
        "expert": _expert(row),
        "attribution": _attribution(row),
        "article": {
            "slug": row["article_slug"],
            "title": row["article_title"],
            "published_on": row["article_published_on"].isoformat(),
            "source": row["article_source"],
            "url": row["article_url"],
        },
        "topics": topics,
        "highlight": highlight(text, query) if query is not None else None,
    }


def _utf16(row: StatementColumns) -> SpanRow:
    start = row["span_start"] + row["span_utf16_shift"]
    return {"start": start, "end": start + utf16_length(row["text"])}


_ARTICLE_TEXTS = select(Article.id, Article.text).where(
    Article.id.in_(bindparam("ids", expanding=True))
)


def _layouts(session: Session, rows: Sequence[StatementColumns]) -> dict[int, ArticleLayout]:
    """The layout of each article of ``rows``, read in one query."""
    ids = sorted({row["article_id"] for row in rows})
    if not ids:
        return {}
    found = session.connection().execute(_ARTICLE_TEXTS, {"ids": ids})
    return {article_id: ArticleLayout(text) for article_id, text in found}


def _add_context(
    item: StatementFields[TopicT], row: StatementColumns, layout: ArticleLayout
) -> None:
    item["context"] = layout.context(
        row["span_start"], row["span_end"], row["attribution_cue_start"]
    )


def items(
    session: Session,
    rows: Sequence[Row[Any]],
    query: SearchQuery | None = None,
    *,
    context: bool = False,
) -> list[StatementRow]:
    """The rows as statements, each with the topics its row carries; with ``context``,
    each with its ``context`` (one more query, for the texts of the page's articles)."""
    read = [columns(row) for row in rows]
    found: list[StatementRow] = [
        _item(row, decoded(row["topics"]), query, _utf16(row)) for row in read
    ]
    if context:
        layouts = _layouts(session, read)
        for item, row in zip(found, read, strict=True):
            _add_context(item, row, layouts[row["article_id"]])
    return found


_ALL_TOTAL = select(StoreCounts.statements).where(StoreCounts.id == 1)
_EXPERT_TOTAL = select(Expert.statement_count).where(Expert.slug == bindparam("slug"))
_TOPIC_TOTAL = select(Topic.statement_count).where(Topic.slug == bindparam("slug"))


_TOPIC_DAYS_TOTALS: dict[tuple[str, ...], Select[int]] = {}
"""The statement of each shape (from, to, or both), built once."""


def _topic_days_total(session: Session, f: StatementFilter) -> int:
    """One topic's total within dates: the sum of its maintained days in the range, at
    most one row a day whatever the store's size."""
    values = given(f)
    shape = tuple(values)
    statement = _TOPIC_DAYS_TOTALS.get(shape)
    if statement is None:
        statement = _TOPIC_DAYS_TOTALS[shape] = select(
            func.coalesce(func.sum(TopicDay.statement_count), 0)
        ).where(*filters.on_topic_days(filters.placeholders(values)))
    return session.connection().scalar(statement, values) or 0


def _maintained_total(session: Session, f: StatementFilter) -> int | None:
    """The total of no filter, of one expert or one topic alone, or of one topic within
    dates, read from the counters the database keeps (migrations 0004, 0006 and 0014)
    instead of counting statements; None for any other filter."""
    if one_topic_within_dates(f):
        return _topic_days_total(session, f)
    if not at_most_one_expert_or_topic(f):
        return None
    expert = one_expert(f)
    if expert is None and not f.topic:
        # None, and so a count, if the row is missing
        total: int | None = session.connection().scalar(_ALL_TOTAL)
        return total
    if expert is not None and not f.topic:
        return session.connection().scalar(_EXPERT_TOTAL, {"slug": expert}) or 0
    if f.topic and expert is None:
        return session.connection().scalar(_TOPIC_TOTAL, {"slug": f.topic[0]}) or 0
    return None


_SEARCH = SearchOptions()


class _PageShape(NamedTuple):
    """What the SQL of a page without a search depends on, apart from values."""

    sort: str
    filters: tuple[str, ...]
    on_topic_index: bool
    after: bool


_PAGES: dict[_PageShape, Select[*tuple[Any, ...]]] = {}
_COUNTS: dict[_PageShape, Select[*tuple[Any, ...]]] = {}
_AFTER = ("after_day", "after_position", "after_id")


def _count_select(values: Mapping[str, Any], on_topic_index: bool) -> Select[*tuple[Any, ...]]:
    if on_topic_index:
        statement = select(func.count()).select_from(StatementTopic)
        if set(values) - set(filters.ON_TOPIC_INDEX):
            statement = statement.join(Statement, Statement.id == StatementTopic.statement_id)
        return statement.where(*filters.where(values, on_topic_index=True))
    return select(func.count(Statement.id)).where(*filters.where(values))


def count_statements(
    session: Session, f: StatementFilter, *, options: SearchOptions = _SEARCH
) -> Total:
    """The filter's total; with ``q`` counted only up to ``options.total_cap`` (a common
    word would otherwise cost a read of every match)."""
    maintained = _maintained_total(session, f)
    if maintained is not None:
        return Total(maintained, True)
    query = search_of(f)
    cap = options.total_cap
    if query is not None and filters.search_only(f):
        counted = backend.count_matches(dialect_of(session), "statements", query, cap)
        return Total.counted(session.scalar(counted) or 0, cap)
    if query is not None:  # a search is built per query
        matching = select(Statement.id).where(*filters.conditions(f, dialect_of(session)))
        return Total.counted(session.scalar(backend.capped_count(matching, cap)) or 0, cap)
    values = given(f)
    on_index = filters.on_topic_index(f)
    shape = _PageShape("count", tuple(values), on_index, False)
    statement = _COUNTS.get(shape)
    if statement is None:
        statement = _COUNTS[shape] = _count_select(filters.placeholders(values), on_index)
    return Total(session.connection().scalar(statement, values) or 0, True)


def _date_order(sort: Sort, on_topic_index: bool) -> keyset.Order:
    newest_first = sort.name == "-said_on"
    if on_topic_index:
        st = StatementTopic
        return [(st.said_on, newest_first), (st.position, False), (st.statement_id, False)]
    return [(Statement.said_on, newest_first), (Statement.position, False), (Statement.id, False)]


def _date_select(
    values: Mapping[str, Any],
    sort: Sort,
    on_topic_index: bool,
    after: Sequence[Any] | None,
    search: list[Any],
) -> Select[*tuple[Any, ...]]:
    """A page in date order; ``values`` and ``after`` are values or placeholders, and
    the page size is the placeholder ``page_size``."""
    order = _date_order(sort, on_topic_index)
    if on_topic_index:
        statement = (
            select(*_COLUMNS)
            .select_from(StatementTopic)
            .join(Statement, Statement.id == StatementTopic.statement_id)
            .join(Article, Article.id == Statement.article_id)
            .outerjoin(Expert, Expert.id == Statement.expert_id)
        )
    else:
        statement = _base_select()
    statement = statement.where(*filters.where(values, on_topic_index=on_topic_index), *search)
    if after is not None:
        statement = statement.where(*keyset.seek(order, after))
    return statement.order_by(*keyset.order_by(order)).limit(bindparam("page_size"))


def _by_date(
    session: Session, f: StatementFilter, sort: Sort, limit: int, after: Key | None
) -> tuple[Select[*tuple[Any, ...]], dict[str, Any]]:
    values = given(f)
    on_index = filters.on_topic_index(f)
    params: dict[str, Any] = {"page_size": limit + 1}
    query = search_of(f)
    if query is not None:  # a search is built per query, its values inline
        search = [Statement.id.in_(backend.matching_ids(dialect_of(session), "statements", query))]
        return _date_select(values, sort, on_index, after, search), params
    shape = _PageShape(sort.name, tuple(values), on_index, after is not None)
    statement = _PAGES.get(shape)
    if statement is None:
        marks: list[Any] | None = None
        if after is not None:
            marks = [bindparam(name) for name in _AFTER]
        statement = _date_select(filters.placeholders(values), sort, on_index, marks, [])
        _PAGES[shape] = statement
    if after is not None:
        params |= dict(zip(_AFTER, after, strict=True))
    return statement, params | values


def _by_relevance(
    session: Session,
    f: StatementFilter,
    query: SearchQuery,
    limit: int,
    after: Key | None,
    options: SearchOptions,
) -> Select[*tuple[Any, ...]]:
    if filters.search_only(f):
        # Rank in the index alone and join only the page: the statements of every match
        # would otherwise be read and joined before the sort.
        top = backend.best_matches(
            session, "statements", query, options=options, limit=limit, after=after
        )
        return (
            _base_select()
            .add_columns(top.c.score)
            .join(top, top.c.id == Statement.id)
            .order_by(top.c.score.desc(), Statement.id.desc())
            .limit(limit + 1)
        )
    match = backend.scored(dialect_of(session), "statements", query).subquery("search_match")
    order = [(match.c.score, True), (Statement.id, True)]
    statement = (
        _base_select()
        .add_columns(match.c.score)
        .join(match, match.c.id == Statement.id)
        .where(*filters.where(given(f)))
    )
    if after is not None:
        statement = statement.where(keyset.after(order, after))
    return statement.order_by(*keyset.order_by(order)).limit(limit + 1)


def list_statements(
    session: Session,
    f: StatementFilter,
    *,
    sort: Sort,
    limit: int,
    after: Key | None = None,
    options: SearchOptions = _SEARCH,
    context: bool = False,
) -> KeysetPage[StatementRow]:
    """One page in ``sort`` order and the key to continue after (which ``after`` takes
    back as it is), or None on the last page; with ``context``, each statement's."""
    query = search_of(f)
    params: dict[str, Any] = {}
    if sort.name == RELEVANCE:
        assert query is not None, "SORTS.resolve gives relevance only with a search"
        statement = _by_relevance(session, f, query, limit, after, options)
    else:
        statement, params = _by_date(session, f, sort, limit, after)
    rows = session.connection().execute(statement, params).all()
    page, next_key = keyset.cut(rows, limit, sort)
    return KeysetPage(items(session, page, query, context=context), next_key)


def statements_of_article(session: Session, article_id: int) -> list[StatementRow]:
    rows = session.execute(
        _base_select().where(Statement.article_id == article_id).order_by(Statement.position)
    ).all()
    return items(session, rows)


def get_statement(
    session: Session, statement_id: int, *, context: bool = False
) -> StatementDetailRow | None:
    """One statement with its tags explained; with ``context``, its context."""
    found = session.execute(_base_select(topics=False).where(Statement.id == statement_id)).first()
    if found is None:
        return None
    row = columns(found)
    tags: list[TopicTagRow] = [
        {"slug": slug, "name": name, "matched_terms": list(terms)}
        for slug, name, terms in session.execute(
            select(Topic.slug, Topic.name, StatementTopic.matched_terms)
            .join(Topic, Topic.id == StatementTopic.topic_id)
            .where(StatementTopic.statement_id == statement_id)
            .order_by(Topic.slug)
        )
    ]
    item = _item(row, tags, None, _utf16(row))
    if context:
        _add_context(item, row, _layouts(session, [row])[row["article_id"]])
    return item

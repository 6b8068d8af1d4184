"""Statement queries. Lists select plain columns (no ORM objects), fetch the page's topics
in one more query and serialise rows straight to dicts, so a page costs a fixed number of
statements whatever its size, and no model validation.

The statements of a page are built once per shape (see ``_date_page``) and run on the
session's Core connection: they select columns, not entities, so the ORM's execution
layer would only add work (a fifth of a page's database time on the 10k store)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy import Row, Select, and_, bindparam, func, or_, select
from sqlalchemy.orm import Session

from app.core import cursor_keys
from app.core.errors import InvalidParameter
from app.models import Article, Expert, Statement, StatementTopic, StoreCounts, Topic
from app.search import backend
from app.search.highlight import highlight
from app.search.options import SearchOptions
from app.search.query import SearchQuery, parse_query
from app.search.totals import Total
from app.statements.schemas import StatementDetail, StatementFilter, StatementSort, TopicTag

_COLUMNS = (
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
)

Key = list[Any]
"""A keyset position as the row holds it: [said_on (a date), position, id] or, by
relevance, [score, id]. ``list_statements`` returns one and takes one back unchanged (an
export's next batch); ``check_key`` makes one from a cursor's JSON."""


def dialect_of(session: Session) -> str:
    return session.get_bind().dialect.name


def search_of(f: StatementFilter) -> SearchQuery | None:
    return parse_query(f.q) if f.q else None


def resolve_sort(f: StatementFilter, sort: StatementSort | None) -> StatementSort:
    if sort == "relevance" and not f.q:
        raise InvalidParameter("sort=relevance needs a search: give q as well.")
    return sort or ("relevance" if f.q else "-said_on")


def _value(value: Any, name: str, bound: bool) -> Any:
    """The filter's value, or with ``bound`` a placeholder that ``filter_params`` fills."""
    return bindparam(name, expanding=isinstance(value, list)) if bound else value


def filter_params(f: StatementFilter) -> dict[str, Any]:
    """The values for the placeholders of ``conditions(..., bound=True)``."""
    values = {
        "expert": f.expert,
        "topics": f.topic or None,
        "topic": f.topic[0] if f.topic else None,
        "kind": f.kind,
        "article": f.article,
        "date_from": f.date_from,
        "date_to": f.date_to,
        "min_confidence": f.min_confidence,
    }
    return {name: value for name, value in values.items() if value is not None}


def conditions(
    f: StatementFilter, dialect: str, *, search: bool = True, bound: bool = False
) -> list[Any]:
    """WHERE clauses for the filter; ``search=False`` leaves ``q`` to a join instead.

    With ``bound``, values are named placeholders (see ``filter_params``), so the clauses
    depend only on which filters are given and one statement serves every request of
    that shape; a search is never bound."""
    found: list[Any] = []
    if f.expert is not None:
        expert = _value(f.expert, "expert", bound)
        found.append(
            Statement.expert_id == select(Expert.id).where(Expert.slug == expert).scalar_subquery()
        )
    if f.topic:
        found.append(
            Statement.id.in_(
                select(StatementTopic.statement_id)
                .join(Topic, Topic.id == StatementTopic.topic_id)
                .where(Topic.slug.in_(_value(f.topic, "topics", bound)))
            )
        )
    if f.kind is not None:
        found.append(Statement.kind == _value(f.kind, "kind", bound))
    if f.article is not None:
        article = _value(f.article, "article", bound)
        found.append(
            Statement.article_id
            == select(Article.id).where(Article.slug == article).scalar_subquery()
        )
    if f.date_from is not None:
        found.append(Statement.said_on >= _value(f.date_from, "date_from", bound))
    if f.date_to is not None:
        found.append(Statement.said_on <= _value(f.date_to, "date_to", bound))
    if f.min_confidence is not None:
        found.append(
            Statement.attribution_confidence >= _value(f.min_confidence, "min_confidence", bound)
        )
    query = search_of(f)
    if search and query is not None:
        assert not bound, "a search is built per query"
        found.append(Statement.id.in_(backend.matching_ids(dialect, "statements", query)))
    return found


def check_key(sort: StatementSort, key: list[Any]) -> Key:
    """The decoded cursor key, checked for the sort's shape; anything else is a 422."""
    if sort == "relevance":
        return cursor_keys.read_key(key, cursor_keys.score, cursor_keys.row_id)
    return cursor_keys.read_key(key, cursor_keys.day, cursor_keys.count, cursor_keys.row_id)


def _after_date(key: Key, newest_first: bool) -> Any:
    said_on, position, statement_id = key
    later_in_day = or_(
        Statement.position > position,
        and_(Statement.position == position, Statement.id > statement_id),
    )
    next_day = Statement.said_on < said_on if newest_first else Statement.said_on > said_on
    return or_(next_day, and_(Statement.said_on == said_on, later_in_day))


def _base_select() -> Select[*tuple[Any, ...]]:
    return (
        select(*_COLUMNS)
        .join(Article, Article.id == Statement.article_id)
        .outerjoin(Expert, Expert.id == Statement.expert_id)
    )


_PAGE_TOPICS = (
    select(StatementTopic.statement_id, Topic.slug, Topic.name)
    .join(Topic, Topic.id == StatementTopic.topic_id)
    .where(StatementTopic.statement_id.in_(bindparam("ids", expanding=True)))
    .order_by(StatementTopic.statement_id, Topic.slug)
)


def _topics_by_statement(session: Session, ids: Sequence[int]) -> dict[int, list[dict[str, str]]]:
    found: dict[int, list[dict[str, str]]] = defaultdict(list)
    if not ids:
        return found
    rows = session.connection().execute(_PAGE_TOPICS, {"ids": list(ids)})
    for statement_id, slug, name in rows:
        found[statement_id].append({"slug": slug, "name": name})
    return found


def _attribution(row: Row[Any]) -> dict[str, Any] | None:
    if row.attribution_rule is None:
        return None
    start, end = row.attribution_cue_start, row.attribution_cue_end
    return {
        "cue": row.attribution_cue,
        "cue_span": {"start": start, "end": end} if start is not None and end is not None else None,
        "rule": row.attribution_rule,
        "confidence": row.attribution_confidence,
    }


def _item(row: Row[Any], topics: list[dict[str, str]], query: SearchQuery | None) -> dict[str, Any]:
    expert = (
        {
            "slug": row.expert_slug,
            "name": row.expert_name,
            "kind": row.expert_kind,
            "role": row.expert_role,
            "organization": row.expert_organization,
        }
        if row.expert_slug is not None
        else None
    )
    return {
        "id": row.id,
        "text": row.text,
        "kind": row.kind,
        "said_on": row.said_on.isoformat(),
        "position": row.position,
        "span": {"start": row.span_start, "end": row.span_end},
        "expert": expert,
        "attribution": _attribution(row),
        "article": {
            "slug": row.article_slug,
            "title": row.article_title,
            "published_on": row.article_published_on.isoformat(),
        },
        "topics": topics,
        "highlight": highlight(row.text, query) if query is not None else None,
    }


def items(
    session: Session, rows: Sequence[Row[Any]], query: SearchQuery | None = None
) -> list[dict[str, Any]]:
    topics = _topics_by_statement(session, [row.id for row in rows])
    return [_item(row, topics.get(row.id, []), query) for row in rows]


def _one_topic(f: StatementFilter) -> bool:
    """A single-topic filter without a search: served from statement_topics' own index."""
    return len(f.topic) == 1 and not f.q


def _topic_conditions(f: StatementFilter, dialect: str, *, bound: bool = False) -> list[Any]:
    """The filter with its topic and dates moved onto statement_topics (topic_id, said_on,
    position, statement_id), so a page is an index range scan, not the whole topic."""
    rest = f.model_copy(update={"topic": [], "date_from": None, "date_to": None})
    found = conditions(rest, dialect, bound=bound)
    topic = _value(f.topic[0], "topic", bound)
    found.append(
        StatementTopic.topic_id == select(Topic.id).where(Topic.slug == topic).scalar_subquery()
    )
    if f.date_from is not None:
        found.append(StatementTopic.said_on >= _value(f.date_from, "date_from", bound))
    if f.date_to is not None:
        found.append(StatementTopic.said_on <= _value(f.date_to, "date_to", bound))
    return found


def _search_only(f: StatementFilter) -> bool:
    """``q`` and nothing else: the search index alone answers, without the statements."""
    return bool(f.q) and not (
        f.expert
        or f.topic
        or f.kind
        or f.article
        or f.date_from
        or f.date_to
        or f.min_confidence is not None
    )


_ALL_TOTAL = select(StoreCounts.statements).where(StoreCounts.id == 1)
_EXPERT_TOTAL = select(Expert.statement_count).where(Expert.slug == bindparam("slug"))
_TOPIC_TOTAL = select(Topic.statement_count).where(Topic.slug == bindparam("slug"))


def at_most_one_expert_or_topic(f: StatementFilter) -> bool:
    """No filter but one expert and/or one topic: the shapes the maintained counters
    (migrations 0004, 0006) answer without counting statements."""
    return not (
        f.q
        or f.kind
        or f.article
        or f.date_from
        or f.date_to
        or f.min_confidence is not None
        or len(f.topic) > 1
    )


def _maintained_total(session: Session, f: StatementFilter) -> int | None:
    """The total of no filter, or of one expert or one topic alone, read from the counters
    the database keeps (migrations 0004 and 0006) instead of counting statements; None for
    any other filter."""
    if not at_most_one_expert_or_topic(f):
        return None
    if f.expert is None and not f.topic:
        # None, and so a count, if the row is missing
        total: int | None = session.connection().scalar(_ALL_TOTAL)
        return total
    if f.expert is not None and not f.topic:
        return session.connection().scalar(_EXPERT_TOTAL, {"slug": f.expert}) or 0
    if f.topic and f.expert is None:
        return session.connection().scalar(_TOPIC_TOTAL, {"slug": f.topic[0]}) or 0
    return None


_SEARCH = SearchOptions()


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
    if query is not None and _search_only(f):
        counted = backend.count_matches(dialect_of(session), "statements", query, cap)
        return Total.counted(session.scalar(counted) or 0, cap)
    if query is not None:  # a search is built per query
        matching = select(Statement.id).where(*conditions(f, dialect_of(session)))
        return Total.counted(session.scalar(backend.capped_count(matching, cap)) or 0, cap)
    shape = _shape(f, dialect_of(session), True, False)
    return Total(session.connection().scalar(_count_page(shape), filter_params(f)) or 0, True)


_AFTER = ("after_day", "after_position", "after_id")
_Shape = tuple[str, bool, bool, bool, bool, bool, bool, bool, bool, bool, bool]


def _date_select(
    f: StatementFilter, dialect: str, newest_first: bool, after: bool, *, bound: bool = False
) -> Select[*tuple[Any, ...]]:
    """A page in date order; the cursor position and the page size are placeholders
    (``_AFTER``, ``page_size``), and with ``bound`` the filter's values too."""
    placeholders: list[Any] = [bindparam(name) for name in _AFTER]
    day, position, statement_id = placeholders
    statement: Select[*tuple[Any, ...]]
    if _one_topic(f):
        st = StatementTopic
        statement = (
            select(*_COLUMNS)
            .select_from(st)
            .join(Statement, Statement.id == st.statement_id)
            .join(Article, Article.id == Statement.article_id)
            .outerjoin(Expert, Expert.id == Statement.expert_id)
            .where(*_topic_conditions(f, dialect, bound=bound))
            .order_by(
                st.said_on.desc() if newest_first else st.said_on.asc(),
                st.position,
                st.statement_id,
            )
        )
        if after:
            later_in_day = or_(
                st.position > position,
                and_(st.position == position, st.statement_id > statement_id),
            )
            next_day = st.said_on < day if newest_first else st.said_on > day
            statement = statement.where(
                _not_past(st.said_on, day, newest_first),
                or_(next_day, and_(st.said_on == day, later_in_day)),
            )
    else:
        said_on = Statement.said_on.desc() if newest_first else Statement.said_on.asc()
        statement = (
            _base_select()
            .where(*conditions(f, dialect, bound=bound))
            .order_by(said_on, Statement.position, Statement.id)
        )
        if after:
            statement = statement.where(
                _not_past(Statement.said_on, day, newest_first),
                _after_date(placeholders, newest_first),
            )
    return statement.limit(bindparam("page_size"))


def _not_past(said_on: Any, day: Any, newest_first: bool) -> Any:
    """``said_on`` no further than the cursor's day: implied by the keyset condition, but
    stated on its own it lets the planner seek the filter's index to the cursor. Without
    it SQLite answered the OR of the keyset condition from the date index alone and read
    every statement before the cursor's day (page 2 of one expert: 1.9 s at 1M)."""
    return said_on <= day if newest_first else said_on >= day


def _shape(f: StatementFilter, dialect: str, newest_first: bool, after: bool) -> _Shape:
    """What a date-ordered page's SQL depends on, apart from values."""
    return (
        dialect,
        newest_first,
        after,
        _one_topic(f),
        f.expert is not None,
        bool(f.topic),
        f.kind is not None,
        f.article is not None,
        f.date_from is not None,
        f.date_to is not None,
        f.min_confidence is not None,
    )


@lru_cache(maxsize=512)
def _date_page(shape: _Shape) -> Select[*tuple[Any, ...]]:
    """One statement per shape, built once: building and caching the SQL of a page cost
    more than running it. ``filter_params`` supplies the values."""
    return _date_select(_stand_in(shape), shape[0], shape[1], shape[2], bound=True)


def _stand_in(shape: _Shape) -> StatementFilter:
    """A filter of that shape; its values are never used, only which ones are given."""
    _dialect, _newest_first, _after, one_topic, expert, topics, kind, article, start, end, sure = (
        shape
    )
    return StatementFilter.model_construct(
        q=None,
        expert="" if expert else None,
        topic=([""] if one_topic else ["", ""]) if topics else [],
        kind="quote" if kind else None,
        article="" if article else None,
        date_from=dt.date.min if start else None,
        date_to=dt.date.max if end else None,
        min_confidence=0.0 if sure else None,
    )


def _count_select(f: StatementFilter, dialect: str, *, bound: bool = False) -> Select[int]:
    if _one_topic(f):
        statement = select(func.count()).select_from(StatementTopic)
        if (
            f.expert is not None
            or f.kind is not None
            or f.article is not None
            or f.min_confidence is not None
        ):
            statement = statement.join(Statement, Statement.id == StatementTopic.statement_id)
        return statement.where(*_topic_conditions(f, dialect, bound=bound))
    return select(func.count(Statement.id)).where(*conditions(f, dialect, bound=bound))


@lru_cache(maxsize=256)
def _count_page(shape: _Shape) -> Select[int]:
    return _count_select(_stand_in(shape), shape[0], bound=True)


def list_statements(
    session: Session,
    f: StatementFilter,
    *,
    sort: StatementSort,
    limit: int,
    after: Key | None = None,
    options: SearchOptions = _SEARCH,
) -> tuple[list[dict[str, Any]], Key | None]:
    """One page in ``sort`` order and the key to continue after (a ``Key``, which ``after``
    takes back as it is), or None on the last page.

    Date sorts break ties by position then id; relevance (best first) by the newest id."""
    dialect = dialect_of(session)
    query = search_of(f)
    if sort == "relevance" and _search_only(f):
        assert query is not None
        # Rank in the index alone and join only the page: the statements of every match
        # would otherwise be read and joined before the sort.
        top = backend.best_matches(
            session, "statements", query, options=options, limit=limit, after=after
        )
        statement = (
            _base_select()
            .add_columns(top.c.score)
            .join(top, top.c.id == Statement.id)
            .order_by(top.c.score.desc(), Statement.id.desc())
        )
    elif sort == "relevance":
        assert query is not None
        match = backend.scored(dialect, "statements", query).subquery("search_match")
        statement = (
            _base_select()
            .add_columns(match.c.score)
            .join(match, match.c.id == Statement.id)
            .where(*conditions(f, dialect, search=False))
            .order_by(match.c.score.desc(), Statement.id.desc())
        )
        if after is not None:
            score, statement_id = after
            statement = statement.where(
                or_(
                    match.c.score < score, and_(match.c.score == score, Statement.id < statement_id)
                )
            )
    else:
        newest_first = sort == "-said_on"
        params: dict[str, Any] = {"page_size": limit + 1}
        if after is not None:
            params |= dict(zip(_AFTER, after, strict=True))
        if f.q:  # a search is built per query
            statement = _date_select(f, dialect, newest_first, after is not None)
        else:
            statement = _date_page(_shape(f, dialect, newest_first, after is not None))
            params |= filter_params(f)
        rows = session.connection().execute(statement, params).all()
    if sort == "relevance":
        rows = session.execute(statement.limit(limit + 1)).all()
    next_key: Key | None = None
    if len(rows) > limit:
        rows = rows[:limit]
        last = rows[-1]
        next_key = (
            [float(last.score), last.id]
            if sort == "relevance"
            else [last.said_on, last.position, last.id]
        )
    return items(session, rows, query), next_key


def statements_of_article(session: Session, article_id: int) -> list[dict[str, Any]]:
    rows = session.execute(
        _base_select().where(Statement.article_id == article_id).order_by(Statement.position)
    ).all()
    return items(session, rows)


def get_statement(session: Session, statement_id: int) -> StatementDetail | None:
    row = session.execute(_base_select().where(Statement.id == statement_id)).first()
    if row is None:
        return None
    tags = [
        TopicTag(slug=slug, name=name, matched_terms=terms)
        for slug, name, terms in session.execute(
            select(Topic.slug, Topic.name, StatementTopic.matched_terms)
            .join(Topic, Topic.id == StatementTopic.topic_id)
            .where(StatementTopic.statement_id == statement_id)
            .order_by(Topic.slug)
        )
    ]
    return StatementDetail.model_validate({**_item(row, [], None), "topics": tags})

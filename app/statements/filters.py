"""The statement filter as SQL: one clause per filter, in one table.

A clause takes the filter's value, or a named placeholder standing for it, so the SQL of
a page depends only on which filters are given, and one statement, built once, serves
every request of that shape (see ``repository._date_page``). Adding a filter means a
field on ``StatementFilter`` and its clause in ``CLAUSES``; ``q`` (full-text search) is
the one filter that is not a clause: its SQL depends on the parsed query.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import BindParameter, bindparam, func, select
from sqlalchemy.sql.elements import ColumnElement

from app.core.timestamps import at_or_after
from app.models import Article, Expert, Statement, StatementTopic, Topic, TopicDay
from app.search import backend
from app.search.query import SearchQuery, parse_query
from app.statements.schemas import StatementFilter

Clause = Callable[[Any], ColumnElement[bool]]


def _expert(slug: Any) -> ColumnElement[bool]:
    return Statement.expert_id == select(Expert.id).where(Expert.slug == slug).scalar_subquery()


def _any_expert(slugs: Any) -> ColumnElement[bool]:
    return Statement.expert_id.in_(select(Expert.id).where(Expert.slug.in_(slugs)))


def _any_topic(slugs: Any) -> ColumnElement[bool]:
    return Statement.id.in_(
        select(StatementTopic.statement_id)
        .join(Topic, Topic.id == StatementTopic.topic_id)
        .where(Topic.slug.in_(slugs))
    )


def _article(slug: Any) -> ColumnElement[bool]:
    return Statement.article_id == select(Article.id).where(Article.slug == slug).scalar_subquery()


def _of_articles(*where: ColumnElement[bool]) -> ColumnElement[bool]:
    return Statement.article_id.in_(select(Article.id).where(*where))


def _organization(pattern: Any) -> ColumnElement[bool]:
    return Statement.expert_id.in_(
        select(Expert.id).where(func.lower(Expert.organization).like(pattern, escape="\\"))
    )


def _source(pattern: Any) -> ColumnElement[bool]:
    return _of_articles(func.lower(Article.source).like(pattern, escape="\\"))


def _language(tag: Any) -> ColumnElement[bool]:
    return _of_articles(func.lower(Article.language) == tag)


def _updated_since(instant: Any) -> ColumnElement[bool]:
    # a statement is written with its article, in one transaction, and never changed
    return _of_articles(at_or_after(Article.created_at, instant))


CLAUSES: dict[str, Clause] = {
    "expert": _expert,
    "experts": _any_expert,
    "topic": _any_topic,
    "kind": lambda kind: Statement.kind == kind,
    "article": _article,
    "date_from": lambda day: Statement.said_on >= day,
    "date_to": lambda day: Statement.said_on <= day,
    "min_confidence": lambda least: Statement.attribution_confidence >= least,
    "organization": _organization,
    "source": _source,
    "language": _language,
    "updated_since": _updated_since,
}
"""Every filter ``given`` can name, as a condition on ``statements``: ``expert`` is one
speaker (an index seek, as before the filter took several), ``experts`` any of several."""


def contains_pattern(text: str) -> str:
    """A LIKE pattern (escape ``\\``) for a case-insensitive substring."""
    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


_AS_PATTERN = frozenset({"organization", "source"})

ON_TOPIC_INDEX: dict[str, Clause] = {
    "topic": lambda slugs: (
        StatementTopic.topic_id == select(Topic.id).where(Topic.slug.in_(slugs)).scalar_subquery()
    ),
    "date_from": lambda day: StatementTopic.said_on >= day,
    "date_to": lambda day: StatementTopic.said_on <= day,
}
"""A one-topic page reads statement_topics (topic_id, said_on, position, statement_id):
its topic and dates as conditions on that index make the page an index range scan."""

ON_TOPIC_DAYS: dict[str, Clause] = {
    "topic": lambda slugs: (
        TopicDay.topic_id == select(Topic.id).where(Topic.slug.in_(slugs)).scalar_subquery()
    ),
    "date_from": lambda day: TopicDay.said_on >= day,
    "date_to": lambda day: TopicDay.said_on <= day,
}
"""The same filter on the topic's maintained count per day (migration 0014): the total of
one topic within dates is the sum of its days in the range, a day per row."""

_FIELDS = [name for name in StatementFilter.model_fields if name not in ("q", "expert")]
if set(CLAUSES) != {*_FIELDS, "expert", "experts"}:  # pragma: no cover
    raise RuntimeError("every StatementFilter field but q needs its clause in CLAUSES")


def given(f: StatementFilter) -> dict[str, Any]:
    """The filters ``f`` sets, ``q`` apart, by clause name, substrings as LIKE patterns."""
    values: dict[str, Any] = {}
    experts = list(dict.fromkeys(f.expert))
    if len(experts) == 1:
        values["expert"] = experts[0]
    elif experts:
        values["experts"] = experts
    for name in _FIELDS:
        value = getattr(f, name)
        if value is not None and value != []:
            values[name] = contains_pattern(value) if name in _AS_PATTERN else value
    return values


def placeholders(values: Mapping[str, Any]) -> dict[str, BindParameter[Any]]:
    """A named placeholder for each value (a list expands to ``IN (...)``)."""
    return {name: bindparam(name, expanding=isinstance(v, list)) for name, v in values.items()}


def where(values: Mapping[str, Any], *, on_topic_index: bool = False) -> list[Any]:
    """The clauses of ``values`` (filter values or their placeholders)."""
    return [
        (ON_TOPIC_INDEX if on_topic_index and name in ON_TOPIC_INDEX else CLAUSES)[name](value)
        for name, value in values.items()
    ]


def on_topic_days(values: Mapping[str, Any]) -> list[Any]:
    """The clauses of ``values`` (one topic and its dates) on ``topic_days``."""
    return [ON_TOPIC_DAYS[name](value) for name, value in values.items()]


def search_of(f: StatementFilter) -> SearchQuery | None:
    return parse_query(f.q) if f.q else None


def conditions(f: StatementFilter, dialect: str) -> list[Any]:
    """The whole filter, ``q`` included, as WHERE clauses with its values inline."""
    found = where(given(f))
    query = search_of(f)
    if query is not None:
        found.append(Statement.id.in_(backend.matching_ids(dialect, "statements", query)))
    return found


def search_only(f: StatementFilter) -> bool:
    """``q`` and nothing else: the search index alone answers, without the statements."""
    return bool(f.q) and not given(f)


def on_topic_index(f: StatementFilter) -> bool:
    """A single-topic filter without a search: served from statement_topics' own index."""
    return len(f.topic) == 1 and not f.q


def at_most_one_expert_or_topic(f: StatementFilter) -> bool:
    """No filter but one expert and/or one topic: the shapes the maintained counters
    (migrations 0004, 0006) answer without counting statements."""
    return not f.q and set(given(f)) <= {"expert", "topic"} and len(f.topic) <= 1


def one_topic_within_dates(f: StatementFilter) -> bool:
    """One topic and a date bound or two, nothing else: the shape whose total the
    maintained count per topic and day (migration 0014) answers."""
    values = given(f)
    return (
        not f.q
        and len(f.topic) == 1
        and set(values) <= set(ON_TOPIC_DAYS)
        and bool(set(values) & {"date_from", "date_to"})
    )


def one_expert(f: StatementFilter) -> str | None:
    """The slug when the filter names exactly one speaker."""
    return f.expert[0] if len(set(f.expert)) == 1 else None

"""Parsed articles into the store: each article whole or not at all, idempotent by
content hash.

Every function here works in the caller's session and transaction, and never commits,
rolls back or opens a session: the write route's session dependency and the CLI own the
transaction (app/core/db.py). The write lock is taken with ``begin_write`` where the
transaction begins; parsing happens before it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import cast

from sqlalchemy import Table, TextClause, delete, func, insert, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.core.date_range import check_in_range
from app.core.db import begin_write, end_read
from app.core.utf16 import astral_offsets
from app.ingest.parsed import ParsedArticle, ParsedPerson, ParsedStatement
from app.ingest.parser import parse_article
from app.ingest.people.names import name_key
from app.ingest.schemas import ArticleInput
from app.ingest.slugs import slugify
from app.ingest.topics import TopicDefinition, TopicTagger
from app.models import (
    Appearance,
    Article,
    Base,
    Expert,
    Statement,
    StatementTopic,
    Topic,
)

NO_STATEMENTS_WARNING = "No attributable statement was found in the text."


@dataclass(frozen=True)
class Extraction:
    """What would be stored for one article: the parse plus each statement's topic tags."""

    parsed: ParsedArticle
    tags: list[dict[str, list[str]]]
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class IngestResult:
    article_id: int
    slug: str
    created: bool
    statement_count: int
    expert_count: int
    warnings: list[str]


def content_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def extract(article: ArticleInput, tagger: TopicTagger) -> Extraction:
    """Parse and tag without touching the store (the preview path uses this alone)."""
    parsed = parse_article(article.text, article.published_on, title=article.title)
    return tag_parsed(parsed, tagger)


def tag_parsed(parsed: ParsedArticle, tagger: TopicTagger) -> Extraction:
    """Tag a parse (made here or in a worker process); DateOutOfRange if a statement's
    date is one the store does not take (app/core/date_range.py)."""
    for position, statement in enumerate(parsed.statements, start=1):
        check_in_range(f"statement {position} said_on", statement.said_on)
    tags = [tagger.tag(statement.text) for statement in parsed.statements]
    warnings = list(parsed.warnings)
    if not parsed.statements and not warnings:
        warnings.append(NO_STATEMENTS_WARNING)
    return Extraction(parsed=parsed, tags=tags, warnings=warnings)


def load_taxonomy_from_store(session: Session) -> list[TopicDefinition]:
    return [
        TopicDefinition(slug=t.slug, name=t.name, description=t.description, terms=t.terms)
        for t in session.scalars(select(Topic).order_by(Topic.id))
    ]


def load_tagger(session: Session) -> TopicTagger:
    return TopicTagger(load_taxonomy_from_store(session))


def _unique_slug(
    session: Session, model: type[Article] | type[Expert], base: str, suffix: str
) -> str:
    base = base or "untitled"
    taken = session.scalar(select(model.id).where(model.slug == base))
    return base if taken is None else f"{base[:100]}-{suffix}"


def _upsert_experts(
    session: Session, people: list[ParsedPerson], article: _Written
) -> dict[str, int]:
    """Match each person to a stored expert by name key, creating the missing ones, and
    record this article's appearance of each. Returns person slug -> expert id.

    A few statements per article whatever its cast: one look-up of the known experts, one
    of their latest appearance dates, one insert of the appearances.
    """
    keys = {person.slug: name_key(person.name) or person.slug for person in people}
    known = {
        expert.name_key: expert
        for expert in session.scalars(select(Expert).where(Expert.name_key.in_(set(keys.values()))))
    }
    latest: dict[int, dt.date] = {}
    if known:
        # One index seek per person (max over ix_appearances_expert_published_on); a
        # GROUP BY over them read every appearance of each (1.5 ms for the most quoted
        # people at 500k statements, growing with their history).
        newest = (
            select(func.max(Appearance.published_on))
            .where(Appearance.expert_id == Expert.id)
            .scalar_subquery()
        )
        latest = {
            expert_id: day
            for expert_id, day in session.execute(
                select(Expert.id, newest).where(Expert.id.in_([e.id for e in known.values()]))
            )
            if day is not None
        }
    chosen: dict[str, tuple[Expert, ParsedPerson]] = {}
    new_slugs: set[str] = set()
    for person in people:
        key = keys[person.slug]
        if key in chosen:  # introduced twice in one article: the first introduction counts
            continue
        expert = known.get(key)
        if expert is None:
            slug = _unique_slug(
                session, Expert, person.slug, hashlib.sha256(key.encode()).hexdigest()[:6]
            )
            if slug in new_slugs:
                slug = f"{person.slug[:100]}-{hashlib.sha256(key.encode()).hexdigest()[:6]}"
            new_slugs.add(slug)
            expert = Expert(
                slug=slug,
                name_key=key,
                name=person.name,
                kind=person.kind,
                role=person.role,
                organization=person.organization,
            )
            session.add(expert)
        else:
            previous = latest.get(expert.id)
            if previous is None or article.published_on >= previous:
                expert.role, expert.organization = person.role, person.organization
                expert.kind = person.kind
                if len(person.name) > len(expert.name):
                    expert.name = person.name
        chosen[key] = (expert, person)
    session.flush()
    if chosen:
        session.connection().execute(
            insert(_table(Appearance)),
            [
                {
                    "expert_id": expert.id,
                    "article_id": article.id,
                    "role": person.role,
                    "organization": person.organization,
                    "published_on": article.published_on,
                }
                for expert, person in chosen.values()
            ],
        )
    return {slug: chosen[key][0].id for slug, key in keys.items()}


def _topic_ids(session: Session) -> dict[str, int]:
    """Topic ids by slug, read once per session: a batch writes many articles in one."""
    found: dict[str, int] | None = session.info.get(_TOPIC_IDS)
    if found is None:
        found = session.info[_TOPIC_IDS] = dict(session.execute(select(Topic.slug, Topic.id)).all())
    return found


_TOPIC_IDS = "commentariat_topic_ids"


def _table(model: type[Base]) -> Table:
    """A model's table, for Core INSERTs: rows written whole and never read back as
    objects skip the ORM's bulk-insert layer (most of the writer's time per article)."""
    return cast(Table, model.__table__)


# Rows per INSERT of statements or tags on PostgreSQL. Each INSERT fires the counter
# triggers once (migration 0007), and each row its search-index trigger: a thousand rows
# keep every statement of a 1 MB article well inside the query time limit.
ROWS_PER_INSERT = 1000


# PostgreSQL takes each batch as one array per column, unnested into rows on the server:
# one round trip and one short statement text per batch, where a multi-row VALUES list of
# 500 rows carried 7,000 bind parameters to adapt, parse and plan (two thirds of the
# write's time for a 4,000-quote article). Column -> the element type of its array.
_STATEMENT_ARRAYS = {
    "article_id": "integer",
    "expert_id": "integer",
    "kind": "text",
    "text": "text",
    "said_on": "date",
    "position": "integer",
    "span_start": "integer",
    "span_end": "integer",
    "span_utf16_shift": "integer",
    "attribution_cue": "text",
    "attribution_cue_start": "integer",
    "attribution_cue_end": "integer",
    "attribution_rule": "text",
    "attribution_confidence": "double precision",
}
_TAG_ARRAYS = {
    "statement_id": "integer",
    "topic_id": "integer",
    "matched_terms": "json",
    "said_on": "date",
    "position": "integer",
}


def _unnest_insert(table: str, arrays: dict[str, str], returning: str = "") -> TextClause:
    """``INSERT INTO table (columns) SELECT * FROM unnest(:column::type[], ...)``."""
    columns = ", ".join(arrays)
    unnested = ", ".join(f"CAST(:{name} AS {kind}[])" for name, kind in arrays.items())
    suffix = f" RETURNING {returning}" if returning else ""
    return text(f"INSERT INTO {table} ({columns}) SELECT * FROM unnest({unnested}){suffix}")


_INSERT_STATEMENTS = _unnest_insert("statements", _STATEMENT_ARRAYS, "id, position")
_INSERT_TAGS = _unnest_insert("statement_topics", _TAG_ARRAYS)


def _batches(rows: list[dict[str, object]]) -> Iterator[list[dict[str, object]]]:
    for start in range(0, len(rows), ROWS_PER_INSERT):
        yield rows[start : start + ROWS_PER_INSERT]


def _as_arrays(rows: list[dict[str, object]], columns: Iterable[str]) -> dict[str, list[object]]:
    return {name: [row[name] for row in rows] for name in columns}


def _insert_statements(session: Session, rows: list[dict[str, object]]) -> list[int]:
    """Insert the statements; their ids, in the order of ``rows``."""
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        statements = _table(Statement)
        return list(
            connection.execute(
                insert(statements).returning(statements.c.id, sort_by_parameter_order=True),
                rows,
            ).scalars()
        )
    ids: list[int] = []
    for batch in _batches(rows):
        # RETURNING order is not promised: each id is matched back by its position,
        # unique within the article.
        by_position = {
            position: statement_id
            for statement_id, position in connection.execute(
                _INSERT_STATEMENTS, _as_arrays(batch, _STATEMENT_ARRAYS)
            )
        }
        ids += [by_position[row["position"]] for row in batch]
    return ids


def _insert_tags(session: Session, rows: list[dict[str, object]]) -> None:
    """The tags: SQLite's executemany is the fastest way in (its triggers are per row
    anyway); PostgreSQL takes them a batch of arrays at a time, so the statement-level
    counter triggers (migration 0007) fire once per batch, not once per tag."""
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        connection.execute(insert(_table(StatementTopic)), rows)
        return
    for batch in _batches(rows):
        arrays = _as_arrays(batch, _TAG_ARRAYS)
        arrays["matched_terms"] = [json.dumps(terms) for terms in arrays["matched_terms"]]
        connection.execute(_INSERT_TAGS, arrays)


def _attribution_columns(statement: ParsedStatement) -> dict[str, object]:
    """The statement's attribution evidence as its ``attribution_*`` columns (null if none)."""
    found = statement.attribution
    return {
        "attribution_cue": found.cue if found else None,
        "attribution_cue_start": found.cue_start if found else None,
        "attribution_cue_end": found.cue_end if found else None,
        "attribution_rule": found.rule if found else None,
        "attribution_confidence": found.confidence if found else None,
    }


@dataclass(frozen=True)
class _Written:
    """What the rest of a write needs of the article row just inserted."""

    id: int
    slug: str
    published_on: dt.date


def _write(session: Session, data: ArticleInput, extraction: Extraction, sha: str) -> _Written:
    parsed = extraction.parsed
    slug = _unique_slug(session, Article, slugify(parsed.title), sha[:8])
    # One INSERT ... RETURNING, not the unit of work: the article is never read back as
    # an object, and the flush machinery was a fifth of the writer's time per article.
    articles = _table(Article)
    article_id = (
        session.connection()
        .execute(
            insert(articles).returning(articles.c.id),
            [
                {
                    "slug": slug,
                    "title": parsed.title,
                    "subtitle": parsed.subtitle,
                    "text": data.text,
                    "published_on": data.published_on,
                    "source": data.source or parsed.source,
                    "url": data.url,
                    "language": data.language,
                    "original_language": data.original_language,
                    "content_sha256": sha,
                }
            ],
        )
        .scalar_one()
    )
    article = _Written(article_id, slug, data.published_on)
    expert_ids = _upsert_experts(session, parsed.people, article)
    topic_ids = _topic_ids(session)
    statement_rows = []
    astral = astral_offsets(data.text)
    for position, parsed_statement in enumerate(parsed.statements, start=1):
        speaker_id = expert_ids.get(parsed_statement.speaker) if parsed_statement.speaker else None
        statement_rows.append(
            {
                "article_id": article.id,
                "expert_id": speaker_id,
                "kind": parsed_statement.kind,
                "text": parsed_statement.text,
                "said_on": parsed_statement.said_on,
                "position": position,
                "span_start": parsed_statement.start,
                "span_end": parsed_statement.end,
                "span_utf16_shift": bisect_left(astral, parsed_statement.start),
                **_attribution_columns(parsed_statement),
            }
        )
    if statement_rows:
        session.flush()
        ids = _insert_statements(session, statement_rows)
        tag_rows = [
            {
                "statement_id": statement_id,
                "topic_id": topic_ids[slug],
                "matched_terms": terms,
                "said_on": row["said_on"],
                "position": row["position"],
            }
            for statement_id, row, tags in zip(ids, statement_rows, extraction.tags, strict=True)
            for slug, terms in tags.items()
            if slug in topic_ids
        ]
        if tag_rows:
            _insert_tags(session, tag_rows)
    return article


def _existing(session: Session, sha: str) -> Article | None:
    return session.scalar(select(Article).where(Article.content_sha256 == sha))


def _result(session: Session, article: Article, created: bool, warnings: list[str]) -> IngestResult:
    statement_count = session.scalar(
        select(func.count()).select_from(Statement).where(Statement.article_id == article.id)
    )
    expert_count = session.scalar(
        select(func.count()).select_from(Appearance).where(Appearance.article_id == article.id)
    )
    return IngestResult(
        article_id=article.id,
        slug=article.slug,
        created=created,
        statement_count=statement_count or 0,
        expert_count=expert_count or 0,
        warnings=warnings,
    )


def stored_hashes(session: Session, hashes: Iterable[str]) -> set[str]:
    """Which of these content hashes are stored already: one query for a batch of
    articles, where ``existing_result`` is one (and an article read) for each."""
    wanted = set(hashes)
    if not wanted:
        return set()
    return set(
        session.scalars(select(Article.content_sha256).where(Article.content_sha256.in_(wanted)))
    )


def existing_result(session: Session, data: ArticleInput) -> IngestResult | None:
    """The stored article with this exact text, if there is one."""
    found = _existing(session, content_sha256(data.text))
    return _result(session, found, False, []) if found is not None else None


def write_article(
    session: Session, data: ArticleInput, extraction: Extraction, sha: str | None = None
) -> IngestResult:
    """Add one article inside the caller's transaction (the caller commits). ``sha`` is
    the text's ``content_sha256`` when the caller has it already (the ingest workers hash
    each text). The data version moves by itself (migration 0010's triggers)."""
    article = _write(session, data, extraction, sha or content_sha256(data.text))
    return IngestResult(
        article_id=article.id,
        slug=article.slug,
        created=True,
        statement_count=len(extraction.parsed.statements),
        expert_count=len(extraction.parsed.people),
        warnings=extraction.warnings,
    )


def store_article(
    session: Session,
    data: ArticleInput,
    *,
    tagger: TopicTagger | None = None,
    extraction: Extraction | None = None,
) -> IngestResult:
    """Parse, tag and store one article in the caller's transaction (the caller commits);
    a known text returns the stored one.

    The parse comes first (unless the caller passes its ``extraction``), before the write
    transaction begins: the taxonomy is read (unless a ``tagger`` is given) in a read
    transaction ended before the parse, when this function opened it.
    """
    if extraction is None:
        if tagger is None:
            opened_here = not session.in_transaction()
            tagger = load_tagger(session)
            if opened_here:
                end_read(session)
        extraction = extract(data, tagger)
    return store_extraction(session, data, extraction)


def store_extraction(session: Session, data: ArticleInput, extraction: Extraction) -> IngestResult:
    """Store an article already parsed and tagged, in the caller's write transaction
    (opened here under the write lock if the session has none yet).

    The article is written inside a SAVEPOINT: two identical texts racing on PostgreSQL
    both try to insert, the unique content hash lets exactly one win, and the loser's
    savepoint rolls back and it reads the winner's article, its transaction intact.
    """
    begin_write(session)
    found = existing_result(session, data)
    if found is not None:
        return found
    try:
        with session.begin_nested():
            return write_article(session, data, extraction)
    except IntegrityError:
        found = existing_result(session, data)
        if found is None:
            raise
        return found


def delete_article(session: Session, slug: str) -> bool:
    """Remove an article and its statements in the caller's write transaction; False if
    unknown.

    Experts stay, so their URLs remain stable; their top-level role and organisation fall
    back to their latest remaining appearance.
    """
    begin_write(session)
    return _delete(session, slug)


def _delete(session: Session, slug: str) -> bool:
    article_id = session.scalar(select(Article.id).where(Article.slug == slug))
    if article_id is None:
        return False
    expert_ids = session.scalars(
        select(Appearance.expert_id).where(Appearance.article_id == article_id)
    ).all()
    # Tags, then statements, then the article, one set-based DELETE each: PostgreSQL's
    # counter triggers fire once per statement (migration 0007), and the tags go while
    # their statements can still say whose they were.
    of_article = select(Statement.id).where(Statement.article_id == article_id)
    unsynced = {"synchronize_session": False}  # no loaded objects to keep in step
    session.execute(
        delete(StatementTopic).where(StatementTopic.statement_id.in_(of_article)),
        execution_options=unsynced,
    )
    session.execute(
        delete(Statement).where(Statement.article_id == article_id), execution_options=unsynced
    )
    session.execute(delete(Article).where(Article.id == article_id))
    for expert_id in expert_ids:
        latest = session.execute(
            select(Appearance.role, Appearance.organization)
            .where(Appearance.expert_id == expert_id)
            .order_by(Appearance.published_on.desc(), Appearance.article_id.desc())
            .limit(1)
        ).first()
        if latest is not None:
            session.execute(
                update(Expert)
                .where(Expert.id == expert_id)
                .values(role=latest.role, organization=latest.organization)
            )
    return True

"""A fast path to a large store, for measuring the read side at 1M statements.

The ingest rate is measured through the real loader (``benchmarks.loader``); building a
1M-statement store that way takes longer than a run can afford on a shared 2-core machine.
This path produces the same rows: every article still goes through the real parser and
tagger (``app.ingest.loader.extract``), in a pool of worker processes, and the rows are
written with the loader's rules (expert identity by ``name_key``, slugs, the latest
appearance's role and organisation, tags with ``said_on`` and ``position``), in batches of
multi-row INSERTs. ``--verify`` compares a bulk-loaded store with one loaded by the real
loader, table by table.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import itertools
import multiprocessing
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, func, insert, select, text, update

from app.core.config import Settings
from app.core.db import create_db_engine, create_session_factory
from app.ingest.loader import content_sha256, extract, load_tagger
from app.ingest.parsed import ParsedArticle
from app.ingest.people.names import name_key
from app.ingest.slugs import slugify
from app.ingest.topics import TopicTagger
from app.models import Appearance, Article, DataVersion, Expert, Statement, StatementTopic, Topic
from benchmarks.corpus import CorpusGenerator, GeneratedArticle
from benchmarks.loader import LoadReport, prepare, to_input

BATCH = 500
# The server's per-query time limit (2 s by default) would interrupt a multi-row INSERT
# that also feeds the full-text index; bulk writes get an hour.
BULK_TIMEOUT_SECONDS = 3600.0
_tagger: TopicTagger | None = None


def _init_worker(url: str) -> None:
    global _tagger
    engine = create_db_engine(Settings(database_url=url))
    with create_session_factory(engine)() as session:
        _tagger = load_tagger(session)
    engine.dispose()


def _extract(article: GeneratedArticle) -> tuple[GeneratedArticle, ParsedArticle, list[Any]]:
    assert _tagger is not None
    extraction = extract(to_input(article), _tagger)
    return article, extraction.parsed, extraction.tags


@dataclass
class _ExpertState:
    id: int
    name: str
    latest: dt.date
    role: str | None
    organization: str | None
    kind: str


class _Writer:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        with engine.connect() as conn:
            self.topic_ids = dict(conn.execute(select(Topic.slug, Topic.id)).all())
        self.experts: dict[str, _ExpertState] = {}
        self.expert_slugs: set[str] = set()
        self.article_slugs: set[str] = set()
        self.next_article = self.next_statement = self.next_expert = 1
        self.statements = 0

    def _expert(self, person: Any, published_on: dt.date, new: list[dict[str, Any]]) -> int:
        key = name_key(person.name) or person.slug
        state = self.experts.get(key)
        if state is None:
            slug = person.slug
            if slug in self.expert_slugs:
                slug = f"{slug}-{hashlib.sha256(key.encode()).hexdigest()[:6]}"
            self.expert_slugs.add(slug)
            state = _ExpertState(
                self.next_expert,
                person.name,
                published_on,
                person.role,
                person.organization,
                person.kind,
            )
            self.next_expert += 1
            self.experts[key] = state
            new.append(
                {
                    "id": state.id,
                    "slug": slug,
                    "name_key": key,
                    "name": person.name,
                    "kind": person.kind,
                    "role": person.role,
                    "organization": person.organization,
                }
            )
        elif published_on >= state.latest:
            state.latest = published_on
            state.role, state.organization, state.kind = (
                person.role,
                person.organization,
                person.kind,
            )
            if len(person.name) > len(state.name):
                state.name = person.name
        return state.id

    def write(self, batch: list[tuple[GeneratedArticle, ParsedArticle, list[Any]]]) -> None:
        articles, experts, appearances, statements, tags = [], [], [], [], []
        for generated, parsed, article_tags in batch:
            article_id = self.next_article
            self.next_article += 1
            sha = content_sha256(generated.text)
            slug = slugify(parsed.title) or "untitled"
            if slug in self.article_slugs:
                slug = f"{slug[:100]}-{sha[:8]}"
            self.article_slugs.add(slug)
            articles.append(
                {
                    "id": article_id,
                    "slug": slug,
                    "title": parsed.title,
                    "subtitle": parsed.subtitle,
                    "text": generated.text,
                    "published_on": generated.published_on,
                    "source": generated.source,
                    "url": None,
                    "language": "en",
                    "original_language": None,
                    "content_sha256": sha,
                }
            )
            people = {}
            for person in parsed.people:
                expert_id = self._expert(person, generated.published_on, experts)
                people[person.slug] = expert_id
                appearances.append(
                    {
                        "expert_id": expert_id,
                        "article_id": article_id,
                        "role": person.role,
                        "organization": person.organization,
                        "published_on": generated.published_on,
                    }
                )
            for position, (statement, terms_by_topic) in enumerate(
                zip(parsed.statements, article_tags, strict=True), start=1
            ):
                statement_id = self.next_statement
                self.next_statement += 1
                statements.append(
                    {
                        "id": statement_id,
                        "article_id": article_id,
                        "expert_id": people.get(statement.speaker) if statement.speaker else None,
                        "kind": statement.kind,
                        "text": statement.text,
                        "said_on": statement.said_on,
                        "position": position,
                        "span_start": statement.start,
                        "span_end": statement.end,
                    }
                )
                tags.extend(
                    {
                        "statement_id": statement_id,
                        "topic_id": self.topic_ids[topic],
                        "matched_terms": terms,
                        "said_on": statement.said_on,
                        "position": position,
                    }
                    for topic, terms in terms_by_topic.items()
                    if topic in self.topic_ids
                )
        with self.engine.begin() as conn:
            conn.execute(insert(Article), articles)
            if experts:
                conn.execute(insert(Expert), experts)
            if appearances:
                conn.execute(insert(Appearance), appearances)
            if statements:
                conn.execute(insert(Statement), statements)
            if tags:
                conn.execute(insert(StatementTopic), tags)
        self.statements += len(statements)

    def finish(self, articles: int) -> None:
        with self.engine.begin() as conn:
            for state in self.experts.values():
                conn.execute(
                    update(Expert)
                    .where(Expert.id == state.id)
                    .values(
                        name=state.name,
                        role=state.role,
                        organization=state.organization,
                        kind=state.kind,
                    )
                )
            conn.execute(
                update(DataVersion)
                .where(DataVersion.id == 1)
                .values(version=DataVersion.version + articles)
            )
            if conn.dialect.name == "postgresql":
                for table in ("articles", "experts", "statements"):
                    conn.execute(
                        text(
                            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                            f"(SELECT max(id) FROM {table}))"
                        )
                    )
            conn.execute(text("ANALYZE"))


def _chunks(items: Iterator[Any], size: int) -> Iterator[list[Any]]:
    while chunk := list(itertools.islice(items, size)):
        yield chunk


def bulk_load(url: str, generator: CorpusGenerator, processes: int = 2) -> LoadReport:
    prepare(url)
    engine = create_db_engine(
        Settings(database_url=url, query_timeout_seconds=BULK_TIMEOUT_SECONDS)
    )
    writer = _Writer(engine)
    started = time.perf_counter()
    with multiprocessing.get_context("fork").Pool(
        processes, initializer=_init_worker, initargs=(url,)
    ) as pool:
        parsed = pool.imap(_extract, iter(generator), chunksize=64)
        for count, batch in enumerate(_chunks(parsed, BATCH), start=1):
            writer.write(batch)
            if count % 10 == 0:
                rate = count * BATCH / (time.perf_counter() - started)
                print(
                    f"  {count * BATCH} articles, {writer.statements} statements, {rate:.0f}/s",
                    flush=True,
                )
    writer.finish(generator.article_count)
    seconds = time.perf_counter() - started
    engine.dispose()
    return LoadReport(generator.article_count, writer.statements, seconds)


def fingerprint(url: str) -> dict[str, Any]:
    """Row counts and content digests that two equivalent stores share."""
    engine = create_db_engine(
        Settings(database_url=url, query_timeout_seconds=BULK_TIMEOUT_SECONDS)
    )
    out: dict[str, Any] = {}
    with engine.connect() as conn:
        for model in (Article, Expert, Appearance, Statement, StatementTopic):
            out[model.__tablename__] = conn.scalar(select(func.count()).select_from(model))
        digest = hashlib.sha256()
        rows = conn.execute(
            select(
                Article.slug,
                Statement.position,
                Statement.kind,
                Statement.text,
                Statement.said_on,
                Expert.slug,
                Expert.role,
                Expert.organization,
            )
            .join(Article, Article.id == Statement.article_id)
            .outerjoin(Expert, Expert.id == Statement.expert_id)
            .order_by(Article.slug, Statement.position)
        )
        for row in rows:
            digest.update(repr(tuple(str(v) for v in row)).encode())
        out["statements_digest"] = digest.hexdigest()[:16]
        tag_digest = hashlib.sha256()
        for row in conn.execute(
            select(Article.slug, StatementTopic.position, Topic.slug, StatementTopic.said_on)
            .join(Statement, Statement.id == StatementTopic.statement_id)
            .join(Article, Article.id == Statement.article_id)
            .join(Topic, Topic.id == StatementTopic.topic_id)
            .order_by(Article.slug, StatementTopic.position, Topic.slug)
        ):
            tag_digest.update(repr(tuple(str(v) for v in row)).encode())
        out["tags_digest"] = tag_digest.hexdigest()[:16]
    engine.dispose()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--statements", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--verify", metavar="URL", help="compare with a store at URL")
    args = parser.parse_args(argv)
    if args.verify:
        mine, theirs = fingerprint(args.database_url), fingerprint(args.verify)
        for key in mine:
            mark = "same" if mine[key] == theirs[key] else "DIFFERENT"
            print(f"{key}: {mine[key]} vs {theirs[key]} {mark}")
        return 0 if mine == theirs else 1
    report = bulk_load(
        args.database_url, CorpusGenerator(args.statements, args.seed), args.processes
    )
    print(
        f"{report.articles} articles, {report.statements} statements in "
        f"{report.seconds:.0f}s ({report.articles_per_second:.0f} articles/s, bulk path)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

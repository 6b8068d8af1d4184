"""``commentariat seed``: the taxonomy and the seed articles, idempotently.

Both work in the caller's session and never commit: the CLI commits the seed as one
transaction (an article is never stored in part).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.core.db import begin_write, end_read
from app.ingest.loader import (
    IngestResult,
    extract,
    load_tagger,
    load_taxonomy_from_store,
    store_extraction,
)
from app.ingest.sources import find_source_files, read_source_file
from app.ingest.topics import TopicDefinition, TopicTagger, load_taxonomy
from app.models import Statement, StatementTopic, Topic

TAXONOMY_FILE = "topics.yaml"


@dataclass
class SeedReport:
    topics_changed: int = 0
    articles: list[IngestResult] = field(default_factory=list)


def _retag_all(session: Session) -> None:
    """Recompute every tag after the taxonomy changed, so tags always match the terms."""
    tagger = load_tagger(session)
    topic_ids = dict(session.execute(select(Topic.slug, Topic.id)).all())
    session.execute(delete(StatementTopic))
    rows = session.execute(
        select(Statement.id, Statement.text, Statement.said_on, Statement.position)
    )
    for statement_id, text, said_on, position in rows:
        session.add_all(
            StatementTopic(
                statement_id=statement_id,
                topic_id=topic_ids[slug],
                matched_terms=terms,
                said_on=said_on,
                position=position,
            )
            for slug, terms in tagger.tag(text).items()
        )


def sync_taxonomy(session: Session, definitions: list[TopicDefinition]) -> int:
    """Insert or update topics in the caller's write transaction; returns how many changed
    (0 on a re-run)."""
    begin_write(session)
    changed = 0
    existing = {t.slug: t for t in session.scalars(select(Topic))}
    for definition in definitions:
        topic = existing.get(definition.slug)
        values = definition.model_dump()
        if topic is None:
            session.add(Topic(**values))
            changed += 1
        elif any(getattr(topic, key) != value for key, value in values.items()):
            for key, value in values.items():
                setattr(topic, key, value)
            changed += 1
    if changed:
        session.flush()
        if session.scalar(select(Statement.id).limit(1)) is not None:
            _retag_all(session)
    return changed


def seed(session: Session, seeds_dir: Path) -> SeedReport:
    """The taxonomy and the seed articles in the caller's session; the caller commits.

    Every article is parsed first, before the write transaction begins, and tagged with
    the taxonomy the store will hold: its topics, as the file defines them."""
    definitions = load_taxonomy(seeds_dir / TAXONOMY_FILE)
    opened_here = not session.in_transaction()
    topics = {topic.slug: topic for topic in load_taxonomy_from_store(session)}
    if opened_here:
        end_read(session)
    topics.update((topic.slug, topic) for topic in definitions)
    tagger = TopicTagger(list(topics.values()))
    articles = [read_source_file(path) for path in find_source_files([seeds_dir])]
    extractions = [extract(article, tagger) for article in articles]
    report = SeedReport()
    report.topics_changed = sync_taxonomy(session, definitions)
    for article, extraction in zip(articles, extractions, strict=True):
        report.articles.append(store_extraction(session, article, extraction))
    return report

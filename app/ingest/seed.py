"""``commentariat seed``: the taxonomy and the seed articles, idempotently."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from app.core.db import WRITE_OPTIONS
from app.ingest.loader import IngestResult, bump_data_version, load_tagger, store_article
from app.ingest.sources import find_source_files, read_source_file
from app.ingest.topics import TopicDefinition, load_taxonomy
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


def sync_taxonomy(factory: sessionmaker[Session], definitions: list[TopicDefinition]) -> int:
    """Insert or update topics; returns how many changed (0 on a re-run)."""
    changed = 0
    with factory() as session:
        session.connection(execution_options=WRITE_OPTIONS)
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
            bump_data_version(session)
        session.commit()
    return changed


def seed(factory: sessionmaker[Session], seeds_dir: Path) -> SeedReport:
    report = SeedReport()
    report.topics_changed = sync_taxonomy(factory, load_taxonomy(seeds_dir / TAXONOMY_FILE))
    for path in find_source_files([seeds_dir]):
        report.articles.append(store_article(factory, read_source_file(path)))
    return report

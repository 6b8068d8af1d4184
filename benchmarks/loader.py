"""Load a generated corpus through the real ingest path and time it.

Each article goes through ``app.ingest.loader.store_article``: the real parser, the real
tagger, one transaction per article, exactly what ``commentariat ingest`` and the write API
do. Only the topic tagger is built once and shared, as a long-running ingest would.
"""

from __future__ import annotations

import datetime as dt
import itertools
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app.core.config import Settings
from app.core.db import committed, create_db_engine, create_session_factory, is_sqlite
from app.core.migrations import upgrade_to_head
from app.ingest.loader import load_tagger, store_article
from app.ingest.parser import parse_article
from app.ingest.people.names import name_key
from app.ingest.schemas import ArticleInput
from app.ingest.seed import sync_taxonomy
from app.ingest.topics import load_taxonomy
from benchmarks.corpus import TOPICS_FILE, CorpusGenerator, GeneratedArticle


@dataclass(frozen=True)
class LoadReport:
    articles: int
    statements: int
    seconds: float

    @property
    def articles_per_second(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0

    @property
    def statements_per_second(self) -> float:
        return self.statements / self.seconds if self.seconds else 0.0


@dataclass(frozen=True)
class Agreement:
    """How well the parser recovers what the generator wrote, on a sample."""

    articles: int
    articles_exact: int
    statements_expected: int
    statements_matched: int

    @property
    def statement_rate(self) -> float:
        return self.statements_matched / self.statements_expected if self.statements_expected else 0


def recreate_database(url: str) -> None:
    """An empty store at ``url``: SQLite files removed, or the PostgreSQL database recreated."""
    if is_sqlite(url):
        database = make_url(url).database
        if database and database != ":memory:":
            for suffix in ("", "-wal", "-shm"):
                Path(database + suffix).unlink(missing_ok=True)
        return
    parsed = make_url(url)
    admin = create_engine(parsed.set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{parsed.database}" WITH (FORCE)'))
            conn.execute(text(f'CREATE DATABASE "{parsed.database}"'))
    finally:
        admin.dispose()


def prepare(url: str) -> None:
    """Recreate, migrate and load the benchmark taxonomy."""
    recreate_database(url)
    settings = Settings(database_url=url)
    engine = create_db_engine(settings)
    try:
        upgrade_to_head(settings, engine)
        committed(
            create_session_factory(engine),
            lambda session: sync_taxonomy(session, load_taxonomy(TOPICS_FILE)),
        )
    finally:
        engine.dispose()


def to_input(article: GeneratedArticle) -> ArticleInput:
    return ArticleInput(
        text=article.text,
        published_on=article.published_on,
        source=article.source,
        language="en",
    )


def load(
    url: str,
    generator: CorpusGenerator,
    *,
    progress: Callable[[int, int, float], None] | None = None,
) -> LoadReport:
    """Store every article of ``generator``; returns counts and wall time."""
    settings = Settings(database_url=url)
    engine = create_db_engine(settings)
    factory = create_session_factory(engine)
    try:
        with factory() as session:
            tagger = load_tagger(session)
        statements = 0
        started = time.perf_counter()
        for index, article in enumerate(generator, start=1):
            # One transaction per article, committed here as the CLI commits.
            result = committed(
                factory, partial(store_article, data=to_input(article), tagger=tagger)
            )
            statements += result.statement_count
            if progress is not None and index % 2000 == 0:
                progress(index, statements, time.perf_counter() - started)
        seconds = time.perf_counter() - started
        return LoadReport(generator.article_count, statements, seconds)
    finally:
        engine.dispose()


def agreement(generator: CorpusGenerator, sample: int = 300) -> Agreement:
    """Parse the first ``sample`` articles and compare speakers and kinds, in order."""
    exact = expected_total = matched = 0
    articles = list(itertools.islice(generator, sample))
    for article in articles:
        parsed = parse_article(article.text, article.published_on)
        names = {person.slug: person.name for person in parsed.people}
        got = [(name_key(names.get(s.speaker or "", "")), s.kind) for s in parsed.statements]
        want = [(name_key(name), kind) for name, kind in article.expected]
        exact += got == want
        expected_total += len(want)
        matched += sum(1 for g, w in zip(got, want, strict=False) if g == w)
    return Agreement(len(articles), exact, expected_total, matched)


def _print_progress(articles: int, statements: int, seconds: float) -> None:
    print(
        f"  loaded {articles} articles, {statements} statements "
        f"({articles / seconds:.0f} articles/s) at {dt.datetime.now():%H:%M:%S}",
        flush=True,
    )


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description="Load a generated corpus and time it.")
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--statements", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    generator = CorpusGenerator(args.statements, args.seed)
    prepare(args.database_url)
    report = load(args.database_url, generator, progress=_print_progress)
    print(
        f"{report.articles} articles, {report.statements} statements in {report.seconds:.1f}s: "
        f"{report.articles_per_second:.0f} articles/s, "
        f"{report.statements_per_second:.0f} statements/s"
    )


if __name__ == "__main__":
    main()

"""Ingesting many files in one process tree: parse ahead in workers, write in batches.

Parsing and tagging are pure and CPU-bound, so worker processes do them for the files
ahead while this process writes. Writing stays in one process: a batch is one transaction
and each article inside it a SAVEPOINT, so a failing article rolls back alone while the
others commit together (one fsync per batch, not per article).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from app.core.db import WRITE_OPTIONS
from app.ingest.loader import (
    Extraction,
    IngestResult,
    bump_data_version,
    existing_result,
    extract,
    load_taxonomy_from_store,
    store_article,
    write_article,
)
from app.ingest.schemas import ArticleInput
from app.ingest.sources import SourceError, read_source_file
from app.ingest.topics import TopicDefinition, TopicTagger

DEFAULT_BATCH_SIZE = 50
# Below this many files a process pool costs more to start than it saves.
_MIN_FILES_FOR_WORKERS = 64


@dataclass(frozen=True)
class FileOutcome:
    path: Path
    result: IngestResult | None = None
    error: str | None = None


@dataclass(frozen=True)
class _Prepared:
    path: Path
    data: ArticleInput | None = None
    extraction: Extraction | None = None
    error: str | None = None


@dataclass(frozen=True)
class _Defaults:
    published_on: dt.date | None
    source: str | None


_worker_tagger: TopicTagger | None = None


def _init_worker(taxonomy: list[TopicDefinition]) -> None:
    global _worker_tagger
    _worker_tagger = TopicTagger(taxonomy)


def _prepare(path: Path, defaults: _Defaults, tagger: TopicTagger | None = None) -> _Prepared:
    """Read, parse and tag one file (in a worker, or inline)."""
    active = tagger or _worker_tagger
    assert active is not None
    try:
        data = read_source_file(
            path, default_published_on=defaults.published_on, default_source=defaults.source
        )
    except SourceError as exc:
        return _Prepared(path=path, error=str(exc))
    return _Prepared(path=path, data=data, extraction=extract(data, active))


def _prepare_all(
    paths: list[Path], defaults: _Defaults, taxonomy: list[TopicDefinition], workers: int
) -> Iterator[_Prepared]:
    if workers <= 1 or len(paths) < _MIN_FILES_FOR_WORKERS:
        tagger = TopicTagger(taxonomy)
        yield from (_prepare(path, defaults, tagger) for path in paths)
        return
    pool: Executor = ProcessPoolExecutor(
        max_workers=workers, initializer=_init_worker, initargs=(taxonomy,)
    )
    with pool:
        # map() keeps input order and runs ahead of the writer consuming it.
        yield from pool.map(_prepare, paths, [defaults] * len(paths), chunksize=16)


def _chunks(items: Iterable[_Prepared], size: int) -> Iterator[list[_Prepared]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def ingest_files(
    factory: sessionmaker[Session],
    paths: list[Path],
    *,
    default_published_on: dt.date | None = None,
    default_source: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    workers: int | None = None,
    on_done: Callable[[FileOutcome], None] | None = None,
) -> list[FileOutcome]:
    """Read, parse and store every file; a bad file fails alone and the rest are stored."""
    with factory() as session:
        taxonomy = load_taxonomy_from_store(session)
    defaults = _Defaults(published_on=default_published_on, source=default_source)
    worker_count = workers if workers is not None else min(os.cpu_count() or 1, 4)
    outcomes: list[FileOutcome] = []
    prepared = _prepare_all(paths, defaults, taxonomy, worker_count)
    for chunk in _chunks(prepared, batch_size):
        for outcome in _store_chunk(factory, chunk):
            outcomes.append(outcome)
            if on_done:
                on_done(outcome)
    return outcomes


def _store_in_savepoint(session: Session, item: _Prepared) -> IngestResult:
    assert item.data is not None
    assert item.extraction is not None
    with session.begin_nested():
        found = existing_result(session, item.data)
        if found is not None:
            return found
        # the chunk bumps the data version once, outside every savepoint
        return write_article(session, item.data, item.extraction, bump=False)


def _store_chunk(factory: sessionmaker[Session], chunk: list[_Prepared]) -> list[FileOutcome]:
    done = [FileOutcome(item.path, error=item.error) for item in chunk if item.error]
    pending = [item for item in chunk if item.error is None]
    stored: list[FileOutcome] = []
    retry: list[_Prepared] = []
    try:
        with factory() as session:
            session.connection(execution_options=WRITE_OPTIONS)
            for item in pending:
                try:
                    stored.append(FileOutcome(item.path, _store_in_savepoint(session, item)))
                except Exception:
                    # Retried alone below, where a real failure gets its own message.
                    retry.append(item)
            if any(outcome.result is not None and outcome.result.created for outcome in stored):
                bump_data_version(session)
            session.commit()
    except Exception:
        stored, retry = [], pending
    for item in retry:
        assert item.data is not None
        try:
            stored.append(FileOutcome(item.path, store_article(factory, item.data)))
        except Exception as exc:
            stored.append(FileOutcome(item.path, error=f"could not store: {_reason(exc)}"))
    return done + stored


def _reason(exc: Exception) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__

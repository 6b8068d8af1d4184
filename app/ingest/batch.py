"""Ingesting many files in one process: batched commits, each article still atomic.

A batch is one transaction and each article inside it a SAVEPOINT, so a failing article
rolls back alone while the others commit together (one fsync per batch, not per article).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from app.core.db import WRITE_OPTIONS
from app.ingest.loader import (
    IngestResult,
    existing_result,
    extract,
    load_tagger,
    store_article,
    write_article,
)
from app.ingest.schemas import ArticleInput
from app.ingest.sources import SourceError, read_source_file
from app.ingest.topics import TopicTagger

DEFAULT_BATCH_SIZE = 50


@dataclass(frozen=True)
class FileOutcome:
    path: Path
    result: IngestResult | None = None
    error: str | None = None


def _chunks(items: Iterable[Path], size: int) -> Iterator[list[Path]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _store_in_savepoint(session: Session, data: ArticleInput, tagger: TopicTagger) -> IngestResult:
    with session.begin_nested():
        found = existing_result(session, data)
        if found is not None:
            return found
        return write_article(session, data, extract(data, tagger))


def ingest_files(
    factory: sessionmaker[Session],
    paths: list[Path],
    *,
    default_published_on: dt.date | None = None,
    default_source: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    on_done: Callable[[FileOutcome], None] | None = None,
) -> list[FileOutcome]:
    """Read, parse and store every file; a bad file fails alone and the rest are stored."""
    outcomes: list[FileOutcome] = []
    for chunk in _chunks(paths, batch_size):
        pending: list[tuple[Path, ArticleInput]] = []
        for path in chunk:
            try:
                pending.append(
                    (
                        path,
                        read_source_file(
                            path,
                            default_published_on=default_published_on,
                            default_source=default_source,
                        ),
                    )
                )
            except SourceError as exc:
                outcome = FileOutcome(path=path, error=str(exc))
                outcomes.append(outcome)
                if on_done:
                    on_done(outcome)
        for outcome in _store_chunk(factory, pending):
            outcomes.append(outcome)
            if on_done:
                on_done(outcome)
    return outcomes


def _store_chunk(
    factory: sessionmaker[Session], pending: list[tuple[Path, ArticleInput]]
) -> list[FileOutcome]:
    done: list[FileOutcome] = []
    retry: list[tuple[Path, ArticleInput]] = []
    try:
        with factory() as session:
            session.connection(execution_options=WRITE_OPTIONS)
            tagger = load_tagger(session)
            for path, data in pending:
                try:
                    done.append(FileOutcome(path, _store_in_savepoint(session, data, tagger)))
                except Exception:
                    # Retried alone below, where a real failure gets its own message.
                    retry.append((path, data))
            session.commit()
    except Exception:
        done, retry = [], pending
    for path, data in retry:
        try:
            done.append(FileOutcome(path, store_article(factory, data)))
        except Exception as exc:
            done.append(FileOutcome(path, error=f"could not store: {_reason(exc)}"))
    return done


def _reason(exc: Exception) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__

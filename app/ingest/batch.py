"""Ingesting many files in one process tree: parse ahead in workers, write in batches.

Parsing and tagging are pure and CPU-bound, so worker processes do them for the files
ahead while this process writes. Writing stays in one process: a batch is one transaction
and each article inside it a SAVEPOINT, so a failing article rolls back alone while the
others commit together (one fsync per batch, not per article). The caller owns the
transaction: ``ingest_batches`` yields each batch written and uncommitted, and the caller
(the CLI) commits it before asking for the next.

Each file is parsed with a deadline that grows with its size (``ParseLimits``, from the
``parse_timeout_*`` settings): a file still parsing at its deadline is reported failed and
its worker killed and replaced, so one pathological file cannot stall the run.
"""

from __future__ import annotations

import datetime as dt
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from sqlalchemy.orm import Session

from app.core.date_range import DateOutOfRange
from app.core.db import begin_write, end_read
from app.core.deadline_pool import DeadlineExceeded, DeadlinePool, WorkerLost
from app.ingest.loader import (
    Extraction,
    IngestResult,
    content_sha256,
    existing_result,
    extract,
    load_taxonomy_from_store,
    stored_hashes,
    write_article,
)
from app.ingest.schemas import ArticleInput
from app.ingest.sources import SourceError, read_source_file
from app.ingest.topics import TopicDefinition, TopicTagger

DEFAULT_BATCH_SIZE = 50
# Files per call to a worker, and calls queued ahead of the writer per worker.
_FILES_PER_CALL = 16
_CALLS_AHEAD_PER_WORKER = 4
_MIB = 1024 * 1024


@dataclass(frozen=True)
class ParseLimits:
    """A file's parse deadline: ``seconds``, plus ``seconds_per_mib`` per MiB of it."""

    seconds: float = 5.0
    seconds_per_mib: float = 30.0

    def for_size(self, size: int) -> float:
        return self.seconds + self.seconds_per_mib * size / _MIB


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
    sha: str = ""  # of the text, hashed in the worker: the writer only compares it
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
    try:
        extraction = extract(data, active)
    except DateOutOfRange as exc:
        return _Prepared(path=path, error=str(exc))
    return _Prepared(path=path, data=data, extraction=extraction, sha=content_sha256(data.text))


def _prepare_many(paths: list[Path], defaults: _Defaults) -> list[_Prepared]:
    return [_prepare(path, defaults) for path in paths]


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # reading it fails in the worker, with the reason


def _prepare_in_time(
    pool: DeadlinePool, limits: ParseLimits, paths: list[Path], defaults: _Defaults
) -> list[_Prepared]:
    """Several files in one call (a round trip per file idled the workers while the
    writer held the GIL), within the sum of their deadlines. A call past it is retried
    file by file, each within its own, to find and report the file that is stuck."""
    seconds = sum(limits.for_size(_size(path)) for path in paths)
    try:
        return pool.run(seconds, _prepare_many, paths, defaults)
    except DeadlineExceeded:
        if len(paths) > 1:
            return [
                item for path in paths for item in _prepare_in_time(pool, limits, [path], defaults)
            ]
        reason = f"could not be parsed in time ({seconds:.1f} s for its size)"
    except WorkerLost as exc:
        if len(paths) > 1:
            return [
                item for path in paths for item in _prepare_in_time(pool, limits, [path], defaults)
            ]
        reason = f"could not be parsed: {exc}"
    return [_Prepared(path=paths[0], error=reason)]


def _prepare_all(
    paths: list[Path],
    defaults: _Defaults,
    taxonomy: list[TopicDefinition],
    workers: int,
    limits: ParseLimits,
) -> Iterator[_Prepared]:
    """Every file prepared, in input order, by ``workers`` processes running ahead of the
    writer, ``_FILES_PER_CALL`` files a call; one thread per process waits on it."""
    size = max(1, min(workers, len(paths)))
    per_call = max(1, min(_FILES_PER_CALL, -(-len(paths) // size)))
    pool = DeadlinePool(
        size, initializer=_init_worker, initargs=(taxonomy,), preload=["app.ingest.batch"]
    )
    threads = ThreadPoolExecutor(size, thread_name_prefix="ingest-parse")
    pending: deque[Future[list[_Prepared]]] = deque()
    try:
        for start in range(0, len(paths), per_call):
            chunk = paths[start : start + per_call]
            pending.append(threads.submit(_prepare_in_time, pool, limits, chunk, defaults))
            if len(pending) >= size * _CALLS_AHEAD_PER_WORKER:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        threads.shutdown(wait=True, cancel_futures=True)
        pool.close()


def _chunks(items: Iterable[_Prepared], size: int) -> Iterator[list[_Prepared]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def ingest_batches(
    session: Session,
    paths: list[Path],
    *,
    default_published_on: dt.date | None = None,
    default_source: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    workers: int | None = None,
    limits: ParseLimits | None = None,
) -> Iterator[list[FileOutcome]]:
    """Read, parse and store every file, ``batch_size`` at a time: each batch's outcomes
    are yielded with its articles written in ``session``'s transaction, uncommitted; the
    caller commits (or rolls back) before taking the next. A bad file fails alone and the
    rest are stored; a file not parsed within its deadline (``limits``) is one such
    failure."""
    taxonomy = load_taxonomy_from_store(session)
    end_read(session)  # no connection is held while the workers start and parse
    defaults = _Defaults(published_on=default_published_on, source=default_source)
    worker_count = workers if workers is not None else min(os.cpu_count() or 1, 4)
    prepared = _prepare_all(paths, defaults, taxonomy, worker_count, limits or ParseLimits())
    for chunk in _chunks(prepared, batch_size):
        yield _store_chunk(session, chunk)


def _store_in_savepoint(session: Session, item: _Prepared, stored: set[str]) -> IngestResult:
    """Write one article, or read it back if its text is among the ``stored`` hashes;
    a text written here joins them, so a copy later in the batch is read back too."""
    assert item.data is not None
    assert item.extraction is not None
    with session.begin_nested():
        if item.sha in stored:
            found = existing_result(session, item.data)
            if found is not None:
                return found
        result = write_article(session, item.data, item.extraction, item.sha)
    stored.add(item.sha)
    return result


def _store_chunk(session: Session, chunk: list[_Prepared]) -> list[FileOutcome]:
    """Write one batch in one write transaction, each article in a SAVEPOINT of its own:
    an article that fails rolls back alone, with its reason, and the others stay. Which
    texts are stored already is asked once for the batch (the write lock is held from
    there on, so no other writer adds one in between)."""
    outcomes = [FileOutcome(item.path, error=item.error) for item in chunk if item.error]
    pending = [item for item in chunk if item.error is None]
    if not pending:
        return outcomes
    begin_write(session)
    stored = stored_hashes(session, (item.sha for item in pending))
    for item in pending:
        try:
            outcomes.append(FileOutcome(item.path, _store_in_savepoint(session, item, stored)))
        except Exception as exc:
            outcomes.append(FileOutcome(item.path, error=f"could not store: {_reason(exc)}"))
    return outcomes


def _reason(exc: Exception) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__

"""The ``commentariat`` command: migrate, eval, seed, ingest, keys and serve.

Every command fails with one line on stderr and a non-zero status, never a traceback.
The commands own their transactions: the loader, the keys and the seed write in the
session given to them, and the command commits (``committed``), or rolls back on error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from app.core.config import Settings, get_settings
from app.core.db import committed, create_db_engine, create_session_factory
from app.core.migrations import schema_behind, upgrade_to_head

if TYPE_CHECKING:
    from app.ingest.batch import FileOutcome
    from app.keys.repository import KeyInfo

Handler = Callable[[argparse.Namespace], int]


INGEST_SQLITE_CACHE_MB = 128


def _migrate(_args: argparse.Namespace) -> int:
    settings = get_settings()
    engine = create_db_engine(settings)
    try:
        upgrade_to_head(settings, engine)
    finally:
        engine.dispose()
    print("database is at the latest schema")
    return 0


def _eval(args: argparse.Namespace) -> int:
    import json

    from app.evaluation.report import render_json, render_text, skipped_message
    from app.evaluation.run import evaluate

    evaluation = evaluate(args.gold, split=args.split, corpus=args.corpus)
    if args.json:
        print(json.dumps(render_json(evaluation, split=args.split), indent=2, ensure_ascii=False))
    elif not evaluation.scores and evaluation.skipped:
        print(f"commentariat eval: {skipped_message(evaluation)}; nothing to score")
    else:
        print(render_text(evaluation, split=args.split, misses=args.misses))
    return 0


def _seed(_args: argparse.Namespace) -> int:
    from app.ingest.seed import seed

    settings = get_settings()
    engine = create_db_engine(settings)
    try:
        report = committed(
            create_session_factory(engine), lambda session: seed(session, settings.seeds_dir)
        )
    finally:
        engine.dispose()
    created = sum(1 for a in report.articles if a.created)
    print(
        f"topics changed: {report.topics_changed}; articles stored: {created}, "
        f"unchanged: {len(report.articles) - created}"
    )
    return 0


def _ingest(args: argparse.Namespace) -> int:
    from app.ingest.batch import ParseLimits, ingest_batches
    from app.ingest.progress import Progress
    from app.ingest.sources import find_source_files

    missing = [p for p in args.paths if not p.exists()]
    files = find_source_files(p for p in args.paths if p.exists())
    settings = get_settings()
    # One writer connection whose inserts land all over every index of a growing store: a
    # larger page cache keeps more of those pages in memory as the store grows.
    cache_mb = max(settings.sqlite_cache_mb, INGEST_SQLITE_CACHE_MB)
    engine = create_db_engine(settings.model_copy(update={"sqlite_cache_mb": cache_mb}))
    progress = Progress(len(files) + len(missing), labels=args.labels)
    for path in missing:
        progress(_missing(path))
    outcomes: list[FileOutcome] = []
    try:
        with create_session_factory(engine)() as session:
            batches = ingest_batches(
                session,
                files,
                default_published_on=args.published_on,
                default_source=args.source,
                workers=args.workers,
                limits=ParseLimits(
                    settings.parse_timeout_seconds, settings.parse_timeout_seconds_per_mib
                ),
            )
            for batch in batches:
                # Each batch is one transaction, committed here: its articles are stored
                # together, or (if the commit fails) reported failed together.
                for outcome in _commit_batch(session, batch):
                    outcomes.append(outcome)
                    progress(outcome)
    finally:
        engine.dispose()
    results = [o.result for o in outcomes if o.result is not None]
    stored = [r for r in results if r.created]
    failed = len(outcomes) - len(results) + len(missing) + args.fetch_failed
    print(
        f"stored: {len(stored)}, unchanged: {len(results) - len(stored)}, failed: {failed}; "
        f"statements: {sum(r.statement_count for r in stored)}, "
        f"experts: {sum(r.expert_count for r in stored)}"
    )
    return 1 if failed else 0


def _commit_batch(session: Session, batch: list[FileOutcome]) -> list[FileOutcome]:
    from app.ingest.batch import FileOutcome

    try:
        session.commit()
    except SQLAlchemyError as exc:
        session.rollback()
        reason = f"could not store: {_one_line(exc)}"
        return [
            FileOutcome(outcome.path, error=reason) if outcome.result is not None else outcome
            for outcome in batch
        ]
    return batch


def _ingest_with_pages(args: argparse.Namespace) -> int:
    """``ingest`` with URLs among its paths: each page is fetched into a temporary folder
    first, and ingested with the files; a page that cannot be fetched fails alone."""
    from app.ingest.fetch import FetchLimits, fetch_to_folder, is_url

    urls = [argument for argument in args.paths if is_url(argument)]
    local = [Path(argument) for argument in args.paths if not is_url(argument)]
    with tempfile.TemporaryDirectory(prefix="commentariat-pages-") as folder:
        fetched = fetch_to_folder(urls, Path(folder), FetchLimits.from_settings(get_settings()))
        for outcome in fetched:
            if outcome.error is not None:
                print(f"FAILED {outcome.url}: {outcome.error}", file=sys.stderr, flush=True)
        pages = {o.path: o.url for o in fetched if o.path is not None}
        files = argparse.Namespace(
            **{**vars(args), "paths": local + list(pages)},
            labels=pages,
            fetch_failed=len(fetched) - len(pages),
        )
        return _ingest(files)


def _missing(path: Path) -> FileOutcome:
    from app.ingest.batch import FileOutcome

    return FileOutcome(path=path, error="no such file or folder")


def _keys_create(args: argparse.Namespace) -> int:
    from app.keys.repository import create_key

    key = _with_factory(lambda factory: committed(factory, lambda s: create_key(s, args.name)))
    print(f"created key '{args.name}'; it is shown only once:", file=sys.stderr)
    print(key)
    return 0


def _keys_list(_args: argparse.Namespace) -> int:
    from app.keys.repository import list_keys

    def run(factory: sessionmaker[Session]) -> list[KeyInfo]:
        with factory() as session:
            return list_keys(session)

    for info in _with_factory(run):
        state = f"revoked {info.revoked_at:%Y-%m-%d}" if info.revoked_at else "active"
        print(f"{info.name}\t{state}\tcreated {info.created_at:%Y-%m-%d}")
    return 0


def _keys_revoke(args: argparse.Namespace) -> int:
    from app.keys.repository import revoke_key

    _with_factory(lambda factory: committed(factory, lambda s: revoke_key(s, args.name)))
    print(f"revoked key '{args.name}'")
    return 0


T = TypeVar("T")


def _with_factory(work: Callable[[sessionmaker[Session]], T]) -> T:
    engine = create_db_engine(get_settings())
    try:
        return work(create_session_factory(engine))
    finally:
        engine.dispose()


def _schema_problem(settings: Settings) -> str | None:
    """A store at another migration than the code's would fail every request: say so
    before serving. A store that cannot be reached yet is not refused: /health reports it."""
    engine = create_db_engine(settings)
    try:
        return schema_behind(settings, engine)
    except SQLAlchemyError:
        return None
    finally:
        engine.dispose()


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from app.core.cursor_secret import resolve_cursor_secret

    # Before any worker starts: a production server without a secret stops here with one
    # line, and a development server's first start writes the file every worker reads.
    settings = get_settings()
    resolve_cursor_secret(settings)
    if problem := _schema_problem(settings):
        print(f"commentariat serve: error: {problem}", file=sys.stderr)
        return 2
    uvicorn.run(
        "app.main:create_app",
        factory=True,
        host=args.host,
        port=args.port,
        workers=None if args.reload else args.workers,
        reload=args.reload,
        proxy_headers=True,
        # The app writes its own JSON access log with request ids; uvicorn's would double it.
        access_log=False,
    )
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="commentariat", description="Structured expert commentary from news articles."
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    migrate = commands.add_parser("migrate", help="upgrade the database schema to the latest")
    migrate.set_defaults(handler=_migrate)

    evaluation = commands.add_parser(
        "eval", help="score the parser against gold files (see the README, 'Gold format')"
    )
    evaluation.add_argument("gold", nargs="+", type=Path, metavar="GOLD.jsonl")
    evaluation.add_argument(
        "--split",
        choices=["dev", "blind", "all"],
        default="all",
        help="which gold articles to score (default: all)",
    )
    evaluation.add_argument(
        "--corpus",
        type=Path,
        metavar="DIR",
        default=Path("../shared/corpus/real-news"),
        help="folder of the texts named by 'article' (default: ../shared/corpus/real-news)",
    )
    evaluation.add_argument("--json", action="store_true", help="print the figures as JSON")
    evaluation.add_argument(
        "--misses",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="list what the parser missed or got wrong (default: on)",
    )
    evaluation.set_defaults(handler=_eval)

    seed = commands.add_parser("seed", help="load the topics and articles in seeds/ (idempotent)")
    seed.set_defaults(handler=_seed)

    ingest = commands.add_parser(
        "ingest",
        help="parse and store article files and web pages (folders are searched for *.txt "
        "and *.html; an http(s) URL is fetched)",
    )
    ingest.add_argument(
        "paths",
        nargs="+",
        metavar="PATH|URL",
        help="a file, a folder (searched for *.txt and *.html), or an http(s) page to fetch",
    )
    ingest.add_argument(
        "--published-on",
        type=dt.date.fromisoformat,
        help="date (YYYY-MM-DD) for files whose front matter has none",
    )
    ingest.add_argument("--source", help="outlet for files that name none")
    ingest.add_argument(
        "--workers",
        type=int,
        default=None,
        help="processes that parse ahead of the writer (default: one per core, at most 4)",
    )
    ingest.set_defaults(handler=_ingest_with_pages)

    keys = commands.add_parser("keys", help="manage API keys for the write API")
    key_commands = keys.add_subparsers(dest="keys_command", required=True, metavar="ACTION")
    create = key_commands.add_parser("create", help="create a key; prints it once, last line")
    create.add_argument("name")
    create.set_defaults(handler=_keys_create)
    key_commands.add_parser("list", help="list keys").set_defaults(handler=_keys_list)
    revoke = key_commands.add_parser("revoke", help="revoke a key by name")
    revoke.add_argument("name")
    revoke.set_defaults(handler=_keys_revoke)

    serve = commands.add_parser("serve", help="serve the HTTP API")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--workers", type=int, default=1, help="worker processes")
    serve.add_argument("--reload", action="store_true", help="restart on code changes")
    serve.set_defaults(handler=_serve)
    return parser


def _one_line(exc: BaseException) -> str:
    if isinstance(exc, SQLAlchemyError):
        original = getattr(exc, "orig", None)
        message = str(original or exc)
        return "database error: " + (message.strip().splitlines() or ["unknown"])[0]
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handler: Handler = args.handler
    try:
        return handler(args)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        print(f"commentariat {args.command}: error: {_one_line(exc)}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())

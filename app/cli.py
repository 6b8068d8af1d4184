"""The ``commentariat`` command: migrate, seed, serve (ingest and keys slot in the same way).

Every command fails with one line on stderr and a non-zero status, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from sqlalchemy.exc import SQLAlchemyError

from app.core.config import get_settings
from app.core.db import create_db_engine, create_session_factory
from app.core.migrations import upgrade_to_head

Handler = Callable[[argparse.Namespace], int]


class CommandError(Exception):
    """A failure worth one line to the user."""


def _migrate(_args: argparse.Namespace) -> int:
    settings = get_settings()
    engine = create_db_engine(settings)
    try:
        upgrade_to_head(settings, engine)
    finally:
        engine.dispose()
    print("database is at the latest schema")
    return 0


def _seed(_args: argparse.Namespace) -> int:
    from app.ingest.seed import seed

    settings = get_settings()
    engine = create_db_engine(settings)
    try:
        report = seed(create_session_factory(engine), settings.seeds_dir)
    finally:
        engine.dispose()
    created = sum(1 for a in report.articles if a.created)
    print(
        f"topics changed: {report.topics_changed}; articles stored: {created}, "
        f"unchanged: {len(report.articles) - created}"
    )
    return 0


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    uvicorn.run(
        "app.main:create_app",
        factory=True,
        host=args.host,
        port=args.port,
        workers=None if args.reload else args.workers,
        reload=args.reload,
        proxy_headers=True,
    )
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="commentariat", description="Structured expert commentary from news articles."
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    migrate = commands.add_parser("migrate", help="upgrade the database schema to the latest")
    migrate.set_defaults(handler=_migrate)

    seed = commands.add_parser("seed", help="load the topics and articles in seeds/ (idempotent)")
    seed.set_defaults(handler=_seed)

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

"""The key that signs pagination cursors: configured, or generated once and kept in a file.

There is no built-in secret. With none configured, a development server generates one on
its first start and keeps it in ``cursor_secret_file`` (by default ``cursor_secret`` beside
the SQLite store, or ``./data/cursor_secret``), so cursors survive restarts and every
worker of one machine shares it. A production server (``environment=production``) never
invents one: replicas must share the key, so it refuses to start until one is configured,
and refuses a short or published one.
"""

from __future__ import annotations

import logging
import os
import secrets
from pathlib import Path

from sqlalchemy.engine import make_url

from app.core.config import Settings

MIN_LENGTH = 32
FILE_NAME = "cursor_secret"
# Values that were ever written in this repository: anyone can sign cursors with them.
PUBLISHED = frozenset({"commentariat-cursor-v1", "change-me"})

logger = logging.getLogger("commentariat.config")

HOW_TO = (
    "set COMMENTARIAT_CURSOR_SECRET to a random value of at least "
    f"{MIN_LENGTH} characters, the same on every replica (for example the output of "
    "`python -c 'import secrets; print(secrets.token_urlsafe(32))'`), or point "
    "COMMENTARIAT_CURSOR_SECRET_FILE at a file that holds one"
)


class CursorSecretError(RuntimeError):
    """No usable cursor secret; the message says what to configure."""


def secret_file(settings: Settings) -> Path:
    """Where the generated secret is kept: configured, beside the SQLite store, or ./data."""
    if settings.cursor_secret_file is not None:
        return settings.cursor_secret_file
    url = make_url(settings.database_url)
    database = url.database or ""
    no_file = database in ("", ":memory:") or database.startswith("file:")
    if url.get_backend_name() == "sqlite" and not no_file:
        return Path(database).parent / FILE_NAME
    return Path("data") / FILE_NAME


def _checked(secret: str, origin: str, settings: Settings) -> str:
    weak = len(secret) < MIN_LENGTH or secret in PUBLISHED
    if weak and settings.environment == "production":
        raise CursorSecretError(
            f"the cursor secret from {origin} is too short or published, and anyone could "
            f"forge cursors with it: {HOW_TO}"
        )
    if weak:
        logger.warning("the cursor secret from %s is weak; do not use it in production", origin)
    return secret


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None


def _create(path: Path) -> str:
    """Write a new secret to ``path`` unless another process got there first; the winner's
    secret is returned either way."""
    path.parent.mkdir(parents=True, exist_ok=True)
    secret = secrets.token_urlsafe(32)
    draft = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
    descriptor = os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(secret + "\n")
        # A hard link is created whole or not at all: a concurrent reader never sees a
        # half-written file, and only one of two racing processes wins.
        os.link(draft, path)
    except FileExistsError:
        existing = _read(path)
        if existing:
            return existing
        raise
    finally:
        draft.unlink(missing_ok=True)
    logger.warning(
        "generated a cursor secret in %s; to run several replicas, give each the same "
        "COMMENTARIAT_CURSOR_SECRET",
        path,
    )
    return secret


def resolve_cursor_secret(settings: Settings) -> str:
    """The secret to sign cursors with; CursorSecretError when there is none to use."""
    if settings.cursor_secret is not None:
        configured = settings.cursor_secret.get_secret_value()
        return _checked(configured, "COMMENTARIAT_CURSOR_SECRET", settings)
    path = secret_file(settings)
    stored = _read(path)
    if stored is not None:
        if not stored:
            raise CursorSecretError(f"the cursor secret file {path} is empty: {HOW_TO}")
        return _checked(stored, str(path), settings)
    if settings.environment == "production":
        raise CursorSecretError(
            f"no cursor secret in production mode (and no file {path}): {HOW_TO}"
        )
    return _create(path)

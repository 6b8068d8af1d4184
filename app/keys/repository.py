"""API keys: random secrets shown once, stored only as SHA-256 hashes.

Every function works in the caller's session and never commits: the CLI does.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.core.db import begin_write
from app.models import ApiKey

KEY_PREFIX = "cmt_"


class KeyOperationError(ValueError):
    """A key operation that cannot be done; the message says why."""


@dataclass(frozen=True)
class KeyInfo:
    name: str
    created_at: dt.datetime
    revoked_at: dt.datetime | None


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()


def create_key(session: Session, name: str) -> str:
    """Add a new key under ``name`` in the caller's transaction and return the plaintext,
    which is never stored."""
    if not name or len(name) > 100 or not name.isprintable():
        raise KeyOperationError("a key name is 1 to 100 printable characters")
    key = KEY_PREFIX + secrets.token_urlsafe(32)
    begin_write(session)
    try:
        with session.begin_nested():
            session.add(ApiKey(name=name, key_sha256=hash_key(key)))
    except IntegrityError:
        raise KeyOperationError(f"a key named '{name}' already exists") from None
    return key


def list_keys(session: Session) -> list[KeyInfo]:
    rows = session.execute(
        select(ApiKey.name, ApiKey.created_at, ApiKey.revoked_at).order_by(ApiKey.name)
    )
    return [KeyInfo(name=r.name, created_at=r.created_at, revoked_at=r.revoked_at) for r in rows]


def revoke_key(session: Session, name: str) -> None:
    """Revoke the active key ``name`` in the caller's transaction."""
    begin_write(session)
    result = session.execute(
        update(ApiKey)
        .where(ApiKey.name == name, ApiKey.revoked_at.is_(None))
        .values(revoked_at=dt.datetime.now(dt.UTC))
    )
    if result.rowcount == 0:  # type: ignore[attr-defined]
        raise KeyOperationError(f"no active key named '{name}'")


def authenticate(session: Session, presented: str) -> str | None:
    """The name of the active key matching ``presented``, or None.

    The lookup is by hash, so timing reveals nothing about the key itself; the final
    comparison is constant-time all the same.
    """
    digest = hash_key(presented)
    row = session.execute(
        select(ApiKey.name, ApiKey.key_sha256).where(
            ApiKey.key_sha256 == digest, ApiKey.revoked_at.is_(None)
        )
    ).first()
    if row is None or not hmac.compare_digest(row.key_sha256, digest):
        return None
    return str(row.name)

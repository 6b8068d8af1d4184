"""Keyset pagination: signed opaque cursors, the list envelope and the ``Link`` header."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
from typing import Any, Generic, TypedDict, TypeVar

from fastapi import Request
from pydantic import BaseModel, Field

from app.core.errors import InvalidParameter

T = TypeVar("T")
_SIGNATURE_BYTES = 12


class Page(BaseModel, Generic[T]):
    """One page of a list, newest or best first, with the cursor of the next page."""

    items: list[T] = Field(description="The items on this page.")
    total: int = Field(description="How many items match the filter in all.", examples=[8])
    next_cursor: str | None = Field(
        description="Pass as `cursor` to get the next page; null on the last page.",
        examples=[None],
    )


class PageBody(TypedDict, Generic[T]):
    """The JSON of a :class:`Page`, built from typed rows and serialised once."""

    items: list[T]
    total: int
    next_cursor: str | None


class SearchablePageBody(PageBody[T], Generic[T]):
    """The JSON of ``app.search.totals.SearchablePage``."""

    total_exact: bool


def _sign(secret: str, payload: bytes) -> bytes:
    return hmac.new(secret.encode(), payload, hashlib.sha256).digest()[:_SIGNATURE_BYTES]


def _no_constant(name: str) -> Any:
    """``NaN``, ``Infinity`` and ``-Infinity`` are not JSON; Python's parser takes them."""
    raise ValueError(f"{name} is not JSON")


def encode_cursor(secret: str, scope: str, key: list[Any]) -> str:
    """An opaque token for the position after ``key`` in the ordering named ``scope``."""
    payload = json.dumps([scope, key], separators=(",", ":")).encode()
    token = _sign(secret, payload) + payload
    return base64.urlsafe_b64encode(token).decode().rstrip("=")


def decode_cursor(secret: str, scope: str, token: str) -> list[Any]:
    """The key inside a cursor; any malformed, tampered or foreign cursor is a 422."""
    invalid = InvalidParameter(
        "cursor is malformed or was not issued for this list and sort; "
        "use the next_cursor value of a previous page unchanged."
    )
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
    except (binascii.Error, ValueError):
        raise invalid from None
    signature, payload = raw[:_SIGNATURE_BYTES], raw[_SIGNATURE_BYTES:]
    if not hmac.compare_digest(signature, _sign(secret, payload)):
        raise invalid
    try:
        found_scope, key = json.loads(payload, parse_constant=_no_constant)
    except (ValueError, TypeError, RecursionError):
        raise invalid from None
    if found_scope != scope or not isinstance(key, list):
        raise invalid
    return key


def next_link(request: Request, next_cursor: str | None) -> dict[str, str]:
    """The ``Link: <...>; rel="next"`` header of a page, or none on the last page."""
    if next_cursor is None:
        return {}
    url = request.url.include_query_params(cursor=next_cursor)
    return {"Link": f'<{url}>; rel="next"'}

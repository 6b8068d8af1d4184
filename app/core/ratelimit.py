"""The write rate limit: a token bucket per API key, held in this process.

Each key may make ``write_rate_limit`` writes a minute (a per-key override in
``write_rate_limits``), in bursts of up to that many. Over it, 429 with ``Retry-After``.
Every answer to a counted write carries ``RateLimit-Limit``, ``RateLimit-Remaining`` and
``RateLimit-Reset`` (the IETF RateLimit header fields draft), set by
``app.core.ratelimit_headers`` from what ``enforce_write_rate_limit`` leaves on the
request.

The buckets live in the worker's memory: with N workers (``serve --workers N``) or N
replicas a key can make up to N times the limit. To share one limit, divide it by the
worker count, or put the limit in front of the service (a proxy, or a shared store).
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from fastapi import Request

from app.core.errors import TooManyRequests

RATE_LIMIT_STATE = "rate_limit_headers"


@dataclass
class _Bucket:
    tokens: float
    updated: float


@dataclass(frozen=True)
class Allowance:
    """One write counted against a key: refused when ``retry_after`` is not None."""

    limit: int
    remaining: int
    reset: int
    retry_after: float | None

    def headers(self) -> dict[str, str]:
        return {
            "RateLimit-Limit": str(self.limit),
            "RateLimit-Remaining": str(self.remaining),
            "RateLimit-Reset": str(self.reset),
        }


class RateLimiter:
    """Token buckets by key name; thread-safe (sync routes run in a thread pool)."""

    def __init__(
        self,
        per_minute: int,
        overrides: Mapping[str, int] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.per_minute = per_minute
        self.overrides = dict(overrides or {})
        self.clock = clock
        self._buckets: dict[str, _Bucket] = {}
        self._lock = threading.Lock()

    def limit_for(self, key: str) -> int:
        return self.overrides.get(key, self.per_minute)

    def acquire(self, key: str) -> float | None:
        """Take one token for ``key``: None if allowed, else seconds until one is free."""
        allowance = self.take(key)
        return None if allowance is None else allowance.retry_after

    def take(self, key: str) -> Allowance | None:
        """Take one token for ``key``; None when the limit is off."""
        limit = self.limit_for(key)
        if limit <= 0:
            return None
        rate = limit / 60.0
        now = self.clock()
        with self._lock:
            bucket = self._buckets.get(key)
            if bucket is None:
                bucket = self._buckets[key] = _Bucket(tokens=float(limit), updated=now)
            bucket.tokens = min(float(limit), bucket.tokens + (now - bucket.updated) * rate)
            bucket.updated = now
            retry_after = None
            if bucket.tokens >= 1.0:
                bucket.tokens -= 1.0
            else:
                retry_after = (1.0 - bucket.tokens) / rate
            tokens = bucket.tokens
        return Allowance(
            limit=limit,
            remaining=int(tokens),
            reset=math.ceil((limit - tokens) / rate),
            retry_after=retry_after,
        )


def enforce_write_rate_limit(request: Request, key_name: str) -> None:
    """Count one write for ``key_name``; 429 problem+json with Retry-After when over."""
    limiter: RateLimiter | None = getattr(request.app.state, "rate_limiter", None)
    if limiter is None:
        return
    allowance = limiter.take(key_name)
    if allowance is None:
        return
    setattr(request.state, RATE_LIMIT_STATE, allowance.headers())
    if allowance.retry_after is not None:
        seconds = max(1, math.ceil(allowance.retry_after))
        raise TooManyRequests(
            f"Over the write rate limit of {limiter.limit_for(key_name)} requests a minute "
            f"for this key; retry in {seconds} s.",
            headers={"Retry-After": str(seconds)},
        )

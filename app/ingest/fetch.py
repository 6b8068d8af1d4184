"""Fetching web pages for ``commentariat ingest URL...``, bounded in time, size and redirects.

A fetched page is saved as a ``.html`` file with a ``.meta.yaml`` sidecar naming the URL it
came from, so it takes the same road as a page on disk: read, extracted, parsed and stored
by :mod:`app.ingest.batch`. A page that cannot be fetched fails alone, with a one-line
reason.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import yaml

from app.core.config import Settings
from app.ingest.sources import SIDECAR_SUFFIX

USER_AGENT = "commentariat-ingest/0.1"
_HTML_TYPES = ("text/html", "application/xhtml+xml")


class FetchError(Exception):
    """A page that could not be fetched; the message is the reason, in one line."""


@dataclass(frozen=True)
class FetchLimits:
    """Seconds for one page (redirects included), its largest size, redirects followed."""

    timeout_seconds: float
    max_bytes: int
    max_redirects: int

    @classmethod
    def from_settings(cls, settings: Settings) -> FetchLimits:
        return cls(
            timeout_seconds=settings.fetch_timeout_seconds,
            max_bytes=settings.fetch_max_bytes,
            max_redirects=settings.fetch_max_redirects,
        )


@dataclass(frozen=True)
class FetchedPage:
    url: str  # where the page was found, after any redirects
    content: str | bytes  # text when the server named its charset, else bytes to sniff


@dataclass(frozen=True)
class FetchOutcome:
    url: str
    path: Path | None = None
    error: str | None = None


def is_url(argument: str) -> bool:
    parts = urlsplit(argument)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def open_client(limits: FetchLimits) -> httpx.Client:
    return httpx.Client(
        follow_redirects=True,
        max_redirects=limits.max_redirects,
        timeout=httpx.Timeout(limits.timeout_seconds),
        headers={"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml"},
    )


def fetch_page(client: httpx.Client, url: str, limits: FetchLimits) -> FetchedPage:
    """The page at ``url``, or :class:`FetchError` saying why not.

    Each network wait is bounded by the timeout and so is the whole download: a server
    that sends a byte now and then is cut off at the deadline too.
    """
    deadline = time.monotonic() + limits.timeout_seconds
    too_large = f"larger than {limits.max_bytes} bytes (fetch_max_bytes)"
    try:
        with client.stream("GET", url) as response:
            if response.status_code >= 400:
                raise FetchError(f"HTTP {response.status_code} {response.reason_phrase}".strip())
            media_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
            if media_type and media_type not in _HTML_TYPES:
                raise FetchError(f"not a web page (Content-Type: {media_type})")
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > limits.max_bytes:
                raise FetchError(too_large)
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > limits.max_bytes:
                    raise FetchError(too_large)
                if time.monotonic() > deadline:
                    raise httpx.ReadTimeout("deadline passed", request=response.request)
                chunks.append(chunk)
            content = b"".join(chunks)
            charset = response.charset_encoding
            return FetchedPage(url=str(response.url), content=_decoded(content, charset))
    except httpx.TooManyRedirects:
        raise FetchError(
            f"more than {limits.max_redirects} redirects (fetch_max_redirects)"
        ) from None
    except httpx.TimeoutException:
        raise FetchError(
            f"no complete answer within {limits.timeout_seconds:g} s (fetch_timeout_seconds)"
        ) from None
    except httpx.HTTPError as exc:
        raise FetchError(f"could not fetch: {_first_line(exc)}") from None


def _decoded(content: bytes, charset: str | None) -> str | bytes:
    if charset is None:
        return content  # the page's own <meta charset>, or a guess, decides
    try:
        return content.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return content


def _first_line(exc: Exception) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def fetch_to_folder(urls: Iterable[str], folder: Path, limits: FetchLimits) -> list[FetchOutcome]:
    """Fetch each URL in turn into ``folder`` as ``NNNN.html`` with a sidecar naming where
    it was found; one outcome per URL, in order."""
    outcomes: list[FetchOutcome] = []
    pending = list(urls)
    if not pending:
        return outcomes
    with open_client(limits) as client:
        for number, url in enumerate(pending, start=1):
            try:
                page = fetch_page(client, url, limits)
            except FetchError as exc:
                outcomes.append(FetchOutcome(url=url, error=str(exc)))
                continue
            path = folder / f"{number:04d}.html"
            content = page.content
            path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
            sidecar = folder / f"{number:04d}{SIDECAR_SUFFIX}"
            sidecar.write_text(yaml.safe_dump({"url": page.url}), encoding="utf-8")
            outcomes.append(FetchOutcome(url=url, path=path))
    return outcomes

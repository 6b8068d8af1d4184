"""Answer only for configured host names; anything else is a 400 problem document.

The ``Host`` header is parsed as RFC 9110 defines it, ``host [":" port]``, before any
comparison: a registered name (dot-separated labels of letters, digits, ``-`` and ``_``),
an IPv4 address, or an IPv6 literal in brackets, then an optional port of digits. A value
that is not one (``evil.com#.example.org``, ``a@b``, ``x/y``, a space) is a 400 even when
every host is trusted, because the header also builds the absolute URLs of ``Link``. Then
``*.example.org`` matches a name that ends in ``.example.org`` label by label.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Scope

from app.core.errors import problem_response

_LABEL = r"[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?"
_HOST = re.compile(
    rf"(?P<name>\[[0-9a-f:.]+\]|{_LABEL}(?:\.{_LABEL})*\.?)(?::(?P<port>[0-9]{{1,5}}))?"
)
_MAX_NAME_LENGTH = 253


def parse_host(header: str) -> str | None:
    """The host name of a ``Host`` header value, lower-cased and without the port or a
    trailing dot; None when the value is not a host."""
    if len(header) > _MAX_NAME_LENGTH + 7:  # ":" and five digits, and a trailing dot
        return None
    found = _HOST.fullmatch(header.lower())
    if found is None:
        return None
    name = found["name"].removesuffix(".")
    if len(name) > _MAX_NAME_LENGTH or (found["port"] and int(found["port"]) > 65535):
        return None
    return name


def host_allowed(host: str, patterns: Sequence[str]) -> bool:
    for pattern in patterns:
        if pattern == "*" or host == pattern:
            return True
        if pattern.startswith("*.") and host.endswith(pattern[1:]):
            return True
    return False


class TrustedHosts:
    """The check, for the edge layer (``edge.py``)."""

    def __init__(self, allowed_hosts: Sequence[str]) -> None:
        self.allowed_hosts = [h.lower() for h in allowed_hosts]
        self.allow_any = "*" in self.allowed_hosts

    def refusal(self, scope: Scope, headers: Headers) -> Response | None:
        """None when the request's ``Host`` is served, else the 400 to answer."""
        header = headers.get("host")
        if header is None:
            allowed = self.allow_any  # HTTP/1.0 may send none
        else:
            name = parse_host(header)
            allowed = name is not None and host_allowed(name, self.allowed_hosts)
        if allowed:
            return None
        return problem_response(
            Request(scope), 400, "The Host header names a host this service does not serve."
        )

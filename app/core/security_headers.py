"""Security headers on every response, and a Content-Security-Policy per kind of answer.

JSON answers get a policy that allows nothing at all. The HTML pages (Swagger UI and
ReDoc) load their scripts from /static and run one inline script each; that script is
allowed by its SHA-256 hash, computed from the page actually sent, so no
``'unsafe-inline'`` is needed for scripts and a changed page never silently breaks.
"""

from __future__ import annotations

import base64
import hashlib
import re

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
_PAGE_POLICY = (
    "default-src 'none'; script-src 'self' {hashes}; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
    "worker-src 'self' blob:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
)
_INLINE_SCRIPT = re.compile(rb"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", re.DOTALL | re.I)
_ALWAYS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
}
# The same, as raw ASGI header pairs: every answer passes here, so no header objects.
_RAW_ALWAYS = [(name.lower().encode(), value.encode()) for name, value in _ALWAYS.items()]
_RAW_API_POLICY = (b"content-security-policy", API_POLICY.encode())


def page_policy(html: bytes) -> str:
    """The policy for one HTML page: its own inline scripts, by hash, and nothing else."""
    hashes = [
        "'sha256-" + base64.b64encode(hashlib.sha256(script).digest()).decode() + "'"
        for script in _INLINE_SCRIPT.findall(html)
    ]
    return _PAGE_POLICY.format(hashes=" ".join(hashes)).replace("  ", " ")


class SecurityHeadersMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        held_start: Message | None = None
        html_parts: list[bytes] = []

        async def send_with_headers(message: Message) -> None:
            nonlocal held_start
            if message["type"] == "http.response.start":
                raw = message["headers"] = list(message.get("headers", []))
                present = {name.lower(): value for name, value in raw}
                raw += [pair for pair in _RAW_ALWAYS if pair[0] not in present]
                if present.get(b"content-type", b"").startswith(b"text/html"):
                    held_start = message  # The policy depends on the page's body.
                    return
                if _RAW_API_POLICY[0] not in present:
                    raw.append(_RAW_API_POLICY)
            elif message["type"] == "http.response.body" and held_start is not None:
                html_parts.append(message.get("body", b""))
                if message.get("more_body", False):
                    return
                html = b"".join(html_parts)
                MutableHeaders(scope=held_start)["Content-Security-Policy"] = page_policy(html)
                await send(held_start)
                held_start = None
                await send({"type": "http.response.body", "body": html, "more_body": False})
                return
            await send(message)

        await self.app(scope, receive, send_with_headers)

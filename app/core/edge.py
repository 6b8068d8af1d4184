"""The outer edge of every request, in one ASGI layer (it was five):

1. HEAD, answered as the GET without its body, so every layer below sees a GET
   (``head.py``);
2. security headers on every answer, the refusals below and the 500 included
   (``security_headers.py``);
3. the request id, the access log line, and the last-resort generic 500 or database 503
   (``request_id.py``);
4. trusted hosts: 400 for a ``Host`` this service does not serve (``trusted_hosts.py``);
5. CORS: preflights answered, 403 for writes from origins not configured, the
   ``Access-Control-*`` headers of the answers (``cors.py``).

The order is the one the separate layers had, outermost first: a refusal of 4 or 5 still
carries the request id and the security headers, and is still logged; CORS headers go on
the answers of the layers inside only. One layer means one ``send`` wrapper and one
coroutine frame per request instead of five of each; the per-message work is the same.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.core.access_log import log_access
from app.core.cors import CorsPolicy
from app.core.head import HEAD_FLAG
from app.core.request_id import REQUEST_ID_HEADER, failure_response, incoming_or_new_id
from app.core.security_headers import RAW_ALWAYS, RAW_API_POLICY, page_policy
from app.core.trusted_hosts import TrustedHosts

_START = "http.response.start"
_BODY = "http.response.body"


class EdgeMiddleware:
    def __init__(
        self, app: ASGIApp, allowed_hosts: Sequence[str], write_origins: Sequence[str]
    ) -> None:
        self.app = app
        self.hosts = TrustedHosts(allowed_hosts)
        self.cors = CorsPolicy(write_origins)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        head = scope["method"] == "HEAD"
        if head:
            scope = {**scope, "method": "GET", HEAD_FLAG: True}
        headers = Headers(scope=scope)
        request_id = incoming_or_new_id(headers)
        # Request.state reads scope["state"]; handlers put the id into problem documents.
        scope["state"] = {**scope.get("state", {}), "request_id": request_id}
        started = time.perf_counter()
        status = 500
        response_started = False
        sent_bytes = 0
        held_start: Message | None = None  # an HTML page's start, until its body is known
        html_parts: list[bytes] = []
        head_finished = False

        async def send_out(message: Message) -> None:
            """HEAD: the GET's answer without its body."""
            nonlocal head_finished
            if head and message["type"] == _BODY:
                if head_finished or message.get("more_body", False):
                    return
                head_finished = True
                message = {"type": _BODY, "body": b"", "more_body": False}
            await send(message)

        async def send_edge(message: Message) -> None:
            nonlocal status, response_started, sent_bytes, held_start
            kind = message["type"]
            if kind == _START:
                response_started = True
                status = message["status"]
                raw = message["headers"] = [
                    pair
                    for pair in message.get("headers", [])
                    if pair[0].lower() != b"x-request-id"
                ]
                raw.append((b"x-request-id", request_id.encode("latin-1")))
                present = {name.lower(): value for name, value in raw}
                raw += [pair for pair in RAW_ALWAYS if pair[0] not in present]
                if present.get(b"content-type", b"").startswith(b"text/html"):
                    held_start = message  # The policy depends on the page's body.
                    return
                if RAW_API_POLICY[0] not in present:
                    raw.append(RAW_API_POLICY)
            elif kind == _BODY:
                sent_bytes += len(message.get("body", b""))
                if held_start is not None:
                    html_parts.append(message.get("body", b""))
                    if message.get("more_body", False):
                        return
                    html = b"".join(html_parts)
                    policy = page_policy(html)
                    MutableHeaders(scope=held_start)["Content-Security-Policy"] = policy
                    start, held_start = held_start, None
                    await send_out(start)
                    await send_out({"type": _BODY, "body": html, "more_body": False})
                    return
            await send_out(message)

        try:
            refusal = self.hosts.refusal(scope, headers)
            if refusal is not None:
                await refusal(scope, receive, send_edge)
            else:
                await self.cors(self.app, scope, receive, send_edge, headers)
        except Exception as exc:
            if response_started:
                failure_response(scope, exc, request_id, response_started)
                raise  # Too late for a clean answer; the server drops the connection.
            response = failure_response(scope, exc, request_id, response_started)
            await response(scope, receive, send_edge)
        finally:
            client = scope.get("client")
            log_access(
                request_id=request_id,
                method="HEAD" if head else scope["method"],
                path=scope["path"],
                status=status,
                duration_ms=(time.perf_counter() - started) * 1000,
                client=client[0] if client else None,
                response_bytes=0 if head else sent_bytes,
            )


__all__ = ["REQUEST_ID_HEADER", "EdgeMiddleware"]

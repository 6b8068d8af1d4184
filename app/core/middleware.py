"""The middleware stack, outermost first:

1-5. the edge (``edge.py``), one layer: HEAD, answered as the GET without its body, so
   every layer below sees a GET; security headers, on every answer including the
   refusals below and the 500; request id and access log, and the last-resort generic 500
   (so even that has an id); trusted hosts (400); CORS (preflights; 403 for writes from
   origins not configured);
6. credentials in the URL (401, before anything can echo or cache them);
7. content negotiation: ``Accept: text/csv`` on a list is handed to its export operation
   (``app/core/negotiation.py``), so the cache below keys that variant by its own URL;
8. the HTTP cache (ETag, 304, whole answers in memory): a hit has passed every check above,
   which can change with the request's host or origin, and skips the two below, whose
   verdict on the same path and query string was already a 200;
9. body limit (413);
10. input guard (422 for NUL, lone surrogates, invalid UTF-8, a long ``q``, deep JSON);
11. empty query values (422), JSON bodies (415, 400), and the RateLimit-* headers of writes.

Compression (gzip) sits between CORS and the credentials check, above the cache: cached
answers are kept identity.

All are plain ASGI middleware, so bodies stream through them unbuffered (the input
guard reads JSON bodies, which the body limit has already bounded).
"""

from __future__ import annotations

from fastapi import FastAPI

from app.core.access_log import configure_logging
from app.core.body_limit import BodyLimitMiddleware
from app.core.caching import HttpCacheMiddleware
from app.core.compression import CompressionMiddleware
from app.core.config import Settings
from app.core.edge import EdgeMiddleware
from app.core.empty_values import EmptyValueMiddleware
from app.core.input_guard import InputGuardMiddleware
from app.core.json_body import JsonBodyMiddleware
from app.core.negotiation import NegotiationMiddleware
from app.core.openapi import document_middleware
from app.core.ratelimit import RateLimiter
from app.core.ratelimit_headers import RateLimitHeadersMiddleware
from app.core.url_credentials import UrlCredentialsMiddleware


def install_middleware(app: FastAPI, settings: Settings) -> None:
    configure_logging()
    document_middleware(app)
    app.state.rate_limiter = RateLimiter(settings.write_rate_limit, settings.write_rate_limits)
    # add_middleware wraps what is there, so the innermost comes first.
    app.add_middleware(RateLimitHeadersMiddleware)
    app.add_middleware(JsonBodyMiddleware)
    app.add_middleware(EmptyValueMiddleware)
    app.add_middleware(InputGuardMiddleware)
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    app.add_middleware(HttpCacheMiddleware, settings=settings)
    app.add_middleware(NegotiationMiddleware)
    app.add_middleware(UrlCredentialsMiddleware)
    app.add_middleware(CompressionMiddleware)
    app.add_middleware(
        EdgeMiddleware,
        allowed_hosts=settings.trusted_hosts,
        write_origins=settings.cors_origins,
    )

"""HEAD is GET without the body (RFC 9110, section 9.3.2), on every GET route.

FastAPI routes declare GET only, so a HEAD would be a 405. The edge layer (``edge.py``),
the outermost, hands the whole stack a GET, so every header (status, Content-Type,
Content-Length, ETag, Link, CORS, the docs pages' script hashes) is the GET's own, and
sends none of the body. It marks the scope (``HEAD_FLAG``) so the access log records HEAD.
"""

from __future__ import annotations

HEAD_FLAG = "commentariat.head"

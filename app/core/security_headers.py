"""Security headers on every response, and a Content-Security-Policy per kind of answer
(applied by the edge layer, ``edge.py``).

JSON answers get a policy that allows nothing at all. The HTML pages (Swagger UI and
ReDoc) load their scripts from /static and run one inline script each; that script is
allowed by its SHA-256 hash, computed from the page actually sent, so no
``'unsafe-inline'`` is needed for scripts and a changed page never silently breaks.
"""

from __future__ import annotations

import base64
import hashlib
import re

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
RAW_ALWAYS = [(name.lower().encode(), value.encode()) for name, value in _ALWAYS.items()]
RAW_API_POLICY = (b"content-security-policy", API_POLICY.encode())


def page_policy(html: bytes) -> str:
    """The policy for one HTML page: its own inline scripts, by hash, and nothing else."""
    hashes = [
        "'sha256-" + base64.b64encode(hashlib.sha256(script).digest()).decode() + "'"
        for script in _INLINE_SCRIPT.findall(html)
    ]
    return _PAGE_POLICY.format(hashes=" ".join(hashes)).replace("  ", " ")

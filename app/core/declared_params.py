"""The query parameters each operation declares, read from the OpenAPI document.

The input guard refuses any other query parameter with a 422 naming it, as unknown JSON
fields are refused: a misspelt filter (``limt=5``, ``topics=x``) would otherwise be
ignored and silently widen the answer. Names that look like credentials never get this
far: ``app/core/url_credentials.py`` refuses a key in the URL with a 401 that says why.
"""

from __future__ import annotations

import re
from typing import Any

from starlette.types import Scope

CREDENTIAL_PARAMS = frozenset(
    {"key", "api_key", "apikey", "access_token", "token", "authorization"}
)
# Compared after lower-casing and dropping "-", "_" and ".": api_key, API-Key, x.api.key.
_CREDENTIAL_NAMES = frozenset(
    {
        "key",
        "apikey",
        "xapikey",
        "apitoken",
        "accesstoken",
        "authtoken",
        "bearer",
        "token",
        "authorization",
    }
)
_SEPARATORS = str.maketrans("", "", "-_.")


def looks_like_credential(name: str) -> bool:
    """True for a query parameter name under which clients send API keys."""
    return name.lower().translate(_SEPARATORS) in _CREDENTIAL_NAMES


_TEMPLATE_PARAM = re.compile(r"\\\{[^/]+?\\\}")


class DeclaredParams:
    """``names(scope)``: the declared query names of the matched operation, or None when
    the path is not an operation (static files, docs)."""

    def __init__(self) -> None:
        self._routes: list[tuple[int, re.Pattern[str], dict[str, frozenset[str]]]] | None = None

    def _build(self, document: dict[str, Any]) -> None:
        routes = []
        for template, operations in document.get("paths", {}).items():
            pattern = re.compile(_TEMPLATE_PARAM.sub("[^/]+", re.escape(template)))
            by_method = {
                method.upper(): frozenset(
                    p["name"] for p in operation.get("parameters", []) if p.get("in") == "query"
                )
                for method, operation in operations.items()
                if isinstance(operation, dict)
            }
            routes.append((template.count("{"), pattern, by_method))
        self._routes = sorted(routes, key=lambda route: route[0])  # literal paths first

    def names(self, scope: Scope) -> frozenset[str] | None:
        if self._routes is None:
            self._build(scope["app"].openapi())
        assert self._routes is not None
        for _params, pattern, by_method in self._routes:
            if pattern.fullmatch(scope["path"]):
                declared = by_method.get(scope["method"])
                if declared is not None:
                    return declared
        return None

"""Find the documented operation a request is for, from the OpenAPI document."""

from __future__ import annotations

import re
from typing import Any

from starlette.types import Scope

_TEMPLATE_PARAM = re.compile(r"\\\{[^/]+?\\\}")


class OperationIndex:
    """``find(scope)``: the operation object for the request's method and path, or None.

    Built on first use from ``app.openapi()``; a literal path beats a template
    (``/v1/articles/preview`` before ``/v1/articles/{slug}``).
    """

    def __init__(self) -> None:
        self._routes: list[tuple[re.Pattern[str], dict[str, dict[str, Any]]]] | None = None

    def _build(self, document: dict[str, Any]) -> None:
        routes = []
        for template, operations in document.get("paths", {}).items():
            pattern = re.compile(_TEMPLATE_PARAM.sub("[^/]+", re.escape(template)))
            by_method = {
                method.upper(): operation
                for method, operation in operations.items()
                if isinstance(operation, dict)
            }
            routes.append((template.count("{"), pattern, by_method))
        routes.sort(key=lambda route: route[0])
        self._routes = [(pattern, by_method) for _, pattern, by_method in routes]

    def find(self, scope: Scope) -> dict[str, Any] | None:
        if self._routes is None:
            self._build(scope["app"].openapi())
        assert self._routes is not None
        for pattern, by_method in self._routes:
            if pattern.fullmatch(scope["path"]):
                return by_method.get(scope["method"])
        return None

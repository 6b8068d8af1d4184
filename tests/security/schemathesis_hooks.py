"""Schemathesis hooks for the fuzz runs (``SCHEMATHESIS_HOOKS=tests.security.schemathesis_hooks``).

A cursor is valid only as issued: no JSON Schema can describe the set of valid cursors,
so a generated one is refused with 422, rightly. For schema-valid cases this hook swaps
the generated cursor for a real ``next_cursor`` of the same query (or drops it when the
query has one page only). Negative cases keep whatever was generated, so malformed and
oversized cursors are still sent and must still be refused.
"""

from __future__ import annotations

from typing import Any

import requests
import schemathesis
from schemathesis.core.parameters import ParameterLocation


def _query_is_positive(case: Any) -> bool:
    meta = case.meta
    if meta is None:
        return True
    component = meta.components.get(ParameterLocation.QUERY)
    return component is None or component.mode.is_positive


@schemathesis.hook
def before_call(ctx: Any, case: Any, kwargs: dict[str, Any]) -> None:
    query = case.query
    if not query or "cursor" not in query or not _query_is_positive(case):
        return
    params = {k: v for k, v in query.items() if k not in ("cursor", "limit")}
    url = case.operation.schema.get_base_url() + case.formatted_path
    try:
        page = requests.get(url, params={**params, "limit": 1}, timeout=30)
        issued = page.json().get("next_cursor") if page.status_code == 200 else None
    except (requests.RequestException, ValueError, AttributeError):
        issued = None
    if issued is None:
        del query["cursor"]
    else:
        query["cursor"] = issued

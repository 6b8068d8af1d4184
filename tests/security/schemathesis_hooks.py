"""Schemathesis hooks for the fuzz runs (``SCHEMATHESIS_HOOKS=tests.security.schemathesis_hooks``).

Three rules of the API cannot be written in JSON Schema, so a schema-valid request may
still break them and be refused with 422, rightly. For schema-valid cases only, this
hook brings the request within them; negative cases are sent as generated and must
still be refused. Each rule has its own explicit test of the 422.

- A cursor is valid only as issued. The generated one is swapped for a real
  ``next_cursor`` of the same query, or dropped when the query has one page only
  (``tests/security/test_bad_input.py::test_malformed_tampered_or_foreign_cursors_are_422``).
- ``q`` is a small query language (``app/search/query.py``). A generated ``q`` that does
  not parse is dropped (``tests/search/``, ``tests/*/test_query.py``).
- ``sort=relevance`` needs ``q`` (an inter-parameter dependency, which OpenAPI 3.1 cannot
  state). Without ``q`` the sort is dropped (``tests/search/test_statement_search.py``).
- ``html`` must be a web page with article text, and a date unless ``published_on`` is
  sent. A generated ``html`` is swapped for such a page
  (``tests/articles/test_write_html.py``).

One more edit changes nothing on the wire: every generated query is rewritten as the
text actually sent, so that validity is judged on what the server receives. Schemathesis
would otherwise judge ``topic=false`` (boolean false, sent as the text "false") invalid,
though the server receives the valid array ``["false"]``.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl, urlsplit

import requests
import schemathesis
from schemathesis.core.parameters import ParameterLocation
from schemathesis.transport.requests import prepare_query

from app.core.errors import InvalidParameter
from app.search.query import parse_query


def _is_positive(case: Any, location: ParameterLocation) -> bool:
    meta = case.meta
    if meta is None:
        return True
    component = meta.components.get(location)
    return component is None or component.mode.is_positive


def _query_is_positive(case: Any) -> bool:
    return _is_positive(case, ParameterLocation.QUERY)


_PAGE = (
    '<html lang="en"><head><title>Rates</title>'
    '<meta property="article:published_time" content="2024-05-14"></head><body><article>'
    "<p>“Inflation is not going away on its own,” said Jane Doe, an economist at Example "
    "Bank.</p></article></body></html>"
)


def _parses(q: Any) -> bool:
    try:
        if isinstance(q, str):  # a blank q (spaces, U+0085) does not parse either
            parse_query(q)
    except InvalidParameter:
        return False
    return True


def _is_array(schema: Any) -> bool:
    branches = [schema, *schema.get("anyOf", [])] if isinstance(schema, dict) else []
    return any(isinstance(b, dict) and b.get("type") == "array" for b in branches)


def _query_as_sent(case: Any, query: dict[str, Any]) -> None:
    """Rewrite the generated query as the text that goes on the wire, which is what the
    server reads: ``false`` for an array parameter is sent as ``topic=false``, the array
    ``["false"]``; ``{}`` is sent as an empty string; ``["true"]`` for a scalar is ``true``.
    The bytes sent do not change; only their reading does."""
    prepared = requests.PreparedRequest()
    prepared.prepare_url("http://wire.invalid/", prepare_query(case))
    sent = parse_qsl(urlsplit(prepared.url).query, keep_blank_values=True)
    arrays = {p.name for p in case.operation.query if _is_array(p.validation_schema)}
    for name in {*query, *(p.name for p in case.operation.query)}:
        values = [value for key, value in sent if key == name]
        if not values:
            query.pop(name, None)  # e.g. None or [] for an undeclared key: nothing is sent
        elif name in arrays:
            query[name] = values
        else:
            query[name] = values[-1]  # the server reads the last of repeated keys


@schemathesis.hook
def before_call(ctx: Any, case: Any, kwargs: dict[str, Any]) -> None:
    body = case.body
    if isinstance(body, dict) and "html" in body and _is_positive(case, ParameterLocation.BODY):
        body["html"] = _PAGE
    query = case.query
    if not query:
        return
    _query_as_sent(case, query)
    if not _query_is_positive(case):  # case.meta re-judges the edited query
        return
    if "q" in query and not _parses(query["q"]):
        del query["q"]
    if query.get("sort") == "relevance" and not str(query.get("q") or "").strip():
        del query["sort"]
    if "cursor" not in query:
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

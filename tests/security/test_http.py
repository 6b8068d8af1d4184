"""Request ids, access logs, security headers, CSP, trusted hosts, CORS, 405 and 500."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from app.core.access_log import ACCESS_LOGGER, JsonFormatter
from app.core.config import Settings
from app.main import create_app
from tests.conftest import Store

ALLOWED_ORIGIN = "https://newsroom.example"


def _client(store: Store, **overrides: object) -> TestClient:
    settings = Settings(database_url=store.settings.database_url, **overrides)  # type: ignore[arg-type]
    return TestClient(create_app(settings), raise_server_exceptions=False)


class _Lines(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.setFormatter(JsonFormatter())
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


@pytest.fixture
def log_lines() -> Iterator[list[str]]:
    handler = _Lines()
    loggers = [logging.getLogger(ACCESS_LOGGER), logging.getLogger("commentariat.errors")]
    for logger in loggers:
        logger.addHandler(handler)
    try:
        yield handler.lines
    finally:
        for logger in loggers:
            logger.removeHandler(handler)


# Request ids and access logs


def test_every_response_carries_a_new_request_id(client: TestClient) -> None:
    first, second = client.get("/health"), client.get("/v1/nothing-here")
    assert re.fullmatch(r"[0-9a-f]{32}", first.headers["x-request-id"])
    assert first.headers["x-request-id"] != second.headers["x-request-id"]
    assert second.json()["request_id"] == second.headers["x-request-id"]


def test_a_sane_incoming_request_id_is_kept(client: TestClient) -> None:
    response = client.get("/health", headers={"X-Request-ID": "edge-7f3a.42:1"})
    assert response.headers["x-request-id"] == "edge-7f3a.42:1"


@pytest.mark.parametrize(
    "incoming", ["", "x" * 129, "has space", "new\\nline", "<script>", "ünïcode", "-leading-dash"]
)
def test_an_insane_incoming_request_id_is_replaced(client: TestClient, incoming: str) -> None:
    response = client.get("/health", headers={"X-Request-ID": incoming.encode()})
    assert re.fullmatch(r"[0-9a-f]{32}", response.headers["x-request-id"])


def test_access_log_is_one_json_line_per_request_with_its_id(
    client: TestClient, log_lines: list[str]
) -> None:
    response = client.get("/v1/topics?api_key=secret-in-url", headers={"X-Request-ID": "abc123"})
    entries = [json.loads(line) for line in log_lines]
    access = [e for e in entries if e["logger"] == ACCESS_LOGGER]
    assert len(access) == 1
    entry = access[0]
    assert entry["request_id"] == "abc123" == response.headers["x-request-id"]
    assert entry["method"] == "GET"
    assert entry["path"] == "/v1/topics"
    assert entry["status"] == 401  # a key in the URL is refused (issue 14, D11)
    assert entry["duration_ms"] >= 0
    assert "secret-in-url" not in log_lines[0], "query strings are never logged"


# A generic 500


def test_unexpected_error_is_a_generic_500_with_the_id_and_the_traceback_only_in_the_log(
    seeded_store: Store, log_lines: list[str]
) -> None:
    client = _client(seeded_store)

    @client.app.get("/boom")  # type: ignore[attr-defined]
    def boom() -> None:
        raise RuntimeError("secret internal detail")

    response = client.get("/boom", headers={"X-Request-ID": "trace-me"})
    assert response.status_code == 500
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["request_id"] == "trace-me" == response.headers["x-request-id"]
    assert body["status"] == 500
    assert "secret internal detail" not in response.text
    assert "Traceback" not in response.text
    errors = [json.loads(line) for line in log_lines if '"commentariat.errors"' in line]
    assert errors
    assert errors[0]["request_id"] == "trace-me"
    assert "secret internal detail" in errors[0]["exc"]
    assert response.headers["x-content-type-options"] == "nosniff"


# Security headers and CSP


@pytest.mark.parametrize(
    "path", ["/health", "/v1/topics", "/v1/nothing", "/openapi.json", "/docs", "/redoc"]
)
def test_nosniff_and_a_csp_on_every_response(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]


def test_json_answers_get_a_policy_that_allows_nothing(client: TestClient) -> None:
    policy = client.get("/v1/topics").headers["content-security-policy"]
    assert policy.startswith("default-src 'none'")
    assert "script-src" not in policy


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
def test_docs_policy_allows_own_scripts_and_hashes_but_no_inline_or_remote_code(
    client: TestClient, page: str
) -> None:
    response = client.get(page)
    policy = response.headers["content-security-policy"]
    directives = dict(d.strip().split(" ", 1) for d in policy.split(";"))
    script_src = directives["script-src"].split()
    assert "'self'" in script_src
    assert "'unsafe-inline'" not in script_src
    assert "'unsafe-eval'" not in script_src
    assert all(s == "'self'" or s.startswith("'sha256-") for s in script_src)
    assert directives["connect-src"] == "'self'"
    inline_scripts = re.findall(r"<script>(.*?)</script>", response.text, re.S)
    assert len([s for s in script_src if s.startswith("'sha256-")]) == len(inline_scripts)


# Trusted hosts


def test_untrusted_host_is_a_400_problem(seeded_store: Store) -> None:
    client = _client(seeded_store, trusted_hosts=["api.example.org", "*.example.net"])
    for host, status in [
        ("api.example.org", 200),
        ("api.example.org:8443", 200),
        ("eu.example.net", 200),
        ("evil.example", 400),
        ("example.org", 400),
    ]:
        response = client.get("/health", headers={"Host": host})
        assert response.status_code == status, host
        if status == 400:
            assert response.headers["content-type"] == "application/problem+json"
            assert response.headers["x-request-id"]


def test_any_host_by_default(client: TestClient) -> None:
    assert client.get("/health", headers={"Host": "whatever.example"}).status_code == 200


# CORS


@pytest.fixture
def cors_client(seeded_store: Store) -> TestClient:
    return _client(seeded_store, cors_origins=[ALLOWED_ORIGIN])


def test_any_origin_may_read_without_credentials(cors_client: TestClient) -> None:
    response = cors_client.get("/v1/topics", headers={"Origin": "https://anyone.example"})
    assert response.status_code == 200
    assert response.headers["access-control-allow-origin"] == "*"
    assert "access-control-allow-credentials" not in response.headers
    assert "X-Request-ID" in response.headers["access-control-expose-headers"]


def test_read_preflight_from_any_origin(cors_client: TestClient) -> None:
    response = cors_client.options(
        "/v1/statements",
        headers={"Origin": "https://anyone.example", "Access-Control-Request-Method": "GET"},
    )
    assert response.status_code == 204
    assert response.headers["access-control-allow-origin"] == "*"
    assert "access-control-allow-credentials" not in response.headers


def test_write_preflight_only_from_configured_origins(cors_client: TestClient) -> None:
    allowed = cors_client.options(
        "/v1/articles",
        headers={
            "Origin": ALLOWED_ORIGIN,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "authorization, content-type",
        },
    )
    assert allowed.status_code == 204
    assert allowed.headers["access-control-allow-origin"] == ALLOWED_ORIGIN
    assert "POST" in allowed.headers["access-control-allow-methods"]
    assert "Authorization" in allowed.headers["access-control-allow-headers"]
    assert "access-control-allow-credentials" not in allowed.headers
    refused = cors_client.options(
        "/v1/articles",
        headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"},
    )
    assert refused.status_code == 403
    assert "access-control-allow-origin" not in refused.headers


@pytest.mark.parametrize("method", ["POST", "DELETE"])
def test_a_write_from_another_origin_is_refused_before_it_runs(
    cors_client: TestClient, method: str
) -> None:
    path = "/v1/articles" if method == "POST" else "/v1/articles/anything"
    response = cors_client.request(method, path, headers={"Origin": "https://evil.example"})
    assert response.status_code == 403
    assert response.headers["content-type"] == "application/problem+json"
    assert "access-control-allow-origin" not in response.headers


def test_a_write_from_a_configured_origin_reaches_the_route(cors_client: TestClient) -> None:
    response = cors_client.post("/v1/articles", json={}, headers={"Origin": ALLOWED_ORIGIN})
    assert response.status_code == 401  # the route's own answer: no key
    assert response.headers["access-control-allow-origin"] == ALLOWED_ORIGIN
    assert "Origin" in response.headers["vary"]


def test_writes_without_origin_are_not_affected(cors_client: TestClient) -> None:
    assert cors_client.post("/v1/articles", json={}).status_code == 401


# 405


@pytest.mark.parametrize(
    ("method", "path", "allow"),
    [
        # HEAD is served wherever GET is (issue 14, D10), so Allow lists it there.
        ("PUT", "/v1/articles", "GET, HEAD, POST"),
        ("PATCH", "/v1/articles/some-slug", "GET, HEAD, DELETE"),
        ("GET", "/v1/articles/preview", None),  # the slug route answers: 404
        ("DELETE", "/v1/articles/preview", None),
        ("PUT", "/v1/articles/preview", "POST"),
        ("HEAD", "/v1/articles/preview", None),  # a HEAD is the GET: the slug route, 404
        ("POST", "/v1/topics", "GET, HEAD"),
        ("DELETE", "/v1/statements/1", "GET, HEAD"),
        ("POST", "/health", "GET, HEAD"),
        ("OPTIONS", "/v1/experts", "GET, HEAD"),
    ],
)
def test_unsupported_method_is_405_with_allow(
    client: TestClient, method: str, path: str, allow: str | None
) -> None:
    response = client.request(method, path)
    if allow is None:
        assert response.status_code != 405
        return
    assert response.status_code == 405
    assert response.headers["allow"] == allow
    assert response.headers["content-type"] == "application/problem+json"

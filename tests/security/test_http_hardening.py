"""HEAD on every GET (D10), keys never in the URL (D11), Host parsed before it is trusted
(D13): issue 14."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.core.access_log import ACCESS_LOGGER
from app.core.config import Settings
from app.main import create_app
from tests.conftest import Store

ORIGIN = "https://reader.example"
# Headers that belong to one exchange, not to the resource.
_PER_EXCHANGE = {"date", "x-request-id"}


def _get_operations(client: TestClient) -> list[str]:
    """Every GET path of the OpenAPI document, its path parameters filled with examples."""
    urls = []
    for template, operations in client.get("/openapi.json").json()["paths"].items():
        if "get" not in operations:
            continue
        url = template
        for parameter in operations["get"].get("parameters", []):
            if parameter["in"] == "path":
                example = parameter.get("examples", parameter["schema"].get("examples", ["x"]))
                url = url.replace(f"{{{parameter['name']}}}", str(example[0]))
        urls.append(url)
    return urls


def _resource_headers(response: Any) -> dict[str, str]:
    return {k: v for k, v in response.headers.items() if k not in _PER_EXCHANGE}


# D10: HEAD


EXTRA_GETS = [
    "/v1/statements?format=csv",
    "/v1/statements?format=ndjson",
    "/v1/experts?format=csv",
    "/v1/articles?format=ndjson",
    "/v1/statements?limit=1",  # a Link header
    "/v1/experts/nobody",  # 404
    "/v1/statements?limit=0",  # 422
    "/openapi.json",
    "/docs",
    "/redoc",
]


def test_every_get_operation_answers_head(client: TestClient) -> None:
    urls = _get_operations(client)
    assert "/v1/statements" in urls
    assert "/health" in urls
    for url in urls + EXTRA_GETS:
        client.get(url)  # the first GET may stream an answer that the cache then keeps whole
        head = client.head(url)
        get = client.get(url)  # the GET a client would get instead of this HEAD
        assert head.status_code == get.status_code, url
        assert head.content == b"", url
        assert _resource_headers(head) == _resource_headers(get), url


@pytest.mark.parametrize("encoding", ["identity", "gzip"])
def test_head_of_a_large_answer_keeps_the_get_content_length(
    client: TestClient, encoding: str
) -> None:
    headers = {"Accept-Encoding": encoding}
    get = client.get("/v1/statements?limit=100", headers=headers)
    head = client.head("/v1/statements?limit=100", headers=headers)
    assert head.headers["content-length"] == get.headers["content-length"]
    assert int(head.headers["content-length"]) == get.num_bytes_downloaded > 1000
    assert head.headers.get("content-encoding") == get.headers.get("content-encoding")
    assert head.content == b""


def test_head_honours_if_none_match(client: TestClient) -> None:
    etag = client.get("/v1/topics").headers["etag"]
    head = client.head("/v1/topics", headers={"If-None-Match": etag})
    assert head.status_code == 304
    assert head.headers["etag"] == etag


def test_head_gets_the_same_cors_answer_as_get(client: TestClient) -> None:
    get = client.get("/v1/topics", headers={"Origin": ORIGIN})
    head = client.head("/v1/topics", headers={"Origin": ORIGIN})
    assert (
        head.headers["access-control-allow-origin"]
        == "*"
        == get.headers["access-control-allow-origin"]
    )
    preflight = client.options(
        "/v1/topics", headers={"Origin": ORIGIN, "Access-Control-Request-Method": "HEAD"}
    )
    assert preflight.status_code == 204
    assert "HEAD" in preflight.headers["access-control-allow-methods"]


def test_head_is_logged_as_head(client: TestClient, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level("INFO", logger=ACCESS_LOGGER):
        client.head("/v1/topics")
    lines = [r.__dict__ for r in caplog.records if r.name == ACCESS_LOGGER]
    assert [(line["method"], line["bytes"]) for line in lines] == [("HEAD", 0)]


def test_head_runs_the_get_and_never_a_write(client: TestClient) -> None:
    # /v1/articles/preview takes POST only; its HEAD is the GET of /v1/articles/{slug}
    assert client.head("/v1/articles/preview").status_code == 404
    assert client.head("/v1/articles").status_code == 200  # GET, not POST: no key needed


# D11: a key in the URL


CREDENTIAL_NAMES = [
    "api_key",
    "key",
    "token",
    "access_token",
    "API_KEY",
    "Api-Key",
    "apiKey",
    "x-api-key",
    "auth_token",
    "authorization",
    "bearer",
]
KEY = "cmt_0123456789abcdefSECRETVALUE"


def _assert_refused(response: Any, what: str) -> None:
    assert response.status_code == 401, (what, response.status_code)
    assert response.headers["content-type"] == "application/problem+json", what
    assert response.headers["www-authenticate"].startswith("Bearer"), what
    if response.request.method != "HEAD":
        assert "Authorization: Bearer" in response.json()["detail"], what
    assert "link" not in response.headers, what
    assert KEY not in response.text, what
    assert KEY not in str(response.headers), what


@pytest.mark.parametrize("name", CREDENTIAL_NAMES)
def test_a_key_in_the_query_string_is_401_on_every_get(client: TestClient, name: str) -> None:
    for url in [*_get_operations(client), "/v1/topics?limit=1", "/docs"]:
        joined = f"{url}{'&' if '?' in url else '?'}{name}={KEY}"
        _assert_refused(client.get(joined), joined)
        _assert_refused(client.head(joined), "HEAD " + joined)


def test_a_key_in_the_url_is_refused_even_with_a_valid_header(
    write_client: TestClient, auth: dict[str, str], api_key: str
) -> None:
    response = write_client.get(f"/v1/topics?limit=1&api_key={api_key}", headers=auth)
    assert response.status_code == 401
    assert api_key not in response.text
    assert api_key not in str(response.headers)


def test_percent_encoded_and_empty_credential_names_are_refused(client: TestClient) -> None:
    for query in ("api%5Fkey=" + KEY, "%61pi_key=" + KEY, "token=", "key", "a=1&TOKEN=" + KEY):
        _assert_refused(client.get(f"/v1/topics?{query}"), query)


def test_the_issue_reproduction_no_longer_echoes_the_key(client: TestClient) -> None:
    """D11 as filed: `GET /v1/topics?limit=1&api_key=cmt_…` was a 200 with the key in Link."""
    response = client.get(f"/v1/topics?limit=1&api_key={KEY}")
    _assert_refused(response, "as filed")
    # and the refusal was not cached for the same URL without the key, nor the reverse
    clean = client.get("/v1/topics?limit=1")
    assert clean.status_code == 200
    assert KEY not in clean.headers["link"]


def test_similar_but_innocent_names_are_not_taken_for_keys(client: TestClient) -> None:
    # undeclared, so 422 naming them; not a 401
    for name in ("keyword", "monkey", "tokens"):
        response = client.get(f"/v1/topics?{name}=1")
        assert response.status_code == 422, name


# D13: the Host header


def _hosts_client(store: Store, hosts: list[str]) -> TestClient:
    settings = Settings(database_url=store.settings.database_url, trusted_hosts=hosts)
    return TestClient(create_app(settings), raise_server_exceptions=False)


MALFORMED_HOSTS = [
    "evil.com#.example.org",
    "evil.com/.example.org",
    "evil.com?.example.org",
    "evil.com\\.example.org",
    "user@a.example.org",
    "evil.com .example.org",
    "a.example.org:abc",
    "a.example.org:99999",
    "a.example.org:",
    "a..example.org",
    ".example.org",
    "-a.example.org",
    "[::1",
    "a" * 300 + ".example.org",
    "",
]


@pytest.mark.parametrize("host", MALFORMED_HOSTS)
def test_a_host_header_that_is_not_a_host_is_refused(seeded_store: Store, host: str) -> None:
    for hosts in (["*.example.org"], ["*"]):
        response = _hosts_client(seeded_store, hosts).get("/health", headers={"Host": host})
        assert response.status_code == 400, (hosts, host)
        assert response.headers["content-type"] == "application/problem+json"


def test_hosts_are_matched_label_by_label(seeded_store: Store) -> None:
    client = _hosts_client(seeded_store, ["*.example.org", "api.example.net"])
    for host, status in [
        ("a.example.org", 200),
        ("A.Example.ORG", 200),
        ("a.b.example.org:8443", 200),
        ("a.example.org.", 200),
        ("api.example.net", 200),
        ("example.org", 400),
        ("evilexample.org", 400),
        ("a.example.org.evil.com", 400),
        ("api.example.net.evil.com", 400),
    ]:
        response = client.get("/health", headers={"Host": host})
        assert response.status_code == status, host


def test_any_well_formed_host_is_served_by_default(client: TestClient) -> None:
    for host in ("whatever.example", "127.0.0.1:8000", "[::1]:8000", "my_service:8000"):
        assert client.get("/health", headers={"Host": host}).status_code == 200, host


def test_the_link_header_is_built_only_from_a_parsed_host(client: TestClient) -> None:
    response = client.get("/v1/topics?limit=1", headers={"Host": "api.example.org:8443"})
    assert re.match(r"<http://api\.example\.org:8443/v1/topics\?", response.headers["link"])


def test_the_refusal_is_not_json_of_the_host(seeded_store: Store) -> None:
    client = _hosts_client(seeded_store, ["*.example.org"])
    response = client.get("/health", headers={"Host": "evil.com#.example.org"})
    assert "evil.com" not in json.dumps(response.json())

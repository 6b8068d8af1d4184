"""Exports are operations of their own: ``GET /v1/statements.csv`` and ``.ndjson`` (and the
same for experts and articles). A list answers JSON only; its deprecated ``format=`` is a
307 to the export, and ``Accept: text/csv`` on it is content negotiation (issue 11)."""

from __future__ import annotations

import csv
import io
import json
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
from fastapi.testclient import TestClient

from app.core.negotiation import negotiated

LISTS = ["/v1/statements", "/v1/experts", "/v1/articles"]
FILTERED = {
    "/v1/statements": {"topic": "withdrawal", "sort": "said_on"},
    "/v1/experts": {"kind": "expert", "sort": "-statement_count"},
    "/v1/articles": {"q": "peacekeepers"},
}
MEDIA = {"csv": "text/csv; charset=utf-8", "ndjson": "application/x-ndjson"}


def _ndjson(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines()]


@pytest.mark.parametrize("path", LISTS)
@pytest.mark.parametrize("export", ["csv", "ndjson"])
def test_an_export_operation_streams_every_match_as_its_own_media_type(
    client: TestClient, path: str, export: str
) -> None:
    params = FILTERED[path]
    response = client.get(f"{path}.{export}", params=params)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == MEDIA[export]
    name = path.rsplit("/", 1)[1]
    assert response.headers["content-disposition"] == f'attachment; filename="{name}.{export}"'
    page = client.get(path, params={**params, "limit": 100}).json()
    assert page["total"] > 0
    if export == "ndjson":
        assert _ndjson(response.text) == page["items"]
    else:
        rows = list(csv.DictReader(io.StringIO(response.text)))
        key = "id" if path == "/v1/statements" else "slug"
        assert [row[key] for row in rows] == [str(item[key]) for item in page["items"]]


@pytest.mark.parametrize("path", LISTS)
def test_an_export_takes_no_page_parameters(client: TestClient, path: str) -> None:
    for extra in ({"limit": "5"}, {"format": "csv"}):
        response = client.get(f"{path}.csv", params=extra)
        assert response.status_code == 422, extra
        assert response.headers["content-type"] == "application/problem+json"
        assert next(iter(extra)) in response.json()["detail"]


def test_an_export_checks_its_filters_as_the_list_does(client: TestClient) -> None:
    for params in ({"kind": "neither"}, {"from": "2022-13-01"}, {"sort": "relevance"}):
        list_status = client.get("/v1/statements", params=params).status_code
        export = client.get("/v1/statements.ndjson", params=params)
        assert export.status_code == list_status == 422, params
        assert export.headers["content-type"] == "application/problem+json"


@pytest.mark.parametrize("path", LISTS)
@pytest.mark.parametrize("export", ["csv", "ndjson"])
def test_format_on_a_list_is_a_307_to_the_export_with_the_same_filters(
    client: TestClient, path: str, export: str
) -> None:
    params = {**FILTERED[path], "format": export, "limit": "3"}
    response = client.get(path, params=params, follow_redirects=False)
    assert response.status_code == 307
    assert response.content == b""
    location = urlsplit(response.headers["location"])
    assert location.path == f"{path}.{export}"
    assert dict(parse_qsl(location.query)) == FILTERED[path]
    followed = client.get(path, params=params)
    assert followed.status_code == 200
    assert followed.headers["content-type"] == MEDIA[export]
    assert followed.text == client.get(f"{path}.{export}", params=FILTERED[path]).text


def test_format_drops_the_page_only_parameters_and_keeps_repeats(client: TestClient) -> None:
    query = "topic=withdrawal&topic=stabilization&facet=topic&facet_size=3&format=csv&limit=2"
    response = client.get(f"/v1/statements?{query}", follow_redirects=False)
    assert response.status_code == 307
    location = urlsplit(response.headers["location"])
    assert (location.path, location.query) == (
        "/v1/statements.csv",
        "topic=withdrawal&topic=stabilization",
    )


def test_format_json_is_the_page(client: TestClient) -> None:
    response = client.get("/v1/statements", params={"format": "json"}, follow_redirects=False)
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"


@pytest.mark.parametrize("path", LISTS)
@pytest.mark.parametrize(
    ("accept", "export"),
    [
        ("text/csv", "csv"),
        ("application/x-ndjson", "ndjson"),
        ("text/csv, application/json;q=0.5", "csv"),
        ("application/json;q=0.1, application/x-ndjson", "ndjson"),
    ],
)
def test_accept_on_a_list_gets_its_export(
    client: TestClient, path: str, accept: str, export: str
) -> None:
    params = {**FILTERED[path], "limit": "2"}
    response = client.get(path, params=params, headers={"Accept": accept})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == MEDIA[export]
    assert "Accept" in [v.strip() for v in response.headers["vary"].split(",")]
    direct = client.get(f"{path}.{export}", params=FILTERED[path])
    assert response.text == direct.text  # every row: limit shapes pages only


@pytest.mark.parametrize(
    "accept",
    ["", "*/*", "application/json", "text/html,application/xhtml+xml,*/*;q=0.8",
     "text/csv, application/json", "text/csv;q=0, */*", "image/png"],
)  # fmt: skip
def test_other_accepts_get_the_json_page(client: TestClient, accept: str) -> None:
    response = client.get("/v1/statements", headers={"Accept": accept})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert "Accept" in [v.strip() for v in response.headers["vary"].split(",")]


def test_an_explicit_format_wins_over_accept(client: TestClient) -> None:
    headers = {"Accept": "text/csv"}
    response = client.get("/v1/statements", params={"format": "json"}, headers=headers)
    assert response.headers["content-type"] == "application/json"
    response = client.get(
        "/v1/statements", params={"format": "ndjson"}, headers=headers, follow_redirects=False
    )
    assert response.status_code == 307


def test_the_cache_keeps_each_negotiated_variant_apart(client: TestClient) -> None:
    url = "/v1/statements?topic=withdrawal"
    as_csv = {"Accept": "text/csv"}
    for _ in range(2):  # the second round is served from the response cache
        page = client.get(url)
        export = client.get(url, headers=as_csv)
        assert page.headers["content-type"] == "application/json"
        assert export.headers["content-type"] == MEDIA["csv"]
    assert page.headers["etag"] != export.headers["etag"]
    # A validator of one variant does not revalidate the other.
    crossed = client.get(url, headers={**as_csv, "If-None-Match": page.headers["etag"]})
    assert crossed.status_code == 200
    assert crossed.headers["content-type"] == MEDIA["csv"]
    same = client.get(url, headers={**as_csv, "If-None-Match": export.headers["etag"]})
    assert same.status_code == 304
    assert "Accept" in same.headers["vary"]
    assert client.get(url, headers={"If-None-Match": page.headers["etag"]}).status_code == 304


def test_negotiation_reads_q_values() -> None:
    assert negotiated("text/csv") == "csv"
    assert negotiated("text/*") == "csv"
    assert negotiated("application/x-ndjson;q=0.9, text/csv;q=0.8") == "ndjson"
    assert negotiated("text/csv;q=0.9, application/*") == "json"
    assert negotiated("text/csv;q=oops") == "json"
    assert negotiated("*/*") == "json"
    assert negotiated("") == "json"


@pytest.mark.parametrize("path", LISTS)
@pytest.mark.parametrize(
    "params", [{"limit": "1000"}, {"limit": "0"}, {"sort": "relevance"}, {"cursor": "forged"}]
)
def test_format_checks_every_parameter_before_the_redirect(
    client: TestClient, path: str, params: dict[str, str]
) -> None:
    response = client.get(path, params={**params, "format": "csv"}, follow_redirects=False)
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"

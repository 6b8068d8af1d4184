from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

ARTICLE = "rapid-withdrawal-of-csto-forces-from-kazakhstan-explained"


def _all(client: TestClient, **params: Any) -> list[dict[str, Any]]:
    response = client.get("/v1/statements", params={"limit": 100, **params})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["total"] == len(body["items"])
    return body["items"]


def test_seed_statements_have_the_documented_shape(client: TestClient) -> None:
    response = client.get("/v1/statements")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert set(body) == {"items", "total", "total_exact", "next_cursor"}
    assert body["total"] == 8
    assert body["total_exact"] is True
    item = body["items"][0]
    assert set(item) >= {
        "id",
        "text",
        "kind",
        "said_on",
        "position",
        "span",
        "expert",
        "article",
        "topics",
    }
    assert set(item["span"]) == {"start", "end"}
    assert set(item["expert"]) == {"slug", "name", "kind", "role", "organization"}
    assert set(item["article"]) == {"slug", "title", "published_on", "source", "url"}
    assert item["article"]["slug"] == ARTICLE


def test_every_statement_is_a_verbatim_span_of_its_article(client: TestClient) -> None:
    text = client.get(f"/v1/articles/{ARTICLE}").json()["text"]
    for item in _all(client):
        assert text[item["span"]["start"] : item["span"]["end"]] == item["text"]


def test_default_order_is_newest_said_on_first_then_position(client: TestClient) -> None:
    items = _all(client)
    keys = [(item["said_on"], -item["position"]) for item in items]
    assert keys == sorted(keys, reverse=True)
    assert items[-1]["said_on"] == "2022-01-10"
    assert items[-1]["expert"]["slug"] == "vladimir-putin"


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"expert": "askar-nursha"}, 3),
        ({"expert": "stanislav-pritchin"}, 1),
        ({"expert": "chingiz-lepsibaev"}, 2),
        ({"expert": "nobody-at-all"}, 0),
        ({"kind": "quote"}, 5),
        ({"kind": "paraphrase"}, 3),
        ({"article": ARTICLE}, 8),
        ({"article": "no-such-article"}, 0),
        ({"expert": "chingiz-lepsibaev", "kind": "paraphrase"}, 1),
    ],
)
def test_filters(client: TestClient, params: dict[str, str], expected: int) -> None:
    items = _all(client, **params)
    assert len(items) == expected
    for key, value in params.items():
        for item in items:
            if key == "expert":
                assert item["expert"]["slug"] == value
            elif key == "kind":
                assert item["kind"] == value


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"from": "2022-01-10", "to": "2022-01-10"}, 1),
        ({"from": "2022-01-11", "to": "2022-01-11"}, 7),
        ({"from": "2022-01-10"}, 8),
        ({"from": "2022-01-11"}, 7),
        ({"from": "2022-01-12"}, 0),
        ({"to": "2022-01-10"}, 1),
        ({"to": "2022-01-09"}, 0),
        ({"to": "2022-01-11"}, 8),
        ({"from": "2022-01-11", "to": "2022-01-10"}, 0),
    ],
)
def test_date_filters_are_inclusive(
    client: TestClient, params: dict[str, str], expected: int
) -> None:
    assert len(_all(client, **params)) == expected


def test_topic_filter_and_repeated_topics_mean_any_of(client: TestClient) -> None:
    weapons = _all(client, topic="weapons")
    assert weapons
    assert all("weapons" in {t["slug"] for t in item["topics"]} for item in weapons)
    security = _all(client, topic="security-services")
    assert security
    both = client.get(
        "/v1/statements",
        params=[("topic", "weapons"), ("topic", "security-services"), ("limit", "100")],
    ).json()
    expected = {i["id"] for i in weapons} | {i["id"] for i in security}
    assert {i["id"] for i in both["items"]} == expected
    assert both["total"] == len(expected)


def test_pagination_visits_every_statement_once(client: TestClient) -> None:
    everything = [item["id"] for item in _all(client)]
    seen: list[int] = []
    cursor = None
    pages = 0
    while True:
        params: dict[str, Any] = {"limit": 3}
        if cursor:
            params["cursor"] = cursor
        response = client.get("/v1/statements", params=params)
        assert response.status_code == 200
        body = response.json()
        assert body["total"] == 8
        seen.extend(item["id"] for item in body["items"])
        cursor = body["next_cursor"]
        pages += 1
        if cursor is None:
            assert "link" not in response.headers
            break
        assert response.headers["link"].endswith('>; rel="next"')
        assert "cursor=" in response.headers["link"]
    assert pages == 3
    assert seen == everything


def test_pagination_follows_link_header_with_filters(client: TestClient) -> None:
    response = client.get("/v1/statements", params={"kind": "quote", "limit": 2})
    seen = [i["id"] for i in response.json()["items"]]
    while "link" in response.headers:
        url = response.headers["link"].split(">")[0].lstrip("<")
        response = client.get(url)
        seen += [i["id"] for i in response.json()["items"]]
    assert sorted(seen) == sorted(i["id"] for i in _all(client, kind="quote"))
    assert len(seen) == 5


@pytest.mark.parametrize(
    "params",
    [
        {"limit": 101},
        {"limit": 0},
        {"limit": "ten"},
        {"kind": "rumour"},
        {"from": "2022-13-01"},
        {"to": "yesterday"},
        {"cursor": "not-a-cursor"},
        {"cursor": "eyJmb28iOiAiYmFyIn0"},
    ],
)
def test_bad_parameters_get_422_problem(client: TestClient, params: dict[str, Any]) -> None:
    response = client.get("/v1/statements", params=params)
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["status"] == 422
    assert body["detail"]


def test_tampered_cursor_is_rejected(client: TestClient) -> None:
    cursor = client.get("/v1/statements", params={"limit": 2}).json()["next_cursor"]
    tampered = cursor[:-2] + ("A" if cursor[-2] != "A" else "B") + cursor[-1]
    response = client.get("/v1/statements", params={"cursor": tampered})
    assert response.status_code == 422
    foreign = client.get("/v1/experts", params={"limit": 1}).json()["next_cursor"]
    assert client.get("/v1/statements", params={"cursor": foreign}).status_code == 422


def test_statement_detail_explains_its_topics(client: TestClient) -> None:
    first = _all(client, expert="stanislav-pritchin")[0]
    response = client.get(f"/v1/statements/{first['id']}")
    assert response.status_code == 200
    detail = response.json()
    assert detail["text"] == first["text"]
    assert detail["topics"]
    for topic in detail["topics"]:
        assert topic["matched_terms"]


@pytest.mark.parametrize("statement_id", ["999999", "0", "-1", "abc", str(2**63)])
def test_unknown_or_bad_statement_id(client: TestClient, statement_id: str) -> None:
    response = client.get(f"/v1/statements/{statement_id}")
    assert response.status_code in (404, 422)
    assert response.status_code == (404 if statement_id == "999999" else 422)
    assert response.headers["content-type"] == "application/problem+json"


def test_every_direct_quote_has_a_topic_and_the_seed_uses_five(client: TestClient) -> None:
    items = _all(client)
    for item in items:
        if item["kind"] == "quote":
            assert item["topics"], item["text"][:60]
    used = {t["slug"] for item in items for t in item["topics"]}
    assert len(used) >= 5

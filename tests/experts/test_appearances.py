"""An expert's appearances: the latest 20 in the detail, every one through a paged list."""

from __future__ import annotations

import datetime as dt

from fastapi.testclient import TestClient

from tests.faults.articles import article

SEED_EXPERT = "askar-nursha"


def test_the_seed_expert_appears_once_in_the_detail_and_the_list(client: TestClient) -> None:
    detail = client.get(f"/v1/experts/{SEED_EXPERT}").json()
    assert detail["appearance_count"] == 1
    listed = client.get(f"/v1/experts/{SEED_EXPERT}/appearances")
    assert listed.status_code == 200
    body = listed.json()
    assert body == {"items": detail["appearances"], "total": 1, "next_cursor": None}
    assert "link" not in listed.headers


def test_a_frequent_expert_shows_the_latest_twenty_and_pages_through_all(
    write_client: TestClient, auth: dict[str, str]
) -> None:
    # 25 articles quoting the same three people, published on different days, not in order.
    days = [dt.date(2024, 1, 1) + dt.timedelta(days=(i * 7) % 25) for i in range(25)]
    for i, day in enumerate(days):
        body = {**article(5000 + i), "published_on": day.isoformat()}
        response = write_client.post("/v1/articles", json=body, headers=auth)
        assert response.status_code == 201, response.text
    expert = "maria-lopez"
    detail = write_client.get(f"/v1/experts/{expert}").json()
    assert detail["appearance_count"] == 25
    newest_first = sorted(days, reverse=True)
    shown = [a["article"]["published_on"] for a in detail["appearances"]]
    assert shown == [day.isoformat() for day in newest_first[:20]]

    seen: list[dict[str, object]] = []
    params: dict[str, str | int] = {"limit": 7}
    pages = 0
    while True:
        response = write_client.get(f"/v1/experts/{expert}/appearances", params=params)
        assert response.status_code == 200, response.text
        page = response.json()
        assert page["total"] == 25
        seen += page["items"]
        pages += 1
        if page["next_cursor"] is None:
            assert "link" not in response.headers
            break
        assert 'rel="next"' in response.headers["link"]
        params = {"limit": 7, "cursor": page["next_cursor"]}
    assert pages == 4
    assert [a["article"]["published_on"] for a in seen] == [d.isoformat() for d in newest_first]
    assert len({a["article"]["slug"] for a in seen}) == 25
    assert seen[:20] == detail["appearances"]


def test_unknown_expert_and_bad_cursor_are_problems(client: TestClient) -> None:
    missing = client.get("/v1/experts/nobody-at-all/appearances")
    assert missing.status_code == 404
    assert missing.headers["content-type"] == "application/problem+json"
    bad = client.get(f"/v1/experts/{SEED_EXPERT}/appearances", params={"cursor": "abc"})
    assert bad.status_code == 422
    assert bad.headers["content-type"] == "application/problem+json"
    foreign = client.get("/v1/statements", params={"limit": 1}).json()["next_cursor"]
    reused = client.get(f"/v1/experts/{SEED_EXPERT}/appearances", params={"cursor": foreign})
    assert reused.status_code == 422

"""A statements page carries each statement's topics from its own query (``page_topics``):
the same topics, in slug order, as the statement's own detail, and no second query for
them."""

from __future__ import annotations

from fastapi.testclient import TestClient

from app.core.config import Settings
from app.core.query_count import recorded_queries
from app.main import create_app
from tests.conftest import Store


def test_each_listed_statement_has_the_topics_of_its_detail_in_slug_order(
    client: TestClient,
) -> None:
    page = client.get("/v1/statements", params={"limit": 100})
    assert page.status_code == 200
    items = page.json()["items"]
    assert any(item["topics"] for item in items), "the seed should tag some statements"
    for item in items:
        detail = client.get(f"/v1/statements/{item['id']}").json()
        expected = [{"slug": t["slug"], "name": t["name"]} for t in detail["topics"]]
        assert item["topics"] == expected
        assert [t["slug"] for t in item["topics"]] == sorted(t["slug"] for t in item["topics"])


def test_a_page_reads_its_topics_in_the_page_query(seeded_store: Store) -> None:
    settings = Settings(database_url=seeded_store.settings.database_url, response_cache_entries=0)
    with TestClient(create_app(settings)) as uncached:
        engine = uncached.app.state.engine  # type: ignore[attr-defined]
        with recorded_queries(engine) as statements:
            assert uncached.get("/v1/statements", params={"limit": 50}).status_code == 200
    from_statement_topics = [s for s in statements if "statement_topics" in s]
    assert len(from_statement_topics) == 1, statements  # the page itself, with its column
    assert "FROM statements" in from_statement_topics[0]


def test_a_topic_page_lists_every_topic_of_each_statement(client: TestClient) -> None:
    """On the topic index the page's own ``statement_topics`` row is one tag; the column
    still aggregates all of the statement's tags."""
    first = client.get("/v1/statements", params={"limit": 100}).json()["items"]
    tagged = next(item for item in first if len(item["topics"]) > 1)
    topic = tagged["topics"][-1]["slug"]
    page = client.get("/v1/statements", params={"topic": topic, "limit": 100}).json()
    found = next(item for item in page["items"] if item["id"] == tagged["id"])
    assert found["topics"] == tagged["topics"]

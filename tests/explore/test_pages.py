"""The explorer over HTTP: every view renders from the public API on both stores, the URL
holds the whole state, bad input gets a clear page, and stored text is always escaped."""

from __future__ import annotations

from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest
from fastapi.testclient import TestClient

ARTICLE = "rapid-withdrawal-of-csto-forces-from-kazakhstan-explained"


@pytest.mark.parametrize(
    "path",
    [
        "/explore",
        "/explore?q=CSTO&kind=quote&from=2022-01-01&to=2022-12-31",
        "/explore/experts/askar-nursha",
        "/explore/topics/peacekeeping-mission",
        f"/explore/articles/{ARTICLE}",
    ],
)
def test_each_view_renders_html_with_its_own_assets(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert '<html lang="en">' in response.text
    assert "/explore-static/explore.css" in response.text
    assert "http://" not in response.text.replace("http://www.w3.org/2000/svg", "")
    assert "https://" not in response.text


def test_the_statements_view_shows_what_the_api_gives(client: TestClient) -> None:
    api = client.get("/v1/statements", params={"q": "CSTO", "limit": 20}).json()
    page = client.get("/explore", params={"q": "CSTO"}).text
    for item in api["items"]:
        assert f'id="card-{item["id"]}"' in page
        assert item["highlight"] in page  # matches marked, the rest escaped by the API
    assert f'<span id="total">{api["total"]}</span>' in page


def test_a_facet_link_adds_its_filter_and_keeps_the_others(client: TestClient) -> None:
    page = client.get("/explore", params={"q": "CSTO"}).text
    start = page.index('data-facet="kind"')
    href = page.rindex('href="', 0, start)
    link = unescape(page[href + 6 : page.index('"', href + 6)])
    query = parse_qs(urlsplit(link).query)
    assert query["q"] == ["CSTO"]
    assert query["kind"][0] in {"quote", "paraphrase"}
    narrowed = client.get(link)
    assert narrowed.status_code == 200
    assert 'aria-current="true"' in narrowed.text


def test_download_csv_exports_the_current_view(client: TestClient) -> None:
    page = client.get("/explore", params={"topic": "stabilization", "kind": "quote"}).text
    start = page.index('class="download" href="') + len('class="download" href="')
    link = unescape(page[start : page.index('"', start)])
    assert urlsplit(link).path == "/v1/statements.csv"  # the export operation itself
    query = parse_qs(urlsplit(link).query)
    assert query == {"topic": ["stabilization"], "kind": ["quote"]}
    export = client.get(link, follow_redirects=False)
    assert export.status_code == 200
    assert export.headers["content-type"].startswith("text/csv")
    api = client.get("/v1/statements", params={"topic": "stabilization", "kind": "quote"})
    assert len(export.text.strip().splitlines()) == api.json()["total"] + 1


def test_a_malformed_search_is_a_422_page_that_says_why(client: TestClient) -> None:
    response = client.get("/explore", params={"q": '"unbalanced'})
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("text/html")
    assert 'role="alert"' in response.text


def test_an_unknown_expert_is_a_404_page(client: TestClient) -> None:
    response = client.get("/explore/experts/nobody-at-all")
    assert response.status_code == 404
    assert "nobody-at-all" in response.text


def test_the_article_view_marks_every_statement_in_place(client: TestClient) -> None:
    article = client.get(f"/v1/articles/{ARTICLE}").json()
    page = client.get(f"/explore/articles/{ARTICLE}", params={"statement": 3}).text
    for statement in article["statements"]:
        assert f'id="statement-{statement["id"]}"' in page
    assert 'id="statement-3" class="statement current"' in page


def test_stored_text_is_escaped(write_client: TestClient, auth: dict[str, str]) -> None:
    text = (
        "Markup <b>bold</b> in a headline\n\n"
        'Jane Doe, an economist at Example Bank, said: "<script>alert(1)</script> rates will '
        'rise."\n'
    )
    stored = write_client.post(
        "/v1/articles", json={"text": text, "published_on": "2024-05-14"}, headers=auth
    )
    assert stored.status_code == 201
    slug = stored.json()["slug"]
    for path in ("/explore", f"/explore/articles/{slug}", "/explore?q=rates"):
        page = write_client.get(path).text
        assert "<script>alert(1)</script>" not in page
        assert "<b>bold</b>" not in page
    assert "&lt;script&gt;" in write_client.get(f"/explore/articles/{slug}").text


def test_the_outlet_facet_counts_and_filters_through_the_api(client: TestClient) -> None:
    api = client.get("/v1/statements", params={"facet": "source", "limit": 1}).json()
    outlets = api["facets"]["source"]
    assert outlets, "the seed's article names its outlet"
    page = client.get("/explore").text
    section = page[page.index('id="facet-source"') :]
    section = section[: section.index("</section>")]
    assert "<h2>Outlet</h2>" in section
    for outlet in outlets:
        start = section.index(f'data-value="{outlet["value"]}"')
        count = section[section.index('class="count">', start) + 14 :]
        assert int(count[: count.index("<")]) == outlet["count"]
        href = section.rindex('href="', 0, start)
        link = unescape(section[href + 6 : section.index('"', href + 6)])
        assert parse_qs(urlsplit(link).query) == {"source": [outlet["value"]]}
        narrowed = client.get(link)
        assert narrowed.status_code == 200
        assert f'<span id="total">{outlet["count"]}</span>' in narrowed.text
        assert 'aria-current="true"' in narrowed.text
        # the view's CSV keeps the outlet, and the search form carries it along
        assert "source=" in narrowed.text[narrowed.text.index('class="download"') :]
        assert f'name="source" value="{outlet["value"]}"' in unescape(narrowed.text)

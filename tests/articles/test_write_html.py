"""Web pages through the write API: ``{"html": ...}`` instead of ``text``."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.ingest.web_pages import extract_web_page
from tests.ingest.page_server import fixture_page

ARTICLE_HTML = fixture_page("article.html").decode("utf-8")
CANONICAL = "https://ledger.example/coast/2025/03/18/harbour-towns-sea-walls"


def _problem(response: Any, needle: str) -> None:
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert needle in response.json()["detail"], response.json()["detail"]


def test_page_is_stored_as_its_extracted_text_with_its_metadata(
    write_client: TestClient, auth: dict[str, str]
) -> None:
    response = write_client.post("/v1/articles", json={"html": ARTICLE_HTML}, headers=auth)
    assert response.status_code == 201, response.text
    article = response.json()
    assert article["text"] == extract_web_page(ARTICLE_HTML).text
    assert "<p>" not in article["text"]
    assert "Subscribe" not in article["text"]
    assert article["title"] == "Harbour towns weigh the cost of higher seas"
    assert article["published_on"] == "2025-03-18"
    assert article["source"] == "The Tidewater Ledger"
    assert article["url"] == CANONICAL
    assert article["language"] == "en"

    speakers = {s["expert"]["slug"] for s in article["statements"]}
    assert speakers == {"helen-marsh", "tom-okafor"}
    for statement in article["statements"]:
        span = statement["span"]
        assert article["text"][span["start"] : span["end"]] == statement["text"]

    stored = write_client.get(response.headers["location"]).json()
    assert stored["text"] == article["text"]
    assert stored["url"] == CANONICAL
    marsh = write_client.get("/v1/experts/helen-marsh").json()
    assert marsh["organization"] == "University of Southport"

    again = write_client.post("/v1/articles", json={"html": ARTICLE_HTML}, headers=auth)
    assert again.status_code == 200  # the same extracted text: idempotent
    assert again.json()["slug"] == article["slug"]


def test_values_in_the_request_win_over_the_page(
    write_client: TestClient, auth: dict[str, str]
) -> None:
    given = {
        "title": "Sea walls: who pays?",
        "published_on": "2025-03-19",
        "source": "Ledger Wire",
        "url": "https://wire.example/sea-walls",
        "language": "en-GB",
    }
    response = write_client.post("/v1/articles", json={"html": ARTICLE_HTML, **given}, headers=auth)
    assert response.status_code == 201, response.text
    article = response.json()
    assert {key: article[key] for key in given} == given
    assert {s["said_on"] for s in article["statements"]} == {"2025-03-19"}


def test_structured_data_and_a_missing_date_given_in_the_request(
    write_client: TestClient, auth: dict[str, str]
) -> None:
    structured = write_client.post(
        "/v1/articles", json={"html": fixture_page("structured.html").decode()}, headers=auth
    )
    assert structured.status_code == 201, structured.text
    body = structured.json()
    assert (body["published_on"], body["source"]) == ("2024-04-29", "Valley Courier")
    assert body["statements"][0]["expert"]["slug"] == "gareth-pugh"

    html = fixture_page("no_date.html").decode()
    _problem(
        write_client.post("/v1/articles", json={"html": html}, headers=auth),
        "html: the page gives no publication date; send published_on",
    )
    dated = write_client.post(
        "/v1/articles", json={"html": html, "published_on": "2024-03-01"}, headers=auth
    )
    assert dated.status_code == 201, dated.text
    assert dated.json()["published_on"] == "2024-03-01"
    assert dated.json()["source"] == "Riverside Weekly"


@pytest.mark.parametrize("path", ["/v1/articles", "/v1/articles/preview"])
def test_page_without_article_text_is_422(
    write_client: TestClient, auth: dict[str, str], path: str
) -> None:
    html = fixture_page("no_text.html").decode()
    _problem(write_client.post(path, json={"html": html}, headers=auth), "no article text")
    assert write_client.get("/v1/articles").json()["total"] == 1  # the seed alone


def test_hostile_pages_are_422_before_any_extraction_work(
    write_client: TestClient, auth: dict[str, str]
) -> None:
    from app.ingest.web_pages import MAX_ELEMENTS

    junk = "<html><body>" + "<p>x</p>" * (MAX_ELEMENTS + 1) + "</body></html>"
    _problem(
        write_client.post("/v1/articles/preview", json={"html": junk}, headers=auth),
        f"html: the page has more than {MAX_ELEMENTS} HTML elements",
    )
    surrogate = '{"html": "<p>\\ud800 lone</p>"}'
    response = write_client.post(
        "/v1/articles",
        content=surrogate,
        headers={**auth, "Content-Type": "application/json"},
    )
    _problem(response, "html: must not contain lone surrogates")


@pytest.mark.parametrize("path", ["/v1/articles", "/v1/articles/preview"])
@pytest.mark.parametrize(
    ("body", "needle"),
    [
        ({"text": "T\n\nBody.", "html": ARTICLE_HTML, "published_on": "2024-01-01"}, "not both"),
        ({"published_on": "2024-01-01"}, "send the article as text (with published_on) or as html"),
        ({}, "send the article as text (with published_on) or as html"),
        ({"html": ""}, "html"),
        ({"html": None}, "html: Value error, must not be null"),
        ({"html": ARTICLE_HTML, "published_on": "2024-02-30"}, "published_on"),
    ],
    ids=["both", "neither", "empty-body", "empty-html", "null-html", "bad-date"],
)
def test_text_or_html_exactly_one(
    write_client: TestClient,
    auth: dict[str, str],
    path: str,
    body: dict[str, Any],
    needle: str,
) -> None:
    _problem(write_client.post(path, json=body, headers=auth), needle)


def test_preview_of_a_page_shows_the_text_its_spans_index(
    write_client: TestClient, auth: dict[str, str]
) -> None:
    response = write_client.post(
        "/v1/articles/preview", json={"html": ARTICLE_HTML, "source": "Given"}, headers=auth
    )
    assert response.status_code == 200, response.text
    preview = response.json()
    assert preview["text"] == extract_web_page(ARTICLE_HTML).text
    assert (preview["title"], preview["published_on"], preview["source"], preview["url"]) == (
        "Harbour towns weigh the cost of higher seas",
        "2025-03-18",
        "Given",
        CANONICAL,
    )
    assert len(preview["statements"]) >= 3
    for statement in preview["statements"]:
        span = statement["span"]
        assert preview["text"][span["start"] : span["end"]] == statement["text"]
    assert write_client.get("/v1/articles").json()["total"] == 1  # nothing stored

    as_text = write_client.post(
        "/v1/articles/preview",
        json={"text": preview["text"], "published_on": "2025-03-18"},
        headers=auth,
    ).json()
    assert as_text["text"] is None  # the client sent the text: it is not echoed
    assert as_text["content_sha256"] == preview["content_sha256"]


def test_request_body_schema_states_text_or_html(write_client: TestClient) -> None:
    schema = write_client.get("/openapi.json").json()
    operation = schema["paths"]["/v1/articles"]["post"]
    ref = operation["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    body = schema["components"]["schemas"][ref.rsplit("/", 1)[-1]]
    assert {"text", "html", "published_on"} <= set(body["properties"])
    assert body.get("required", []) == []
    assert [branch["required"] for branch in body["oneOf"]] == [["text", "published_on"], ["html"]]

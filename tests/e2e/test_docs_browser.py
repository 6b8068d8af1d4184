"""The docs work in a real browser with no network: headless Chromium opens /docs,
expands GET /v1/statements, runs "Try it out" with a topic filter and finds the statements
in the rendered response; /redoc renders the same document."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.e2e.cdp import Page

pytestmark = pytest.mark.browser

OPERATION = "#operations-statements-statements-list"
TOPIC = "stabilization"


def _click(page: Page, selector: str) -> None:
    page.wait_for(f"!!document.querySelector({json.dumps(selector)})")
    page.evaluate(f"document.querySelector({json.dumps(selector)}).click()")


def test_try_it_out_with_a_topic_filter_renders_the_statements(
    page: Page, base_url: str, client: TestClient, tmp_path: Path
) -> None:
    expected = client.get("/v1/statements", params={"topic": TOPIC, "limit": 20}).json()
    assert expected["total"] > 0

    page.navigate(f"{base_url}/docs")
    page.wait_for(f"!!document.querySelector('{OPERATION}')")
    _click(page, f"{OPERATION} .opblock-summary-control")
    _click(page, f"{OPERATION} .try-out__btn")
    _click(page, f"{OPERATION} tr[data-param-name='topic'] .json-schema-form-item-add")
    topic_input = f"{OPERATION} tr[data-param-name='topic'] input"
    page.wait_for(f"!!document.querySelector({json.dumps(topic_input)})")
    # Type it as a user would: select what Swagger UI put there, then insert the text.
    page.evaluate(f"document.querySelector({json.dumps(topic_input)}).focus()")
    page.evaluate(f"document.querySelector({json.dumps(topic_input)}).select()")
    page.send("Input.insertText", text=TOPIC)
    page.wait_for(f"document.querySelector({json.dumps(topic_input)}).value === '{TOPIC}'")
    # Swagger UI debounces text inputs; leaving the field hands the value over at once.
    page.evaluate(f"document.querySelector({json.dumps(topic_input)}).blur()")
    time.sleep(0.5)
    _click(page, f"{OPERATION} .execute")

    body_selector = f"{OPERATION} .live-responses-table .response-col_description pre"
    rendered = page.wait_for(
        f"(document.querySelector({json.dumps(body_selector)}) || {{}}).textContent"
    )
    request_url = page.evaluate(f"document.querySelector('{OPERATION} .request-url').textContent")
    status = page.evaluate(
        f"document.querySelector('{OPERATION} .live-responses-table tbody .response-col_status')"
        ".textContent"
    )
    page.screenshot(tmp_path / "docs-try-it-out.png")

    assert f"topic={TOPIC}" in request_url
    assert status.strip() == "200"
    shown = json.loads(rendered)
    assert shown["total"] == expected["total"]
    assert [item["id"] for item in shown["items"]] == [item["id"] for item in expected["items"]]
    for item in shown["items"]:
        assert TOPIC in {topic["slug"] for topic in item["topics"]}
    assert (tmp_path / "docs-try-it-out.png").stat().st_size > 10_000


def test_redoc_renders_the_api_offline(page: Page, base_url: str, tmp_path: Path) -> None:
    page.navigate(f"{base_url}/redoc")
    page.wait_for("document.body.innerText.includes('List, search or facet statements')")
    text = page.evaluate("document.body.innerText")
    assert "Commentariat" in text
    assert "/v1/stats/timeline" in page.evaluate("document.body.innerHTML")
    page.screenshot(tmp_path / "redoc.png")

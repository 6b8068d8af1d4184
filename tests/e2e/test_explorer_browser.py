"""The explorer in a real browser with no network: headless Chromium searches, narrows by a
facet, reloads the URL, reads an expert's chart, walks every control by keyboard, fits a
phone's width, and passes an axe-core audit with no serious or critical violation."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from fastapi.testclient import TestClient

from tests.e2e.cdp import Page

pytestmark = pytest.mark.browser

AXE = Path(__file__).parent / "vendor" / "axe.min.js"
EXPERT = "askar-nursha"
TOPIC = "peacekeeping-mission"
ARTICLE = "rapid-withdrawal-of-csto-forces-from-kazakhstan-explained"
FOCUSABLE = "a[href], input:not([type=hidden]), select, button, textarea, [tabindex='0']"


def _open(page: Page, url: str) -> None:
    page.navigate(url)
    page.wait_for("document.readyState === 'complete' && !!document.querySelector('main')")


def _ids(page: Page) -> list[str]:
    ids: list[str] = page.evaluate("[...document.querySelectorAll('article.card')].map(c => c.id)")
    return ids


def _press(page: Page, key: str, code: int) -> None:
    for kind in ("keyDown", "keyUp"):
        page.send(
            "Input.dispatchKeyEvent", type=kind, key=key, code=key, windowsVirtualKeyCode=code
        )


def test_the_explorer_loads_with_no_request_leaving_the_machine(page: Page, base_url: str) -> None:
    page.send("Network.enable")
    _open(page, f"{base_url}/explore")
    page.wait_for("document.querySelectorAll('article.card').length > 0")
    requested = [
        event["params"]["request"]["url"]
        for event in page.events
        if event.get("method") == "Network.requestWillBeSent"
    ]
    assert requested, "the browser made no request at all"
    # data: URLs are the browser's own (the search field's icon); nothing else may leave
    leaving = [url for url in requested if not url.startswith((base_url, "data:"))]
    assert leaving == []
    # the stylesheet is the package's own, and it applied
    assert page.evaluate("getComputedStyle(document.querySelector('main')).maxWidth") != "none"


def test_search_highlights_a_facet_narrows_and_the_url_restores_the_view(
    page: Page, base_url: str, client: TestClient
) -> None:
    _open(page, f"{base_url}/explore")
    page.evaluate("document.querySelector('#q').focus()")
    page.send("Input.insertText", text="CSTO")
    page.evaluate("document.querySelector('form.search').requestSubmit()")
    page.wait_for("location.search.includes('q=CSTO') && !!document.querySelector('mark')")
    searched = _ids(page)
    expected = client.get("/v1/statements", params={"q": "CSTO", "limit": 20}).json()
    assert searched == [f"card-{item['id']}" for item in expected["items"]]
    marks = page.evaluate(
        "[...document.querySelectorAll('article.card mark')].map(m => m.textContent)"
    )
    assert marks
    assert all(mark.lower() == "csto" for mark in marks)

    # the kind facet with fewer statements than the whole result narrows it
    facets = page.evaluate(
        "[...document.querySelectorAll('#facet-kind a')].map(a => "
        "[a.dataset.value, +a.querySelector('.count').textContent])"
    )
    value, count = min(facets, key=lambda facet: facet[1])
    assert count < expected["total"]
    page.evaluate(
        f"document.querySelector('#facet-kind a[data-value={json.dumps(value)}]').click()"
    )
    page.wait_for(f"location.search.includes('kind={value}')")
    page.wait_for("document.readyState === 'complete'")
    narrowed = _ids(page)
    assert len(narrowed) == count
    assert set(narrowed) <= set(searched)
    assert int(page.evaluate("document.querySelector('#total').textContent")) == count
    query = parse_qs(urlsplit(page.evaluate("location.href")).query)
    assert query["q"] == ["CSTO"]
    assert query["kind"] == [value]

    page.send("Page.reload")
    page.wait_for("document.readyState === 'complete' && !!document.querySelector('#total')")
    assert _ids(page) == narrowed
    assert page.evaluate("document.querySelector('#q').value") == "CSTO"


def test_an_expert_page_draws_one_bar_per_month_with_data(
    page: Page, base_url: str, client: TestClient
) -> None:
    detail = client.get(f"/v1/experts/{EXPERT}").json()
    months = {point["month"]: point["count"] for point in detail["timeline"] if point["count"]}
    _open(page, f"{base_url}/explore/experts/{EXPERT}")
    bars = page.evaluate(
        "[...document.querySelectorAll('svg.chart rect.bar')]"
        ".map(b => [b.dataset.period, +b.dataset.count])"
    )
    assert dict(bars) == months
    assert len(bars) == len(months)
    labels = page.evaluate(
        "[...document.querySelectorAll('svg.chart text')].map(t => t.textContent)"
    )
    assert "Month" in labels
    assert "0" in labels


def test_keyboard_alone_reaches_every_control(page: Page, base_url: str) -> None:
    _open(page, f"{base_url}/explore")
    total = page.evaluate(
        f"(window.__f = [...document.querySelectorAll({json.dumps(FOCUSABLE)})]).length"
    )
    reached: set[int] = set()
    for _ in range(2 * total):  # focus may pass through the browser's own UI once
        _press(page, "Tab", 9)
        reached.add(page.evaluate("window.__f.indexOf(document.activeElement)"))
        if len(reached - {-1}) == total:
            break
    missing = set(range(total)) - reached
    assert not missing, page.evaluate(f"{sorted(missing)}.map(i => window.__f[i].outerHTML)")
    # focus is visible: the focused control has an outline
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"


@pytest.mark.parametrize(
    "path",
    [
        "/explore",
        "/explore?q=CSTO&kind=quote",
        f"/explore/experts/{EXPERT}",
        f"/explore/topics/{TOPIC}",
        f"/explore/articles/{ARTICLE}?statement=3",
    ],
)
def test_views_fit_a_phone_and_pass_an_accessibility_audit(
    page: Page, base_url: str, path: str
) -> None:
    page.send(
        "Emulation.setDeviceMetricsOverride",
        width=390,
        height=844,
        deviceScaleFactor=2,
        mobile=True,
    )
    _open(page, f"{base_url}{path}")
    assert page.evaluate("document.documentElement.lang") == "en"
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.evaluate(AXE.read_text(encoding="utf-8"))
    violations = page.evaluate(
        "axe.run().then(r => r.violations.filter(v => ['serious', 'critical'].includes(v.impact))"
        ".map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', ')))"
    )
    assert violations == []


def test_the_outlet_facet_narrows_by_source(page: Page, base_url: str, client: TestClient) -> None:
    _open(page, f"{base_url}/explore")
    outlets = page.evaluate(
        "[...document.querySelectorAll('#facet-source a')].map(a => "
        "[a.dataset.value, +a.querySelector('.count').textContent])"
    )
    api = client.get("/v1/statements", params={"facet": "source", "limit": 1}).json()
    assert outlets == [[v["value"], v["count"]] for v in api["facets"]["source"]]
    value, count = outlets[0]
    page.evaluate(
        f"document.querySelector('#facet-source a[data-value={json.dumps(value)}]').click()"
    )
    page.wait_for("location.search.includes('source=')")
    page.wait_for("document.readyState === 'complete' && !!document.querySelector('#total')")
    assert parse_qs(urlsplit(page.evaluate("location.href")).query)["source"] == [value]
    assert int(page.evaluate("document.querySelector('#total').textContent")) == count

"""Every statement shows its evidence: ``attribution`` on statements, ``min_confidence``.

The article is written through the loader from a parse built here, so the attributions
(and their confidences) are known exactly whatever the parser gives today.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.ingest.loader import Extraction, delete_article, load_tagger, write_article
from app.ingest.parsed import ParsedArticle, ParsedAttribution, ParsedPerson, ParsedStatement
from app.ingest.schemas import ArticleInput
from tests.conftest import Store

TEXT = (
    "Troops to leave by spring\n\n"
    "The last troops will leave the country by spring, officials said.\n\n"
    '"The withdrawal of the troops will be complete in March," said Anna Petrova, an analyst '
    "at the Center for Policy Studies.\n\n"
    "Defence Minister Ivan Sidorov told reporters that the withdrawal would be orderly.\n\n"
    '"We will not rush the withdrawal," Sidorov added.\n'
)
DAY = dt.date(2023, 3, 1)
SEED_ARTICLE = "rapid-withdrawal-of-csto-forces-from-kazakhstan-explained"
PEOPLE = [
    ParsedPerson(
        slug="anna-petrova",
        name="Anna Petrova",
        kind="expert",
        role="analyst",
        organization="Center for Policy Studies",
    ),
    ParsedPerson(slug="ivan-sidorov", name="Ivan Sidorov", kind="official", role="Minister"),
]


def _at(part: str, after: int = 0) -> tuple[int, int]:
    start = TEXT.index(part, after)
    return start, start + len(part)


def _statement(
    part: str, speaker: str, kind: str, cue: str | None, rule: str, confidence: float | None
) -> ParsedStatement:
    start, end = _at(part)
    attribution = None
    if confidence is not None:
        cue_start, cue_end = _at(cue, TEXT.rfind("\n\n", 0, start)) if cue else (None, None)
        attribution = ParsedAttribution(
            cue=cue, cue_start=cue_start, cue_end=cue_end, rule=rule, confidence=confidence
        )
    return ParsedStatement.model_validate(
        {
            "speaker": speaker,
            "kind": kind,
            "start": start,
            "end": end,
            "text": part,
            "said_on": DAY,
            "attribution": attribution,
        }
    )


STATEMENTS = [
    _statement(
        "The withdrawal of the troops will be complete in March",
        "anna-petrova",
        "quote",
        "said",
        "quote_said_name",
        0.95,
    ),
    _statement(
        "the withdrawal would be orderly",
        "ivan-sidorov",
        "paraphrase",
        "told",
        "reported_speech",
        0.6,
    ),
    _statement("We will not rush the withdrawal", "ivan-sidorov", "quote", None, "", None),
]


@pytest.fixture
def evidence(store: Store) -> Iterator[tuple[TestClient, str]]:
    data = ArticleInput(text=TEXT, published_on=DAY, source="Test Wire")
    parsed = ParsedArticle(
        text=TEXT,
        title="Troops to leave by spring",
        published_on=DAY,
        people=PEOPLE,
        statements=STATEMENTS,
    )
    # The seed's statements carry whatever attribution the parser gives them: without
    # them, filters over the whole store count this article's statements alone.
    assert store.write(lambda session: delete_article(session, SEED_ARTICLE))
    with store.factory() as session:
        tagger = load_tagger(session)
        extraction = Extraction(parsed, [tagger.tag(s.text) for s in STATEMENTS])
        slug = write_article(session, data, extraction).slug
        session.commit()
    with store.client() as client:
        yield client, slug


def _items(client: TestClient, **params: Any) -> list[dict[str, Any]]:
    response = client.get("/v1/statements", params={"limit": 100, **params})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["total"] == len(body["items"])
    return body["items"]


def test_statements_carry_their_attribution(evidence: tuple[TestClient, str]) -> None:
    client, slug = evidence
    items = {item["text"]: item for item in _items(client, article=slug)}
    quote = items["The withdrawal of the troops will be complete in March"]["attribution"]
    cue_start, cue_end = _at("said", _at("complete in March")[1])
    assert quote == {
        "cue": "said",
        "cue_span": {"start": cue_start, "end": cue_end},
        "rule": "quote_said_name",
        "confidence": 0.95,
    }
    told = items["the withdrawal would be orderly"]["attribution"]
    assert told["cue"] == "told"
    assert TEXT[told["cue_span"]["start"] : told["cue_span"]["end"]] == "told"
    assert (told["rule"], told["confidence"]) == ("reported_speech", 0.6)
    assert items["We will not rush the withdrawal"]["attribution"] is None


def test_detail_and_article_carry_it_too(evidence: tuple[TestClient, str]) -> None:
    client, slug = evidence
    listed = _items(client, article=slug)
    for item in listed:
        detail = client.get(f"/v1/statements/{item['id']}").json()
        assert detail["attribution"] == item["attribution"]
    article = client.get(f"/v1/articles/{slug}").json()
    assert [s["attribution"] for s in article["statements"]] == [
        s["attribution"] for s in sorted(listed, key=lambda s: s["position"])
    ]


@pytest.mark.parametrize(
    ("min_confidence", "expected"),
    [
        (None, 3),
        ("0", 2),  # statements without attribution never pass a confidence filter
        ("0.6", 2),  # inclusive
        ("0.61", 1),
        ("0.95", 1),
        ("1", 0),
    ],
)
def test_min_confidence_filters_the_list(
    evidence: tuple[TestClient, str], min_confidence: str | None, expected: int
) -> None:
    client, slug = evidence
    params = (
        {"article": slug}
        if min_confidence is None
        else {"article": slug, "min_confidence": min_confidence}
    )
    items = _items(client, **params)
    assert len(items) == expected
    if min_confidence is not None:
        assert all(i["attribution"]["confidence"] >= float(min_confidence) for i in items)


def test_min_confidence_with_every_filter_shape(evidence: tuple[TestClient, str]) -> None:
    client, _slug = evidence
    sure = {"min_confidence": "0.9"}
    # counter-answered shapes (all, one expert, one topic) must count, not read counters
    assert [i["expert"]["slug"] for i in _items(client, **sure)] == ["anna-petrova"]
    assert _items(client, expert="ivan-sidorov", **sure) == []
    assert len(_items(client, expert="ivan-sidorov", min_confidence="0.5")) == 1
    assert len(_items(client, topic="withdrawal", **sure)) == 1
    assert len(_items(client, topic="withdrawal", min_confidence="0.5")) == 2
    assert len(_items(client, topic=["withdrawal", "peacekeeping-mission"], **sure)) == 1
    assert len(_items(client, kind="paraphrase", min_confidence="0.5")) == 1
    assert len(_items(client, q="withdrawal", min_confidence="0.5")) == 2
    assert len(_items(client, q="withdrawal", sort="said_on", min_confidence="0.5")) == 2
    assert len(_items(client, **{"from": "2023-03-01", "to": "2023-03-01"}, **sure)) == 1


def test_pages_after_a_cursor_keep_the_filter(evidence: tuple[TestClient, str]) -> None:
    client, slug = evidence
    first = client.get(
        "/v1/statements", params={"article": slug, "min_confidence": "0.5", "limit": 1}
    ).json()
    assert first["total"] == 2
    assert first["next_cursor"]
    second = client.get(
        "/v1/statements",
        params={
            "article": slug,
            "min_confidence": "0.5",
            "limit": 1,
            "cursor": first["next_cursor"],
        },
    ).json()
    assert second["next_cursor"] is None
    assert {first["items"][0]["text"], second["items"][0]["text"]} == {
        "The withdrawal of the troops will be complete in March",
        "the withdrawal would be orderly",
    }


def test_facets_and_timeline_share_the_filter(evidence: tuple[TestClient, str]) -> None:
    client, _slug = evidence
    body = client.get(
        "/v1/statements",
        params={"min_confidence": "0.5", "facet": ["expert", "kind", "topic", "month"]},
    ).json()
    facets = body["facets"]
    assert {v["value"]: v["count"] for v in facets["expert"]} == {
        "anna-petrova": 1,
        "ivan-sidorov": 1,
    }
    assert {v["value"]: v["count"] for v in facets["kind"]} == {"quote": 1, "paraphrase": 1}
    assert {v["value"]: v["count"] for v in facets["month"]} == {"2023-03": 2}
    assert {v["value"]: v["count"] for v in facets["topic"]}["withdrawal"] == 2
    one = client.get(
        "/v1/statements",
        params={"expert": "ivan-sidorov", "min_confidence": "0.9", "facet": ["topic", "month"]},
    ).json()
    assert one["total"] == 0
    assert one["facets"] == {"topic": [], "month": []}
    timeline = client.get(
        "/v1/stats/timeline", params={"interval": "month", "min_confidence": "0.5"}
    )
    assert timeline.status_code == 200, timeline.text
    assert sum(p["count"] for p in timeline.json()) == 2


def test_csv_flattens_the_attribution(evidence: tuple[TestClient, str]) -> None:
    client, slug = evidence
    response = client.get("/v1/statements", params={"article": slug, "format": "csv"})
    assert response.status_code == 200
    rows = {r["text"]: r for r in csv.DictReader(io.StringIO(response.text))}
    quote = rows["The withdrawal of the troops will be complete in March"]
    cue_start, cue_end = _at("said", _at("complete in March")[1])
    assert (
        quote["attribution_cue"],
        quote["attribution_cue_start"],
        quote["attribution_cue_end"],
        quote["attribution_rule"],
        quote["attribution_confidence"],
    ) == ("said", str(cue_start), str(cue_end), "quote_said_name", "0.95")
    none = rows["We will not rush the withdrawal"]
    assert [
        none[f"attribution_{k}"] for k in ("cue", "cue_start", "cue_end", "rule", "confidence")
    ] == [""] * 5
    ndjson = client.get("/v1/statements", params={"article": slug, "format": "ndjson"})
    assert '"attribution":{"cue":"said"' in ndjson.text


@pytest.mark.parametrize("value", ["-0.1", "1.01", "abc", "nan", "inf", ""])
def test_bad_min_confidence_is_a_problem(client: TestClient, value: str) -> None:
    for path in ("/v1/statements", "/v1/stats/timeline"):
        response = client.get(path, params={"min_confidence": value})
        assert response.status_code == 422, (path, value, response.text)
        assert response.headers["content-type"] == "application/problem+json"
        assert "min_confidence" in response.json()["detail"]

"""Issue 11's query power on statements: several experts at once, the speaker's
organisation, the article's outlet and language, and their facets, over HTTP."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient


def article(name: str, role: str, organisation: str, words: str) -> str:
    return f"""Markets weigh the decision

Analysts were caught off guard on Tuesday.

{name}, {role} at {organisation}, says:

– {words}

"""


ARTICLES = [
    {
        "text": article(
            "Maria Lopez",
            "chief economist",
            "Banco Ejemplo",
            "The decision shows the bank is worried about inflation expectations, not growth.",
        ),
        "published_on": "2024-05-14",
        "source": "Reuters",
        "language": "en",
    },
    {
        "text": article(
            "Jean Dupont",
            "senior analyst",
            "Institut Exemple",
            "The central bank will have to cut rates again before the summer is over.",
        ),
        "published_on": "2024-05-15",
        "source": "Le Monde (lemonde.fr)",
        "language": "fr",
    },
]


@pytest.fixture
def three_outlets(write_client: TestClient, auth: dict[str, str]) -> TestClient:
    """The seed (mk.ru, one article) and two more, each with its outlet and language."""
    for body in ARTICLES:
        response = write_client.post("/v1/articles", json=body, headers=auth)
        assert response.status_code == 201, response.text
        assert response.json()["statements"], "each article has a statement"
    return write_client


def _items(client: TestClient, params: Any) -> list[dict[str, Any]]:
    response = client.get("/v1/statements", params=params)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["total"] == len(body["items"])
    items: list[dict[str, Any]] = body["items"]
    return items


def _speakers(items: list[dict[str, Any]]) -> set[str]:
    return {item["expert"]["slug"] for item in items if item["expert"]}


def test_expert_repeats_for_any_of_several(client: TestClient) -> None:
    everyone = _items(client, {"limit": 100})
    slugs = sorted(_speakers(everyone))
    assert len(slugs) >= 3
    one = _items(client, {"expert": slugs[0], "limit": 100})
    two = _items(client, [("expert", slugs[0]), ("expert", slugs[1]), ("limit", "100")])
    assert _speakers(one) == {slugs[0]}
    assert _speakers(two) == {slugs[0], slugs[1]}
    expected = [
        item["id"] for item in everyone if item["expert"] and item["expert"]["slug"] in slugs[:2]
    ]
    assert [item["id"] for item in two] == expected  # same order as the whole list
    # the same slug twice is the slug once
    assert _items(client, [("expert", slugs[0]), ("expert", slugs[0]), ("limit", "100")]) == one
    # an unknown slug among them adds nothing
    with_unknown = [("expert", slugs[0]), ("expert", "nobody-at-all"), ("limit", "100")]
    assert [item["id"] for item in _items(client, with_unknown)] == [item["id"] for item in one]


def test_several_experts_page_with_the_cursor(client: TestClient) -> None:
    slugs = sorted(_speakers(_items(client, {"limit": 100})))[:3]
    query = [("expert", slug) for slug in slugs]
    whole = _items(client, [*query, ("limit", "100")])
    seen: list[int] = []
    cursor = None
    while True:
        params = [*query, ("limit", "1")] + ([("cursor", cursor)] if cursor else [])
        response = client.get("/v1/statements", params=params)
        assert response.status_code == 200, response.text
        body = response.json()
        assert body["total"] == len(whole)
        seen += [item["id"] for item in body["items"]]
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert seen == [item["id"] for item in whole]


def test_single_valued_parameters_still_refuse_repeats(client: TestClient) -> None:
    for name, value in [("kind", "quote"), ("source", "mk"), ("language", "en")]:
        response = client.get("/v1/statements", params=[(name, value), (name, value)])
        assert response.status_code == 422, name
        assert response.headers["content-type"] == "application/problem+json"
        assert "more than once" in response.json()["detail"]
    # expert is single-valued on articles, repeatable on statements and the timeline
    response = client.get("/v1/articles", params=[("expert", "a"), ("expert", "b")])
    assert response.status_code == 422
    response = client.get("/v1/stats/timeline", params=[("expert", "a"), ("expert", "b")])
    assert response.status_code == 200


def test_expert_is_documented_as_an_array(client: TestClient) -> None:
    document = client.get("/openapi.json").json()
    for path in ("/v1/statements", "/v1/stats/timeline"):
        parameters = document["paths"][path]["get"]["parameters"]
        expert = next(p for p in parameters if p["name"] == "expert")
        assert expert["schema"]["type"] == "array"
        assert expert["schema"]["examples"] == [["askar-nursha"]]
    parameters = document["paths"]["/v1/statements"]["get"]["parameters"]
    names = {p["name"] for p in parameters}
    assert {"organization", "source", "language", "updated_since"} <= names


def test_source_language_and_organization_filter(three_outlets: TestClient) -> None:
    client = three_outlets
    everything = _items(client, {"limit": 100})
    reuters = _items(client, {"source": "reuters", "limit": 100})
    assert reuters
    assert _speakers(reuters) == {"maria-lopez"}
    assert _items(client, {"source": "LEMONDE.FR", "limit": 100})[0]["expert"]["slug"] == (
        "jean-dupont"
    )
    seed = _items(client, {"source": "mk.ru", "limit": 100})
    assert len(seed) + len(reuters) + len(_items(client, {"source": "lemonde"})) == len(everything)
    assert _items(client, {"source": "%", "limit": 100}) == []  # a LIKE wildcard is a character
    french = _items(client, {"language": "FR", "limit": 100})
    assert _speakers(french) == {"jean-dupont"}
    english = _items(client, {"language": "en", "limit": 100})
    assert "jean-dupont" not in _speakers(english)
    assert "maria-lopez" in _speakers(english)
    banco = _items(client, {"organization": "banco ejemplo", "limit": 100})
    assert _speakers(banco) == {"maria-lopez"}
    assert all(item["expert"]["organization"] == "Banco Ejemplo" for item in banco)
    both = _items(client, {"organization": "exemple", "language": "en"})
    assert both == []
    combined = [("source", "e"), ("expert", "maria-lopez"), ("expert", "jean-dupont")]
    assert _speakers(_items(client, combined)) == {"maria-lopez", "jean-dupont"}


@pytest.mark.parametrize(
    ("name", "value"), [("language", "english language"), ("language", "e"), ("source", "")]
)
def test_bad_values_are_422(client: TestClient, name: str, value: str) -> None:
    response = client.get("/v1/statements", params={name: value})
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    assert name in response.json()["detail"]


def test_source_and_organization_facets(three_outlets: TestClient) -> None:
    client = three_outlets
    query = [("facet", "source"), ("facet", "organization"), ("limit", "1")]
    response = client.get("/v1/statements", params=query)
    assert response.status_code == 200, response.text
    facets = response.json()["facets"]
    assert set(facets) == {"source", "organization"}
    sources = {v["value"]: v["count"] for v in facets["source"]}
    assert {"Reuters", "Le Monde (lemonde.fr)"} <= set(sources)
    for value, count in sources.items():  # each count is what the filter finds
        params = {"source": value, "limit": 100}
        assert len(_items(client, params)) == count
        assert next(v for v in facets["source"] if v["value"] == value)["label"] == value
    organisations = {v["value"]: v["count"] for v in facets["organization"]}
    assert organisations["Banco Ejemplo"] == 1
    assert organisations["Institut Exemple"] == 1
    # counted over the current filter
    response = client.get("/v1/statements", params=[*query, ("language", "fr")])
    facets = response.json()["facets"]
    assert [v["value"] for v in facets["source"]] == ["Le Monde (lemonde.fr)"]
    assert [v["value"] for v in facets["organization"]] == ["Institut Exemple"]


def test_facet_names_are_typed_in_the_document(client: TestClient) -> None:
    document = client.get("/openapi.json").json()
    properties = document["components"]["schemas"]["FacetCounts"]["properties"]
    assert {"source", "organization"} <= set(properties)

"""Full-text search on statements: the query language, highlighting, sorts and cursors.

Expected results are computed directly from the statements' text, not typed in, so the
same assertions hold on SQLite (FTS5) and PostgreSQL (tsvector)."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import delete
from sqlalchemy.orm import Session

from app.core.db import begin_write
from app.ingest.schemas import ArticleInput
from app.models import Article
from tests.conftest import Store


def _fold(text: str) -> list[str]:
    plain = "".join(
        c for c in unicodedata.normalize("NFD", text.lower()) if not unicodedata.combining(c)
    )
    return re.findall(r"[^\W_]+", plain)


def _everything(client: TestClient) -> list[dict[str, Any]]:
    body = client.get("/v1/statements", params={"limit": 100}).json()
    assert body["total"] == len(body["items"])
    return body["items"]


def _search(client: TestClient, q: str, **params: Any) -> dict[str, Any]:
    response = client.get("/v1/statements", params={"q": q, "limit": 100, **params})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["total"] == len(body["items"])
    return body


def _ids(client: TestClient, q: str) -> set[int]:
    return {item["id"] for item in _search(client, q)["items"]}


def _where(client: TestClient, keep: Any) -> set[int]:
    return {item["id"] for item in _everything(client) if keep(_fold(item["text"]))}


def _has_phrase(words: list[str], phrase: list[str]) -> bool:
    n = len(phrase)
    return any(words[i : i + n] == phrase for i in range(len(words) - n + 1))


def test_a_phrase_matches_its_words_in_order(client: TestClient) -> None:
    found = _ids(client, '"reputational burden"')
    assert found == _where(client, lambda w: _has_phrase(w, ["reputational", "burden"]))
    assert len(found) == 1
    item = _search(client, '"reputational burden"')["items"][0]
    assert item["expert"]["slug"] == "stanislav-pritchin"
    assert _ids(client, '"burden reputational"') == set()


def test_a_prefix_matches_every_word_starting_so(client: TestClient) -> None:
    found = _ids(client, "stabil*")
    assert found == _where(client, lambda w: any(x.startswith("stabil") for x in w))
    assert found
    assert _ids(client, "peacekeep*") == _where(
        client, lambda w: any(x.startswith("peacekeep") for x in w)
    )


def test_words_are_anded_by_default(client: TestClient) -> None:
    found = _ids(client, "troops occupation")
    assert found == _where(client, lambda w: "troops" in w and "occupation" in w)
    assert found
    assert found < _ids(client, "troops")


def test_or_gives_the_union(client: TestClient) -> None:
    found = _ids(client, "weapons OR occupation")
    assert found == _ids(client, "weapons") | _ids(client, "occupation")
    assert len(found) >= 2


def test_or_binds_tighter_than_and(client: TestClient) -> None:
    found = _ids(client, "csto weapons OR occupation")
    expected = _where(client, lambda w: "csto" in w and ("weapons" in w or "occupation" in w))
    assert found == expected
    assert found


def test_minus_excludes(client: TestClient) -> None:
    found = _ids(client, "troops -occupation")
    assert found == _where(client, lambda w: "troops" in w and "occupation" not in w)
    assert found
    assert found.isdisjoint(_ids(client, "occupation"))
    assert _ids(client, 'csto -"reputational burden"') == _ids(client, "csto") - _ids(
        client, '"reputational burden"'
    )


@pytest.mark.parametrize("q", ["TOKAYEV", "Tokayev", "tokáyev", "TÕKÂYĘV", "tokay*"])
def test_matching_ignores_case_and_diacritics(client: TestClient, q: str) -> None:
    assert _ids(client, q) == _where(client, lambda w: "tokayev" in w)


def test_diacritics_in_the_text_match_plain_queries(store: Store, write_client: TestClient) -> None:
    store.ingest(
        ArticleInput(
            text=(
                "Cafés close early\n\nJane Doe, an economist at Example Bank, says:\n\n"
                "– The Café Müller crowd in São Paulo is staying home this year."
            ),
            published_on=dt.date(2023, 3, 1),
        ),
    )
    for q in ["cafe muller", '"sao paulo"', "CAFÉ", "müll*"]:
        items = _search(write_client, q)["items"]
        assert [i["expert"]["slug"] for i in items] == ["jane-doe"], q
    marked = _search(write_client, "muller")["items"][0]["highlight"]
    assert "<mark>Müller</mark>" in marked


@pytest.mark.parametrize(
    "q",
    [
        '"unbalanced quote',
        'troops "burden',
        "OR",
        "troops OR",
        "OR troops",
        "troops OR OR army",
        "AND troops",
        "-",
        "-troops",
        "troops OR -army",
        "*",
        "tro*ops",
        '""',
        "—",
        "x" * 501,
    ],
)
def test_a_malformed_query_is_a_422_problem(client: TestClient, q: str) -> None:
    response = client.get("/v1/statements", params={"q": q})
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["detail"]


def test_fts_syntax_in_a_term_is_only_text(client: TestClient) -> None:
    for q in ["NEAR(troops army)", "text:troops", "troops^", "'troops'", "troops)"]:
        response = client.get("/v1/statements", params={"q": q})
        assert response.status_code == 200, (q, response.text)


@pytest.mark.parametrize("path", ["/v1/statements", "/v1/experts", "/v1/articles"])
@pytest.mark.parametrize("q", ["", "   "])
def test_an_empty_q_is_a_422(client: TestClient, path: str, q: str) -> None:
    response = client.get(path, params={"q": q})
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"


def test_highlight_marks_matches_and_escapes_the_rest(
    store: Store, write_client: TestClient
) -> None:
    store.ingest(
        ArticleInput(
            text=(
                "Markets brace for rate rise\n\nJane Doe, an economist at Example Bank, says:\n\n"
                '– Inflation is not going away <script>alert("x")</script> on its own & fast.'
            ),
            published_on=dt.date(2023, 3, 1),
        ),
    )
    item = _search(write_client, "script inflation")["items"][0]
    assert item["text"].count("<script>") == 1
    assert item["highlight"] == (
        "<mark>Inflation</mark> is not going away &lt;<mark>script</mark>&gt;alert(&quot;x&quot;)"
        "&lt;/<mark>script</mark>&gt; on its own &amp; fast."
    )
    assert "<script" not in item["highlight"]


def test_highlight_wraps_whole_phrases_and_prefixes(client: TestClient) -> None:
    item = _search(client, '"reputational burden" stabil*')["items"][0]
    assert "<mark>reputational burden</mark>" in item["highlight"]
    assert "<mark>stabilized</mark>" in item["highlight"]
    assert "<mark>stabilization</mark>" in item["highlight"]
    plain = item["highlight"].replace("<mark>", "").replace("</mark>", "")
    assert plain.replace("&#x27;", "'") == item["text"]


def test_without_q_there_is_no_highlight(client: TestClient) -> None:
    assert all(item["highlight"] is None for item in _everything(client))


def test_q_sorts_by_relevance_by_default(client: TestClient) -> None:
    default = [i["id"] for i in _search(client, "the")["items"]]
    explicit = [i["id"] for i in _search(client, "the", sort="relevance")["items"]]
    assert default == explicit
    assert set(default) == _where(client, lambda w: "the" in w)
    by_date = _search(client, "the", sort="-said_on")["items"]
    keys = [(i["said_on"], -i["position"]) for i in by_date]
    assert keys == sorted(keys, reverse=True)


def test_the_best_match_comes_first(client: TestClient) -> None:
    # One statement says "stabilization", "stabilized" and "stabilizing"; rank puts the
    # statement with more matches first on both stores.
    items = _search(client, "stabil* OR troops")["items"]
    assert items[0]["highlight"].count("<mark>") >= items[-1]["highlight"].count("<mark>")


def test_relevance_needs_q(client: TestClient) -> None:
    response = client.get("/v1/statements", params={"sort": "relevance"})
    assert response.status_code == 422
    assert "q" in response.json()["detail"]


def _walk(client: TestClient, **params: Any) -> list[int]:
    seen: list[int] = []
    cursor = None
    while True:
        page = {"limit": 2, **params} | ({"cursor": cursor} if cursor else {})
        response = client.get("/v1/statements", params=page)
        assert response.status_code == 200, response.text
        body = response.json()
        seen += [i["id"] for i in body["items"]]
        cursor = body["next_cursor"]
        if cursor is None:
            return seen


@pytest.mark.parametrize(
    "params",
    [
        {"sort": "said_on"},
        {"sort": "-said_on"},
        {"q": "the"},
        {"q": "the", "sort": "said_on"},
        {"q": "the OR csto", "sort": "-said_on"},
        {"q": "the", "kind": "quote"},
        {"topic": "peacekeeping-mission"},
        {"topic": "peacekeeping-mission", "sort": "said_on", "from": "2022-01-11"},
        {"topic": "peacekeeping-mission", "kind": "quote", "to": "2022-01-11"},
    ],
)
def test_cursors_are_correct_under_every_sort(client: TestClient, params: dict[str, Any]) -> None:
    whole = client.get("/v1/statements", params={"limit": 100, **params}).json()
    walked = _walk(client, **params)
    assert walked == [i["id"] for i in whole["items"]]
    assert len(walked) == len(set(walked)) == whole["total"]


def test_said_on_sort_is_oldest_first(client: TestClient) -> None:
    items = client.get("/v1/statements", params={"sort": "said_on", "limit": 100}).json()["items"]
    keys = [(i["said_on"], i["position"]) for i in items]
    assert keys == sorted(keys)


def test_a_cursor_only_works_for_its_own_sort(client: TestClient) -> None:
    cursor = client.get("/v1/statements", params={"q": "the", "limit": 1}).json()["next_cursor"]
    assert cursor
    response = client.get("/v1/statements", params={"sort": "-said_on", "cursor": cursor})
    assert response.status_code == 422
    by_date = client.get("/v1/statements", params={"limit": 1}).json()["next_cursor"]
    response = client.get("/v1/statements", params={"q": "the", "cursor": by_date})
    assert response.status_code == 422


def test_search_combines_with_filters(client: TestClient) -> None:
    found = _search(client, "csto", expert="askar-nursha")["items"]
    assert found
    assert all(i["expert"]["slug"] == "askar-nursha" for i in found)
    assert {i["id"] for i in found} == _ids(client, "csto") & {
        i["id"] for i in _everything(client) if (i["expert"] or {}).get("slug") == "askar-nursha"
    }


def test_ingest_and_delete_keep_the_index_in_step(store: Store, write_client: TestClient) -> None:
    assert _search(write_client, "zanzibar")["total"] == 0
    result = store.ingest(
        ArticleInput(
            text=(
                "Zanzibar spice prices\n\nJane Doe, an economist at Example Bank, says:\n\n"
                "– Zanzibar cloves will cost more this winter."
            ),
            published_on=dt.date(2023, 3, 1),
        ),
    )
    assert _search(write_client, "zanzibar")["total"] == 1

    # Deleting the article cascades to its statements; the triggers must follow (those of
    # the search index, and migration 0010's, which move the data version).
    def remove(session: Session) -> None:
        begin_write(session)
        session.execute(delete(Article).where(Article.slug == result.slug))

    store.write(remove)
    assert _search(write_client, "zanzibar")["total"] == 0
    assert _search(write_client, "csto")["total"] > 0


def test_ranking_beyond_the_window_lists_the_rest_newest_first(
    seeded_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.core.config import Settings
    from app.main import create_app
    from app.search import backend

    # The window is how FTS5 and GIN bound ranking; with RUM every match is ranked (see
    # test_rank_index.py), so on PostgreSQL this runs on the GIN path.
    settings = Settings(
        database_url=seeded_store.settings.database_url,
        response_cache_entries=0,
        search_rank_index="gin",
    )
    with TestClient(create_app(settings)) as client:
        everything = sorted(_ids(client, "the"), reverse=True)
        assert len(everything) > 3
        monkeypatch.setattr(backend, "RANK_WINDOW", 3)
        whole = [i["id"] for i in _search(client, "the")["items"]]
        assert sorted(whole[:3], reverse=True) == everything[:3]
        assert whole[3:] == everything[3:]
        assert _walk(client, q="the") == whole
        first = client.get("/v1/statements", params={"q": "the", "limit": 3}).json()
        assert first["total"] == len(everything)

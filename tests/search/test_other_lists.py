"""Search on articles and experts: the same language, over their own fields."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

SEED = "rapid-withdrawal-of-csto-forces-from-kazakhstan-explained"


@pytest.mark.parametrize(
    "q",
    [
        "ИСТОЧНИК",  # non-Latin letters fold case too
        "источ*",
        '"www.mk.ru"',
        "mk.ru",
        '"kassym-zhomart tokayev"',
        "country's",
        '"reputational burden" -zanzibar',
        "explained",  # the title
    ],
)
def test_article_search_reads_title_and_text(client: TestClient, q: str) -> None:
    body = client.get("/v1/articles", params={"q": q}).json()
    assert [a["slug"] for a in body["items"]] == [SEED], q
    assert body["total"] == 1


@pytest.mark.parametrize("q", ["zanzibar", '"burden reputational"', "explained -csto"])
def test_article_search_excludes(client: TestClient, q: str) -> None:
    assert client.get("/v1/articles", params={"q": q}).json()["total"] == 0


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("kassym-zhomart", {"kassym-zhomart-tokayev"}),
        ('"Kassym Zhomart"', {"kassym-zhomart-tokayev"}),
        ("zhom*", {"kassym-zhomart-tokayev"}),
        ("putin OR tokayev", {"vladimir-putin", "kassym-zhomart-tokayev"}),
        ('"world economy"', {"askar-nursha"}),
    ],
)
def test_expert_search_reads_name_role_and_organisation(
    client: TestClient, q: str, expected: set[str]
) -> None:
    found = {e["slug"] for e in client.get("/v1/experts", params={"q": q}).json()["items"]}
    assert found == expected

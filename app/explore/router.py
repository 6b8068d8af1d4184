"""The explorer's pages: search and statements, an expert, a topic, an article in full."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

from app.explore.charts import bar_chart, month_periods
from app.explore.public_api import ApiProblem, PublicApi
from app.explore.view_state import ViewState

TEMPLATES = Jinja2Templates(directory=Path(__file__).parent / "templates")
# The facets shown, by the /v1 facet (and filter) name, with their headings; `source` is
# the article's outlet.
FACETS = {
    "expert": "Expert",
    "topic": "Topic",
    "kind": "Kind",
    "month": "Month",
    "source": "Outlet",
}
PAGE_SIZE = 20

router = APIRouter(prefix="/explore", include_in_schema=False)


def _page(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    return TEMPLATES.TemplateResponse(request, template, context, status_code=status)


def _problem_page(request: Request, problem: ApiProblem) -> HTMLResponse:
    return _page(request, "problem.html", status=problem.status, problem=problem.problem)


@router.get("", response_class=HTMLResponse)
async def explore(request: Request) -> HTMLResponse:
    """Search and filter statements, with facets and counts."""
    state = ViewState.from_query(request.query_params)
    params: dict[str, Any] = {**state.api_params(), "facet": list(FACETS), "limit": PAGE_SIZE}
    error = None
    async with PublicApi(request) as api:
        try:
            page = await api.get("/v1/statements", params)
        except ApiProblem as problem:
            if problem.status != 422:
                return _problem_page(request, problem)
            error = problem.problem.get("detail") or "The filter is not valid."
            page = {"items": [], "total": 0, "next_cursor": None, "facets": {}}
    csv_query = urlencode(state.filters())
    return _page(
        request,
        "explore.html",
        status=422 if error else 200,
        state=state,
        page=page,
        facets=page.get("facets") or {},
        facet_names=FACETS,
        filter_titles={**FACETS, "q": "Search", "from": "From", "to": "To"},
        error=error,
        csv_url=f"/v1/statements.csv?{csv_query}",
    )


@router.get("/experts/{slug}", response_class=HTMLResponse)
async def expert_page(request: Request, slug: str) -> HTMLResponse:
    """One person: role history, topics, statements per month, and their statements."""
    async with PublicApi(request) as api:
        try:
            expert = await api.get(f"/v1/experts/{slug}")
            statements = await api.get("/v1/statements", {"expert": slug, "limit": PAGE_SIZE})
        except ApiProblem as problem:
            return _problem_page(request, problem)
    counts = {point["month"]: point["count"] for point in expert.get("timeline", [])}
    chart = bar_chart(month_periods(counts), f"Statements by {expert['name']} per month")
    return _page(
        request,
        "expert.html",
        expert=expert,
        statements=statements,
        chart=chart,
        more_url=ViewState(values={"expert": slug}).url(),
    )


@router.get("/topics/{slug}", response_class=HTMLResponse)
async def topic_page(request: Request, slug: str) -> HTMLResponse:
    """One topic: who speaks on it most, statements per month, the latest statements."""
    async with PublicApi(request) as api:
        try:
            topic = await api.get(f"/v1/topics/{slug}")
            timeline = await api.get("/v1/stats/timeline", {"topic": slug, "interval": "month"})
            statements = await api.get("/v1/statements", {"topic": slug, "limit": 10})
        except ApiProblem as problem:
            return _problem_page(request, problem)
    counts = {point["period_start"][:7]: point["count"] for point in timeline if point["count"]}
    chart = bar_chart(month_periods(counts), f"Statements on {topic['name']} per month")
    return _page(
        request,
        "topic.html",
        topic=topic,
        statements=statements,
        chart=chart,
        more_url=ViewState(topics=(slug,)).url(),
    )


@router.get("/articles/{slug}", response_class=HTMLResponse)
async def article_page(request: Request, slug: str) -> HTMLResponse:
    """The article's exact text with every statement marked in place."""
    async with PublicApi(request) as api:
        try:
            article = await api.get(f"/v1/articles/{slug}")
        except ApiProblem as problem:
            return _problem_page(request, problem)
    current = request.query_params.get("statement")
    return _page(
        request,
        "article.html",
        article=article,
        marked_text=_marked_text(article["text"], article["statements"], current),
    )


def _marked_text(text: str, statements: list[dict[str, Any]], current: str | None) -> Markup:
    """The text, escaped, each statement span wrapped in a linkable ``<mark>``."""
    parts: list[str] = []
    at = 0
    for statement in sorted(statements, key=lambda s: s["span"]["start"]):
        start, end = statement["span"]["start"], statement["span"]["end"]
        if start < at:  # overlapping spans are not expected; never garble the text
            continue
        speaker = (statement.get("expert") or {}).get("name") or "unattributed"
        classes = "statement current" if str(statement["id"]) == current else "statement"
        parts.append(str(escape(text[at:start])))
        parts.append(
            f'<mark id="statement-{statement["id"]}" class="{classes}" '
            f'title="{escape(speaker)} ({escape(statement["kind"])})">'
            f"{escape(text[start:end])}</mark>"
        )
        at = end
    parts.append(str(escape(text[at:])))
    return Markup("".join(parts))

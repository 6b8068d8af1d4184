"""PlannedRoute (app/core/planned_route.py) answers exactly as FastAPI's own handler: the
same values reach the endpoint, the same 422 errors in the same order, the same status
codes, for the real statements list and for a made-up operation with every kind of
parameter the plan covers. FastAPI's handler serves a request while dependency overrides
are set, which is how these tests get its answer for the same request to compare."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Annotated, Any, Literal

import fastapi.routing
import pytest
from fastapi import APIRouter, Depends, FastAPI, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.testclient import TestClient

from app.core import planned_route
from app.core.config import Settings
from app.core.errors import install_error_handlers
from app.core.listing import no_repeated_parameters
from app.core.planned_route import PlannedRoute
from app.core.strict_types import DIGITS_ONLY, IsoDate
from app.main import create_app
from tests.conftest import Store

EVENTS: list[str] = []


async def opened(request: Request) -> AsyncIterator[str]:
    EVENTS.append("open")
    try:
        yield "resource"
    finally:
        EVENTS.append("close")


async def word_filter(
    word: Annotated[list[str] | None, Query(min_length=2, max_length=5)] = None,
    since: Annotated[IsoDate | None, Query(alias="from")] = None,
    kind: Annotated[Literal["a", "b"] | None, Query()] = None,
) -> dict[str, Any]:
    if word and "boom" in word:
        raise ValueError("the dependency ran")
    return {"word": word or [], "since": since.isoformat() if since else None, "kind": kind}


def sync_part(size: Annotated[int, Query(ge=1, le=50), DIGITS_ONLY] = 10) -> int:
    return size * 2


def _endpoint_app(route_class: type[PlannedRoute] | None) -> FastAPI:
    app = FastAPI()
    install_error_handlers(app)
    router = APIRouter(dependencies=[Depends(no_repeated_parameters)])
    if route_class is not None:
        router.route_class = route_class

    @router.get("/items/{item_id}")
    async def items(
        request: Request,
        item_id: Annotated[int, Path(ge=1), DIGITS_ONLY],
        resource: Annotated[str, Depends(opened, scope="function")],
        filters: Annotated[dict[str, Any], Depends(word_filter)],
        doubled: Annotated[int, Depends(sync_part)],
        ratio: Annotated[float | None, Query(ge=0.0, le=1.0, allow_inf_nan=False)] = None,
        required: Annotated[str, Query(pattern="^[a-z]+$")] = "x",
        must: Annotated[str | None, Query()] = None,
    ) -> Response:
        EVENTS.append("endpoint")
        return JSONResponse(
            {
                "item_id": item_id,
                "resource": resource,
                "filters": filters,
                "doubled": doubled,
                "ratio": ratio,
                "required": required,
                "must": must,
                "path": request.url.path,
            }
        )

    @router.get("/needs")
    def needs(value: Annotated[int, Query(), DIGITS_ONLY]) -> Response:
        return JSONResponse({"value": value})

    app.include_router(router)
    return app


QUERIES = [
    "/items/3",
    "/items/3?word=ab&word=cde&from=2020-01-02&kind=a&size=7&ratio=0.5&required=abc",
    "/items/0",
    "/items/+3",
    "/items/3?word=a",
    "/items/3?word=abcdefg&from=0&kind=c",
    "/items/3?size=0&ratio=nan",
    "/items/3?size=%2B5",
    "/items/3?size=5&size=6",
    "/items/3?word=ab&word=",
    "/items/3?from=2020-13-01&ratio=2&required=ABC",
    "/items/x?word=a&size=x",
    "/items/3?word=boom&word=ab",
    "/items/3?must=",
    "/needs",
    "/needs?value=",
    "/needs?value=12",
    "/needs?value=1.5",
]


def _answer(client: TestClient, path: str) -> tuple[int, str, Any]:
    response = client.get(path)
    return response.status_code, response.headers.get("content-type", ""), response.json()


@pytest.mark.parametrize("path", QUERIES)
def test_a_planned_route_answers_as_fastapi_does(path: str) -> None:
    plain = TestClient(_endpoint_app(None), raise_server_exceptions=False)
    planned = TestClient(_endpoint_app(PlannedRoute), raise_server_exceptions=False)
    if "boom" in path:
        assert plain.get(path).status_code == planned.get(path).status_code == 500
        return
    EVENTS.clear()
    expected = _answer(plain, path)
    plain_events = list(EVENTS)
    EVENTS.clear()
    assert _answer(planned, path) == expected
    assert plain_events == EVENTS, "the generator dependency opens and closes as in FastAPI"


@pytest.fixture
def solver_calls(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """One entry per call of FastAPI's own dependency solver (its handler, not the plan)."""
    calls: list[object] = []
    original = fastapi.routing.solve_dependencies  # type: ignore[attr-defined]

    async def counting(*args: Any, **kwargs: Any) -> Any:
        calls.append(args)
        return await original(*args, **kwargs)

    monkeypatch.setattr(fastapi.routing, "solve_dependencies", counting)
    return calls


def test_the_plan_is_what_serves_the_request(solver_calls: list[object]) -> None:
    """Not FastAPI's handler under another name: the plan calls FastAPI's solver zero
    times, which the fallback (dependency overrides set) calls."""
    app = _endpoint_app(PlannedRoute)
    client = TestClient(app)
    assert client.get("/items/3?word=ab&word=cd").status_code == 200
    assert len(solver_calls) == 0
    app.dependency_overrides[sync_part] = lambda: 1
    assert client.get("/items/3?word=ab&word=cd").json()["doubled"] == 1
    assert len(solver_calls) == 1


def test_without_fastapis_private_helpers_every_route_is_fastapis(
    solver_calls: list[object], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A FastAPI that no longer has the helpers the plan asks (``PLANNABLE`` false, as an
    ImportError at import sets it) serves each route with its own handler: slower, the
    same answers."""
    monkeypatch.setattr(planned_route, "PLANNABLE", False)
    client = TestClient(_endpoint_app(PlannedRoute))
    answer = client.get("/items/3?word=ab&word=cd")
    assert answer.status_code == 200
    assert answer.json()["filters"]["word"] == ["ab", "cd"]
    assert len(solver_calls) == 1


STATEMENT_QUERIES = [
    "/v1/statements?expert=askar-nursha",
    "/v1/statements?topic=stabilization&from=2022-01-01&to=2022-12-31",
    "/v1/statements?expert=&topic=Bad_Slug&limit=0&facet=nope",
    "/v1/statements?from=2022-1-1&to=yesterday&min_confidence=2&kind=rumour",
    "/v1/statements?limit=%2B5",
    "/v1/statements?limit=5&limit=6",
    "/v1/statements?q=%22unclosed&sort=relevance",
    "/v1/statements?q=&month=2022-13&facet_size=0",
    "/v1/statements?language=e&updated_since=2022-01-01T00:00:00",
    "/v1/statements?cursor=not-a-cursor",
    "/v1/statements?format=xml&include=everything",
    "/v1/statements?format=csv&topic=stabilization",
    "/v1/statements/1",
    "/v1/statements/0",
    "/v1/statements/%2B1?include=context",
    "/v1/statements/99999999999",
]


def _unused() -> None:
    """A dependency no route declares."""


# An empty parameter value is refused by app/core/empty_values.py before any route.
REFUSED_BEFORE_ROUTING = {
    "/v1/statements?expert=&topic=Bad_Slug&limit=0&facet=nope",
    "/v1/statements?q=&month=2022-13&facet_size=0",
}


@pytest.fixture(scope="module")
def uncached(seeded_store: Store) -> Iterator[TestClient]:
    """The seeded app with the response cache off, so that each request reaches a handler."""
    settings = Settings(database_url=seeded_store.settings.database_url, response_cache_entries=0)
    with TestClient(create_app(settings), raise_server_exceptions=False) as client:
        yield client


@pytest.mark.parametrize("path", STATEMENT_QUERIES)
def test_the_statements_routes_answer_as_fastapi_does(
    uncached: TestClient, path: str, solver_calls: list[object]
) -> None:
    app: FastAPI = uncached.app  # type: ignore[assignment]
    planned = uncached.get(path, follow_redirects=False)
    assert len(solver_calls) == 0, "the plan served the first request"
    app.dependency_overrides[_unused] = _unused
    try:
        plain = uncached.get(path, follow_redirects=False)
    finally:
        app.dependency_overrides.clear()
    assert len(solver_calls) == (0 if path in REFUSED_BEFORE_ROUTING else 1), (
        "FastAPI's handler served the second"
    )
    assert planned.status_code == plain.status_code
    assert planned.headers.get("content-type") == plain.headers.get("content-type")
    assert planned.headers.get("location") == plain.headers.get("location")
    if planned.headers.get("content-type", "").endswith("json"):
        body, expected = planned.json(), plain.json()
        body.pop("request_id", None)
        expected.pop("request_id", None)
        assert body == expected


def test_an_endpoint_that_returns_a_model_is_left_to_fastapi() -> None:
    """The plan sends a returned ``Response`` as it is; a returned dict or model needs
    FastAPI's serialisation, so such a route is never planned."""
    app = FastAPI()
    router = APIRouter(route_class=PlannedRoute)

    @router.get("/model")
    async def model(size: Annotated[int, Query()] = 3) -> dict[str, int]:
        return {"size": size}

    app.include_router(router)
    assert TestClient(app).get("/model?size=4").json() == {"size": 4}


def test_a_validation_error_names_its_endpoint_as_fastapis_does() -> None:
    """The error a planned route raises carries what FastAPI's handler attaches to it (the
    endpoint's function, file and line, method and path), which its message prints."""
    raised: list[RequestValidationError] = []

    def app_recording_errors(route_class: type[PlannedRoute] | None) -> FastAPI:
        app = _endpoint_app(route_class)

        @app.exception_handler(RequestValidationError)
        async def record(request: Request, exc: RequestValidationError) -> Response:
            raised.append(exc)
            return JSONResponse({}, status_code=422)

        return app

    for route_class in (None, PlannedRoute):
        client = TestClient(app_recording_errors(route_class))
        assert client.get("/items/0?size=0").status_code == 422
    plain, planned = raised
    assert planned.endpoint_ctx == plain.endpoint_ctx
    assert planned.endpoint_ctx is not None
    assert planned.endpoint_ctx["path"] == "GET /items/{item_id}"
    assert planned.endpoint_ctx["function"] == "items"
    assert str(planned) == str(plain)
    assert planned.body == plain.body

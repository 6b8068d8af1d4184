"""The explorer's only door to the data: the public ``/v1`` API, called in process.

Each page asks the same app over HTTP (httpx on an ASGI transport, so no socket), with
the host and scheme the browser used. The explorer therefore sees exactly what any client
sees: the same validation, the same caching, the same JSON, and nothing private.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import httpx
from fastapi import Request

Params = Mapping[str, str | int | Sequence[str]]


class ApiProblem(Exception):
    """The API answered with an error; the explorer shows its problem document."""

    def __init__(self, status: int, problem: dict[str, Any]) -> None:
        super().__init__(problem.get("detail") or problem.get("title") or str(status))
        self.status = status
        self.problem = problem


class PublicApi:
    def __init__(self, request: Request) -> None:
        host = request.headers.get("host") or "localhost"
        self._client = httpx.AsyncClient(
            transport=httpx.ASGITransport(app=request.app),
            base_url=f"{request.url.scheme}://{host}",
            headers={"accept": "application/json"},
        )

    async def __aenter__(self) -> PublicApi:
        return self

    async def __aexit__(self, *_exc: object) -> None:
        await self._client.aclose()

    async def get(self, path: str, params: Params | None = None) -> Any:
        response = await self._client.get(path, params=_pairs(params or {}))
        body = response.json()
        if response.status_code >= 400:
            raise ApiProblem(response.status_code, body if isinstance(body, dict) else {})
        return body


def _pairs(params: Params) -> list[tuple[str, str | int | float | bool | None]]:
    pairs: list[tuple[str, str | int | float | bool | None]] = []
    for name, value in params.items():
        if isinstance(value, str | int):
            pairs.append((name, str(value)))
        else:
            pairs.extend((name, item) for item in value)
    return pairs

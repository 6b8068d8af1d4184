"""``GET /`` and ``GET /v1``: where to start, as links to the resources.

The links are read from the OpenAPI document, so a new list endpoint appears here
without being added twice.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field

from app.core.errors import problem_responses

router = APIRouter(tags=["index"])
API_PREFIX = "/v1"


class ResourceLink(BaseModel):
    """A link to a resource, with what it is."""

    rel: str = Field(description="What the link is to.", examples=["statements"])
    href: str = Field(description="Its path on this server.", examples=["/v1/statements"])
    title: str = Field(description="What it serves.", examples=["List, search or facet statements"])


class ApiIndex(BaseModel):
    """The service and links to what it serves."""

    title: str = Field(description="The service.", examples=["Commentariat"])
    version: str = Field(description="The API's version.", examples=["1.0.0"])
    links: list[ResourceLink] = Field(description="Where to go from here.")


def _collections(request: Request) -> list[ResourceLink]:
    """Every ``GET /v1/...`` path without a path parameter: the lists."""
    links = []
    for path, operations in request.app.openapi().get("paths", {}).items():
        get = operations.get("get")
        if get is None or not path.startswith(API_PREFIX + "/") or "{" in path:
            continue
        rel = path.removeprefix(API_PREFIX + "/").replace("/", "-")
        links.append(ResourceLink(rel=rel, href=path, title=get.get("summary", rel)))
    return sorted(links, key=lambda link: link.rel)


def _index(request: Request, links: list[ResourceLink]) -> ApiIndex:
    return ApiIndex(title=request.app.title, version=request.app.version, links=links)


@router.get(
    "/",
    summary="The service index",
    operation_id="index-root",
    responses=problem_responses(422),
)
def root(request: Request) -> ApiIndex:
    """Links to the API, its OpenAPI document, the documentation and the health check."""
    links = [
        ResourceLink(rel="self", href="/", title="This index"),
        ResourceLink(rel="api", href=API_PREFIX, title="The resources of API version 1"),
        ResourceLink(rel="service-desc", href="/openapi.json", title="The OpenAPI document"),
        ResourceLink(rel="service-doc", href="/docs", title="Swagger UI"),
        ResourceLink(rel="service-doc", href="/redoc", title="ReDoc"),
        ResourceLink(rel="status", href="/health", title="Health check"),
    ]
    return _index(request, links)


@router.get(
    API_PREFIX,
    summary="The API index",
    operation_id="index-v1",
    responses=problem_responses(422),
)
def api_root(request: Request) -> ApiIndex:
    """Links to every list of API version 1: statements, experts, articles, topics and
    the statistics."""
    links = [
        ResourceLink(rel="self", href=API_PREFIX, title="This index"),
        *_collections(request),
        ResourceLink(rel="service-desc", href="/openapi.json", title="The OpenAPI document"),
    ]
    return _index(request, links)

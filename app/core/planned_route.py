"""A route whose parameters and dependencies are resolved by a plan built once.

FastAPI resolves an operation's parameters afresh on every request: for each declared
parameter of the endpoint and of each dependency it inspects the annotation again (is it
a sequence, a parameter model, a JSON field, which aliases), and each dependency goes
through a recursive ``solve_dependencies`` call with its own bookkeeping. For the
statements list (18 query parameters, three dependencies) that was about a fifth of an
uncached page's CPU, more than its SQL (benchmarks/RESULTS.md, issue 13).

:class:`PlannedRoute` makes those decisions once, when the route is built, from the same
``Dependant`` FastAPI documents the operation from, so the OpenAPI document cannot drift
from what is checked. Per request it does what FastAPI does, in the same order and with
the same validators: each dependency's own dependencies first (a dependency whose
parameters fail is not called), then its path and query parameters, each validated by the
parameter's own ``ModelField`` with the location ``("query", alias)``, an absent one
taking its default; the errors of the whole operation are raised together as one
``RequestValidationError``, with the endpoint's context (function, file, line, method and
path) that FastAPI attaches for its error messages. Generator dependencies enter the
exit stacks FastAPI's request handling sets up (``scope="function"`` ones the stack closed
before the response is sent).
Unlike FastAPI, the plan does not shield a generator dependency's exit from cancellation
(a client that disconnects): the routes' one such dependency, ``read_session``, awaits
nothing in its exit, so nothing there can be cancelled; a dependency whose exit awaits
needs FastAPI's handler, or the shielding added here.

What the plan does not cover, it leaves to FastAPI: a route with a body, headers, cookies,
parameter models, background tasks, security scopes, cached or repeated dependencies or
sync generator dependencies is served by FastAPI's own handler, and so is every request
while dependency overrides are set or telemetry is on.

The plan asks FastAPI's own (private) helpers the questions FastAPI asks, once per route:
how a callable is called, a parameter's aliases, whether it is a model or JSON; and it
reads the inclusion context the way ``APIRoute.get_route_handler`` does. They are
FastAPI 0.165's; ``tests/core/test_planned_route.py`` compares the plan's answers with
FastAPI's handler's, request for request, so an upgrade that changes either fails there;
an upgrade that removes one of them leaves every route to FastAPI's own handler (slower,
never wrong) rather than failing at import.
"""

from __future__ import annotations

import copy
import inspect
from collections.abc import Callable, Coroutine
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any, Literal

import fastapi
from fastapi import params
from fastapi.exceptions import EndpointContext, RequestValidationError
from fastapi.routing import APIRoute

try:  # FastAPI's private helpers; without them every route is served by FastAPI itself
    from fastapi._compat import ModelField, field_annotation_is_sequence, get_missing_field_error
    from fastapi.dependencies.models import (
        Dependant,
        _is_async_gen_callable,
        _is_coroutine_callable,
        _is_gen_callable,
    )
    from fastapi.dependencies.utils import _get_param_aliases, _get_param_model, _is_json_field
    from fastapi.routing import _effective_route_context_var, _extract_endpoint_context
    from fastapi.telemetry import get_telemetry_data
except ImportError:  # pragma: no cover - depends on the installed FastAPI
    PLANNABLE = False
else:
    # The releases tests/core/test_planned_route.py has compared the plan with; on any
    # other, a helper that kept its name but changed would go unnoticed until a request.
    PLANNABLE = fastapi.__version__.startswith(("0.165.",))
from pydantic_core import PydanticUndefined
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

Handler = Callable[[Request], Coroutine[Any, Any, Response]]
CallKind = Literal["async", "sync", "async_generator"]

# Defaults that validation never mutates, so one object serves every request. FastAPI
# deep-copies a default per request; for these the copy is the object itself.
_IMMUTABLE = (type(None), bool, int, float, str, bytes)


@dataclass(frozen=True, slots=True)
class _Param:
    name: str
    alias: str
    field: ModelField
    loc: tuple[str, str]
    sequence: bool
    required: bool
    default: Any
    copy_default: bool
    validate_default: bool

    def value(self, source: Any) -> Any:
        """The raw value from the query parameters (a multi-dict: a sequence parameter
        takes every value) or the path parameters (a dict); ``PydanticUndefined`` when
        absent, as FastAPI's own extraction gives it."""
        if self.alias not in source:  # most are: a lookup that misses raises inside .get
            return PydanticUndefined
        if self.sequence and self.loc[0] == "query":
            found = source.getlist(self.alias)
            return found if found else PydanticUndefined
        found = source[self.alias]
        if found is None or (self.sequence and len(found) == 0):
            return PydanticUndefined
        return found


@dataclass(frozen=True, slots=True)
class _Step:
    """One dependant: the endpoint, or a dependency with the name it is passed under."""

    call: Callable[..., Any]
    kind: CallKind
    name: str | None
    function_scope: bool
    dependencies: tuple[_Step, ...]
    params: tuple[_Param, ...]
    request_name: str | None


def _param(field: ModelField) -> _Param | None:
    info = field.field_info
    if not isinstance(info, (params.Query, params.Path)):
        return None
    aliases = _get_param_aliases(field)
    if len(aliases) != 1:  # alternatives (AliasChoices): FastAPI picks one per request
        return None
    alias = aliases[0][1]  # the request's key, which FastAPI's errors also name
    # FastAPI's own tests for a parameter model and a JSON field, made once here
    if _get_param_model(field) is not None or _is_json_field(field):
        return None
    default = field.default
    return _Param(
        name=field.name,
        alias=alias,
        field=field,
        loc=(info.in_.value, alias),
        sequence=field_annotation_is_sequence(info.annotation),
        required=info.is_required(),
        default=default,
        copy_default=not isinstance(default, _IMMUTABLE),
        validate_default=bool(info.validate_default),
    )


def _kind(call: Callable[..., Any]) -> CallKind | None:
    """How FastAPI calls ``call``, by FastAPI's own tests."""
    if _is_async_gen_callable(call):
        return "async_generator"
    if _is_gen_callable(call):
        return None  # a sync generator's exit runs in a thread; left to FastAPI
    return "async" if _is_coroutine_callable(call) else "sync"


def _plan(dependant: Dependant, seen: set[Callable[..., Any]]) -> _Step | None:
    """The step for ``dependant``, or None when any part of it is beyond the plan."""
    call = dependant.call
    if call is None or call in seen:  # a repeated dependency is cached by FastAPI
        return None
    seen.add(call)
    if (
        dependant.header_params
        or dependant.cookie_params
        or dependant.body_params
        or dependant.websocket_param_name
        or dependant.http_connection_param_name
        or dependant.response_param_name
        or dependant.background_tasks_param_name
        or dependant.security_scopes_param_name
        or dependant.own_oauth_scopes
        or dependant.concurrency is not None
    ):
        return None
    kind = _kind(call)
    if kind is None:
        return None
    dependencies = []
    for sub in dependant.dependencies:
        step = _plan(sub, seen)
        if step is None:
            return None
        dependencies.append(step)
    fields = [*dependant.path_params, *dependant.query_params]
    planned = [_param(field) for field in fields]
    if any(p is None for p in planned):
        return None
    return _Step(
        call=call,
        kind=kind,
        name=dependant.name,
        function_scope=dependant.scope == "function",
        dependencies=tuple(dependencies),
        params=tuple(p for p in planned if p is not None),
        request_name=dependant.request_param_name,
    )


def _validate(param: _Param, raw: Any, values: dict[str, Any], errors: list[Any]) -> None:
    if raw is PydanticUndefined:
        if param.required:
            errors.append(get_missing_field_error(loc=param.loc))
            return
        raw = copy.deepcopy(param.default) if param.copy_default else param.default
        if not param.validate_default:
            values[param.name] = raw
            return
    value, found = param.field.validate(raw, values, loc=param.loc)
    if found:
        errors.extend(found)
    else:
        values[param.name] = value


async def _solve(step: _Step, request: Request, errors: list[Any]) -> dict[str, Any] | None:
    """The keyword arguments of ``step``'s call, or None when it must not be called (its
    own parameters or a dependency's failed; the errors are in ``errors``)."""
    values: dict[str, Any] = {}
    failed = False
    for dependency in step.dependencies:
        arguments = await _solve(dependency, request, errors)
        if arguments is None:
            failed = True
            continue
        solved = await _call(dependency, request, arguments)
        if dependency.name is not None:
            values[dependency.name] = solved
    own: list[Any] = []
    if step.params:
        query, path = request.query_params, request.path_params
        for param in step.params:
            _validate(param, param.value(query if param.loc[0] == "query" else path), values, own)
    if step.request_name:
        values[step.request_name] = request
    if own:
        errors.extend(own)
        return None
    return None if failed else values


async def _call(step: _Step, request: Request, arguments: dict[str, Any]) -> Any:
    if step.kind == "async":
        return await step.call(**arguments)
    if step.kind == "sync":
        return await run_in_threadpool(step.call, **arguments)
    stack_key = "fastapi_function_astack" if step.function_scope else "fastapi_inner_astack"
    stack = request.scope[stack_key]
    return await stack.enter_async_context(asynccontextmanager(step.call)(**arguments))


def _planned_handler(endpoint: _Step, path: str, fallback: Handler, overrides: Any) -> Handler:
    # What FastAPI's handler attaches to a validation error (the endpoint's function, file
    # and line, and "METHOD /path"), read once here instead of per request.
    where = _extract_endpoint_context(endpoint.call)

    async def handle(request: Request) -> Response:
        if (overrides is not None and overrides.dependency_overrides) or (
            get_telemetry_data() is not None
        ):
            return await fallback(request)
        errors: list[Any] = []
        arguments = await _solve(endpoint, request, errors)
        if errors or arguments is None:
            mount = request.scope.get("root_path", "").rstrip("/")
            context: EndpointContext = {**where, "path": f"{request.method} {mount}{path}"}
            raise RequestValidationError(errors, body=None, endpoint_ctx=context if path else where)
        result = await _call(endpoint, request, arguments)
        if not isinstance(result, Response):
            raise TypeError(f"{endpoint.call.__qualname__} must return a Response")
        return result

    return handle


def _returns_response(endpoint: Callable[..., Any]) -> bool:
    """Whether ``endpoint`` is annotated to return a ``Response`` (the only thing the plan
    sends as it is); the routers write the annotation as a plain name."""
    returned = inspect.get_annotations(endpoint).get("return")
    if isinstance(returned, str):
        returned = getattr(endpoint, "__globals__", {}).get(returned)
    return isinstance(returned, type) and issubclass(returned, Response)


class PlannedRoute(APIRoute):
    """An ``APIRoute`` served by a plan of its parameters and dependencies built once
    (see the module's docstring). Its endpoint returns a ``Response``; the OpenAPI
    document is FastAPI's, from the same declarations."""

    def get_route_handler(self) -> Handler:
        fallback = super().get_route_handler()
        if not PLANNABLE:
            return fallback
        # As APIRoute.get_route_handler: a route included in a router (or the app) is
        # built with the inclusion's context (its prefix's dependencies, the app as the
        # overrides provider), which FastAPI passes through this context variable.
        context = _effective_route_context_var.get()
        route: Any = context if context is not None and context.original_route is self else self
        endpoint = _plan(route.dependant, set())
        if endpoint is None or endpoint.name is not None or endpoint.kind == "async_generator":
            return fallback  # a streaming endpoint is FastAPI's, as is anything unplanned
        if not _returns_response(self.endpoint):
            return fallback  # FastAPI serialises a returned model; the plan does not
        return _planned_handler(
            endpoint, route.dependant.path, fallback, route.dependency_overrides_provider
        )

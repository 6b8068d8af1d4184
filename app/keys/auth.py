"""The write-path guard: ``Authorization: Bearer <key>``, never a key in the URL."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request, Security
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from app.core.db import WriteSession, end_read
from app.core.declared_params import looks_like_credential
from app.core.errors import Unauthorized
from app.core.ratelimit import enforce_write_rate_limit
from app.keys.repository import authenticate

_bearer = HTTPBearer(
    auto_error=False,
    scheme_name="ApiKey",
    description="A key from `commentariat keys create NAME`, as `Authorization: Bearer <key>`.",
)
_CHALLENGE = {"WWW-Authenticate": 'Bearer realm="commentariat"'}


def require_api_key(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Security(_bearer)],
    session: WriteSession,
) -> str:
    """The name of the calling key; 401 problem+json for anything else."""
    if any(looks_like_credential(name) for name in request.query_params):
        raise Unauthorized(
            "API keys are not accepted in the URL; send `Authorization: Bearer <key>`.",
            headers=_CHALLENGE,
        )
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise Unauthorized(
            "This operation needs an API key: send `Authorization: Bearer <key>`.",
            headers=_CHALLENGE,
        )
    # The request's write session (the route's too), its read ended at once: the
    # connection goes back to the pool until the route's write transaction begins, after
    # the parse, under the write lock.
    name = authenticate(session, credentials.credentials)
    end_read(session)
    if name is None:
        raise Unauthorized("The API key is unknown or revoked.", headers=_CHALLENGE)
    request.state.api_key_name = name
    enforce_write_rate_limit(request, name)
    return name


ApiKeyName = Annotated[str, Depends(require_api_key)]

"""The read routes' session, as a dependency: one per request, one read transaction.

The dependency is async, so FastAPI opens and closes it on the event loop and adds no
trip through the thread pool (a sync generator dependency costs two, more than the
queries of a list page): the session is made there, used by the endpoint in its thread
(one at a time, never concurrently), and closed as soon as the endpoint returns
(``scope="function"``), before the response is sent. A session holds no connection
until its first query, so a route that answers without one (an export, which reads each
batch on a session of its own) costs nothing. Closing ends the read transaction: its one
snapshot serves a page, its count and its facets alike.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.orm import Session, sessionmaker


async def read_session(request: Request) -> AsyncIterator[Session]:
    factory: sessionmaker[Session] = request.app.state.session_factory
    session = factory()
    try:
        yield session
    finally:
        session.close()


ReadSession = Annotated[Session, Depends(read_session, scope="function")]

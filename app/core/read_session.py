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

from collections.abc import AsyncIterator, Callable
from typing import Annotated, TypeVar

import anyio.to_thread
from fastapi import Depends, Request
from sqlalchemy.orm import Session, sessionmaker

T = TypeVar("T")


async def read_session(request: Request) -> AsyncIterator[Session]:
    factory: sessionmaker[Session] = request.app.state.session_factory
    session = factory()
    try:
        yield session
    finally:
        session.close()


ReadSession = Annotated[Session, Depends(read_session, scope="function")]


async def run_read(request: Request, work: Callable[[], T], *, bounded: bool) -> T:
    """Run a read endpoint's ``work``: on the event loop when the store is SQLite and the
    work is ``bounded``, else in the thread pool.

    A SQLite read is a call into the library on the server's own file; for a page that
    seeks an index and reads at most a page of rows (no search, no facet counts) it costs
    less than the two thread switches of a hop (the hop and its wake-up were about as much
    CPU as the page's SQL), and the loop is held for no longer than that. Anything else
    (a full-text search, facet counts, and every PostgreSQL read, which waits on a socket)
    runs in a thread, so a slow query never stalls the other requests. SQLite's query
    time limit applies on the loop too.
    """
    if bounded and request.app.state.inline_sqlite_reads:
        return work()
    return await anyio.to_thread.run_sync(work)

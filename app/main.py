"""The application factory: settings, store, routers, error handlers and offline docs."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import anyio.to_thread
from fastapi import FastAPI
from fastapi.telemetry import TelemetryConfig

from app import health, index
from app.articles.parsing import create_parser_pool
from app.articles.router import router as articles_router
from app.articles.write_router import router as articles_write_router
from app.changes.router import router as changes_router
from app.core.config import Settings, get_settings
from app.core.cursor_secret import resolve_cursor_secret
from app.core.db import create_db_engine, create_session_factory, is_sqlite, size_thread_pool
from app.core.errors import install_error_handlers
from app.core.middleware import install_middleware
from app.core.params import install_page_sizes
from app.docs import install_docs
from app.document import DESCRIPTION, TITLE, install_document
from app.experts.router import router as experts_router
from app.explore import install_explorer
from app.search.backend import detect_rank_indexes
from app.statements.router import router as statements_router
from app.stats.router import router as stats_router
from app.topics.router import router as topics_router

# FastAPI asks the OpenTelemetry globals on every request unless every signal is off.
TELEMETRY_OFF: TelemetryConfig = {
    "tracing": False,
    "metrics": False,
    "logs": False,
    "operation_spans": False,
}


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    cursor_secret = resolve_cursor_secret(settings)
    engine = create_db_engine(settings)
    parser_pool = create_parser_pool(settings)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        size_thread_pool(settings)
        await anyio.to_thread.run_sync(detect_rank_indexes, engine)
        # The OpenAPI document is built once and cached; the parameter guard reads it on
        # every request, so build it before the first one (it costs ~0.15-0.3 s here).
        _app.openapi()
        # The parse workers start now, forked from a server that loaded and warmed up the
        # parser (``parser_preload``), so the first write after a start does not pay for
        # that (on a loaded machine it took ~20 s, past clients' time limits).
        await anyio.to_thread.run_sync(parser_pool.start)
        yield
        parser_pool.close()
        engine.dispose()

    app = FastAPI(
        title=TITLE,
        version="1.0.0",
        description=DESCRIPTION,
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
        telemetry=None if settings.telemetry else TELEMETRY_OFF,
    )
    app.state.settings = settings
    app.state.cursor_secret = cursor_secret
    app.state.engine = engine
    # Bounded SQLite reads run on the event loop (app/core/read_session.py: run_read).
    app.state.inline_sqlite_reads = is_sqlite(settings.database_url)
    app.state.session_factory = create_session_factory(engine)
    app.state.parser_pool = parser_pool

    install_error_handlers(app)
    install_middleware(app, settings)
    install_page_sizes(app)
    for router in (
        articles_write_router,
        articles_router,
        changes_router,
        experts_router,
        statements_router,
        stats_router,
        topics_router,
    ):
        app.include_router(router)
    app.include_router(health.router)
    app.include_router(index.router)
    install_docs(app)
    install_explorer(app)
    install_document(app)
    return app

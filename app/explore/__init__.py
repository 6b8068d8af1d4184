"""The explorer: server-rendered pages for analysts, built on the public ``/v1`` API."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from app.explore.router import TEMPLATES, router

STATIC_DIR = Path(__file__).parent / "static"


def install_explorer(app: FastAPI) -> None:
    app.mount("/explore-static", StaticFiles(directory=STATIC_DIR), name="explore-static")
    app.include_router(router)
    # Compile every template now rather than on the first page view after a start.
    for name in TEMPLATES.env.list_templates(extensions=["html"]):
        TEMPLATES.env.get_template(name)

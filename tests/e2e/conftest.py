"""Browser fixtures: Debian's headless Chromium and a real uvicorn on the seeded store."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import Store
from tests.e2e.cdp import Page, chromium, chromium_path
from tests.e2e.server import uvicorn_server


@pytest.fixture(scope="module")
def browser_binary() -> str:
    binary = chromium_path()
    if binary is None:
        if os.environ.get("COMMENTARIAT_REQUIRE_BROWSER"):
            pytest.fail("COMMENTARIAT_REQUIRE_BROWSER is set but chromium is not installed")
        pytest.skip("chromium is not installed (apt-get install chromium; .ci/run does it)")
    return binary


@pytest.fixture(scope="module")
def base_url(seeded_store: Store, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    log = tmp_path_factory.mktemp("uvicorn") / "uvicorn.log"
    with uvicorn_server(seeded_store.settings.database_url, log) as url:
        yield url


@pytest.fixture
def page(browser_binary: str, tmp_path: Path) -> Iterator[Page]:
    with chromium(browser_binary, tmp_path / "profile") as opened:
        yield opened

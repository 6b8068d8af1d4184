"""Settings come only from the app's own ``app.state.settings``: no module reads them at
import, and an app built with ``create_app(Settings(...))`` never asks the environment."""

from __future__ import annotations

import subprocess
import sys

import pytest

import app.main
from app.core.config import Settings
from tests.conftest import Store

# Every module of the package imported with Settings made impossible to build.
_IMPORT_ALL = """
import importlib, pkgutil
import app
from app.core import config

def refuse(*args, **kwargs):
    raise AssertionError("Settings built at import")

config.Settings.__init__ = refuse
config.get_settings.cache_clear()
names = [m.name for m in pkgutil.walk_packages(app.__path__, "app.")]
for name in names:
    importlib.import_module(name)
print(len(names))
"""


def test_no_module_reads_settings_at_import() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _IMPORT_ALL], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert int(done.stdout.strip()) > 50  # it did import the package


def test_an_app_given_settings_never_reads_the_environment(
    seeded_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse() -> Settings:
        raise AssertionError("get_settings() called by an app given its settings")

    monkeypatch.setattr(app.main, "get_settings", refuse)
    settings = seeded_store.settings.model_copy(update={"max_page_size": 3})
    application = app.main.create_app(settings)
    assert application.state.settings is settings

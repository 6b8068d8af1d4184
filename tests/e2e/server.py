"""A real uvicorn serving the app on 127.0.0.1 and a free port, in its own process."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.core.config import Settings
from app.core.db import committed, create_db_engine, create_session_factory
from app.core.migrations import upgrade_to_head
from app.ingest.seed import seed


@contextmanager
def seeded_sqlite_server(scratch: Path) -> Iterator[str]:
    """A fresh SQLite store in ``scratch``, migrated and seeded, served by uvicorn."""
    settings = Settings(database_url=f"sqlite:///{scratch}/seeded.db")
    engine = create_db_engine(settings)
    upgrade_to_head(settings, engine)
    committed(create_session_factory(engine), lambda session: seed(session, settings.seeds_dir))
    engine.dispose()
    with uvicorn_server(settings.database_url, scratch / "uvicorn.log") as base:
        yield base


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextmanager
def uvicorn_server(database_url: str, log_path: Path) -> Iterator[str]:
    port = free_port()
    env = {**os.environ, "COMMENTARIAT_DATABASE_URL": database_url}
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "uvicorn",
                "app.main:create_app",
                "--factory",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
            ],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=Path(__file__).resolve().parents[2],
        )
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 30
            while True:
                try:
                    with urllib.request.urlopen(f"{base}/health", timeout=2) as response:
                        if response.status == 200:
                            break
                except OSError:
                    pass
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"uvicorn did not start; see {log_path}")
                time.sleep(0.1)
            yield base
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()

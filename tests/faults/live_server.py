"""A real server process for tests that need one: fuzzing, kill -9, concurrency.

The listening socket belongs to the test process and is handed to uvicorn (``--fd``),
so there is no port race, and a server killed with SIGKILL can be restarted on the
same address while clients keep their base URL.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import uvicorn
from fastapi import FastAPI

from app.core.config import Settings
from app.core.db import committed, create_db_engine, create_session_factory
from app.core.migrations import upgrade_to_head
from app.ingest.seed import seed
from app.keys.repository import create_key

REPO = Path(__file__).resolve().parents[2]
START_TIMEOUT_S = 30.0


def prepare(url: str, *, key_name: str | None = "tests") -> str | None:
    """Migrate and seed the database at ``url``; return a new API key if asked for one."""
    settings = Settings(database_url=url)
    engine = create_db_engine(settings)
    try:
        upgrade_to_head(settings, engine)
        factory = create_session_factory(engine)
        committed(factory, lambda session: seed(session, settings.seeds_dir))
        if key_name is None:
            return None
        return committed(factory, lambda session: create_key(session, key_name))
    finally:
        engine.dispose()


class LiveServer:
    """``uvicorn app.main:create_app`` in a child process, on a socket we own."""

    def __init__(self, database_url: str, log_path: Path, **settings: str) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(128)
        self.sock.set_inheritable(True)
        self.base_url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.env = {
            **os.environ,
            "COMMENTARIAT_DATABASE_URL": database_url,
            **{f"COMMENTARIAT_{k.upper()}": v for k, v in settings.items()},
        }
        self.log_path = log_path
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "uvicorn",
                    "app.main:create_app",
                    "--factory",
                    "--fd",
                    str(self.sock.fileno()),
                    "--no-access-log",
                    "--log-level",
                    "warning",
                ],
                cwd=REPO,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
                pass_fds=(self.sock.fileno(),),
            )
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited: {self.log_path.read_text()[-2000:]}")
            try:
                if httpx.get(self.base_url + "/health", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        raise RuntimeError(f"server did not start: {self.log_path.read_text()[-2000:]}")

    def kill(self) -> None:
        """SIGKILL: no shutdown hooks, no flushing, like a crash or the OOM killer."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.kill()

    def close(self) -> None:
        self.stop()
        self.sock.close()


@contextmanager
def live_server(database_url: str, log_path: Path, **settings: str) -> Iterator[LiveServer]:
    server = LiveServer(database_url, log_path, **settings)
    try:
        server.start()
        yield server
    finally:
        server.close()


@contextmanager
def threaded_server(app: FastAPI, *, send_buffer_bytes: int | None = None) -> Iterator[str]:
    """uvicorn serving ``app`` from a thread of this process, for tests that must look
    inside the server (its connection pool) while real clients talk to it over TCP.

    ``send_buffer_bytes`` fixes the kernel send buffer of every accepted connection (they
    inherit it from the listening socket), so a client that stops reading stalls the
    server's sends after a known, small amount instead of after megabytes."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    if send_buffer_bytes is not None:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, send_buffer_bytes)
    sock.bind(("127.0.0.1", 0))
    sock.listen(128)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the threaded server did not start")
            time.sleep(0.05)
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout=15)
        sock.close()

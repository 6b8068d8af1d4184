"""Start, probe and stop the HTTP servers a run measures, each a separate process."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATASETTE_VENV = Path(__file__).with_name(".venv-datasette")
DATASETTE_REQUIREMENT = "datasette>=0.65,<1.0"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def http_get(url: str, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers.items()), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers.items()), exc.read()


@dataclass
class Server:
    """A server process in its own process group, so stopping it stops its workers too."""

    name: str
    command: list[str]
    port: int
    env: dict[str, str] = field(default_factory=dict)
    log: Path | None = None
    process: subprocess.Popen[bytes] | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, ready_path: str = "/health", timeout: float = 60.0) -> Server:
        out = self.log.open("wb") if self.log else subprocess.DEVNULL
        self.process = subprocess.Popen(
            self.command,
            cwd=ROOT,
            env={**os.environ, **self.env},
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited early; see {self.log}")
            try:
                status, _, _ = http_get(self.base + ready_path)
                if status < 500:
                    return self
            except OSError:
                pass
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"{self.name} did not answer within {timeout:.0f}s; see {self.log}")

    def pids(self) -> list[int]:
        """The server process and its children (uvicorn workers)."""
        if self.process is None:
            return []
        found = [self.process.pid]
        for child in Path("/proc").glob("[0-9]*"):
            try:
                stat = (child / "stat").read_text()
            except OSError:
                continue
            parent = int(stat.rsplit(")", 1)[1].split()[1])
            if parent in found:
                found.append(int(child.name))
        return found

    def rss_mb(self) -> float:
        """Resident memory of the serving process(es), in MB (the largest one)."""
        sizes = []
        for pid in self.pids():
            try:
                status = Path(f"/proc/{pid}/status").read_text()
            except OSError:
                continue
            for line in status.splitlines():
                if line.startswith("VmRSS:"):
                    sizes.append(int(line.split()[1]) / 1024)
        return max(sizes, default=0.0)

    def cpu_seconds(self) -> float:
        """User plus system CPU time used so far by the serving process(es)."""
        ticks = os.sysconf("SC_CLK_TCK")
        total = 0
        for pid in self.pids():
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            total += int(fields[11]) + int(fields[12])  # utime, stime
        return total / ticks

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()

    def __enter__(self) -> Server:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()


def commentariat(
    database_url: str, port: int, workers: int, log: Path, env: dict[str, str] | None = None
) -> Server:
    """``commentariat serve``, run as ``python -m app.cli`` from this source tree."""
    return Server(
        "commentariat",
        [sys.executable, "-m", "app.cli", "serve", "--port", str(port), "--workers", str(workers)],
        port,
        env={"COMMENTARIAT_DATABASE_URL": database_url, "PYTHONPATH": str(ROOT), **(env or {})},
        log=log,
    )


def reference(page: Path, port: int, workers: int, log: Path) -> Server:
    return Server(
        "starlette",
        [sys.executable, "-m", "benchmarks.reference_app", str(port), str(workers)],
        port,
        env={"BENCH_REFERENCE_PAGE": str(page), "PYTHONPATH": str(ROOT)},
        log=log,
    )


def datasette_executable() -> Path:
    """Datasette in its own virtualenv (created on first use), away from our pins."""
    executable = DATASETTE_VENV / "bin" / "datasette"
    if not executable.exists():
        subprocess.run([sys.executable, "-m", "venv", str(DATASETTE_VENV)], check=True)
        subprocess.run(
            [str(DATASETTE_VENV / "bin" / "pip"), "install", "--quiet", DATASETTE_REQUIREMENT],
            check=True,
        )
    return executable


def datasette(database_file: Path, port: int, log: Path) -> Server:
    return Server(
        "datasette",
        [
            str(datasette_executable()),
            "serve",
            str(database_file),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--setting",
            "suggest_facets",
            "off",
            "--setting",
            "sql_time_limit_ms",
            "5000",
        ],
        port,
        log=log,
    )

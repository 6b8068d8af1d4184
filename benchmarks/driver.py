"""The load driver: 32 keep-alive connections for a fixed time over a list of URL paths.

``wrk`` (Debian's package) is used when it is installed; otherwise a small asyncio
HTTP/1.1 client in this process does the same job, more slowly (it shares the CPU with the
server, so its figures are lower; the report says which driver ran). Each request picks a
path at random from the list, so a run is not one query repeated unless the list has one
path.
"""

from __future__ import annotations

import asyncio
import json
import random
import shutil
import subprocess
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

CONNECTIONS = 32

_WRK_SCRIPT = r"""
local paths = {}
for line in io.lines(os.getenv("BENCH_PATHS")) do paths[#paths + 1] = line end
local extra = {}
local header = os.getenv("BENCH_HEADER")
if header and #header > 0 then
  local name, value = header:match("^([^:]+):%s*(.*)$")
  extra[name] = value
end
math.randomseed(tonumber(os.getenv("BENCH_SEED") or "1"))
request = function()
  return wrk.format("GET", paths[math.random(#paths)], extra)
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH_JSON {"requests":%d,"duration_us":%d,"bad_status":%d,"socket_errors":%d,' ..
    '"p50_us":%d,"p95_us":%d,"p99_us":%d,"max_us":%d}\n',
    summary.requests, summary.duration, e.status, e.connect + e.read + e.write + e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max))
end
"""


@dataclass(frozen=True)
class Measurement:
    """One run of the driver against one list of paths."""

    driver: str
    requests: int
    seconds: float
    bad_status: int
    socket_errors: int
    p50_ms: float
    p95_ms: float
    p99_ms: float
    max_ms: float

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    def as_dict(self) -> dict[str, float | int | str]:
        return {**asdict(self), "rps": round(self.rps, 1)}


def has_wrk() -> bool:
    return shutil.which("wrk") is not None


def run(
    base: str,
    paths: list[str],
    seconds: float,
    *,
    header: str | None = None,
    seed: int = 1,
    use_wrk: bool | None = None,
) -> Measurement:
    if use_wrk is None:
        use_wrk = has_wrk()
    if use_wrk:
        return _run_wrk(base, paths, seconds, header=header, seed=seed)
    return asyncio.run(_run_python(base, paths, seconds, header=header, seed=seed))


def _run_wrk(
    base: str, paths: list[str], seconds: float, *, header: str | None, seed: int
) -> Measurement:
    with tempfile.TemporaryDirectory(prefix="bench-wrk-") as folder:
        script = Path(folder) / "random_paths.lua"
        script.write_text(_WRK_SCRIPT)
        listing = Path(folder) / "paths.txt"
        listing.write_text("\n".join(paths) + "\n")
        completed = subprocess.run(
            [
                "wrk",
                "-t1",
                f"-c{CONNECTIONS}",
                f"-d{max(1, round(seconds))}s",
                "--timeout",
                "10s",
                "-s",
                str(script),
                base,
            ],
            env={
                "BENCH_PATHS": str(listing),
                "BENCH_HEADER": header or "",
                "BENCH_SEED": str(seed),
                "PATH": "/usr/bin:/bin",
            },
            capture_output=True,
            text=True,
            check=True,
        )
    line = next(x for x in completed.stdout.splitlines() if x.startswith("BENCH_JSON "))
    raw = json.loads(line.removeprefix("BENCH_JSON "))
    return Measurement(
        driver="wrk",
        requests=raw["requests"],
        seconds=raw["duration_us"] / 1e6,
        bad_status=raw["bad_status"],
        socket_errors=raw["socket_errors"],
        p50_ms=raw["p50_us"] / 1000,
        p95_ms=raw["p95_us"] / 1000,
        p99_ms=raw["p99_us"] / 1000,
        max_ms=raw["max_us"] / 1000,
    )


async def _read_response(reader: asyncio.StreamReader) -> int:
    status_line = await reader.readline()
    if not status_line:
        raise ConnectionError("connection closed")
    status = int(status_line.split()[1])
    length = 0
    chunked = False
    while True:
        line = await reader.readline()
        if line in (b"\r\n", b"\n", b""):
            break
        name, _, value = line.decode("latin-1").partition(":")
        name = name.strip().lower()
        if name == "content-length":
            length = int(value.strip())
        elif name == "transfer-encoding" and "chunked" in value.lower():
            chunked = True
    if chunked:
        while True:
            size = int((await reader.readline()).strip(), 16)
            await reader.readexactly(size + 2)
            if size == 0:
                break
    elif length:
        await reader.readexactly(length)
    return status


async def _run_python(
    base: str, paths: list[str], seconds: float, *, header: str | None, seed: int
) -> Measurement:
    host, port = base.removeprefix("http://").split(":")
    extra = f"{header}\r\n" if header else ""
    latencies: list[float] = []
    bad = 0
    errors = 0

    async def worker(index: int, deadline: float) -> None:
        nonlocal bad, errors
        rng = random.Random(seed * 1000 + index)
        reader, writer = await asyncio.open_connection(host, int(port))
        try:
            while time.perf_counter() < deadline:
                path = rng.choice(paths)
                started = time.perf_counter()
                writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}\r\n{extra}\r\n".encode())
                try:
                    status = await _read_response(reader)
                except (ConnectionError, asyncio.IncompleteReadError):
                    errors += 1
                    return
                latencies.append(time.perf_counter() - started)
                if status >= 400:
                    bad += 1
        finally:
            writer.close()

    started = time.perf_counter()
    deadline = started + seconds
    await asyncio.gather(*(worker(i, deadline) for i in range(CONNECTIONS)))
    elapsed = time.perf_counter() - started
    latencies.sort()

    def pct(p: float) -> float:
        if not latencies:
            return 0.0
        return latencies[min(len(latencies) - 1, int(p / 100 * len(latencies)))] * 1000

    return Measurement(
        driver="python-asyncio",
        requests=len(latencies),
        seconds=elapsed,
        bad_status=bad,
        socket_errors=errors,
        p50_ms=pct(50),
        p95_ms=pct(95),
        p99_ms=pct(99),
        max_ms=latencies[-1] * 1000 if latencies else 0.0,
    )

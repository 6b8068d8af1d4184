"""Tables and target checks across saved runs (``benchmarks/out/*.json``), in Markdown.

    python -m benchmarks.report benchmarks/out/r2

Prints each run's table (as ``benchmarks.run`` does) and then the issue-5 targets, each
computed from the runs found: met, missed and by how much, or not measured.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from benchmarks.run import KIND_TITLES, render

LIST_KINDS = ("by_expert", "topic_dates", "expert_detail")


def _runs(folder: Path) -> dict[tuple[str, int], dict[str, Any]]:
    found = {}
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text())
        if isinstance(data, dict) and "results" in data:
            found[(data["backend"], data["target_statements"])] = data
    return found


def _verdict(ok: bool | None) -> str:
    return "not measured" if ok is None else ("**met**" if ok else "**missed**")


def targets(runs: dict[tuple[str, int], dict[str, Any]]) -> str:
    lines = ["| target | backend | measured | verdict |", "|---|---|---|---|"]
    for backend in ("sqlite", "postgresql"):
        big = runs.get((backend, 1_000_000))
        small = runs.get((backend, 10_000))
        if big is None:
            lines.append(f"| 1M-statement targets | {backend} | no 1M run | not measured |")
        else:
            r = big["results"]
            ref = r["reference"]
            for kind in LIST_KINDS:
                if kind not in r:
                    continue
                m = r[kind]
                share = m["rps"] / ref["rps"]
                cpu_share = ref["cpu_ms_per_request"] / m["cpu_ms_per_request"]
                ok = share >= 0.25 and m["p99_ms"] < 25
                lines.append(
                    f"| {KIND_TITLES[kind]} at 1M: ≥25% of bare Starlette, p99 < 25 ms "
                    f"| {backend} | {share:.1%} of bare req/s ({cpu_share:.1%} by CPU/request), "
                    f"p99 {m['p99_ms']:.0f} ms | {_verdict(ok)} "
                    f"({0.25 / max(share, 1e-9):.0f}× short on req/s) |"
                    if not ok
                    else f"| {KIND_TITLES[kind]} at 1M | {backend} | {share:.1%}, "
                    f"p99 {m['p99_ms']:.0f} ms | {_verdict(ok)} |"
                )
            for kind in ("hot", "hot_etag"):
                if kind in r:
                    share = r[kind]["rps"] / ref["rps"]
                    cpu_share = ref["cpu_ms_per_request"] / r[kind]["cpu_ms_per_request"]
                    lines.append(
                        f"| hot repeated query ≥80% of bare ({KIND_TITLES[kind]}) | {backend} "
                        f"| {share:.1%} ({cpu_share:.1%} by CPU/request) "
                        f"| {_verdict(share >= 0.8)} |"
                    )
            if "full_text" in r:
                p95 = r["full_text"]["p95_ms"]
                lines.append(
                    f"| full-text p95 < 50 ms at 1M | {backend} | {p95:.0f} ms "
                    f"| {_verdict(p95 < 50)} |"
                )
            else:
                lines.append(
                    f"| full-text p95 < 50 ms at 1M | {backend} | skipped | not measured |"
                )
            for kind in ("by_expert", "by_expert_cached"):
                if "datasette" in r and kind in r:
                    ratio = r[kind]["rps"] / r["datasette"]["rps"]
                    lines.append(
                        f"| ≥10× Datasette, same query and file, 1M ({KIND_TITLES[kind]}) "
                        f"| {backend} | {ratio:.1f}× | {_verdict(ratio >= 10)} |"
                    )
            sizes = [big.get("server_rss_mb") or 0, big.get("server_rss_mb_uncached") or 0]
            rss = max(sizes)
            if rss:
                lines.append(
                    f"| server RSS < 250 MB after the 1M run | {backend} | {rss:.0f} MB "
                    f"(cache on {sizes[0]:.0f}, cache off {sizes[1]:.0f}) "
                    f"| {_verdict(rss < 250)} |"
                )
        if big is not None and small is not None:
            for kind in (*LIST_KINDS, "facet"):
                if kind in big["results"] and kind in small["results"]:
                    growth = big["results"][kind]["p50_ms"] / small["results"][kind]["p50_ms"]
                    cpu_growth = (
                        big["results"][kind]["cpu_ms_per_request"]
                        / small["results"][kind]["cpu_ms_per_request"]
                    )
                    lines.append(
                        f"| flat cost: p50 at 1M ≤ 1.5× p50 at 10k, {KIND_TITLES[kind]} "
                        f"| {backend} | {growth:.2f}× (CPU/request {cpu_growth:.2f}×) "
                        f"| {_verdict(growth <= 1.5)} |"
                    )
    for backend in ("sqlite", "postgresql"):
        loads = [
            (n, run["load"])
            for (b, n), run in sorted(runs.items())
            if b == backend and "load" in run and "bulk" not in run["load"].get("path", "")
        ]
        for n, load_ in loads:
            rate = load_["articles_per_second"]
            minutes = 1_000_000 / load_["statements_per_second"] / 60
            target = " (target applies to SQLite)" if backend != "sqlite" else ""
            lines.append(
                f"| ingest ≥ 300 articles/s, 1M in < 10 min{target} | {backend}, {n} "
                f"| {rate:.0f} articles/s; 1M would take {minutes:.0f} min "
                f"| {_verdict(rate >= 300) if backend == 'sqlite' else '—'} |"
            )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    folder = Path((argv or sys.argv[1:] or ["benchmarks/out"])[0])
    runs = _runs(folder)
    for key in sorted(runs, key=lambda k: (k[0] != "sqlite", k[1])):
        print(render(runs[key]))
        print(f"\nCommand: `{runs[key]['command']}`\n")
    print("## Targets\n")
    print(targets(runs))
    return 0


if __name__ == "__main__":
    sys.exit(main())

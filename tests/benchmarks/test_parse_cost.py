"""The parse-cost benchmark at a tiny scale: it times both trees and prints their ratio.

Timings are not asserted (a shared machine is no pass/fail signal), only that each tree
was measured and the ratio printed, and that a wrong reference is a usage error.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "benchmarks.parse_cost", *args]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_times_both_trees_and_prints_the_ratio(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text(
        "“Prices will rise,” said Ann Lee, an economist at Halden Capital.\n", "utf-8"
    )
    done = _run(
        "--reference",
        str(ROOT),
        "--real-news",
        str(tmp_path),
        "--statements",
        "60",
        "--rounds",
        "1",
        "--passes",
        "1",
    )
    assert done.returncode == 0, done.stderr
    assert re.search(
        r"^round 1 reference: generated_ms [\d.]+, real_news_ms [\d.]+$", done.stdout, re.M
    )
    assert re.search(r"^real_news_ms: .* this tree / reference [\d.]+$", done.stdout, re.M)


def test_a_folder_that_is_no_checkout_is_a_usage_error(tmp_path: Path) -> None:
    done = _run("--reference", str(tmp_path), "--statements", "60")
    assert done.returncode == 2
    assert "not a checkout of this project" in done.stderr

"""Schemathesis against a live server, anonymous and with an API key: zero failures.

Every check, the examples, coverage and fuzzing phases, at least 100 examples per
operation, on whichever store this run uses. The release gate runs the same test
longer and adds the stateful phase (see SECURITY.md):

    COMMENTARIAT_FUZZ_EXAMPLES=1000 COMMENTARIAT_FUZZ_STATEFUL=1 \\
        .venv/bin/pytest tests/security/test_fuzz.py
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.databases import fresh_database
from tests.faults.live_server import REPO, live_server, prepare

EXAMPLES = int(os.environ.get("COMMENTARIAT_FUZZ_EXAMPLES", "100"))
STATEFUL = os.environ.get("COMMENTARIAT_FUZZ_STATEFUL") == "1"
SEED = os.environ.get("COMMENTARIAT_FUZZ_SEED", "20261128")  # "random" for a new one
RUN_TIMEOUT_S = int(
    os.environ.get("COMMENTARIAT_FUZZ_TIMEOUT_S", "3600" if STATEFUL or EXAMPLES > 100 else "600")
)


@pytest.mark.parametrize("authenticated", [False, True], ids=["anonymous", "with-key"])
def test_schemathesis_finds_no_failure(tmp_path: Path, authenticated: bool) -> None:
    phases = "examples,coverage,fuzzing" + (",stateful" if STATEFUL else "")
    with fresh_database(tmp_path, "fuzz") as url:
        key = prepare(url, key_name="fuzz")
        # The rate limit has its own test; here it would only turn writes into 429s.
        with live_server(url, tmp_path / "server.log", write_rate_limit="0") as server:
            command = [
                str(Path(sys.executable).parent / "st"),
                "run",
                server.base_url + "/openapi.json",
                "--checks",
                "all",
                "--phases",
                phases,
                "--max-examples",
                str(EXAMPLES),
                "--workers",
                "1",
                "--request-timeout",
                "30",
            ]
            if SEED != "random":
                command += ["--seed", SEED]
            if authenticated:
                command += ["--header", f"Authorization: Bearer {key}"]
            # The output goes to a file as it runs (tail it during a long gate run), so a
            # run cut short by the timeout still shows how far it got.
            log_path = tmp_path / "schemathesis.log"
            with log_path.open("w") as log:
                try:
                    returncode: int | str = subprocess.run(
                        command,
                        cwd=tmp_path,
                        env={
                            **os.environ,
                            "PYTHONPATH": str(REPO),
                            "SCHEMATHESIS_HOOKS": "tests.security.schemathesis_hooks",
                            "NO_COLOR": "1",
                        },
                        stdout=log,
                        stderr=subprocess.STDOUT,
                        timeout=RUN_TIMEOUT_S,
                        check=False,
                    ).returncode
                except subprocess.TimeoutExpired:
                    returncode = f"timed out after {RUN_TIMEOUT_S} s"
    report = log_path.read_text(errors="replace")[-35000:]
    assert returncode == 0, report
    assert "failures" not in report.splitlines()[-1], report

from __future__ import annotations

import os
import subprocess
import sys


def run_cli(*args: str, url: str) -> subprocess.CompletedProcess[str]:
    """Run ``commentariat`` as a user would, in a child process."""
    env = {**os.environ, "COMMENTARIAT_DATABASE_URL": url}
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

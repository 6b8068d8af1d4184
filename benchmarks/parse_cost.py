"""The parser's cost per article, against another checkout of the parser in the same run.

Parse time alone (no store): CPU seconds (``time.process_time``) to run
``app.ingest.parser.parse_article`` over the generated articles of
``benchmarks.corpus`` and, when given, a folder of real ``.txt`` articles. Each
measurement runs in a child process whose path holds one checkout's ``app``, so the
reference tree (``--reference``, e.g. ``git worktree add --detach /tmp/ref <commit>``)
and this tree parse the same texts alternately, round by round, on the same machine at
the same moment. Read the ratio this tree / reference; absolute times on a shared machine
are noisy.

    python -m benchmarks.parse_cost --reference /tmp/ref --real-news ../shared/corpus/real-news
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WARM_UP = 60


def _time_parse(texts: list[tuple[str, dt.date]], passes: int) -> float:
    """Best CPU milliseconds per article over ``passes`` passes, after a warm-up."""
    from app.ingest.parser import parse_article

    for text, day in texts[:WARM_UP]:
        parse_article(text, day)
    best = float("inf")
    for _ in range(passes):
        started = time.process_time()
        for text, day in texts:
            parse_article(text, day)
        best = min(best, time.process_time() - started)
    return 1000 * best / max(len(texts), 1)


def _texts(statements: int, real_news: Path | None) -> dict[str, list[list[str]]]:
    """The articles both trees parse: generated ones and, when given, real ones."""
    from benchmarks.corpus import CorpusGenerator

    generator = CorpusGenerator(statements, seed=2)
    sets = {"generated_ms": [[a.text, a.published_on.isoformat()] for a in generator]}
    if real_news is not None:
        sets["real_news_ms"] = [
            [path.read_text(encoding="utf-8"), "2020-01-01"]
            for path in sorted(real_news.glob("*.txt"))
        ]
    return sets


def _measure(texts_file: Path, passes: int) -> dict[str, float]:
    """In the child: the figures of whichever ``app`` is first on the path."""
    sets = json.loads(texts_file.read_text(encoding="utf-8"))
    return {
        key: _time_parse([(text, dt.date.fromisoformat(day)) for text, day in texts], passes)
        for key, texts in sets.items()
    }


def _child(tree: Path, texts_file: Path, passes: int) -> dict[str, float]:
    # Run as a script: the child's path then holds this file's folder and `tree`, and no
    # other checkout's `app`.
    command = [sys.executable, str(Path(__file__).resolve()), "--child", str(texts_file)]
    command += ["--passes", str(passes)]
    env = {**os.environ, "PYTHONPATH": str(tree)}
    done = subprocess.run(command, cwd=tree, env=env, capture_output=True, text=True, check=True)
    figures: dict[str, float] = json.loads(done.stdout.splitlines()[-1])
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", type=Path, help="another checkout to time alongside")
    parser.add_argument("--real-news", type=Path, help="a folder of real .txt articles")
    parser.add_argument("--statements", type=int, default=20_000)
    parser.add_argument("--passes", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child is not None:
        print(json.dumps(_measure(args.child, args.passes)))
        return 0
    if args.real_news is not None and not args.real_news.is_dir():
        parser.error(f"--real-news {args.real_news}: no such folder")
    trees = {"this tree": Path(__file__).resolve().parent.parent}
    if args.reference is not None:
        if not (args.reference / "app" / "ingest" / "parser.py").is_file():
            parser.error(f"--reference {args.reference}: not a checkout of this project")
        trees = {"reference": args.reference.resolve(), **trees}
    runs: dict[str, list[dict[str, float]]] = {name: [] for name in trees}
    with tempfile.TemporaryDirectory() as folder:
        texts_file = Path(folder) / "texts.json"
        texts_file.write_text(json.dumps(_texts(args.statements, args.real_news)), "utf-8")
        for round_number in range(1, args.rounds + 1):
            for name, tree in trees.items():
                figures = _child(tree, texts_file, args.passes)
                runs[name].append(figures)
                shown = ", ".join(f"{key} {value:.3f}" for key, value in figures.items())
                print(f"round {round_number} {name:>9}: {shown}", flush=True)
    for key in runs["this tree"][0]:
        medians = {name: statistics.median(run[key] for run in runs[name]) for name in trees}
        line = "  ".join(f"{name} median {value:.3f}" for name, value in medians.items())
        if "reference" in medians:
            line += f"  this tree / reference {medians['this tree'] / medians['reference']:.2f}"
        print(f"{key}: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

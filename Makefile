# The two commands a newcomer needs: `make serve` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: install serve test test-slow test-fast lint bench bench-smoke eval clients

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	rm -f $(VENV)/.installed-*
	touch $@

install: $(STAMP)

serve: install
	$(BIN)/commentariat migrate
	$(BIN)/commentariat seed
	$(BIN)/commentariat serve

# Two processes, each with its own databases (tests/conftest.py); PYTEST_WORKERS=0 runs
# the suite in this process (for pdb, or one test).
PYTEST_WORKERS ?= 2

# The README's test command: lint, types, and the suite less the tests marked slow
# (tests/conftest.py). CI runs it and `make test-slow`, on SQLite and on PostgreSQL.
test: install
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/pytest -n $(PYTEST_WORKERS) -m "not slow" $(PYTEST_ARGS)

# Just the slow groups: fuzzing, browser, faults, linear-time checks, the benchmark
# harness and the CLI in child processes. One process: the fault tests time servers,
# stalls and deadlines, and two at once on two cores would only make them noisier.
test-slow: install
	$(BIN)/pytest -m slow $(PYTEST_ARGS)

# `make test` without ruff and mypy, for the edit-test loop.
test-fast: install
	$(BIN)/pytest -n $(PYTEST_WORKERS) -m "not slow" $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# Benchmarks (issue 5): see benchmarks/README.md. BENCH_ARGS adds options, e.g.
# make bench BENCH_ARGS="--backend postgresql --statements 100000"
bench: install
	$(BIN)/python -m benchmarks.run $(BENCH_ARGS)

# About 1k articles and a few seconds per query: proves the harness runs; prints figures only.
bench-smoke: install
	$(BIN)/python -m benchmarks.run --statements 7500 --seconds 3 --warmup 1 \
		--out benchmarks/out/smoke $(BENCH_ARGS)

# Parser quality on the real-news gold (issue 10; README "Gold format"). The dev split by
# default: `make eval SPLIT=blind` only when reporting blind figures. Skips cleanly (exit 0)
# where ../shared/corpus/real-news is absent. EVAL_ARGS adds options, e.g. --no-misses.
SPLIT ?= dev
GOLD_FILES := $(wildcard tests/ingest/gold/*.jsonl)
eval: install
	@if [ -z "$(GOLD_FILES)" ]; then echo "make eval: no gold files in tests/ingest/gold/"; \
	else $(BIN)/commentariat eval $(GOLD_FILES) --split $(SPLIT) $(EVAL_ARGS); fi

# Generated clients (issue 11): lint the live OpenAPI document (Redocly, Spectral), generate
# a Python and a TypeScript client, type-check and run their usage against a live server.
# Needs node and npm. See clients/README.md.
clients: install
	bash clients/check.sh

#!/usr/bin/env bash
# Generated clients, as real clients, against a live server with the seeded store:
#   1. serve the app (uvicorn, a fresh SQLite store, migrated and seeded);
#   2. lint its live OpenAPI document: Redocly's recommended rules and Spectral's
#      spectral:oas, zero errors and zero warnings;
#   3. generate a Python client (openapi-python-client), type-check python/usage.py with
#      mypy --strict and run it against the server;
#   4. generate TypeScript types (openapi-typescript) for openapi-fetch, compile
#      ts/usage.ts with tsc --strict and run it against the server.
# Generated code goes to clients/build/ and is never committed. Fails on any error.
# Needs the app's .venv (make install), python3 and node/npm.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$HERE")"
APP_PY="$ROOT/.venv/bin/python"
BUILD="$HERE/build"
cd "$HERE"

WORK="$(mktemp -d)"
SERVER_PID=""
cleanup() {
  if [ -n "$SERVER_PID" ]; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "== clients: a server with the seeded store"
export COMMENTARIAT_DATABASE_URL="sqlite:///$WORK/clients.db"
"$ROOT/.venv/bin/commentariat" migrate >/dev/null
"$ROOT/.venv/bin/commentariat" seed >/dev/null
PORT="$("$APP_PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
BASE="http://127.0.0.1:$PORT"
(cd "$ROOT" && exec "$APP_PY" -m uvicorn app.main:create_app --factory \
  --host 127.0.0.1 --port "$PORT" >"$WORK/server.log" 2>&1) &
SERVER_PID=$!
"$APP_PY" - "$BASE" <<'EOF'
import sys, time, urllib.request
deadline = time.monotonic() + 90
while True:
    try:
        with urllib.request.urlopen(sys.argv[1] + "/health", timeout=2) as answer:
            if answer.status == 200:
                break
    except OSError:
        pass
    if time.monotonic() > deadline:
        sys.exit("the server did not start")
    time.sleep(0.2)
EOF

rm -rf "$BUILD" && mkdir -p "$BUILD"
"$APP_PY" -c 'import sys, urllib.request; sys.stdout.buffer.write(urllib.request.urlopen(sys.argv[1]).read())' \
  "$BASE/openapi.json" >"$BUILD/openapi.json"

echo "== clients: npm ci"
npm ci --no-audit --no-fund --loglevel=error

echo "== clients: Redocly (recommended-strict: every warning is an error)"
npx --no-install redocly lint --config redocly.yaml "$BUILD/openapi.json"

echo "== clients: Spectral (spectral:oas, failing on warnings)"
npx --no-install spectral lint --ruleset .spectral.yaml --fail-severity=warn "$BUILD/openapi.json"

echo "== clients: Python client (openapi-python-client), mypy --strict, run"
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check -r python/requirements.txt
.venv/bin/openapi-python-client generate --path "$BUILD/openapi.json" \
  --output-path "$BUILD/python/commentariat_client" --meta none \
  --config openapi-python-client.yaml --fail-on-warning
MYPYPATH="$BUILD/python" .venv/bin/mypy --strict --config-file python/mypy.ini python/usage.py
PYTHONPATH="$BUILD/python" .venv/bin/python python/usage.py "$BASE"

echo "== clients: TypeScript client (openapi-typescript + openapi-fetch), tsc --strict, run"
npx --no-install openapi-typescript "$BUILD/openapi.json" -o "$BUILD/ts/schema.d.ts"
npx --no-install tsc -p tsconfig.json --strict
node "$BUILD/ts-out/ts/usage.js" "$BASE"

echo "== clients: all checks passed"

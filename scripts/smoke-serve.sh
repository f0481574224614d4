#!/usr/bin/env bash
# Starts the gateway as the README's first command does, waits until it is ready, checks its
# health JSON, and stops it. Exits non-zero, saying why, when any of that fails.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
http_port="${HTTP_PORT:-9091}"
log="$(mktemp)"
workdir="$(mktemp -d)"

cd "$workdir"
"$root/oes" serve >"$log" 2>&1 &
pid=$!
stop() {
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  rm -rf "$workdir"
}
trap stop EXIT

for _ in $(seq 1 120); do
  if curl -fs "http://127.0.0.1:$http_port/health/ready" >/dev/null 2>&1; then
    break
  fi
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "smoke: oes serve exited before it was ready; its output:" >&2
    cat "$log" >&2
    exit 1
  fi
  sleep 1
done

health="$(curl -fsS "http://127.0.0.1:$http_port/health")" || {
  echo "smoke: /health did not answer; oes output:" >&2
  cat "$log" >&2
  exit 1
}
echo "smoke: /health -> $health"
case "$health" in
  *'"status":"healthy"'*) echo "smoke: oes serve is up and healthy" ;;
  *) echo "smoke: oes serve is not healthy" >&2; cat "$log" >&2; exit 1 ;;
esac

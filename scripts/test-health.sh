#!/usr/bin/env bash
# pass and fail always succeed, so "check && pass || fail" reads as if-then-else here.
# shellcheck disable=SC2015
# Checks a running gateway's HTTP side: liveness, readiness, the health JSON, metrics and CORS.
# Prints PASS/FAIL per check and "N passed, N failed"; exits 1 when any check fails.
#   OES_HTTP=127.0.0.1:9091 scripts/test-health.sh
set -euo pipefail
case "${1:-}" in
  -h|--help)
    echo "Usage: scripts/test-health.sh   (env: OES_HTTP=host:port of the gateway's HTTP, OES=oes command)"
    exit 0 ;;
esac
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
http="${OES_HTTP:-127.0.0.1:9091}"
read -r -a oes <<<"${OES:-$root/oes}"
passed=0 failed=0
pass() { echo "PASS $1"; passed=$((passed + 1)); }
fail() { echo "FAIL $1${2:+: $2}"; failed=$((failed + 1)); }
command -v curl >/dev/null 2>&1 || { echo "test-health: needs curl" >&2; exit 2; }

body=$(curl -fsS "http://$http/health/live" 2>&1) && [ "$body" = alive ] \
  && pass "liveness: /health/live answers 200 alive" || fail "liveness" "$body"

body=$(curl -fsS "http://$http/health/ready" 2>&1) && [ "$body" = ready ] \
  && pass "readiness: /health/ready answers 200 ready" || fail "readiness" "$body"

# A gateway that has just started may still be connecting to the exchange (degraded): wait a little.
for _ in $(seq 1 30); do
  health=$(curl -fsS "http://$http/health" 2>&1) || health=""
  [[ "$health" == '{"status":"healthy"'* ]] && break
  sleep 1
done
missing=""
[[ "$health" == '{"status":"healthy"'* ]] || missing=" top-level status healthy"
for field in '"timestamp":"' '"version":"' '"checks":{' \
    '"store":{' '"cache":{' '"events":{' '"exchange":{' '"system":{' '"duration_ms":'; do
  [[ "$health" == *"$field"* ]] || missing="$missing $field"
done
[ -z "$missing" ] && pass "health JSON: healthy, with store, cache, events, exchange and system checks" \
  || fail "health JSON" "missing$missing in $health"

if "${oes[@]}" health --http "$http" >/dev/null 2>&1; then
  pass "oes health exits 0 for a healthy gateway"
else
  fail "oes health" "exit code $?"
fi

metrics=$(curl -fsS "http://$http/metrics" 2>&1) || metrics=""
count=$(grep -cE '^# TYPE ' <<<"$metrics" || true)
missing=""
for name in order_execution_orders_created_total order_execution_orders_canceled_total \
    order_execution_order_submit_latency_seconds_bucket order_execution_events_published_total \
    order_execution_stream_subscribers jvm_memory_used_bytes process_cpu_usage; do
  grep -q "^# TYPE $name\|^$name" <<<"$metrics" || missing="$missing $name"
done
[ -z "$missing" ] && pass "metrics: $count metric families in Prometheus text, order_execution_* and JVM" \
  || fail "metrics" "missing$missing"

headers=$(curl -fsS -o /dev/null -D - -H "Origin: http://dashboard.example" "http://$http/health" 2>&1 | tr -d '\r')
grep -qi '^access-control-allow-origin: ' <<<"$headers" \
  && pass "CORS: GET from another origin gets Access-Control-Allow-Origin" || fail "CORS GET" "$headers"

preflight=$(curl -sS -o /dev/null -D - -X OPTIONS -H "Origin: http://dashboard.example" \
  -H "Access-Control-Request-Method: GET" "http://$http/health" 2>&1 | tr -d '\r')
grep -q '^HTTP/[0-9.]* 204' <<<"$preflight" && grep -qi '^access-control-allow-methods: .*GET' <<<"$preflight" \
  && pass "CORS: OPTIONS preflight answers 204 with the allowed methods" || fail "CORS preflight" "$preflight"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

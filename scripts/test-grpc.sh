#!/usr/bin/env bash
# pass and fail always succeed, so "check && pass || fail" reads as if-then-else here.
# shellcheck disable=SC2015
# Checks a running gateway's gRPC API through the oes command: service discovery, create, query,
# cancel, validation (invalid quantity, POST_ONLY), idempotency and AmendOrder's availability.
# Prints PASS/FAIL per check and "N passed, N failed"; exits 1 when any check fails.
#   OES_TARGET=127.0.0.1:50051 OES=/opt/oes/bin/oes scripts/test-grpc.sh
set -euo pipefail
case "${1:-}" in
  -h|--help)
    echo "Usage: scripts/test-grpc.sh   (env: OES_TARGET=host:port of the gRPC API, OES=oes command)"
    exit 0 ;;
esac
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export OES_TARGET="${OES_TARGET:-127.0.0.1:50051}"
read -r -a oes <<<"${OES:-$root/oes}"
passed=0 failed=0
pass() { echo "PASS $1"; passed=$((passed + 1)); }
fail() { echo "FAIL $1${2:+: $2}"; failed=$((failed + 1)); }
# Runs oes, keeping its stdout in $out, its stderr in $err and its exit code in $code.
call() {
  local errors
  errors=$(mktemp)
  code=0
  out=$("${oes[@]}" "$@" 2>"$errors") || code=$?
  err=$(grep -v '^WARNING' "$errors" || true)
  rm -f "$errors"
}
field() { sed -nE "s/.*\"$1\": \"([^\"]*)\".*/\1/p" <<<"$out" | head -1; }
run_id="grpc-$$-$(date +%s)"

call services
[ "$code" -eq 0 ] && [[ "$out" == *order.OrderService* ]] && [[ "$out" == *grpc.health.v1.Health* ]] \
  && [[ "$out" == *grpc.reflection.v1.ServerReflection* ]] \
  && pass "service discovery: reflection lists order.OrderService, health and reflection" \
  || fail "service discovery" "$code $err"

missing=""
for method in CreateOrder CancelOrder GetOrder GetOrders StreamOrderUpdates; do
  grep -qE "order.OrderService +$method\$" <<<"$out" || missing="$missing $method"
done
[ -z "$missing" ] && pass "method discovery: CreateOrder CancelOrder GetOrder GetOrders StreamOrderUpdates" \
  || fail "method discovery" "missing$missing"

call order create --symbol BTCUSDT --side BUY --type LIMIT -q 0.01 -p 60000 --tif GTC \
  --user "$run_id" --client-order-id "$run_id-1" --json
order_id=$(field orderId)
[ "$code" -eq 0 ] && [ "$(field state)" = SUBMITTED ] && [ -n "$order_id" ] \
  && pass "create: a limit order below the market rests SUBMITTED ($order_id)" || fail "create" "$code $err $out"

call order get "$order_id" --json
[ "$code" -eq 0 ] && [[ "$out" == *"\"orderId\": \"$order_id\""* ]] && [[ "$out" == *SUBMITTED* ]] \
  && pass "query: GetOrder finds it by order id" || fail "query by id" "$code $err"

call order get --client-order-id "$run_id-1" --user "$run_id" --json
[ "$code" -eq 0 ] && [[ "$out" == *"$order_id"* ]] \
  && pass "query: GetOrder finds it by client order id" || fail "query by client id" "$code $err"

call order list --user "$run_id" --symbol BTCUSDT
[ "$code" -eq 0 ] && [[ "$out" == *"$order_id"* ]] \
  && pass "query: GetOrders lists it for its user" || fail "list" "$code $err"

call order create --symbol BTCUSDT --side BUY --type LIMIT -q 0.01 -p 60000 --tif GTC \
  --user "$run_id" --client-order-id "$run_id-1" --json
[ "$code" -eq 0 ] && [ "$(field orderId)" = "$order_id" ] \
  && pass "idempotency: the same client order id returns the same order" || fail "idempotency" "$code $err"

call order create --symbol BTCUSDT --side BUY --type LIMIT -q 0.02 -p 60000 --tif GTC \
  --user "$run_id" --client-order-id "$run_id-1"
[ "$code" -eq 1 ] && [[ "$err" == *ALREADY_EXISTS* ]] \
  && pass "idempotency: the same id with other parameters fails ALREADY_EXISTS" || fail "idempotency conflict" "$code $err"

call order cancel "$order_id" --symbol BTCUSDT --json
[ "$code" -eq 0 ] && [ "$(field state)" = CANCELED ] \
  && pass "cancel: the resting order is CANCELED" || fail "cancel" "$code $err"

call order cancel "$order_id"
[ "$code" -eq 1 ] && [[ "$err" == *FAILED_PRECONDITION* ]] \
  && pass "cancel again: FAILED_PRECONDITION, exit 1" || fail "second cancel" "$code $err"

call order create --symbol BTCUSDT --side BUY -q 0.0001 -p 60000 --user "$run_id"
[ "$code" -eq 1 ] && [[ "$err" == *INVALID_ARGUMENT*quantity*0.0001* ]] \
  && pass "validation: quantity below the minimum fails INVALID_ARGUMENT naming it" || fail "invalid quantity" "$code $err"

call order create --symbol BTCUSDT --side BUY --type POST_ONLY -q 0.01 --user "$run_id"
[ "$code" -eq 1 ] && [[ "$err" == *INVALID_ARGUMENT*price* ]] \
  && pass "POST_ONLY validation: without a price it fails INVALID_ARGUMENT" || fail "POST_ONLY without price" "$code $err"

call order create --symbol BTCUSDT --side BUY --type POST_ONLY -q 0.01 -p 60000 --user "$run_id" --json
[ "$code" -eq 0 ] && [ "$(field state)" = SUBMITTED ] \
  && pass "POST_ONLY: one below the market rests SUBMITTED" || fail "POST_ONLY resting" "$code $err"

call order create --symbol BTCUSDT --side SELL --type MARKET -q 0.01 --user "$run_id" --json
[ "$code" -eq 0 ] && [ "$(field state)" = FILLED ] \
  && pass "market order: FILLED at once" || fail "market order" "$code $err"
market_price="$(field averagePriceDecimal)"

# 1 % above the last trade: it would take liquidity, yet stays inside the exchange's PERCENT_PRICE
# band around the mark (checked before sending), so it is the exchange that rejects it
cross_price="$(awk -v p="${market_price:-0}" 'BEGIN { printf "%.1f", p * 1.01 }')"
call order create --symbol BTCUSDT --side BUY --type POST_ONLY -q 0.01 -p "$cross_price" --user "$run_id" --json
[ "$code" -eq 1 ] && [ "$(field state)" = REJECTED ] \
  && pass "POST_ONLY validation: one that would take liquidity is REJECTED, exit 1" || fail "POST_ONLY crossing" "$code $err (price $cross_price)"

call order create --symbol BTCUSDT --side BUY --type LIMIT -q 0.01 -p 60000 --tif GTC \
  --user "$run_id" --json
amend_id="$(field orderId)"
call order amend "$amend_id" --price 60100 --json
[ "$code" -eq 0 ] && [ "$(field priceDecimal)" = 60100 ] && [ "$(field orderId)" = "$amend_id" ] \
  && pass "amend: a resting order moves to a new price, keeping its id" || fail "amend" "$code $err"
call order cancel "$amend_id" --symbol BTCUSDT

call order amend "$order_id" --price 61000
[ "$code" -eq 1 ] && [[ "$err" == *FAILED_PRECONDITION*CANCELED* ]] \
  && pass "amend of a canceled order: FAILED_PRECONDITION, exit 1" || fail "amend canceled" "$code $err"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

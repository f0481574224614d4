#!/usr/bin/env bash
# Measures the gateway's heap per open order (BENCHMARKS.md, "Heap per open order"): the gateway
# alone in its JVM against `oes sim` in another, five accounts, 4,000 resting orders (200 per
# symbol and account, the simulator's limit). Heap is read after two full GCs before and after
# the orders: GC.heap_info, GC.class_histogram and a heap dump for an owner analysis.
#   scripts/heap-per-order.sh [sqlite|memory] [OUT_DIR]
# Ports: simulator 8320, gRPC 50620, HTTP 9310 (OES_SIM_PORT, GRPC_PORT, HTTP_PORT to move them).
# OES_WARMUP_ORDERS: orders per account created and cancelled before the first snapshot (100);
# 5000 fills the store's page cache first, to see the steady state.
set -euo pipefail
case "${1:-}" in
  -h|--help)
    echo "Usage: scripts/heap-per-order.sh [sqlite|memory] [OUT_DIR]   (needs a JDK with jcmd, and curl)"
    exit 0 ;;
esac
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
store="${1:-sqlite}"
out="$(mkdir -p "${2:-heap-per-order}" && cd "${2:-heap-per-order}" && pwd)"
sim_port="${OES_SIM_PORT:-8320}" grpc="${GRPC_PORT:-50620}" http="${HTTP_PORT:-9310}"
per_symbol=200
warmup="${OES_WARMUP_ORDERS:-100}"
command -v curl >/dev/null 2>&1 || { echo "heap-per-order: needs curl" >&2; exit 2; }
# shellcheck source=scripts/find-java.sh
source "$root/scripts/find-java.sh"
oes_find_java
jcmd="$JAVA_HOME/bin/jcmd"
"$root/oes" version >/dev/null   # builds the distribution if needed, once: not while measuring
oes=("$JAVA_HOME/bin/java" -jar "$root/oes-cli/target/oes.jar")

accounts="" sim_accounts=()
for n in 1 2 3 4 5; do
  accounts+="    - {id: a$n, api_key: k$n, secret_key: s$n, users: [u$n]}"$'\n'
  [ "$n" = 1 ] || sim_accounts+=(--account "k$n:s$n")
done
rm -rf "$out/store"   # a fresh store: nothing open from an earlier run
store_section="store: {type: memory}"
[ "$store" = memory ] || store_section="store: {type: sqlite, url: \"jdbc:sqlite:$out/store/oes.db\"}"
cat >"$out/gateway.yaml" <<EOF
server: {host: 127.0.0.1, grpc_port: $grpc, http_port: $http}
exchange:
  mode: testnet
  base_url: http://127.0.0.1:$sim_port
  ws_url: ws://127.0.0.1:$sim_port
  cancel_countdown_s: 0
  accounts:
$accounts$store_section
rate_limit: {enabled: false}
EOF

pids=()
stop() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap stop EXIT
"${oes[@]}" sim --port "$sim_port" --api-key k1 --secret-key s1 "${sim_accounts[@]}" --no-rate-limits \
  >"$out/sim.log" 2>&1 &
pids+=($!)
until curl -s -o /dev/null "127.0.0.1:$sim_port/fapi/v1/ping"; do sleep 0.2; done
"${oes[@]}" serve --config "$out/gateway.yaml" >"$out/gateway.log" 2>&1 &
gateway=$!
pids+=("$gateway")
until [ "$(curl -s -o /dev/null -w '%{http_code}' "127.0.0.1:$http/health/ready")" = 200 ]; do
  kill -0 "$gateway" || { echo "heap-per-order: the gateway stopped, see $out/gateway.log" >&2; exit 1; }
  sleep 0.2
done

bench() { "${oes[@]}" bench --target "127.0.0.1:$grpc" --warmup-s 0 --rate 0 --concurrency 4 "$@"; }
snapshot() {
  sleep 3
  "$jcmd" "$gateway" GC.run >/dev/null
  "$jcmd" "$gateway" GC.run >/dev/null
  "$jcmd" "$gateway" GC.heap_info >"$out/heap-$1.txt"
  "$jcmd" "$gateway" GC.class_histogram >"$out/histogram-$1.txt"
  "$jcmd" "$gateway" GC.heap_dump "$out/heap-$1.hprof" >/dev/null
}

# warm-up: connections, classes and the engines' first orders, none left open
for n in 1 2 3 4 5; do bench --cancel --count "$warmup" --user "u$n" >"$out/warmup-u$n.txt"; done
snapshot before
for n in 1 2 3 4 5; do
  bench --keep-open --count $per_symbol --user "u$n" --symbol BTCUSDT --price 60000 --quantity 0.002
  bench --keep-open --count $per_symbol --user "u$n" --symbol ETHUSDT --price 2000 --quantity 0.02
  bench --keep-open --count $per_symbol --user "u$n" --symbol BNBUSDT --price 400 --quantity 0.05
  bench --keep-open --count $per_symbol --user "u$n" --symbol SOLUSDT --price 100 --quantity 1
done >"$out/open-orders.txt"
snapshot after

open=$(awk '$1 == "CreateOrder" {n += $2} END {print n + 0}' "$out/open-orders.txt")
used() { grep -o 'used [0-9]*K' "$1" | tr -dc 0-9; }
total() { awk '$1 == "Total" {print $3}' "$1"; }
echo "open orders: $open (store $store)"
echo "heap used per open order (GC.heap_info): $(( ($(used "$out/heap-after.txt") - $(used "$out/heap-before.txt")) * 1024 / open )) B"
echo "live objects per open order (class histogram): $(( ($(total "$out/histogram-after.txt") - $(total "$out/histogram-before.txt")) / open )) B"
echo "heap dumps for an owner analysis: $out/heap-before.hprof, $out/heap-after.hprof"

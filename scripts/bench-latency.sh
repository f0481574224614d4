#!/usr/bin/env bash
# CreateOrder latency as a ratio to the floor (SPEC §10), with the simulator in its own process:
# starts `oes sim --no-rate-limits` with a second account for the floor's own orders (so the
# floor's REST orders do not share the gateway's account), then for each run a fresh gateway
# against it (rate limits
# off, cancel countdown off, a new SQLite folder or a new PostgreSQL database) and
#   oes bench --concurrency 1 --cancel --rate 0 --warmup-s 30 --duration-s 20 --baseline
# (--concurrency N changes the number of callers)
# and prints each run's figures. Run it on a quiet machine; nothing else should be busy.
#   bash scripts/bench-latency.sh                 # 3 runs, SQLite, the jar of this tree
#   bash scripts/bench-latency.sh --runs 5 --store postgres --jar /other/oes.jar
#   bash scripts/bench-latency.sh --order-entry websocket   # orders over the WebSocket API
#   bash scripts/bench-latency.sh --cache-events            # Redis cache and NATS events on
#   bash scripts/bench-latency.sh --concurrency 64          # throughput against the floor's
# --cache-events needs Redis and NATS (JetStream) running, at REDIS_ADDRESS and NATS_ADDRESS
# (defaults 127.0.0.1:6379 and nats://127.0.0.1:4222).
# --store h2 is for the jar of an earlier version, whose embedded store was H2.
# SIM_PORT, GRPC_PORT and HTTP_PORT move the three ports (defaults 18190, 50291, 9391).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/find-java.sh
source "$root/scripts/find-java.sh"
oes_find_java

runs=3
store=sqlite
order_entry=rest
cache_events=""
concurrency=1
jar="$root/oes-cli/target/oes.jar"
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --store) store="$2"; shift 2 ;;
    --jar) jar="$2"; shift 2 ;;
    --order-entry) order_entry="$2"; shift 2 ;;
    --concurrency) concurrency="$2"; shift 2 ;;
    --cache-events)
      cache_events="cache: {type: redis, address: \"${REDIS_ADDRESS:-127.0.0.1:6379}\"}"$'\n'
      cache_events+="events: {type: nats, address: \"${NATS_ADDRESS:-nats://127.0.0.1:4222}\"}"
      shift ;;
    *) echo "bench-latency: unknown option $1 (use --runs N, --store sqlite|postgres|h2," \
         "--jar PATH, --order-entry rest|websocket, --cache-events, --concurrency N)" >&2
       exit 2 ;;
  esac
done
case "$store" in sqlite|postgres|h2) ;; *) echo "bench-latency: --store must be sqlite, postgres or h2, not $store" >&2; exit 2 ;; esac
case "$concurrency" in ''|*[!0-9]*|0) echo "bench-latency: --concurrency must be a whole number of callers of at least 1, not $concurrency" >&2; exit 2 ;; esac
case "$order_entry" in rest|websocket) ;; *) echo "bench-latency: --order-entry must be rest or websocket, not $order_entry" >&2; exit 2 ;; esac
[ -f "$jar" ] || { echo "bench-latency: no jar at $jar (build it: ./mvnw -B package -DskipTests)" >&2; exit 2; }

java="$JAVA_HOME/bin/java"
work="$(mktemp -d)"
sim_port="${SIM_PORT:-18190}"
grpc_port="${GRPC_PORT:-50291}"
http_port="${HTTP_PORT:-9391}"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

wait_for() {  # a log file and the line that says ready
  for _ in $(seq 1 600); do
    grep -q "$2" "$1" 2>/dev/null && return 0
    sleep 0.1
  done
  echo "bench-latency: not ready, see $1:" >&2
  tail -20 "$1" >&2
  exit 1
}

"$java" -jar "$jar" sim --port "$sim_port" --api-key benchkey --secret-key benchsecret \
  --account floorkey:floorsecret --no-rate-limits > "$work/sim.log" 2>&1 &
pids+=($!)
wait_for "$work/sim.log" "simulator listening on"

# REST is the default and is left unsaid, so the jar of an earlier version reads the same file.
entry_yaml=""
if [ "$order_entry" = websocket ]; then
  entry_yaml="  order_entry: websocket"$'\n'"  ws_api_url: ws://127.0.0.1:$sim_port/ws-fapi/v1"$'\n'
fi
for run in $(seq 1 "$runs"); do
  if [ "$store" = sqlite ]; then
    store_yaml="store: {type: sqlite, url: \"jdbc:sqlite:$work/data-$run/oes.db\"}"
  elif [ "$store" = h2 ]; then
    store_yaml="store: {type: h2, url: \"jdbc:h2:file:$work/data-$run/oes\"}"
  else
    db="oes_bench_$$_$run"
    psql -h 127.0.0.1 -U postgres -d test -qc "CREATE DATABASE $db" >/dev/null
    store_yaml="store: {type: postgres, url: \"jdbc:postgresql://127.0.0.1:5432/$db\", username: postgres}"
  fi
  cat > "$work/gateway-$run.yaml" <<EOF
server: {grpc_port: $grpc_port, http_port: $http_port}
rate_limit: {enabled: false}
exchange:
  mode: testnet
  base_url: http://127.0.0.1:$sim_port
  ws_url: ws://127.0.0.1:$sim_port
  cancel_countdown_s: 0
$entry_yaml  accounts: [{id: main, api_key: benchkey, secret_key: benchsecret, users: []}]
$store_yaml
$cache_events
EOF
  "$java" -jar "$jar" serve --config "$work/gateway-$run.yaml" > "$work/gateway-$run.log" 2>&1 &
  gateway=$!
  wait_for "$work/gateway-$run.log" " ready: gRPC on "
  echo "== run $run of $runs ($store${cache_events:+, redis + nats}, order entry $order_entry, concurrency $concurrency, load average $(cut -d' ' -f1-3 /proc/loadavg))"
  "$java" -jar "$jar" bench --target "127.0.0.1:$grpc_port" --rate 0 --concurrency "$concurrency" --cancel \
    --duration-s 20 --warmup-s 30 --baseline --sim-url "http://127.0.0.1:$sim_port" \
    --sim-api-key floorkey --sim-secret-key floorsecret 2>&1 \
    | grep -E "CreateOrder|REST order|floor|errors" || true
  kill "$gateway"
  wait "$gateway" 2>/dev/null || true
  if [ "$store" = postgres ]; then
    psql -h 127.0.0.1 -U postgres -d test -qc "DROP DATABASE $db" >/dev/null
  fi
done

#!/usr/bin/env bash
# CreateOrder latency as a ratio to the floor (SPEC §10), with the simulator in its own process:
# starts `oes sim --no-rate-limits` with a second account for the floor's own orders (so the
# floor's REST orders do not share the gateway's account), then for each run a fresh gateway
# against it (rate limits
# off, cancel countdown off, a new SQLite folder or a new PostgreSQL database) and
#   oes bench --concurrency 1 --cancel --rate 0 --warmup-s 30 --duration-s 20 --baseline
# (--concurrency N changes the number of callers; --rate N paces them at N creates/s in all)
# and prints each run's figures. Run it on a quiet machine; nothing else should be busy.
#   bash scripts/bench-latency.sh                 # 3 runs, SQLite, the jar of this tree
#   bash scripts/bench-latency.sh --runs 5 --store postgres --jar /other/oes.jar
#   bash scripts/bench-latency.sh --order-entry websocket   # orders over the WebSocket API
#   bash scripts/bench-latency.sh --cache-events            # Redis cache and NATS events on
#   bash scripts/bench-latency.sh --concurrency 64          # throughput against the floor's
#   bash scripts/bench-latency.sh --rate 1000 --concurrency 64   # latency paced at 1,000/s
#   GATEWAY_JAVA_OPTS='-XX:+UseZGC' bash scripts/bench-latency.sh  # JVM options of the gateway
# --cache-events needs Redis and NATS (JetStream) running, at REDIS_ADDRESS and NATS_ADDRESS
# (defaults 127.0.0.1:6379 and nats://127.0.0.1:4222).
# --store h2 is for the jar of an earlier version, whose embedded store was H2.
# SIM_PORT, GRPC_PORT and HTTP_PORT move the three ports (defaults 18190, 50291, 9391).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/find-java.sh
source "$root/scripts/find-java.sh"
# shellcheck source=scripts/bench-common.sh
source "$root/scripts/bench-common.sh"
oes_find_java

runs=3
store=sqlite
order_entry=rest
cache_events=""
concurrency=1
rate=0
jar="$root/oes-cli/target/oes.jar"
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --store) store="$2"; shift 2 ;;
    --jar) jar="$2"; shift 2 ;;
    --order-entry) order_entry="$2"; shift 2 ;;
    --concurrency) concurrency="$2"; shift 2 ;;
    --rate) rate="$2"; shift 2 ;;
    --cache-events) cache_events="$(oes_bench_cache_events_yaml)"; shift ;;
    *) echo "bench-latency: unknown option $1 (use --runs N, --store sqlite|postgres|h2," \
         "--jar PATH, --order-entry rest|websocket, --cache-events, --concurrency N, --rate N)" >&2
       exit 2 ;;
  esac
done
case "$store" in sqlite|postgres|h2) ;; *) echo "bench-latency: --store must be sqlite, postgres or h2, not $store" >&2; exit 2 ;; esac
case "$concurrency" in ''|*[!0-9]*|0) echo "bench-latency: --concurrency must be a whole number of callers of at least 1, not $concurrency" >&2; exit 2 ;; esac
case "$rate" in ''|*[!0-9]*) echo "bench-latency: --rate must be a whole number of creates per second (0: uncapped), not $rate" >&2; exit 2 ;; esac
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

oes_bench_start_sim "$sim_port"

# REST is the default and is left unsaid, so the jar of an earlier version reads the same file.
entry_yaml=""
if [ "$order_entry" = websocket ]; then
  entry_yaml="  order_entry: websocket"$'\n'"  ws_api_url: ws://127.0.0.1:$sim_port/ws-fapi/v1"$'\n'
fi
for run in $(seq 1 "$runs"); do
  store_yaml="$(oes_bench_store_yaml "$store" "$run")"
  oes_bench_gateway_yaml "$work/gateway-$run.yaml" "$sim_port" "$grpc_port" "$http_port" \
    "$store_yaml" "$cache_events" "$entry_yaml"
  # shellcheck disable=SC2086  # GATEWAY_JAVA_OPTS is a list of JVM options, split on spaces
  "$java" ${GATEWAY_JAVA_OPTS:-} -jar "$jar" serve --config "$work/gateway-$run.yaml" \
    > "$work/gateway-$run.log" 2>&1 &
  gateway=$!
  oes_bench_wait_for "$work/gateway-$run.log" " ready: gRPC on "
  echo "== run $run of $runs ($store${cache_events:+, redis + nats}, order entry $order_entry, concurrency $concurrency, rate ${rate/#0/uncapped}, load average $(cut -d' ' -f1-3 /proc/loadavg))"
  "$java" -jar "$jar" bench --target "127.0.0.1:$grpc_port" --rate "$rate" --concurrency "$concurrency" --cancel \
    --duration-s 20 --warmup-s 30 --baseline --sim-url "http://127.0.0.1:$sim_port" \
    --sim-api-key floorkey --sim-secret-key floorsecret 2>&1 \
    | grep -E "CreateOrder|REST order|floor|errors" || true
  kill "$gateway"
  wait "$gateway" 2>/dev/null || true
  oes_bench_drop_store "$store" "$run"
done

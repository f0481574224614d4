#!/usr/bin/env bash
# How soon a gateway fresh from a start holds a paced rate (the cost of a restart or a failover):
# starts `oes sim --no-rate-limits` in its own process and warms it (a throwaway gateway sends
# it orders for --venue-warm-up-s seconds: a real venue is never cold, so its warm-up must not
# be counted as the gateway's), then for each run a fresh gateway in testnet mode against it
# with PostgreSQL (a new database), the Redis cache and NATS events on, waits for its ready
# line, and at once runs
#   oes bench --cancel --rate 300 --duration-s 60 --warmup-s 0 --windows-s 1
# It prints the time to ready, the CreateOrders completed in each second of the bench, and the
# second at which the rate first holds (3 windows in a row at ≥ 95% of it).
#   bash scripts/bench-cold-start.sh                    # 3 runs, through ./oes (its JVM options)
#   bash scripts/bench-cold-start.sh --runs 1 --rate 800 --duration-s 30
#   bash scripts/bench-cold-start.sh --jar /other/oes.jar   # plain `java -jar`, no launcher
#   bash scripts/bench-cold-start.sh --oes /other/tree/oes  # another tree's gateway, its launcher
#   bash scripts/bench-cold-start.sh --compare /other/tree/oes  # runs alternate: this tree, that
#   OES_JAVA_OPTS='-XX:StartFlightRecording=filename=/tmp/cold.jfr' bash scripts/bench-cold-start.sh
#   bash scripts/bench-cold-start.sh --logs /tmp/cold   # keeps each run's gateway log and bench
# The gateway is started the way a user starts it, through ./oes (the start-up archive and the
# JVM options live there); --oes names another tree's launcher (the simulator and the bench
# stay this tree's), --jar starts that jar with plain `java -jar` instead. The bench's
# own JVM start (about half a second) lies between the ready line and its first window.
# Needs PostgreSQL (psql as postgres on 127.0.0.1), Redis at REDIS_ADDRESS and NATS with
# JetStream at NATS_ADDRESS. SIM_PORT, GRPC_PORT and HTTP_PORT move the three ports (defaults
# 18191, 50292, 9392, apart from bench-latency.sh's).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/find-java.sh
source "$root/scripts/find-java.sh"
# shellcheck source=scripts/bench-common.sh
source "$root/scripts/bench-common.sh"
oes_find_java

runs=3
rate=300
duration=60
concurrency=4
jar="$root/oes-cli/target/oes.jar"
launcher="$root/oes"
logs=""
compare=""
venue_warm_up=30
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --rate) rate="$2"; shift 2 ;;
    --duration-s) duration="$2"; shift 2 ;;
    --concurrency) concurrency="$2"; shift 2 ;;
    --jar) jar="$2"; launcher=""; shift 2 ;;
    --oes) launcher="$2"; shift 2 ;;
    --compare) compare="$2"; shift 2 ;;
    --venue-warm-up-s) venue_warm_up="$2"; shift 2 ;;
    --logs) logs="$2"; shift 2 ;;
    *) echo "bench-cold-start: unknown option $1 (use --runs N, --rate N, --duration-s S," \
         "--concurrency N, --jar PATH, --oes PATH, --compare PATH, --venue-warm-up-s S, --logs DIR)" >&2
       exit 2 ;;
  esac
done
for value in "$runs" "$rate" "$duration" "$concurrency"; do
  case "$value" in ''|*[!0-9]*|0) echo "bench-cold-start: --runs, --rate, --duration-s and" \
    "--concurrency must be whole numbers of at least 1, not $value" >&2; exit 2 ;; esac
done
[ -f "$jar" ] || { echo "bench-cold-start: no jar at $jar (build it: ./mvnw -B package -DskipTests)" >&2; exit 2; }

java="$JAVA_HOME/bin/java"
work="$(mktemp -d)"
sim_port="${SIM_PORT:-18191}"
grpc_port="${GRPC_PORT:-50292}"
http_port="${HTTP_PORT:-9392}"
pids=()
open_run=""
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  if [ -n "$open_run" ]; then oes_bench_drop_store postgres "$open_run"; fi
  if [ -n "$logs" ]; then mkdir -p "$logs" && cp "$work"/*.log "$work"/*.txt "$logs"/ 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# The first second (counted from 1) that starts 3 windows in a row at ≥ 95% of the rate, or
# "never"; reads the window counts as arguments.
held_from() {
  awk -v rate="$rate" 'BEGIN { need = rate * 0.95; held = "never" }
    { for (i = 1; i <= NF - 2; i++) if ($i >= need && $(i+1) >= need && $(i+2) >= need) {
        held = i; break } }
    END { print held }' <<<"$*"
}

if [ -n "$launcher" ]; then
  gateway_command=("$launcher")
  # the launcher builds on first use and makes its start-up archive once; not part of a run
  "$launcher" --version >/dev/null
else
  gateway_command=("$java" ${OES_JAVA_OPTS:-} -jar "$jar")
fi
if [ -n "$compare" ]; then
  "$compare" --version >/dev/null
fi
oes_bench_start_sim "$sim_port"

# The venue's warm-up: a throwaway gateway (this jar, no training run, memory store) sends the
# simulator the same kind of orders, uncounted.
if [ "$venue_warm_up" -gt 0 ]; then
  oes_bench_gateway_yaml "$work/venue-warm-up.yaml" "$sim_port" "$grpc_port" "$http_port" \
    "store: {type: memory}" "" "" "warm_up_orders: 0"
  "$java" -jar "$jar" serve --config "$work/venue-warm-up.yaml" > "$work/venue-warm-up.log" 2>&1 &
  warm_gateway=$!
  pids+=("$warm_gateway")
  oes_bench_wait_for "$work/venue-warm-up.log" " ready: gRPC on "
  "$java" -jar "$jar" bench --target "127.0.0.1:$grpc_port" --cancel --rate 0 --concurrency 8 \
    --duration-s "$venue_warm_up" --warmup-s 0 > /dev/null 2>&1 || true
  kill "$warm_gateway"
  wait "$warm_gateway" 2>/dev/null || true
fi

for run in $(seq 1 "$runs"); do
  # with --compare, odd runs are this tree's gateway, even runs the other's
  gateway_now=("${gateway_command[@]}")
  label="$(dirname "${gateway_now[0]}")"
  if [ -n "$compare" ] && [ $((run % 2)) -eq 0 ]; then
    gateway_now=("$compare")
    label="$(dirname "$compare")"
  fi
  open_run="$run"
  oes_bench_gateway_yaml "$work/gateway-$run.yaml" "$sim_port" "$grpc_port" "$http_port" \
    "$(oes_bench_store_yaml postgres "$run")" "$(oes_bench_cache_events_yaml)" ""
  load="$(cut -d' ' -f1-3 /proc/loadavg)"
  launched="$(date +%s%N)"
  "${gateway_now[@]}" serve --config "$work/gateway-$run.yaml" > "$work/gateway-$run.log" 2>&1 &
  gateway=$!
  pids+=("$gateway")
  oes_bench_wait_for "$work/gateway-$run.log" " ready: gRPC on "
  ready="$(date +%s%N)"
  "$java" -jar "$jar" bench --target "127.0.0.1:$grpc_port" --cancel --rate "$rate" \
    --concurrency "$concurrency" --duration-s "$duration" --warmup-s 0 --windows-s 1 \
    > "$work/bench-$run.txt" 2>&1 || true
  windows="$(sed -n 's/^CreateOrder per 1 s window://p' "$work/bench-$run.txt")"
  echo "== run $run of $runs: $label (postgres, redis + nats, rate $rate/s, concurrency $concurrency, load average $load)"
  printf 'ready %.2f s after launch\n' "$(( (ready - launched) / 1000000 ))e-3"
  echo "creates completed per 1 s from ready:$windows"
  echo "rate held (3 windows in a row ≥ 95% of $rate/s) from second: $(held_from $windows)"
  grep -E "^PHASE|^(CreateOrder|CancelOrder) +[0-9]|^errors" "$work/bench-$run.txt" \
    || cat "$work/bench-$run.txt"
  kill "$gateway"
  wait "$gateway" 2>/dev/null || true
  oes_bench_drop_store postgres "$run"
  open_run=""
done

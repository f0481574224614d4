#!/usr/bin/env bash
# Sourced by the benchmark scripts (bench-latency.sh, bench-cold-start.sh): the pieces they
# share, so each measures the same way. The caller sets $java, $jar, $work and the array
# $pids (processes to stop on exit) before using them.

# Waits until log file $1 has a line matching $2 (up to a minute); otherwise shows the log's
# tail and exits: a benchmark without its gateway or simulator has nothing to say.
oes_bench_wait_for() {
  for _ in $(seq 1 600); do
    grep -q "$2" "$1" 2>/dev/null && return 0
    sleep 0.1
  done
  echo "$(basename "$0"): not ready, see $1:" >&2
  tail -20 "$1" >&2
  exit 1
}

# Starts `oes sim --no-rate-limits` on port $1 in its own process (account benchkey for the
# gateway, floorkey for the floor's own orders) and waits until it listens.
oes_bench_start_sim() {
  "$java" -jar "$jar" sim --port "$1" --api-key benchkey --secret-key benchsecret \
    --account floorkey:floorsecret --no-rate-limits > "$work/sim.log" 2>&1 &
  pids+=($!)
  oes_bench_wait_for "$work/sim.log" "simulator listening on"
}

# The YAML of store $1 (sqlite, h2, postgres) for run $2; with postgres it creates a fresh
# database oes_bench_<pid>_<run> (drop it with oes_bench_drop_store).
oes_bench_store_yaml() {
  case "$1" in
    sqlite) echo "store: {type: sqlite, url: \"jdbc:sqlite:$work/data-$2/oes.db\"}" ;;
    h2) echo "store: {type: h2, url: \"jdbc:h2:file:$work/data-$2/oes\"}" ;;
    postgres)
      psql -h 127.0.0.1 -U postgres -d test -qc "CREATE DATABASE oes_bench_$$_$2" >/dev/null
      echo "store: {type: postgres, url: \"jdbc:postgresql://127.0.0.1:5432/oes_bench_$$_$2\", username: postgres}" ;;
  esac
}

# Drops what oes_bench_store_yaml made for store $1 and run $2.
oes_bench_drop_store() {
  if [ "$1" = postgres ]; then
    psql -h 127.0.0.1 -U postgres -d test -qc "DROP DATABASE IF EXISTS oes_bench_$$_$2" >/dev/null
  fi
}

# The YAML of the Redis cache and NATS events, at REDIS_ADDRESS and NATS_ADDRESS.
oes_bench_cache_events_yaml() {
  echo "cache: {type: redis, address: \"${REDIS_ADDRESS:-127.0.0.1:6379}\"}"
  echo "events: {type: nats, address: \"${NATS_ADDRESS:-nats://127.0.0.1:4222}\"}"
}

# Writes to file $1 a gateway in testnet mode against the simulator on port $2 (rate limits
# off, cancel countdown off) on gRPC port $3 and HTTP port $4, with the store YAML $5, the
# extra YAML $6 (cache and events, or nothing), exchange lines $7 (order entry, or nothing) and
# further server keys $8 (e.g. "warm_up_orders: 0", or nothing).
oes_bench_gateway_yaml() {
  cat > "$1" <<YAML
server: {grpc_port: $3, http_port: $4${8:+, $8}}
rate_limit: {enabled: false}
exchange:
  mode: testnet
  base_url: http://127.0.0.1:$2
  ws_url: ws://127.0.0.1:$2
  cancel_countdown_s: 0
${7}  accounts: [{id: main, api_key: benchkey, secret_key: benchsecret, users: []}]
$5
$6
YAML
}

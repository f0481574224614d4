#!/usr/bin/env bash
# Starts the servers the integration tests talk to (PostgreSQL, Redis, NATS with JetStream)
# when they are not already listening, installing them from Debian's packages if missing.
# Idempotent; fails loudly, naming the service that would not come up.
set -euo pipefail

listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_for() {
  local name=$1 port=$2
  for _ in $(seq 1 60); do
    listening "$port" && { echo "services: $name is up on $port"; return 0; }
    sleep 1
  done
  echo "services: $name did not come up on 127.0.0.1:$port" >&2
  return 1
}

install_missing() {
  local missing=()
  command -v pg_ctlcluster >/dev/null 2>&1 || missing+=(postgresql)
  command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
  [ -x /usr/sbin/nats-server ] || command -v nats-server >/dev/null 2>&1 || missing+=(nats-server)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "services: installing ${missing[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
  fi
}

start_postgres() {
  listening 5432 && return 0
  local version hba
  version="$(find /etc/postgresql -mindepth 1 -maxdepth 1 -printf "%f\n" | sort -V | tail -1)"
  hba="/etc/postgresql/$version/main/pg_hba.conf"
  # The tests connect over loopback without a password, as on the machines they run on.
  grep -q '^host all all 127.0.0.1/32 trust' "$hba" \
    || sed -i '1i host all all 127.0.0.1/32 trust\nhost all all ::1/128 trust' "$hba"
  pg_ctlcluster --skip-systemctl-redirect "$version" main start
  wait_for PostgreSQL 5432
  su postgres -c "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname='test'\"" | grep -q 1 \
    || su postgres -c "createdb test"
}

start_redis() {
  listening 6379 && return 0
  mkdir -p /var/lib/redis /var/log/redis
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no \
    --dir /var/lib/redis --logfile /var/log/redis/ci.log
  wait_for Redis 6379
}

start_nats() {
  listening 4222 && return 0
  mkdir -p /var/lib/nats-server
  start-stop-daemon --start --oknodo --background --exec "$(command -v nats-server || echo /usr/sbin/nats-server)" \
    -- -a 127.0.0.1 -p 4222 -js -sd /var/lib/nats-server -l /var/log/nats-server.log
  wait_for NATS 4222
}

install_missing
start_postgres
start_redis
start_nats

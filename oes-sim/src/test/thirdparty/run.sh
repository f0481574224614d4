#!/usr/bin/env bash
# Starts the exchange simulator on an ephemeral port, runs one third-party client check against
# it, stops it. The check is the script named by the first argument: ccxt-check.mjs (the default)
# or binance-connector-check.mjs. Exits non-zero when the check fails. Needs node and npm;
# installs the pinned clients of package.json (into node_modules/ here, ignored by git) if missing.
set -euo pipefail
check="${1:-ccxt-check.mjs}"

here="$(cd "$(dirname "$0")" && pwd)"
module="$(cd "$here/../../.." && pwd)"
root="$(cd "$module/.." && pwd)"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

if [[ ! -d "$here/node_modules/ccxt" \
  || ! -d "$here/node_modules/@binance/derivatives-trading-usds-futures" ]]; then
  (cd "$here" && npm install --no-audit --no-fund --silent)
fi
if [[ ! -d "$module/target/classes" ]]; then
  (cd "$root" && ./mvnw -B -q -o install -pl oes-sim -DskipTests)
fi
(cd "$root" && ./mvnw -B -q -o -pl oes-sim dependency:build-classpath \
  -Dmdep.outputFile=target/thirdparty-classpath.txt)
classpath="$module/target/classes:$(cat "$module/target/thirdparty-classpath.txt")"

log="$(mktemp)"
"$java" -cp "$classpath" io.oes.sim.SimulatorMain --port 0 >"$log" 2>&1 &
sim_pid=$!
trap 'kill "$sim_pid" 2>/dev/null || true; wait "$sim_pid" 2>/dev/null || true; rm -f "$log"' EXIT

for _ in $(seq 1 100); do
  grep -q '^secretKey=' "$log" && break
  kill -0 "$sim_pid" 2>/dev/null || { cat "$log"; exit 1; }
  sleep 0.1
done
value() { grep "^$1=" "$log" | head -1 | cut -d= -f2-; }

SIM_URL="$(value baseUrl)" SIM_WS_URL="$(value webSocketUrl)" SIM_API_KEY="$(value apiKey)" SIM_SECRET_KEY="$(value secretKey)" \
  node "$here/$check"

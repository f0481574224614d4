#!/usr/bin/env bash
# The crash suite (README "Crash safety"): packages the distribution, then kills the real gateway
# process with SIGKILL at random instants while a client creates, amends and cancels orders and
# orders fill; once on PostgreSQL with NATS JetStream, once on the embedded H2 store. Prints the
# totals of both runs as its last lines; exits non-zero on any duplicate, loss or mismatch of
# the PostgreSQL run (the H2 run is reported, see below).
#   bash scripts/crash-suite.sh                      # 20 kills per store, a random seed
#   bash scripts/crash-suite.sh -Dcrash.kills=40 -Dcrash.seed=1234
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# shellcheck source=scripts/find-java.sh
source scripts/find-java.sh
oes_find_java

# PostgreSQL for the second run (the suite starts its own simulator and nats-server).
bash scripts/start-services.sh

results=oes-cli/target/crash-suite
rm -f "$results/totals.txt"
# PostgreSQL with NATS decides the exit status. The embedded H2 store is run and reported, not
# decisive: H2 keeps a rare loss of a committed transaction to a kill (README "Crash safety").
status=0
./mvnw -B -Pcrash -pl oes-cli -am verify -DskipTests -Dtest='CrashSuite#postgres*' "$@" \
  || status=$?
h2_status=0
./mvnw -B -Pcrash -pl oes-cli -am verify -DskipTests -Dtest='CrashSuite#theEmbedded*' "$@" \
  || h2_status=$?
echo
if [ -f "$results/totals.txt" ]; then
  cat "$results/totals.txt"
else
  echo "crash-suite: no totals (no run of the suite finished; see the output above)"
fi
if [ "$h2_status" -ne 0 ]; then
  echo "crash-suite h2: not decisive (the embedded store's known limitation, README \"Crash safety\")"
fi
exit "$status"

#!/usr/bin/env bash
# The crash suite (README "Crash safety"): packages the distribution, then kills with SIGKILL at
# random instants, on the embedded SQLite store and on PostgreSQL (with NATS JetStream):
#   1. the store alone, while it commits intents: every commit it reported must be there after;
#   2. the real gateway, while a client creates, amends and cancels orders and orders fill:
#      exactly one exchange order per intent, nothing acknowledged lost, the stream complete;
#   3. three gateway instances on PostgreSQL trading two accounts, one account's owner killed
#      with SIGKILL or frozen with SIGSTOP in turn while the client calls any instance: the
#      same checks, and the takeover times.
# Prints the totals of every run as its last lines; exits non-zero on any loss, duplicate or
# mismatch in any of them.
#   bash scripts/crash-suite.sh                      # 20 gateway kills per store, a random seed
#   bash scripts/crash-suite.sh -Dcrash.kills=40 -Dcrash.seed=1234
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# shellcheck source=scripts/find-java.sh
source scripts/find-java.sh
oes_find_java

# PostgreSQL for the second store (the suite starts its own simulator and nats-server).
bash scripts/start-services.sh

results=oes-cli/target/crash-suite
rm -f "$results/totals.txt"
status=0
./mvnw -B -Pcrash -pl oes-cli -am verify -DskipTests "$@" || status=$?
echo
if [ -f "$results/totals.txt" ]; then
  cat "$results/totals.txt"
else
  echo "crash-suite: no totals (no run of the suite finished; see the output above)"
fi
exit "$status"

#!/usr/bin/env bash
# Sourced by ./oes, the Dockerfile and deploy.sh: the start-up archive, which lets the JVM map
# the classes oes loads at start instead of reading, parsing and verifying them from the jars
# again (about half the time to ready of `oes serve`). It is made by a training run: one
# `oes serve` in the embedded default, in a temporary folder on free loopback ports, then
# `oes bench` sending it orders for a few seconds (to its embedded simulator: nothing leaves
# the machine, the folder is deleted after), then stopped. The orders put the classes of the
# order path into the archive, and with an AOT cache the profiles of its methods too, so the
# JIT compiles that path early after a start instead of interpreting it under the first load.
#   JDK 25 and newer: an AOT cache (-XX:AOTCache; classes also linked ahead of time).
#   JDK 21 to 24:     a dynamic AppCDS archive (-XX:SharedArchiveFile).
# It is an optimisation only: a missing, stale or unusable archive is never an error; the JVM
# then starts as it would without one. Its log output is silenced for that reason, since a
# stale archive would otherwise print warnings before every command's own output.

# The JDK's version from its release file (e.g. 25.0.3); empty when it has none.
oes_jdk_version() {
  sed -n 's/^JAVA_VERSION="\(.*\)"$/\1/p' "$1/release" 2>/dev/null | head -n 1
}

# The archive file for JDK $1 in folder $2: one per JDK version and install, so switching
# between JDKs never makes one archive useless for the other.
oes_archive_path() {
  local version key
  version="$(oes_jdk_version "$1")"
  key="$(cd "$1" 2>/dev/null && pwd -P | cksum | cut -d' ' -f1)"
  if [ "${version%%.*}" -ge 25 ] 2>/dev/null; then
    echo "$2/oes-jdk$version-$key.aot"
  else
    echo "$2/oes-jdk$version-$key.jsa"
  fi
}

# Whether an archive can be made for JDK $1: 21 or newer with a release file; below 25 only
# with the JDK's own base archive (a dynamic archive builds on it).
oes_archive_supported() {
  local major
  major="$(oes_jdk_version "$1")"
  major="${major%%.*}"
  [ -n "$major" ] && [ "$major" -ge 21 ] 2>/dev/null || return 1
  [ "$major" -ge 25 ] || [ -f "$1/lib/server/classes.jsa" ]
}

# Whether archive $1 is missing or older than any of the files it was made from ($2...): the
# jar, its libraries, the JDK's modules. The JVM checks this itself too, but only refuses.
oes_archive_stale() {
  local archive="$1"
  shift
  [ -f "$archive" ] || return 0
  [ -n "$(find "$@" -newer "$archive" -print -quit 2>/dev/null)" ]
}

# Prints the JVM options that use archive $2 with JDK $1, one per line; none when it is absent.
oes_archive_options() {
  [ -f "$2" ] || return 0
  case "$2" in
    *.aot) printf '%s\n' "-XX:AOTCache=$2" -Xlog:aot=off -Xlog:cds=off ;;
    *.jsa) printf '%s\n' "-XX:SharedArchiveFile=$2" -Xlog:cds=off -Xlog:cds+dynamic=off ;;
  esac
}

# The orders of the training run: `oes bench` (a JVM of its own, not archived) against the
# training gateway whose log is in folder $3, at most 15 seconds. Creates and cancels, some
# MARKET orders, for every path a trading day takes. A failed bench only makes a thinner
# archive, never a failed one.
oes_archive_train_orders() {
  local java="$1" jar="$2" work="$3" target
  target="$(sed -n 's/.* ready: gRPC on \([^,]*\),.*/\1/p' "$work/training.log" | head -n 1)"
  [ -n "$target" ] || return 0
  (cd "$work" && env -i PATH="${PATH:-/usr/bin:/bin}" HOME="$work" \
    timeout 15 "$java" -jar "$jar" bench --target "$target" --cancel --rate 0 \
      --concurrency 4 --warmup-s 0 --duration-s 6 </dev/null >"$work/bench.log" 2>&1
   env -i PATH="${PATH:-/usr/bin:/bin}" HOME="$work" \
    timeout 10 "$java" -jar "$jar" bench --target "$target" --rate 0 --concurrency 2 \
      --warmup-s 0 --count 200 </dev/null >>"$work/bench.log" 2>&1) || true
}

# Makes archive $3 for JDK $1 and jar $2 (an absolute path: the archive records it) by a
# training run. Returns non-zero, leaving no archive, when the run fails; never hangs for more
# than a few minutes. The environment is emptied first: the run must never reach a real
# exchange or database that the caller's variables point at.
oes_archive_train() {
  local java="$1/bin/java" jar="$2" archive="$3" work tmp pid option status=1
  # An archive that does not match any more is worse than none: the JVM then maps no
  # archive at all, not even the JDK's own.
  rm -f "$archive"
  work="$(mktemp -d)" || return 1
  tmp="$archive.$$.tmp"
  case "$archive" in
    *.aot) option="-XX:AOTCacheOutput=$tmp" ;;
    *) option="-XX:ArchiveClassesAtExit=$tmp" ;;
  esac
  # Limits off, so the training orders are all taken (the simulator is the embedded one).
  printf '%s\n' 'rate_limit: {enabled: false}' 'sim: {enforce_rate_limits: false}' \
    >"$work/training.yaml"
  (cd "$work" && exec env -i PATH="${PATH:-/usr/bin:/bin}" HOME="$work" GRPC_PORT=0 \
    HTTP_PORT=0 OES_HOST=127.0.0.1 EXCHANGE_MODE=sim \
    "$java" "$option" -jar "$jar" serve --config "$work/training.yaml" \
    </dev/null >"$work/training.log" 2>&1) &
  pid=$!
  for _ in $(seq 1 600); do
    grep -q ' ready: gRPC on ' "$work/training.log" 2>/dev/null && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if grep -q ' ready: gRPC on ' "$work/training.log" 2>/dev/null; then
    oes_archive_train_orders "$java" "$jar" "$work"
    # The archive is written as the JVM exits; an AOT cache takes a second JVM a few seconds.
    kill -TERM "$pid" 2>/dev/null
    for _ in $(seq 1 1200); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
  fi
  if kill -0 "$pid" 2>/dev/null; then
    kill -KILL "$pid" 2>/dev/null
  fi
  wait "$pid" 2>/dev/null
  if [ -s "$tmp" ] && mv -f "$tmp" "$archive"; then
    status=0
  fi
  rm -rf "$work" "$tmp" "$tmp.config"
  return "$status"
}

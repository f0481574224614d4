#!/usr/bin/env bash
# Sourced by ./oes, ./mvnw, scripts/deploy.sh and .ci/run: sets JAVA_HOME to a JDK of version 21
# or newer, and names the JVM options every oes command runs with.
# Order of preference: JAVA_HOME as given, the java on PATH, then the newest JDK installed
# under /usr/lib/jvm or /opt/java. Fails with a clear line when there is none.

oes_java_major() {
  local version
  # The JDK's release file says it without starting a JVM (a noticeable part of a short run).
  version=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*"$/\1/p' "$(dirname "$1")/../release" 2>/dev/null \
    | head -n 1)
  if [ -n "$version" ]; then
    echo "$version"
    return
  fi
  "$1" -XshowSettings:properties -version 2>&1 \
    | awk -F'= ' '/java.specification.version/ {print $2; exit}' | cut -d. -f1
}

oes_find_java() {
  local candidate major
  local -a candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME/bin/java")
  command -v java >/dev/null 2>&1 && candidates+=("$(readlink -f "$(command -v java)")")
  for candidate in $(ls -d /usr/lib/jvm/*/bin/java /opt/java/*/bin/java 2>/dev/null | sort -rV); do
    candidates+=("$candidate")
  done
  for candidate in "${candidates[@]}"; do
    [ -x "$candidate" ] || continue
    major=$(oes_java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      JAVA_HOME="$(cd "$(dirname "$candidate")/.." && pwd)"
      export JAVA_HOME
      return 0
    fi
  done
  echo "oes needs a JDK 21 or newer: none found in JAVA_HOME, on PATH, or under /usr/lib/jvm." >&2
  echo "Install one (e.g. 'apt-get install openjdk-21-jdk-headless') or point JAVA_HOME at it." >&2
  return 1
}

# Prints, one a line, the JVM options oes runs with on the JDK at "$1". protobuf still reads
# memory through sun.misc.Unsafe, which a JDK 24 or newer reports in four WARNING lines on first
# use (JEP 498), before a command's answer; JDK 23 added the option that allows it quietly, and
# older JDKs refuse an option they do not know.
oes_jdk_options() {
  local major
  major=$(oes_java_major "$1/bin/java")
  if [ -n "$major" ] && [ "$major" -ge 23 ]; then
    echo "--sun-misc-unsafe-memory-access=allow"
  fi
}

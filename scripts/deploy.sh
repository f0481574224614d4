#!/usr/bin/env bash
# Installs oes as a service: checks Java, builds the distribution if needed, validates the
# configuration and credentials, creates the service user and folders, installs the
# distribution, config and environment file, then starts it (systemd when present, otherwise in
# the background with a pid file) and waits until /health/ready answers. Safe to run again.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
prefix=/opt/oes
config_dir=/etc/oes
data_dir=/var/lib/oes
service_user=oes
source_config="$root/config/example.yaml"
source_env=""
use_systemd=auto
dry_run=false
print_unit=false
ready_timeout_s=120
unit_name=order-execution.service

usage() {
  cat <<USAGE
Usage: scripts/deploy.sh [options]

Installs and starts oes. Run as root (it creates a user and system folders).

Options:
  --prefix DIR        where the distribution goes (default: $prefix)
  --config-dir DIR    where config.yaml and oes.env go (default: $config_dir)
  --data-dir DIR      the service's working and data folder (default: $data_dir)
  --user NAME         the service user, created if missing (default: $service_user)
  --config FILE       configuration to install (default: config/example.yaml;
                      production: config/production.yaml)
  --env-file FILE     environment file to install (default: one written from the
                      variables of .env.example set in this shell)
  --no-systemd        start in the background with a pid file even if systemd runs
  --ready-timeout S   seconds to wait for /health/ready (default: $ready_timeout_s)
  --dry-run           print every step without doing it
  --print-unit        print the systemd unit as it would be installed with these folders
                      and user, and stop (CI checks it with systemd-analyze verify)
  -h, --help          this help

Credentials: export BINANCE_API_KEY and BINANCE_SECRET_KEY (testnet or live), or put them
in --env-file. The configuration is validated with 'oes serve --check' before anything is
installed.
USAGE
}

fail() { echo "deploy: error: $*" >&2; exit 1; }
say() { echo "deploy: $*"; }
# Every change goes through run: printed always, done unless --dry-run.
run() {
  echo "+ $*"
  if [ "$dry_run" = false ]; then "$@"; fi
}

parse_args() {
  while [ $# -gt 0 ]; do
    case "$1" in
      --prefix) prefix="${2:?--prefix needs a folder}"; shift 2 ;;
      --config-dir) config_dir="${2:?--config-dir needs a folder}"; shift 2 ;;
      --data-dir) data_dir="${2:?--data-dir needs a folder}"; shift 2 ;;
      --user) service_user="${2:?--user needs a name}"; shift 2 ;;
      --config) source_config="${2:?--config needs a file}"; shift 2 ;;
      --env-file) source_env="${2:?--env-file needs a file}"; shift 2 ;;
      --no-systemd) use_systemd=false; shift ;;
      --ready-timeout) ready_timeout_s="${2:?--ready-timeout needs seconds}"; shift 2 ;;
      --dry-run) dry_run=true; shift ;;
      --print-unit) print_unit=true; shift ;;
      -h|--help) usage; exit 0 ;;
      *) echo "deploy: unknown option: $1" >&2; usage >&2; exit 2 ;;
    esac
  done
  for dir in "$prefix" "$config_dir" "$data_dir"; do
    case "$dir" in /?*) ;; *) fail "folders must be absolute paths, not '$dir'" ;; esac
  done
  [ -f "$source_config" ] || fail "configuration file not found: $source_config"
  [ -z "$source_env" ] || [ -f "$source_env" ] || fail "environment file not found: $source_env"
}

check_java() {
  # shellcheck source=scripts/find-java.sh
  source "$root/scripts/find-java.sh"
  oes_find_java || fail "no JDK or JRE 21 or newer found"
  say "Java: $JAVA_HOME ($(oes_java_major "$JAVA_HOME/bin/java"))"
}

check_privileges() {
  if [ "$(id -u)" -ne 0 ] && [ "$service_user" != "$(id -un)" ]; then
    fail "run as root (or pass --user $(id -un) and folders you can write)"
  fi
}

build_distribution() {
  local jar="$root/oes-cli/target/oes.jar"
  if [ -f "$jar" ] && [ -d "$root/oes-cli/target/lib" ]; then
    say "distribution: $jar"
    return
  fi
  say "building the distribution (a minute on first run)"
  echo "+ (cd $root && ./mvnw -B -q -DskipTests package)"
  if [ "$dry_run" = false ]; then (cd "$root" && ./mvnw -B -q -DskipTests package); fi
}

# The environment file: the given one, or the known variables of .env.example set in this shell.
write_env_file() {
  local target="$1" name value
  if [ -n "$source_env" ]; then
    cp "$source_env" "$target"
    return
  fi
  : >"$target"
  for name in $(grep -oE '^#?[A-Z_]+=' "$root/.env.example" | tr -d '#=' | sort -u); do
    value="${!name:-}"
    [ -n "$value" ] || continue
    case "$value" in *"'"*) fail "$name contains a single quote, which the env file cannot hold" ;; esac
    printf "%s='%s'\n" "$name" "$value" >>"$target"
  done
}

# Loads the configuration exactly as the service will (same file, same environment) and stops
# here, before any change, when it is invalid or lacks credentials.
validate_config() {
  local env_file="$1" output
  if [ "$dry_run" = true ] && [ ! -f "$root/oes-cli/target/oes.jar" ]; then
    echo "+ oes serve --config $source_config --check   (with the environment file)"
    return
  fi
  if grep -qE "your_.*_here" "$env_file"; then
    fail "the environment file still holds placeholder credentials (your_..._here)"
  fi
  echo "+ oes serve --config $source_config --check"
  # The file is sourced inside the child shell on purpose: the check sees only its variables.
  # shellcheck disable=SC2016
  if ! output=$(env -i PATH="$PATH" bash -c 'set -a; . "$1"; set +a; shift; exec "$@"' _ \
      "$env_file" "$JAVA_HOME/bin/java" -jar "$root/oes-cli/target/oes.jar" serve \
      --config "$source_config" --check 2>&1); then
    echo "$output" >&2
    fail "the configuration is not valid; nothing was installed"
  fi
  say "$output"
  http_address=$(sed -nE 's/.*HTTP ([^ ,]+).*/\1/p' <<<"$output")
  http_address="${http_address/0.0.0.0/127.0.0.1}"
}

create_user_and_folders() {
  if id "$service_user" >/dev/null 2>&1; then
    say "user $service_user exists"
  else
    run useradd --system --user-group --home-dir "$data_dir" --no-create-home \
      --shell /usr/sbin/nologin "$service_user"
  fi
  run install -d -m 0755 "$prefix" "$prefix/bin"
  run install -d -m 0750 -o "$service_user" -g "$(group_of_user)" "$config_dir"
  run install -d -m 0750 -o "$service_user" -g "$(group_of_user)" "$data_dir"
}

group_of_user() {
  id -gn "$service_user" 2>/dev/null || echo "$service_user"
}

# A file written from text: printed in a dry run, replaced atomically otherwise.
write_file() {
  local target="$1" mode="$2" text="$3"
  echo "+ write $target (mode $mode)"
  if [ "$dry_run" = false ]; then
    printf '%s\n' "$text" >"$target.new"
    chmod "$mode" "$target.new"
    mv -f "$target.new" "$target"
  fi
}

# Keeps what an earlier deploy installed, when this one replaces it with something else.
install_secret() {
  local source="$1" target="$2"
  if [ -f "$target" ] && ! cmp -s "$source" "$target"; then
    run cp -p "$target" "$target.previous"
  fi
  run install -m 0600 -o "$service_user" -g "$(group_of_user)" "$source" "$target"
}

install_everything() {
  create_user_and_folders
  run rm -rf "$prefix/lib.new"
  run cp -R "$root/oes-cli/target/lib" "$prefix/lib.new"
  run rm -rf "$prefix/lib"
  run mv "$prefix/lib.new" "$prefix/lib"
  run install -m 0644 "$root/oes-cli/target/oes.jar" "$prefix/oes.jar"
  make_startup_archive
  write_file "$prefix/bin/oes" 0755 "#!/usr/bin/env bash
# oes as installed by deploy.sh: the Java found at install time, unless JAVA_HOME says otherwise.
set -euo pipefail
java_home=\"\${JAVA_HOME:-$JAVA_HOME}\"
archive='$archive'
archive_options=()
jdk_options=()
# The JDK's options (scripts/find-java.sh) and the start-up archive made at install time
# (scripts/startup-archive.sh), while they fit the Java.
if [ \"\$java_home\" = '$JAVA_HOME' ]; then
  jdk_options=($(oes_jdk_options "$JAVA_HOME" | tr '\n' ' '))
fi
if [ \"\$java_home\" = '$JAVA_HOME' ] && [ -f \"\$archive\" ] \\
    && [ -z \"\$(find \"\$java_home/lib/modules\" -newer \"\$archive\" 2>/dev/null)\" ]; then
  archive_options=($archive_options)
fi
exec \"\$java_home/bin/java\" \${jdk_options[@]+\"\${jdk_options[@]}\"} \${OES_JAVA_OPTS:-} \\
  \${archive_options[@]+\"\${archive_options[@]}\"} -jar '$prefix/oes.jar' \"\$@\""
  write_file "$prefix/.oes-installed" 0644 "config_dir=$config_dir
data_dir=$data_dir
user=$service_user"
  install_secret "$source_config" "$config_dir/config.yaml"
  install_secret "$env_draft" "$config_dir/oes.env"
}

# The start-up archive of the installed distribution for the Java found (about half the time
# to ready): a short training run of `oes serve` in the embedded default, never the installed
# configuration. Without one (a failed run, a JDK older than 21) oes starts as before.
make_startup_archive() {
  # shellcheck source=scripts/startup-archive.sh
  source "$root/scripts/startup-archive.sh"
  archive=""
  archive_options=""
  oes_archive_supported "$JAVA_HOME" || return 0
  archive="$(oes_archive_path "$JAVA_HOME" "$prefix")"
  echo "+ train the start-up archive $archive"
  [ "$dry_run" = false ] || return 0
  rm -f "$prefix"/oes-jdk*.aot "$prefix"/oes-jdk*.jsa
  if oes_archive_train "$JAVA_HOME" "$prefix/oes.jar" "$archive"; then
    archive_options="$(oes_archive_options "$JAVA_HOME" "$archive" | tr '\n' ' ')"
  else
    say "no start-up archive (its training run failed); oes starts without one"
  fi
}

systemd_runs() {
  [ "$use_systemd" != false ] && command -v systemctl >/dev/null 2>&1 && [ -d /run/systemd/system ]
}

# The unit with this install's folders and user in place of the defaults it is written with.
rendered_unit() {
  sed -e "s|/opt/oes|$prefix|g" -e "s|/etc/oes|$config_dir|g" -e "s|/var/lib/oes|$data_dir|g" \
    -e "s|^User=oes|User=$service_user|" -e "s|^Group=oes|Group=$(group_of_user)|" \
    "$root/scripts/order-execution.service"
}

start_service() {
  if systemd_runs; then
    write_file "/etc/systemd/system/$unit_name" 0644 "$(rendered_unit)"
    run systemctl daemon-reload
    run systemctl enable "$unit_name"
    run systemctl restart "$unit_name"
    return
  fi
  say "no systemd here: starting in the background (pid file $data_dir/oes.pid)"
  stop_background
  echo "+ start $prefix/bin/oes serve --config $config_dir/config.yaml as $service_user"
  if [ "$dry_run" = false ]; then start_background; fi
}

stop_background() {
  local pid_file="$data_dir/oes.pid" pid
  [ -f "$pid_file" ] || return 0
  pid=$(cat "$pid_file")
  if kill -0 "$pid" 2>/dev/null; then
    run kill "$pid"
    [ "$dry_run" = true ] || for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  fi
  run rm -f "$pid_file"
}

start_background() {
  local as_user=()
  if [ "$(id -un)" != "$service_user" ]; then
    as_user=(runuser -u "$service_user" --)
  fi
  (
    cd "$data_dir"
    set -a
    # shellcheck disable=SC1091
    . "$config_dir/oes.env"
    set +a
    nohup setsid "${as_user[@]}" "$prefix/bin/oes" serve --config "$config_dir/config.yaml" \
      >>"$data_dir/oes.log" 2>&1 </dev/null &
    echo $! >"$data_dir/oes.pid"
  )
}

ready() {
  if command -v curl >/dev/null 2>&1; then
    curl -fs "$1" >/dev/null 2>&1
  else
    "$prefix/bin/oes" health --ready --http "$http_address" >/dev/null 2>&1
  fi
}

wait_until_ready() {
  local url="http://$http_address/health/ready"
  echo "+ wait up to ${ready_timeout_s}s for $url"
  [ "$dry_run" = false ] || return 0
  for _ in $(seq 1 "$ready_timeout_s"); do
    if ready "$url"; then
      say "oes is ready: $url"
      return 0
    fi
    sleep 1
  done
  [ -f "$data_dir/oes.log" ] && tail -n 30 "$data_dir/oes.log" >&2
  fail "oes did not become ready within ${ready_timeout_s}s (systemd: journalctl -u $unit_name)"
}

main() {
  parse_args "$@"
  if [ "$print_unit" = true ]; then
    rendered_unit
    return
  fi
  [ "$dry_run" = true ] && say "dry run: printing the steps, changing nothing"
  check_privileges
  check_java
  build_distribution
  env_draft="$(mktemp)"
  trap 'rm -f "$env_draft"' EXIT
  write_env_file "$env_draft"
  http_address=127.0.0.1:9091
  validate_config "$env_draft"
  install_everything
  start_service
  wait_until_ready
}

main "$@"

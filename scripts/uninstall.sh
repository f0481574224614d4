#!/usr/bin/env bash
# Removes oes as deploy.sh installed it: stops the service (systemd unit or background process),
# optionally backs up configuration and data, then removes the unit, the distribution, the
# configuration and the data. Asks before removing unless --yes. Safe to run again.
set -euo pipefail

prefix=/opt/oes
config_dir=""
data_dir=""
service_user=""
backup_dir=""
assume_yes=false
keep_data=false
remove_user=false
dry_run=false
unit_name=order-execution.service
unit_file=/etc/systemd/system/$unit_name

usage() {
  cat <<USAGE
Usage: scripts/uninstall.sh [options]

Stops and removes oes. Folders default to what deploy.sh recorded in PREFIX/.oes-installed.

Options:
  --prefix DIR       the installed distribution (default: $prefix)
  --config-dir DIR   its configuration folder (default: recorded, else /etc/oes)
  --data-dir DIR     its data folder (default: recorded, else /var/lib/oes)
  --backup DIR       first save configuration and data to DIR/oes-backup-<time>.tar.gz
  --keep-data        leave the data folder in place
  --remove-user      also remove the service user
  -y, --yes          do not ask for confirmation
  --dry-run          print every step without doing it
  -h, --help         this help
USAGE
}

fail() { echo "uninstall: error: $*" >&2; exit 1; }
say() { echo "uninstall: $*"; }
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
      --backup) backup_dir="${2:?--backup needs a folder}"; shift 2 ;;
      --keep-data) keep_data=true; shift ;;
      --remove-user) remove_user=true; shift ;;
      -y|--yes) assume_yes=true; shift ;;
      --dry-run) dry_run=true; shift ;;
      -h|--help) usage; exit 0 ;;
      *) echo "uninstall: unknown option: $1" >&2; usage >&2; exit 2 ;;
    esac
  done
}

# What deploy.sh recorded wins over the defaults, so a custom install is found again.
read_install_record() {
  local record="$prefix/.oes-installed" key value
  if [ -f "$record" ]; then
    while IFS='=' read -r key value; do
      case "$key" in
        config_dir) config_dir="${config_dir:-$value}" ;;
        data_dir) data_dir="${data_dir:-$value}" ;;
        user) service_user="${service_user:-$value}" ;;
      esac
    done <"$record"
  fi
  config_dir="${config_dir:-/etc/oes}"
  data_dir="${data_dir:-/var/lib/oes}"
  service_user="${service_user:-oes}"
  for dir in "$prefix" "$config_dir" "$data_dir"; do
    case "$dir" in
      /|/usr|/etc|/var|/var/lib|/opt|/home|/root) fail "refusing to remove '$dir'" ;;
      /?*) ;;
      *) fail "folders must be absolute paths, not '$dir'" ;;
    esac
  done
}

confirm() {
  [ "$assume_yes" = true ] || [ "$dry_run" = true ] && return 0
  [ -t 0 ] || fail "not a terminal: pass --yes to remove without asking"
  local answer
  read -r -p "uninstall: $1 [y/N] " answer
  case "$answer" in y|Y|yes|YES) return 0 ;; *) say "left as it is"; exit 0 ;; esac
}

stop_service() {
  if command -v systemctl >/dev/null 2>&1 && [ -f "$unit_file" ]; then
    run systemctl disable --now "$unit_name" || true
    run rm -f "$unit_file"
    run systemctl daemon-reload
  else
    say "no systemd unit installed"
  fi
  local pid_file="$data_dir/oes.pid" pid
  if [ -f "$pid_file" ]; then
    pid=$(cat "$pid_file")
    if kill -0 "$pid" 2>/dev/null; then
      run kill "$pid"
      [ "$dry_run" = true ] || wait_for_exit "$pid"
    fi
    run rm -f "$pid_file"
  fi
}

wait_for_exit() {
  for _ in $(seq 1 30); do
    kill -0 "$1" 2>/dev/null || return 0
    sleep 1
  done
  say "process $1 did not stop in 30 s; killing it"
  kill -9 "$1" 2>/dev/null || true
}

backup() {
  [ -n "$backup_dir" ] || return 0
  local archive parts=()
  archive="$backup_dir/oes-backup-$(date -u +%Y%m%dT%H%M%SZ).tar.gz"
  [ -d "$config_dir" ] && parts+=("$config_dir")
  [ -d "$data_dir" ] && parts+=("$data_dir")
  if [ ${#parts[@]} -eq 0 ]; then
    say "nothing to back up"
    return 0
  fi
  run install -d -m 0700 "$backup_dir"
  run tar -czf "$archive" "${parts[@]}"
  [ "$dry_run" = true ] || chmod 0600 "$archive"
  say "backup: $archive"
}

remove_folder() {
  if [ -e "$1" ]; then run rm -rf "$1"; else say "$1 already absent"; fi
}

remove_installation() {
  if [ -d "$prefix" ] && [ ! -f "$prefix/.oes-installed" ] && [ ! -f "$prefix/oes.jar" ]; then
    fail "$prefix does not look like an oes installation; not removing it"
  fi
  remove_folder "$prefix"
  remove_folder "$config_dir"
  if [ "$keep_data" = true ]; then say "keeping $data_dir"; else remove_folder "$data_dir"; fi
  if [ "$remove_user" = true ] && id "$service_user" >/dev/null 2>&1; then
    run userdel "$service_user"
  fi
}

main() {
  parse_args "$@"
  read_install_record
  [ "$dry_run" = true ] && say "dry run: printing the steps, changing nothing"
  local what="remove oes from $prefix, $config_dir"
  [ "$keep_data" = true ] || what="$what and $data_dir"
  confirm "$what?"
  stop_service
  backup
  remove_installation
  say "done"
}

main "$@"

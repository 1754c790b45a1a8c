#!/usr/bin/env bash
# A private, throw-away PostgreSQL 15 cluster for tests.
#
#   scripts/postgres.sh start   starts it (or finds it running) and prints its connection string
#   scripts/postgres.sh url     prints the connection string of the running cluster
#   scripts/postgres.sh stop    stops it and deletes its data
#
# The cluster lives in a fresh temporary directory, listens on a free port on 127.0.0.1 only (its unix
# socket is in the data directory, so it never clashes with a system cluster), and has one superuser,
# pcnflow, with a random password. Durability is off (fsync, synchronous_commit, full_page_writes): the data
# is deleted afterwards anyway, and tests run much faster. PostgreSQL refuses to run as root, so as root the
# cluster runs as the unprivileged `postgres` user. Where the cluster is is kept in a state file
# ($PCNFLOW_PG_STATE, default .pg/state in the repository), which `url` and `stop` read. PCNFLOW_PG_BIN
# overrides where the PostgreSQL binaries are; PCNFLOW_PG_TMP where the cluster's directory is made (/tmp).
# PCNFLOW_PG_EXTRA adds server options, e.g. "-c shared_preload_libraries=pg_stat_statements" to rank statements
# by time in a benchmark (then: create extension pg_stat_statements).
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
state="${PCNFLOW_PG_STATE:-$repo/.pg/state}"
version=15

die() { echo "postgres.sh: $*" >&2; exit 1; }

# Reads one key=value line from the state file.
state_get() { sed -n "s/^$1=//p" "$state" 2>/dev/null | head -n 1; }

find_bin() {
  if [ -n "${PCNFLOW_PG_BIN:-}" ]; then
    [ -x "$PCNFLOW_PG_BIN/initdb" ] || die "PCNFLOW_PG_BIN=$PCNFLOW_PG_BIN holds no initdb"
    echo "$PCNFLOW_PG_BIN"; return
  fi
  local bin="/usr/lib/postgresql/$version/bin"
  if [ ! -x "$bin/initdb" ]; then
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
      echo "postgres.sh: installing postgresql-$version" >&2
      { DEBIAN_FRONTEND=noninteractive apt-get update -qq \
          && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "postgresql-$version"; } >&2 \
        || die "could not install postgresql-$version with apt-get"
    fi
    [ -x "$bin/initdb" ] || die "PostgreSQL $version is not installed ($bin/initdb is missing). Install Debian's postgresql-$version package (as root: apt-get install -y postgresql-$version), or set PCNFLOW_PG_BIN to a bin directory holding initdb, pg_ctl and pg_isready."
  fi
  echo "$bin"
}

# Runs a command as the cluster's owner: `postgres` when we are root, else ourselves.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    id -u postgres >/dev/null 2>&1 || die "running as root needs an unprivileged 'postgres' user (Debian's postgresql packages create it)"
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

port_free() {
  if command -v ss >/dev/null; then
    ! ss -Htln "sport = :$1" 2>/dev/null | grep -q .
  else
    ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
  fi
}

running() {
  local bin data
  [ -f "$state" ] || return 1
  bin=$(state_get bin); data=$(state_get data)
  [ -n "$data" ] && [ -d "$data" ] && as_owner "$bin/pg_ctl" status -D "$data" >/dev/null 2>&1
}

url() { [ -f "$state" ] && state_get url | grep . || die "no cluster is running (run: scripts/postgres.sh start)"; }

start() {
  if running; then url; return; fi
  # A state file without a live server is left over from a killed run: clear it away first.
  [ -f "$state" ] && stop >/dev/null 2>&1 || true

  local bin data password port log attempt
  bin=$(find_bin)
  # Not $TMPDIR: as root the cluster runs as `postgres`, which must be able to reach the directory.
  data=$(mktemp -d "${PCNFLOW_PG_TMP:-/tmp}/pcnflow-pg.XXXXXX")
  log="$data/server.log"
  password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
  mkdir -p "$(dirname "$state")"
  # Written first so that `stop` can clean up even if what follows fails.
  printf 'bin=%s\ndata=%s\n' "$bin" "$data" > "$state"

  [ "$(id -u)" -eq 0 ] && chown postgres: "$data"
  chmod 700 "$data"
  printf '%s\n' "$password" | as_owner tee "$data/.pwfile" >/dev/null
  as_owner "$bin/initdb" -D "$data/db" -U pcnflow --pwfile="$data/.pwfile" -A scram-sha-256 --auth-local=trust \
    -E UTF8 --locale=C.UTF-8 --no-sync >"$data/initdb.log" 2>&1 \
    || { cat "$data/initdb.log" >&2; die "initdb failed"; }
  as_owner rm -f "$data/.pwfile"

  for attempt in 1 2 3 4 5 6 7 8 9 10; do
    port=$((20000 + RANDOM % 40000))
    port_free "$port" || continue
    if as_owner "$bin/pg_ctl" start -D "$data/db" -l "$log" -w -t 60 -o "-c listen_addresses=127.0.0.1 -p $port \
        -c unix_socket_directories=$data -c fsync=off -c synchronous_commit=off -c full_page_writes=off \
        -c max_connections=500 -c shared_buffers=128MB ${PCNFLOW_PG_EXTRA:-}" >/dev/null 2>&1; then
      local connection="Host=127.0.0.1;Port=$port;Username=pcnflow;Password=$password;Database=postgres"
      printf 'bin=%s\ndata=%s\nport=%s\nurl=%s\n' "$bin" "$data/db" "$port" "$connection" > "$state"
      printf 'root=%s\n' "$data" >> "$state"
      echo "$connection"
      return
    fi
    # Most likely another process took the port between the check and the start; try another one.
    echo "postgres.sh: start on port $port failed (attempt $attempt):" >&2
    tail -n 5 "$log" >&2 2>/dev/null || true
  done
  die "could not start PostgreSQL; server log: $log"
}

stop() {
  [ -f "$state" ] || return 0
  local bin data root
  bin=$(state_get bin); data=$(state_get data); root=$(state_get root)
  root=${root:-$data}
  if [ -n "$data" ] && [ -d "$data" ]; then
    as_owner "$bin/pg_ctl" stop -D "$data" -m fast -w -t 30 >/dev/null 2>&1 \
      || as_owner "$bin/pg_ctl" stop -D "$data" -m immediate -w >/dev/null 2>&1 || true
  fi
  # Only ever delete the directory this script made.
  case "$root" in
    */pcnflow-pg.*) rm -rf "$root" ;;
  esac
  rm -f "$state"
  rmdir "$(dirname "$state")" 2>/dev/null || true
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  url) url ;;
  *) echo "usage: $0 start|stop|url" >&2; exit 2 ;;
esac

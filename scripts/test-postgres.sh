#!/usr/bin/env bash
# A throwaway PostgreSQL server for the integration tests (TEST_DATABASE_URL), in a temp dir, on 127.0.0.1.
#
#   scripts/test-postgres.sh start   # prints the URL, e.g. postgres://herald@127.0.0.1:41234/postgres
#   scripts/test-postgres.sh stop    # stops the server and deletes its data
#
#   TEST_DATABASE_URL=$(scripts/test-postgres.sh start) npx vitest run; scripts/test-postgres.sh stop
#
# Options (environment):
#   TEST_PG_DIR   where the cluster lives (default: one dir per checkout under $TMPDIR, so two clones
#                 can each run their own server and `stop` finds the server `start` made)
#   TEST_PG_PORT  port to listen on (default: a free port chosen by the kernel)
#   PG_BIN        directory of initdb/pg_ctl (default: the newest /usr/lib/postgresql/*/bin, else PATH)
# Only the URL goes to stdout; progress and errors go to stderr.
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
checkout_id=$(printf '%s' "$repo_root" | cksum | cut -d' ' -f1)
dir=${TEST_PG_DIR:-${TMPDIR:-/tmp}/herald-test-pg-$checkout_id}
superuser=herald

log() { echo "test-postgres: $*" >&2; }

find_pg_bin() {
  if [[ -n ${PG_BIN:-} ]]; then echo "$PG_BIN"; return; fi
  local newest
  newest=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [[ -n $newest ]]; then echo "$newest"; return; fi
  if command -v initdb >/dev/null; then dirname "$(command -v initdb)"; return; fi
  log "no PostgreSQL binaries found (install the postgresql package, or set PG_BIN)"
  exit 1
}

# initdb refuses to run as root, so as root the cluster belongs to the `postgres` system user (created by
# Debian's postgresql package). Commands run from inside the data dir: the caller's cwd (e.g. a clone under
# /root) may not be readable by that user.
as_owner() {
  if [[ $(id -u) -eq 0 ]]; then
    (cd "$dir" && runuser -u postgres -- "$@")
  else
    (cd "$dir" && "$@")
  fi
}

# Ask the kernel for a free port: bind to port 0, read the port back, release it.
free_port() {
  node -e 'const s = require("node:net").createServer();
    s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}

is_running() {
  [[ -f $dir/data/postmaster.pid ]] && as_owner "$pg_bin/pg_ctl" status -D "$dir/data" >/dev/null 2>&1
}

start() {
  if [[ -d $dir ]] && is_running; then
    log "a server is already running in $dir: run '$0 stop' first"
    exit 1
  fi
  rm -rf "$dir"
  mkdir -p "$dir/sock"
  if [[ $(id -u) -eq 0 ]]; then chown -R postgres: "$dir"; fi

  # trust auth: the server listens on 127.0.0.1 only and lives as long as one test run.
  as_owner "$pg_bin/initdb" -D "$dir/data" -U "$superuser" --auth=trust --encoding=UTF8 --no-sync \
    >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }

  # fsync off: the data is thrown away afterwards, and the tests run faster without it.
  local port=${TEST_PG_PORT:-$(free_port)}
  local options="-c listen_addresses=127.0.0.1 -k $dir/sock -p $port -c fsync=off -c max_connections=200"
  if ! as_owner "$pg_bin/pg_ctl" start -w -t 60 -D "$dir/data" -l "$dir/server.log" -o "$options" \
    >/dev/null; then
    log "the server did not start; its log follows"
    cat "$dir/server.log" >&2 || true
    exit 1
  fi
  log "PostgreSQL $(as_owner "$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($dir)"
  echo "postgres://$superuser@127.0.0.1:$port/postgres"
}

# Safe to call when nothing runs (CI calls it from an exit trap, whatever happened before).
stop() {
  if [[ ! -d $dir ]]; then return; fi
  if is_running; then
    as_owner "$pg_bin/pg_ctl" stop -D "$dir/data" -m fast -w >/dev/null
    log "stopped ($dir)"
  fi
  rm -rf "$dir"
}

pg_bin=$(find_pg_bin)
case ${1:-} in
  start) start ;;
  stop) stop ;;
  *)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac

#!/usr/bin/env bash
# Runs a command with a throw-away PostgreSQL server: a new cluster in a
# temporary folder, listening on a Unix socket there only (no TCP), trust
# authentication, stopped and removed afterwards. The command sees
# DRAGOMAN_PG, a libpq connection string for it.
#   bash scripts/with-postgres.sh ctest --test-dir build
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bin" ] || ! id postgres >/dev/null 2>&1; then
  echo "with-postgres: PostgreSQL server not installed; running without it"
  exec "$@"
fi
dir=$(mktemp -d /tmp/dragoman-pg.XXXXXX)
chown postgres "$dir"
as_postgres() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
as_postgres "'$bin/initdb' -D '$dir/data' --auth=trust -U postgres >'$dir/initdb.log' 2>&1"
as_postgres "'$bin/pg_ctl' -D '$dir/data' -l '$dir/server.log' -w -o \"-k $dir -c listen_addresses=''\" start >/dev/null"
stop() { as_postgres "'$bin/pg_ctl' -D '$dir/data' -m fast -w stop >/dev/null" || true; rm -rf "$dir"; }
trap stop EXIT
export DRAGOMAN_PG="host=$dir user=postgres dbname=postgres"
"$@"

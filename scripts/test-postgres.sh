#!/usr/bin/env bash
# Starts the machine's PostgreSQL cluster (if one is installed and we may) and makes a role and a
# database for the tests; prints TEST_DATABASE_URL=… on success. The PostgreSQL variants of the
# booking tests run only then; without it they are reported as skipped.
set -uo pipefail
command -v pg_lsclusters >/dev/null 2>&1 || exit 0
[ "$(id -u)" = 0 ] || exit 0
read -r version cluster _ < <(pg_lsclusters --no-header | head -n 1) || exit 0
[ -n "${version:-}" ] || exit 0
pg_ctlcluster "$version" "$cluster" start >/dev/null 2>&1 || true
as_postgres() { runuser -u postgres -- "$@"; }
for _ in $(seq 1 30); do as_postgres psql -qtAc 'select 1' >/dev/null 2>&1 && break; sleep 1; done
as_postgres psql -qtAc "select 1 from pg_roles where rolname = 'servicepunkt_test'" | grep -q 1 ||
  as_postgres psql -qc "create role servicepunkt_test login password 'servicepunkt_test'" >/dev/null || exit 0
as_postgres psql -qtAc "select 1 from pg_database where datname = 'servicepunkt_test'" | grep -q 1 ||
  as_postgres createdb -O servicepunkt_test servicepunkt_test || exit 0
# The tests make a schema each: the role must own the database, whoever made it first.
as_postgres psql -qc 'alter database servicepunkt_test owner to servicepunkt_test' >/dev/null || exit 0
port=$(as_postgres psql -qtAc 'show port')
echo "TEST_DATABASE_URL=postgres://servicepunkt_test:servicepunkt_test@127.0.0.1:${port}/servicepunkt_test"

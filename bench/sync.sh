#!/usr/bin/env bash
# make bench's sync: a private PostgreSQL (tests/lib/pg.sh), the central
# schema made, then one `rota sync` of the whole outbox of a copy of the
# history; then, as the same run's baseline, the same changes inserted
# again by the server alone, from its own change log into a table of the
# same shape and indexes (what the rows cost without rota). Prints
# "CHANGES MS BASELINE_MS" on its last line, or "- - -" when PostgreSQL is
# not installed or the sync failed (its output on stderr).
#   bench/sync.sh BIN HISTORY.db
set -u
bin=$1 db=$2
here=$(cd "$(dirname "$0")/.." && pwd)
. "$here/tests/lib/pg.sh"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rota-bench-sync-XXXXXX")
trap 'pg_stop; rm -rf "$tmp"' EXIT
cp "$db" "$tmp/site.db"
[[ -f $db.key ]] && cp "$db.key" "$tmp/site.db.key"
if ! pg_start "$tmp/pg" >"$tmp/pg.out" 2>&1; then
  cat "$tmp/pg.out" >&2; echo "- - -"; exit 0
fi
"$bin" --db "$tmp/x.db" central init --to "$PG_CONN" >/dev/null 2>"$tmp/err" || { cat "$tmp/err" >&2; echo "- - -"; exit 0; }
n=$(sqlite3 "$tmp/site.db" "SELECT count(*) FROM outbox")
t0=$(date +%s%N)
"$bin" --db "$tmp/site.db" sync --to "$PG_CONN" >"$tmp/out" 2>&1 || { cat "$tmp/out" >&2; echo "- - -"; exit 0; }
t1=$(date +%s%N)
pg_psql "CREATE TABLE baseline (LIKE change_log INCLUDING ALL)" >/dev/null
# psql's own timing: the statement alone, without starting psql
base=$(as_pg "$PG_BIN/psql" -X -q -A -t -h "$PG_DIR" -p "$PG_PORT" -U rota -d central \
  -c '\timing on' -c "INSERT INTO baseline SELECT * FROM change_log" | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p')
echo "$n $(( (t1 - t0) / 1000000 )) ${base:--}"

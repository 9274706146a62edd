#!/usr/bin/env bash
# make bench's sync: a private PostgreSQL (tests/lib/pg.sh), the central
# schema made, then one `rota sync` of the whole outbox of a copy of the
# history; then, as the same run's baseline, the same changes inserted
# again by the server alone, from its own change log into a table of the
# same shape and indexes (what the rows cost without rota). Prints
# "CHANGES MS BASELINE_MS CPU_MS" on its last line (CPU_MS: the processor
# time the sync took, rota's and its server's, which a busy machine does not
# stretch as it stretches the clock), or "- - - -" when PostgreSQL is not
# installed or the sync failed (its output on stderr).
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
  cat "$tmp/pg.out" >&2; echo "- - - -"; exit 0
fi
"$bin" --db "$tmp/x.db" central init --to "$PG_CONN" >/dev/null 2>"$tmp/err" || { cat "$tmp/err" >&2; echo "- - - -"; exit 0; }
n=$(sqlite3 "$tmp/site.db" "SELECT count(*) FROM outbox")
# The server's backend ends with the sync: its time joins the postmaster's
# children's (fields 16 and 17 of its stat, in clock ticks).
pm=$(head -n 1 "$PG_DIR/data/postmaster.pid")
server_ticks() { awk '{ print $16 + $17 }' "/proc/$pm/stat"; }
s0=$(server_ticks)
t0=$(date +%s%N)
TIMEFORMAT='%U %S' # bash's own time: rota's processor time, no tool needed
{ time "$bin" --db "$tmp/site.db" sync --to "$PG_CONN" >"$tmp/out" 2>&1; } 2>"$tmp/time" ||
  { cat "$tmp/out" >&2; echo "- - - -"; exit 0; }
t1=$(date +%s%N)
for ((i = 0; i < 50; i++)); do # until the backend has been reaped
  [[ $(pgrep -P "$pm" -c -f "rota") == 0 ]] && break
  sleep 0.1
done
cpu=$(awk -v a="$s0" -v b="$(server_ticks)" -v hz="$(getconf CLK_TCK)" \
  '{ printf "%d", ($1 + $2) * 1000 + (b - a) * 1000 / hz }' "$tmp/time")
pg_psql "CREATE TABLE baseline (LIKE change_log INCLUDING ALL)" >/dev/null
# psql's own timing: the statement alone, without starting psql
base=$(as_pg "$PG_BIN/psql" -X -q -A -t -h "$PG_DIR" -p "$PG_PORT" -U rota -d central \
  -c '\timing on' -c "INSERT INTO baseline SELECT * FROM change_log" | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p')
echo "$n $(( (t1 - t0) / 1000000 )) ${base:--} $cpu"

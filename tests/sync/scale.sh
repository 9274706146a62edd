#!/usr/bin/env bash
# Scale: ten simulated sites, each with 30 participants and a year of
# visits, sync to one private PostgreSQL (tests/lib/pg.sh); reports the time
# each sync and the central hour sheet take, and checks that every change
# arrived once. Run by CI (.ci/run). Usage: tests/sync/scale.sh [BINARY]
set -u
. "$(dirname "$0")/../lib/cli.sh"
. "$(dirname "$0")/../lib/pg.sh"
. "$(dirname "$0")/../lib/sites.sh"
trap 'pg_stop; rm -rf "$tmp"' EXIT
pg_start_or_fail scale
ms() { date +%s%N | cut -c1-13; }
"$BIN" --db "$tmp/x.db" central init --to "$PG_CONN" >/dev/null
total=0 sync_ms=0
for s in 0 1 2 3 4 5 6 7 8 9; do
  db=$tmp/site$s.db
  "$BIN" --db "$db" init >/dev/null 2>&1
  site_people "$db" 30
  check "a year of visits is written in bulk" site_year "$db"
  n=$(sqlite3 "$db" "SELECT count(*) FROM outbox")
  total=$((total + n))
  t0=$(ms)
  "$BIN" --db "$db" sync --to "$PG_CONN" >"$tmp/out" 2>&1
  check "site $s syncs its $n changes" test $? -eq 0
  sync_ms=$((sync_ms + $(ms) - t0))
done
check "the centre holds every change once ($total)" \
  test "$(pg_psql "SELECT count(*) FROM change_log")" = "$total"
t0=$(ms)
ROTA_NOW=2026-11-30T18:00:00 "$BIN" --db "$tmp/x.db" central hours --to "$PG_CONN" --month 2026-11 --csv >"$tmp/all.csv"
hours_ms=$(($(ms) - t0))
check "the central hour sheet has 30 rows for each of the ten sites" test "$(($(wc -l <"$tmp/all.csv") - 1))" -eq 300
# Forgetting one participant: the sync that takes the anonymisation to the
# centre also rewrites its two tables (VACUUM FULL) over every site's rows.
db=$tmp/site0.db
"$BIN" --db "$db" person add --name "Koordinatorka" --role coordinator >/dev/null
"$BIN" --db "$db" sync --to "$PG_CONN" >/dev/null 2>&1
ROTA_NOW=2027-06-01T07:00:00 "$BIN" --db "$db" person anonymise 1 --by 31 --reason "retention" >/dev/null 2>&1
t0=$(ms)
"$BIN" --db "$db" sync --to "$PG_CONN" >"$tmp/out" 2>&1
check "the sync that forgets a person clears the centre's tables" grep -q "cleared the forgotten texts" "$tmp/out"
forget_ms=$(($(ms) - t0))
echo "scale: the sync of an anonymisation, clearing the centre's tables of $total changes, took" \
  "$((forget_ms / 1000)).$(printf %03d $((forget_ms % 1000))) s"
echo "scale: 10 sites x 30 participants x a year: $total changes synced in $((sync_ms / 1000)).$(printf %03d $((sync_ms % 1000))) s;" \
  "central hours for November in $((hours_ms / 1000)).$(printf %03d $((hours_ms % 1000))) s;" \
  "central database $(pg_psql "SELECT pg_size_pretty(pg_database_size('central'))")"
echo "scale: $passed passed, $failed failed"
((failed == 0))

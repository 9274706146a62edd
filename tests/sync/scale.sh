#!/usr/bin/env bash
# Scale: ten simulated sites, each with 30 participants and a year of
# visits, sync to one private PostgreSQL (tests/lib/pg.sh); reports the time
# each sync and the central hour sheet take, and checks that every change
# arrived once. Then each site gets a second year of history (the year
# before) and the November sheet is timed again: a month's report reads the
# month, so its time stays as it was (the ratio, two years to one, is
# printed beside the times, both measured in this run; the sheet's numbers
# for the month are the same and the hours to date the sites' own). Run by
# CI (.ci/run). Usage: tests/sync/scale.sh [BINARY]
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
first_total=$total
# The November sheet of every site from the centre: the median of three runs, in ms.
november() { # OUT.csv
  local t0 runs=()
  for i in 1 2 3; do
    t0=$(ms)
    ROTA_NOW=2026-11-30T18:00:00 "$BIN" --db "$tmp/x.db" central hours --to "$PG_CONN" --month 2026-11 --csv >"$1"
    runs+=($(($(ms) - t0)))
  done
  printf '%s\n' "${runs[@]}" | sort -n | sed -n 2p
}
secs() { echo "$(($1 / 1000)).$(printf %03d $(($1 % 1000)))"; }
hours_ms=$(november "$tmp/all.csv")
check "the central hour sheet has 30 rows for each of the ten sites" test "$(($(wc -l <"$tmp/all.csv") - 1))" -eq 300
# A second year: 2025, for the same people, synced as the first.
sync2_ms=0
for s in 0 1 2 3 4 5 6 7 8 9; do
  db=$tmp/site$s.db
  before=$(sqlite3 "$db" "SELECT count(*) FROM outbox")
  site_year "$db" 2025 || check "the year before is written in bulk" false
  n=$(($(sqlite3 "$db" "SELECT count(*) FROM outbox") - before))
  total=$((total + n))
  t0=$(ms)
  "$BIN" --db "$db" sync --to "$PG_CONN" >"$tmp/out" 2>&1 || check "site $s syncs its year before" false
  sync2_ms=$((sync2_ms + $(ms) - t0))
done
check "the centre holds both years' changes once ($total)" \
  test "$(pg_psql "SELECT count(*) FROM change_log")" = "$total"
hours2_ms=$(november "$tmp/all2.csv")
check "November's days and hours are as they were with one year" \
  test "$(cut -d, -f1-6 "$tmp/all.csv")" = "$(cut -d, -f1-6 "$tmp/all2.csv")"
check "and the hours to date have grown by the year before" \
  test "$(cut -d, -f7 "$tmp/all.csv" | md5sum)" != "$(cut -d, -f7 "$tmp/all2.csv" | md5sum)"
site0=$("$BIN" --db "$tmp/site0.db" config | sed -n 's/^site_id=//p')
ROTA_NOW=2026-11-30T18:00:00 "$BIN" --db "$tmp/site0.db" hours --month 2026-11 --csv | tail -n +2 >"$tmp/site0.csv"
check "a site's own sheet of two years is the centre's, hours to date too" \
  test "$(grep "^$site0," "$tmp/all2.csv" | cut -d, -f2-)" = "$(cat "$tmp/site0.csv")"
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
echo "scale: 10 sites x 30 participants x a year: $first_total changes synced in $(secs $sync_ms) s" \
  "($((first_total * 1000 / (sync_ms > 0 ? sync_ms : 1))) a second), the year before $((total - first_total)) in" \
  "$(secs $sync2_ms) s; central database $(pg_psql "SELECT pg_size_pretty(pg_database_size('central'))")"
echo "scale: central hours for November, median of 3: one year $(secs $hours_ms) s, two years $(secs $hours2_ms) s" \
  "(ratio $(awk -v a="$hours2_ms" -v b="$hours_ms" 'BEGIN { printf "%.2f", a / (b > 0 ? b : 1) }'), aim <= 1.2)"
echo "scale: $passed passed, $failed failed"
((failed == 0))

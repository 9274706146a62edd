#!/usr/bin/env bash
# The outbox stays small, and a restored site goes on: against a private
# PostgreSQL (tests/lib/pg.sh). The centre confirms what it holds; changes
# it confirmed more than outbox_keep_days ago are pruned after a sync, the
# file gives their room back and the numbering goes on; the outbox's
# triggers still refuse any other delete or rewrite. A backup from before
# the prune, restored, syncs again (the centre has those changes and skips
# them); its new changes are refused as numbered again, calmly, until
# `rota central resume-site`; then the sync goes on and the centre's hours
# and changes are the site's, nothing lost and nothing doubled.
# Usage: tests/sync/prune.sh [BINARY]
set -u
. "$(dirname "$0")/../lib/cli.sh"
. "$(dirname "$0")/../lib/pg.sh"
. "$(dirname "$0")/../lib/sites.sh"
trap 'pg_stop; rm -rf "$tmp"' EXIT
if ! pg_start "$tmp/pg" >"$tmp/pg.out" 2>&1; then
  cat "$tmp/pg.out"; echo "prune: 0 passed, 1 failed"; exit 1
fi
sq() { sqlite3 "$db" "$1"; }
at() { local when=$1; shift; ROTA_NOW=$when run "$@"; }
bytes() { sqlite3 "$db" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null; stat -c %s "$db"; }
db=$tmp/a/rota.db
mkdir -p "$tmp/a"
at 2026-01-02T07:00:00 init
site_people "$db" 25
check "a year of visits is written in bulk" site_year "$db"
at 2026-11-23T07:00:00 badge issue 1; badge=$(cat "$tmp/out")
at 2026-11-23T08:00:00 scan "$badge"
at 2026-11-23T12:30:00 scan "$badge"
site=$("$BIN" --db "$db" config | sed -n 's/^site_id=//p')
run central init --to "$PG_CONN"
check "central init makes the schema" out_has "schema 11, was 0"
run config
check "the grace is a setting, 30 days unless set" out_has "outbox_keep_days=30"
run config set outbox_keep_days 366
check "a year at most" rc 1
n0=$(sq "SELECT max(seq) FROM outbox")

# A backup from before any sync: restored later, it sends all again.
run backup --to "$tmp/bk"
bk=$(ls "$tmp"/bk/rota-*.db | head -n 1)

at 2026-11-23T18:00:00 sync --to "$PG_CONN"
check "a sync goes well" rc 0
check "the centre confirms all it was sent" \
  test "$(sq "SELECT confirmed_seq FROM sync_state")" = "$n0" -a "$(pg_psql "SELECT held_seq FROM sites")" = "$n0"
check "within the grace nothing is pruned" test "$(sq "SELECT count(*) FROM outbox")" = "$n0"

# Past the grace: the confirmed changes go, the newest stays.
at 2026-11-24T08:00:00 scan "$badge"
at 2026-11-24T14:00:00 scan "$badge"
at 2026-11-25T07:00:00 person add --name "Later One" --role participant
at 2026-11-25T18:00:00 sync --to "$PG_CONN"
n1=$(sq "SELECT max(seq) FROM outbox")
before=$(bytes)
at 2026-12-26T18:00:00 sync --to "$PG_CONN"
check "a sync after the grace goes well" rc 0
after=$(bytes)
check "it prunes the changes confirmed more than 30 days ago" \
  test "$(sq "SELECT min(seq) FROM outbox")" -gt "$n0" -a "$(sq "SELECT count(*) FROM outbox")" -lt 10
check "but not those confirmed since" test "$(sq "SELECT max(seq) FROM outbox")" = "$n1"
check "and the file gives the room back ($before -> $after bytes)" test "$after" -lt $((before / 2))
check "it is whole" test "$(sq "PRAGMA integrity_check")" = ok
echo "  $n0 changes of 25 participants' year: $before bytes with them, $after after the prune"

# The guards stay: nothing above the mark, never the newest, no rewrite.
at 2026-12-28T07:00:00 person add --name "Waiting One" --role participant
check "the numbering goes on after a prune" test "$(sq "SELECT max(seq) FROM outbox")" = $((n1 + 1))
check "the outbox refuses to delete a change the centre has not confirmed" \
  test -n "$(sqlite3 "$db" "DELETE FROM outbox WHERE seq = $((n1 + 1))" 2>&1)"
check "or the newest it has confirmed" \
  test -n "$(sqlite3 -bail "$db" "BEGIN; UPDATE sync_state SET sent_seq = $((n1 + 1)), confirmed_seq = $((n1 + 1));
                                  DELETE FROM outbox WHERE seq = $((n1 + 1)); COMMIT" 2>&1)"
check "a rewrite is refused as before" test -n "$(sqlite3 "$db" "UPDATE outbox SET row = '{}' WHERE seq = $n1" 2>&1)"
check "and a renumbering" test -n "$(sqlite3 "$db" "UPDATE outbox SET seq = seq + 100 WHERE seq = $((n1 + 1))" 2>&1)"
check "the mark never passes what was sent" \
  test -n "$(sqlite3 "$db" "UPDATE sync_state SET confirmed_seq = sent_seq + 1" 2>&1)"
at 2026-12-28T18:00:00 sync --to "$PG_CONN"
check "the sync after it sends the next change" \
  bash -c "rc=\$(cat '$tmp/rc'); [[ \$rc = 0 ]] && grep -q '^Sent 1 changes' '$tmp/out'"

# The backup from before the prune, restored: the centre has its changes.
run restore "$bk" --force
check "the old backup is restored" rc 0
centre_before=$(pg_psql "SELECT count(*) FROM change_log WHERE site_id = '$site'")
at 2026-12-29T07:00:00 sync --to "$PG_CONN"
check "it syncs: the centre has every change it holds, and skips them" rc 0
check "none of them new there" out_has "Sent $n0 changes (0 new"
check "the centre is as it was" \
  test "$(pg_psql "SELECT count(*) FROM change_log WHERE site_id = '$site'")" = "$centre_before"
check "and confirms them" test "$(sq "SELECT confirmed_seq FROM sync_state")" = "$n0"

# Its new changes are numbered again: refused, calmly, with the way on.
at 2026-12-29T08:00:00 person add --name "Other One" --role participant
at 2026-12-29T08:05:00 scan "$badge"
at 2026-12-29T13:05:00 scan "$badge"
at 2026-12-29T18:00:00 sync --to "$PG_CONN"
check "its new changes are refused" rc 1
check "saying why in plain words" err_has "restored from a backup"
check "and what a coordinator can do" err_has "rota central resume-site"
check "with no raw text of a server" bash -c "! grep -qiE 'sqlite|libpq|FATAL|SQL' '$tmp/err'"
lost=$(pg_psql "SELECT count(*) FROM change_log WHERE site_id = '$site' AND seq > $n0")
at 2026-12-29T18:05:00 central resume-site --to "$PG_CONN"
check "resume-site goes well" rc 0
check "saying where the two agree" out_has "agree up to change $n0"
check "the file's new changes follow the centre's" out_has "from number $((n0 + lost + 1))"
check "and what the centre sets aside" out_has "$lost changes the central database held from after the backup"
check "kept in its log" \
  test "$(pg_psql "SELECT count(*) FROM change_log WHERE site_id = '$site' AND set_aside_at IS NOT NULL")" = "$lost"
at 2026-12-29T18:10:00 sync --to "$PG_CONN"
check "the sync then goes well" rc 0
check "the site's changes are all at the centre once" \
  test "$(pg_psql "SELECT count(*) FROM change_log WHERE site_id = '$site' AND row->>'name' = 'Other One'")" = 1
check "the lost branch is out of the current rows" \
  test "$(pg_psql "SELECT count(*) FROM current_row WHERE site_id = '$site' AND row->>'name' IN ('Later One', 'Waiting One')")" = 0
check "the centre's current rows are the site's" \
  test "$(pg_psql "SELECT count(*) FROM current_row WHERE site_id = '$site'")" = \
       "$(sq "SELECT count(DISTINCT tbl || '|' || row_key) FROM outbox")"
check "its live changes are the site's, none twice" \
  test "$(pg_psql "SELECT count(*) FROM change_log WHERE site_id = '$site' AND set_aside_at IS NULL")" = \
       "$(sq "SELECT count(*) FROM outbox")"
for m in 2026-11 2026-12; do
  ROTA_NOW=2026-12-30T18:00:00 "$BIN" --db "$db" --lang en hours --month $m --csv >"$tmp/site.csv"
  ROTA_NOW=2026-12-30T18:00:00 "$BIN" --db "$db" --lang en central hours --to "$PG_CONN" --month $m --csv \
    --site "$site" >"$tmp/centre.csv"
  check "the centre's $m hours are the site's, byte for byte" cmp -s "$tmp/site.csv" "$tmp/centre.csv"
done
check "with the restored day's hours in them" grep -q "Person 1" "$tmp/site.csv"
at 2026-12-29T18:15:00 central resume-site --to "$PG_CONN"
check "resume-site again changes nothing" out_has "Nothing to resume"
at 2026-12-30T07:00:00 person add --name "Next One" --role participant
at 2026-12-30T18:00:00 sync --to "$PG_CONN"
check "and the next change syncs" rc 0

# Restored once more, and resumed before any new change: the numbering
# still goes on after the centre's.
run backup --to "$tmp/bk2"
bk2=$(ls "$tmp"/bk2/rota-*.db | head -n 1)
at 2026-12-31T07:00:00 person add --name "Lost Two" --role participant
at 2026-12-31T18:00:00 sync --to "$PG_CONN"
run restore "$bk2" --force
at 2026-12-31T18:05:00 central resume-site --to "$PG_CONN"
check "a file with no new change resumes too" \
  bash -c "rc=\$(cat '$tmp/rc'); [[ \$rc = 0 ]] && grep -q '^1 changes the central database held' '$tmp/out'"
at 2027-01-04T07:00:00 person add --name "New Two" --role participant
at 2027-01-04T18:00:00 sync --to "$PG_CONN"
check "and its next change syncs" rc 0
check "the centre's current rows are the site's again" \
  test "$(pg_psql "SELECT count(*) FROM current_row WHERE site_id = '$site'")" = \
       "$(sq "SELECT count(DISTINCT tbl || '|' || row_key) FROM outbox")" -a \
       "$(pg_psql "SELECT count(*) FROM current_row WHERE site_id = '$site' AND row->>'name' = 'Lost Two'")" = 0

echo "prune: $passed passed, $failed failed"
((failed == 0))

#!/usr/bin/env bash
# rota sync and rota central against a real PostgreSQL that this test starts
# in its own temporary folder (tests/lib/pg.sh) and always removes: two sites
# with overlapping person ids sync and the central figures equal the sums of
# the sites'; a sync killed with SIGKILL halfway and run again leaves exactly
# one copy of each change; a server that is down makes sync fail calmly while
# scans go on, and the next sync sends everything; the outbox never changes
# a row it holds. Usage: tests/sync/run.sh [BINARY]
set -u
. "$(dirname "$0")/../lib/cli.sh"
. "$(dirname "$0")/../lib/pg.sh"
. "$(dirname "$0")/../lib/sites.sh"
sync_pid=
trap '[[ -n $sync_pid ]] && kill -9 "$sync_pid" 2>/dev/null; pg_stop; rm -rf "$tmp"' EXIT
pg_start_or_fail sync
sq() { sqlite3 "$1" "$2"; }
at() { local when=$1; shift; ROTA_NOW=$when run "$@"; }
no_raw_text() { ! grep -qiE 'sqlite|libpq|PQ|FATAL|psql|SQL' "$tmp/out" "$tmp/err"; }

# A site: people with ids 1.., a year of visits made in bulk, a few real scans.
make_site() { # DB NPEOPLE
  db=$1
  at 2026-01-02T07:00:00 init
  for ((i = 1; i <= $2; i++)); do at 2026-01-02T07:00:00 person add --name "Person $i" --role participant; done
  check "a year of visits is written in bulk" site_year "$db"
  at 2026-11-23T07:00:00 badge issue 1; local b=$(cat "$tmp/out")
  at 2026-11-23T08:00:00 scan "$b"
  at 2026-11-23T12:30:00 scan "$b"
}
a=$tmp/a/rota.db b=$tmp/b/rota.db
mkdir -p "$tmp/a" "$tmp/b"
make_site "$a" 40
make_site "$b" 3
db=$a

check "the binary does not link libpq: the kiosk starts without it" test -z "$(ldd "$BIN" | grep libpq)"

# Bad and unready connections.
run sync --to "$PG_CONN password=secret"
check "a password in the connection string is refused" rc 1
check "calmly, saying where a password goes" err_has "~/.pgpass"
run sync --to "postgresql://rota:secret@/central?host=$PG_DIR"
check "also inside a URI" err_has "~/.pgpass"
run sync --to "$PG_CONN"
check "a centre not set up is named" err_has "rota central init"
run central init --to "$PG_CONN"
check "central init makes the schema" out_has "schema 11, was 0"
run central init --to "$PG_CONN"
check "and again changes nothing" out_is "The central database is ready (schema 11)."
pg_psql "UPDATE rota_schema SET version = 99"
run central init --to "$PG_CONN"
check "a newer central schema is refused" err_has "newer version of rota"
run sync --to "$PG_CONN"
check "and sync does not write into it" rc 1
pg_psql "UPDATE rota_schema SET version = 11"

sq "$a" "SELECT seq, tbl, row_key, op, row FROM outbox" >"$tmp/outbox-before"
check "the outbox refuses a rewrite" test -n "$(sqlite3 "$a" "UPDATE outbox SET row = '{}' WHERE seq = 1" 2>&1)"
check "and a deletion" test -n "$(sqlite3 "$a" "DELETE FROM outbox WHERE seq = 1" 2>&1)"
site_a=$("$BIN" --db "$a" config | sed -n 's/^site_id=//p')
site_b=$("$BIN" --db "$b" config | sed -n 's/^site_id=//p')
check "each site has its own id, shown by rota config" test -n "$site_a" -a -n "$site_b" -a "$site_a" != "$site_b"
waiting=$(sq "$a" "SELECT count(*) FROM outbox")

# A sync killed halfway, then run again.
"$BIN" --db "$a" sync --to "$PG_CONN" >"$tmp/killed.out" 2>&1 &
sync_pid=$!
for ((i = 0; i < 2000; i++)); do
  n=$(pg_psql "SELECT count(*) FROM change_log" 2>/dev/null)
  [[ ${n:-0} -gt 0 ]] && break
done
kill -9 "$sync_pid" 2>/dev/null; wait "$sync_pid" 2>/dev/null; sync_pid=
half=$(pg_psql "SELECT count(*) FROM change_log")
check "the sync was cut off halfway ($half of $waiting changes there)" test "$half" -gt 0 -a "$half" -lt "$waiting"
start=$(date +%s%N)
run sync --to "$PG_CONN"
secs=$(awk -v a="$start" -v b="$(date +%s%N)" 'BEGIN { printf "%.2f", (b - a) / 1e9 }')
check "run again it finishes" rc 0
check "and says so in one line" test "$(wc -l <"$tmp/out")" -eq 1 -a -n "$(grep 'nothing waits' "$tmp/out")"
check "each change is there exactly once" \
  test "$(pg_psql "SELECT count(*), count(DISTINCT seq), min(seq), max(seq) FROM change_log WHERE site_id = '$site_a'")" = "$waiting|$waiting|1|$waiting"
check "the current rows are one per record" \
  test "$(pg_psql "SELECT count(*) FROM current_row WHERE site_id = '$site_a'")" = "$(sq "$a" "SELECT count(DISTINCT tbl || '|' || row_key) FROM outbox")"
run sync --status
check "nothing waits after it" out_has "waiting=0"
check "and the last sync is recorded" test -z "$(grep 'last_sync=never' "$tmp/out")"
echo "  $waiting changes of a site with 40 participants' year: $(grep -oE '^[0-9]+' <<<"$half") sent before the kill, the rest in ${secs}s"

# The second site, overlapping person ids; the sums.
db=$b
run sync --to "$PG_CONN"
check "the second site syncs" rc 0
month() { ROTA_NOW=2026-11-30T18:00:00 "$BIN" --db "$1" --lang en "${@:2}"; }
month "$a" hours --month 2026-11 --csv >"$tmp/a.csv"
month "$b" hours --month 2026-11 --csv >"$tmp/b.csv"
month "$a" central hours --to "$PG_CONN" --month 2026-11 --csv --site "$site_a" >"$tmp/ca.csv"
check "a site's central sheet is its own, column for column" cmp -s "$tmp/a.csv" "$tmp/ca.csv"
month "$a" central hours --to "$PG_CONN" --month 2026-11 --csv >"$tmp/all.csv"
check "the sheet of all sites has one row per site and person" \
  test "$(($(wc -l <"$tmp/all.csv") - 1))" -eq "$(($(wc -l <"$tmp/a.csv") + $(wc -l <"$tmp/b.csv") - 2))"
sum() { awk -F, -v c="$2" 'NR > 1 { s += $c } END { printf "%.2f", s }' "$1"; }
echo "  hours, all sites: $(sum "$tmp/all.csv" 5)"
check "its hours are the sum of the sites' hours" \
  test "$(sum "$tmp/all.csv" 5)" = "$(tail -n +2 "$tmp/b.csv" | cat "$tmp/a.csv" - | sum /dev/stdin 4)"
check "and its days the sum of their days" \
  test "$(sum "$tmp/all.csv" 4)" = "$(tail -n +2 "$tmp/b.csv" | cat "$tmp/a.csv" - | sum /dev/stdin 3)"
check "person 1 of each site stays apart" test "$(grep -c "^[0-9a-f]*,1,Person 1," "$tmp/all.csv")" -eq 2
at 2026-11-30T18:00:00 central hours --to "$PG_CONN" --month 2026-11 --site nosuchsite
check "an unknown site is said plainly" err_has "No site with this id"

# The attendance list from the centre: one site's is its own, byte for byte.
month "$a" attendance --month 2026-11 --csv >"$tmp/att-a.csv"
month "$b" attendance --month 2026-11 --csv >"$tmp/att-b.csv"
month "$a" central attendance --to "$PG_CONN" --month 2026-11 --site "$site_a" --csv >"$tmp/catt-a.csv"
check "a site's central attendance list is its own, byte for byte" cmp -s "$tmp/att-a.csv" "$tmp/catt-a.csv"
month "$a" attendance --month 2026-11 --excel >"$tmp/att-a.xcsv"
month "$a" central attendance --to "$PG_CONN" --month 2026-11 --site "$site_a" --excel >"$tmp/catt-a.xcsv"
check "and so is its Excel CSV" cmp -s "$tmp/att-a.xcsv" "$tmp/catt-a.xcsv"
month "$a" central attendance --to "$PG_CONN" --month 2026-11 --csv >"$tmp/catt.csv"
check "the list of all sites has each site's rows under its id" \
  test "$(grep -c "^$site_a," "$tmp/catt.csv")" -eq "$(($(wc -l <"$tmp/att-a.csv") - 1))" \
  -a "$(grep -c "^$site_b," "$tmp/catt.csv")" -eq "$(($(wc -l <"$tmp/att-b.csv") - 1))"
check "after one header with site_id first" bash -c "head -n 1 '$tmp/catt.csv' | grep -q '^site_id,person_id,name,date,day,'"
at 2026-11-30T18:00:00 central attendance --to "$PG_CONN" --month 2026-11 --pdf "$tmp/all.pdf"
check "a list to sign without its site is refused" rc 1
check "naming the rule" err_has "--site"
at 2026-11-30T18:00:00 central attendance --to "$PG_CONN" --month 2026-11 --site "$site_b" --pdf "$tmp/b.pdf"
check "one site's list to sign is drawn" test "$(cat "$tmp/rc")" = 0 -a -s "$tmp/b.pdf"

# The server down: scans go on, sync fails calmly, the next one sends it all.
pg_down
db=$a
at 2026-11-24T07:00:00 badge issue 2; badge=$(cat "$tmp/out")
at 2026-11-24T08:00:00 scan "$badge"
check "with the centre down a scan works as ever" rc 0
run sync --to "$PG_CONN"
check "sync fails with exit 1" rc 1
check "saying the centre cannot be reached, nothing is lost" err_has "cannot be reached just now"
check "no technical words" no_raw_text
run sync --status
check "the changes wait" test -z "$(grep -x 'waiting=0' "$tmp/out")"
pg_up
run sync --to "$PG_CONN"
check "the next sync sends everything" rc 0
check "every change of the site is at the centre once" \
  test "$(pg_psql "SELECT count(*) FROM change_log WHERE site_id = '$site_a'")" = "$(sq "$a" "SELECT count(*) FROM outbox")"

sq "$a" "SELECT seq, tbl, row_key, op, row FROM outbox" | head -n "$(wc -l <"$tmp/outbox-before")" >"$tmp/outbox-after"
check "the outbox never changed a row it held" cmp -s "$tmp/outbox-before" "$tmp/outbox-after"

# The summary from the centre: the sites' counts added up before the "<5"
# rule, so two sites of 3 newcomers each count 6 centrally, not "<5" twice.
db=$b
for n in Ana Bor Cvet; do at 2026-11-24T07:00:00 person add --name "$n Nova" --role participant; done
c=$tmp/c/rota.db; mkdir -p "$tmp/c"; db=$c
at 2026-11-24T07:00:00 init
for n in Dan Eva Fran; do at 2026-11-24T07:00:00 person add --name "$n Nova" --role participant; done
site_c=$("$BIN" --db "$c" config | sed -n 's/^site_id=//p')
run sync --to "$PG_CONN"; db=$b; run sync --to "$PG_CONN"
check "a third site syncs" rc 0
period=(--from 2026-11-24 --until 2026-11-30)
month "$b" summary --from 2026-11-24 --to 2026-11-30 --csv >"$tmp/sum-b.csv"
month "$c" summary --from 2026-11-24 --to 2026-11-30 --csv >"$tmp/sum-c.csv"
month "$b" central summary --to "$PG_CONN" "${period[@]}" --site "$site_b" --csv >"$tmp/csum-b.csv"
check "a site's central summary is its own, byte for byte" cmp -s "$tmp/sum-b.csv" "$tmp/csum-b.csv"
month "$b" summary --from 2026-11-24 --to 2026-11-30 --excel >"$tmp/sum-b.xcsv"
month "$b" central summary --to "$PG_CONN" "${period[@]}" --site "$site_b" --excel >"$tmp/csum-b.xcsv"
check "and so is its Excel CSV" cmp -s "$tmp/sum-b.xcsv" "$tmp/csum-b.xcsv"
check "each site counts its 3 newcomers as <5" \
  test "$(grep -c '^participants,total,<5' "$tmp/sum-b.csv" "$tmp/sum-c.csv" | grep -c ':1')" = 2
month "$b" central summary --to "$PG_CONN" "${period[@]}" --csv >"$tmp/csum.csv"
check "the centre adds the raw counts, then applies the rule: 6" grep -q '^,participants,total,6' "$tmp/csum.csv"
check "a category nobody falls in is still <5" grep -q '^,participants,women,<5' "$tmp/csum.csv"
check "and the sums' cell beside those 0s is hidden (x), so they cannot be worked out" \
  grep -q '^,participants,declined,x' "$tmp/csum.csv"
check "its header has site_id first" bash -c "head -n 1 '$tmp/csum.csv' | tr -d '\r' | grep -qx 'site_id,section,item,value'"
check "the centre's summary names nobody either" bash -c "! grep -qE 'Ana|Bor|Cvet|Dan|Eva|Fran' '$tmp/csum.csv'"
presence() { awk -F, -v c="$2" '$(c-1) == "presence" { gsub(/\r/, "", $c); print $c }' "$1"; }
check "its hours of presence are the sum of the sites'" \
  test "$(presence "$tmp/csum.csv" 4)" = "$(month "$a" summary --from 2026-11-24 --to 2026-11-30 --csv | presence /dev/stdin 3 |
    awk -v b="$(presence "$tmp/sum-b.csv" 3)" -v c="$(presence "$tmp/sum-c.csv" 3)" '{ printf "%.2f", $1 + b + c }')"
at 2026-11-30T18:00:00 central summary --to "$PG_CONN" --from 2026-11-30 --until 2026-11-01
check "a period that ends before it starts is refused centrally too" rc 1

# A person anonymised at a site after their records reached the centre:
# the next sync makes the centre forget the name too, in its change log and
# its current rows, while the hours stay countable.
db=$b
at 2026-11-24T07:00:00 person add --name "Vesna Žibert" --role participant; vesna=$(cat "$tmp/out")
at 2026-11-24T07:00:00 person add --name "Koordinatorka Ena" --role coordinator; coord=$(cat "$tmp/out")
at 2026-11-24T07:00:00 meeting add "$vesna" --kind intro --date 2026-11-24 --with "CSD Vesna" --agreed "Vesna pride" --by "$coord"
at 2026-11-24T07:00:00 badge issue "$vesna"; vb=$(cat "$tmp/out")
at 2026-11-24T08:00:00 scan "$vb"
at 2026-11-24T12:00:00 scan "$vb"
run sync --to "$PG_CONN"
check "a new person's records reach the centre" \
  test "$(pg_psql "SELECT count(*) FROM change_log WHERE row::text LIKE '%Vesna%'")" -gt 0
before=$(pg_psql "SELECT count(*) FROM current_row WHERE site_id = '$site_b' AND tbl = 'visits'")
at 2026-11-25T07:00:00 person anonymise "$vesna" --by "$coord" --reason "she asked"
check "she is anonymised at the site" rc 0
check "and her name is nowhere in the site's outbox" test "$(sq "$b" "SELECT count(*) FROM outbox WHERE row LIKE '%Vesna%'")" = 0
run sync --to "$PG_CONN"
check "the anonymisation is sent" rc 0
check "and sync says the centre cleared what it forgot from its tables" out_has "cleared the forgotten texts"
pg_psql "CHECKPOINT"
check "no table file of the centre holds her name, old row versions included" \
  bash -c "! grep -rqaE 'Vesna|Žibert' '$PG_DIR/data/base'"
check "the centre's change log holds her name no more" \
  test "$(pg_psql "SELECT count(*) FROM change_log WHERE row::text LIKE '%Vesna%' OR row::text LIKE '%Žibert%'")" = 0
check "nor its current rows" \
  test "$(pg_psql "SELECT count(*) FROM current_row WHERE row::text LIKE '%Vesna%' OR row::text LIKE '%Žibert%'")" = 0
as_pg "$PG_BIN/pg_dump" -h "$PG_DIR" -p 5432 -U rota -d central >"$tmp/central.sql" 2>"$tmp/dump.err"
check "nor anything pg_dump reads" test -s "$tmp/central.sql" -a -z "$(grep -E 'Vesna|Žibert' "$tmp/central.sql")"
check "her visits are still counted" \
  test "$(pg_psql "SELECT count(*) FROM current_row WHERE site_id = '$site_b' AND tbl = 'visits'")" = "$before"
run sync --to "$PG_CONN"
check "and a sync after it has nothing to say against it" rc 0
check "nor anything to clear" test "$(wc -l <"$tmp/out")" -eq 1
# Her earlier changes, rewritten at the site as her row was then and at the
# centre as it is after a later change, are not taken for a restored file's
# renumbered ones when they are sent again (a sync cut off before the site
# noted what the centre had).
at 2026-11-26T07:00:00 person set "$vesna" --lang hr
run sync --to "$PG_CONN"
sq "$b" "UPDATE sync_state SET sent_seq = (SELECT min(seq) - 1 FROM outbox_people WHERE person_id = $vesna)"
run sync --to "$PG_CONN"
check "an anonymised person's changes sent again are no clash" rc 0
check "and still hold no name" \
  test "$(pg_psql "SELECT count(*) FROM change_log WHERE row::text LIKE '%Vesna%' OR row::text LIKE '%Žibert%'")" = 0

# Names an older rota or a hand edit left in the file: a NUL, an overlong
# '/' (c0 af) and a byte that is never UTF-8 (ff). The outbox holds them as
# they were (it is never rewritten); sync sends them, the centre keeps the
# bytes and its reports show what the site's show.
d=$tmp/d/rota.db; mkdir -p "$tmp/d"; db=$d
at 2026-11-02T07:00:00 init
for n in A B C D; do at 2026-11-02T07:00:00 person add --name "Person $n" --role participant; done
sq "$d" "UPDATE people SET name = CAST(x'416E61004B6F7661C48D' AS TEXT) WHERE id = 1;
         UPDATE people SET name = CAST(x'426F72C0AF' AS TEXT) WHERE id = 2;
         UPDATE people SET name = CAST(x'4376FF6574' AS TEXT) WHERE id = 3;"
for p in 1 2 3 4; do
  at 2026-11-02T07:00:00 badge issue $p; badge=$(cat "$tmp/out")
  at 2026-11-02T08:00:00 scan "$badge"; at 2026-11-02T12:30:00 scan "$badge"
done
site_d=$("$BIN" --db "$d" config | sed -n 's/^site_id=//p')
run sync --to "$PG_CONN"
check "a site with a NUL, c0 af and ff in its names syncs" rc 0
check "and nothing waits" out_has "nothing waits"
check "every change of it is at the centre" \
  test "$(pg_psql "SELECT count(*) FROM change_log WHERE site_id = '$site_d'")" = "$(sq "$d" "SELECT count(*) FROM outbox")"
check "the centre keeps the bytes the site's changes hold" \
  test "$(pg_psql "SELECT count(*) FROM change_log WHERE site_id = '$site_d' AND tbl = 'people' AND
    (position('\\x426f72c0af'::bytea IN raw) > 0 OR position('\\x4376ff6574'::bytea IN raw) > 0
     OR position(convert_to('Ana\\u0000Kova', 'UTF8') IN raw) > 0)")" = 3
month "$d" hours --month 2026-11 --csv >"$tmp/d.csv"
month "$d" central hours --to "$PG_CONN" --month 2026-11 --csv --site "$site_d" >"$tmp/cd.csv"
check "its central hour sheet is its own, U+FFFD where its own has one" \
  bash -c "cmp -s '$tmp/d.csv' '$tmp/cd.csv' && grep -q \$'^1,Ana\\xef\\xbf\\xbdKovač,' '$tmp/cd.csv'"
month "$d" attendance --month 2026-11 --csv >"$tmp/att-d.csv"
month "$d" central attendance --to "$PG_CONN" --month 2026-11 --site "$site_d" --csv >"$tmp/catt-d.csv"
check "and so is its attendance list" cmp -s "$tmp/att-d.csv" "$tmp/catt-d.csv"

# A batch the centre refuses (here a rule its keeper added) is named: the
# site, the change's number, its table and the server's reason; what came
# before it in the batch is sent; and no promise that the next sync sends it.
pg_psql "ALTER TABLE change_log ADD CONSTRAINT no_groups_here CHECK (tbl <> 'groups')"
at 2026-11-03T07:00:00 person add --name "Before Group" --role participant
at 2026-11-03T07:00:00 group add "Skupina Zavrnjena"
refused=$(sq "$d" "SELECT max(seq) FROM outbox")
run sync --to "$PG_CONN"
check "a refused change fails the sync (1)" rc 1
check "naming the site, the change, its table and the server's reason" \
  bash -c "grep -qF '$site_d' '$tmp/err' && grep -qw '$refused' '$tmp/err' && grep -qw groups '$tmp/err' && grep -qF no_groups_here '$tmp/err'"
check "without promising the next sync sends it" bash -c "! grep -qi 'nothing is lost' '$tmp/err'"
check "the log names them too" \
  bash -c "grep 'refused' '$d.log' | tail -n 1 | grep -F '$site_d' | grep -w '$refused' | grep -w groups | grep -qF no_groups_here"
check "the change before it reached the centre" \
  test "$(pg_psql "SELECT count(*) FROM change_log WHERE site_id = '$site_d' AND row->>'name' = 'Before Group'")" = 1
run sync --to "$PG_CONN"
check "the next sync stops at the same change, saying the same" bash -c "grep -qw '$refused' '$tmp/err'"
pg_psql "ALTER TABLE change_log DROP CONSTRAINT no_groups_here"
run sync --to "$PG_CONN"
check "once the centre takes it, the sync goes on" rc 0

# A file put back from a backup numbers its changes again: the centre
# refuses what would otherwise be skipped and lost.
db=$b
run backup --to "$tmp/bk"
bk=$(ls "$tmp"/bk/rota-*.db | head -n 1)
at 2026-11-25T07:00:00 person add --name "Later One" --role participant
run sync --to "$PG_CONN"
check "a change after the backup is sent" rc 0
run restore "$bk" --force
at 2026-11-25T07:00:00 person add --name "Other One" --role participant
run sync --to "$PG_CONN"
check "after a restore, changes numbered again are refused, not skipped" rc 1
check "saying why in plain words" err_has "restored from a backup"

# A closed month at the centre: the closings, frozen rows and amendments
# reach it through the feed, and its reports of the month are the site's,
# as closed, the amendment's hours beside them (not folded in).
e=$tmp/e/rota.db; mkdir -p "$tmp/e"; db=$e
at 2026-09-20T09:00:00 init
at 2026-09-20T09:00:00 person add --name "Maja Novak" --role mentor
at 2026-09-20T09:00:00 person add --name "Tjaša Horvat" --role coordinator
at 2026-09-20T09:00:00 person add --name "Ana Kovač" --role participant
at 2026-09-20T09:00:00 person add --name "Luka Čeh" --role participant
at 2026-10-05T09:00:00 visit add 3 --date 2026-10-01 --check-in 08:00 --check-out 14:20 --by 1 --reason paper
at 2026-10-05T09:00:00 visit add 4 --date 2026-10-02 --check-in 07:55 --check-out 13:56 --by 1 --reason paper
at 2026-11-02T07:00:00 month close 2026-10 --by 2
at 2026-11-05T09:00:00 visit correct 1 --check-out 15:59 --by 2 --reason "the paper list says 15:59"
check "a closed month is amended by a coordinator" rc 0
site_e=$("$BIN" --db "$e" config | sed -n 's/^site_id=//p')
run sync --to "$PG_CONN"
check "the site with a closed, amended month syncs" rc 0
month "$e" hours --month 2026-10 --csv >"$tmp/e.csv"
month "$e" central hours --to "$PG_CONN" --month 2026-10 --csv --site "$site_e" >"$tmp/ce.csv"
check "the centre's sheet of the closed month is the site's, column for column" cmp -s "$tmp/e.csv" "$tmp/ce.csv"
check "with the closed hours (6.33), the amended ones (7.98) beside them" \
  bash -c "tr -d '\r' <'$tmp/ce.csv' | grep -qx '3,Ana Kovač,1,6.33,60,6.33,0,0,0,7.98'"
check "and no mark where nothing was amended" bash -c "tr -d '\r' <'$tmp/ce.csv' | grep -qx '4,Luka Čeh,1,6.02,60,6.02,0,0,0,'"
month "$e" attendance --month 2026-10 --csv >"$tmp/att-e.csv"
month "$e" central attendance --to "$PG_CONN" --month 2026-10 --site "$site_e" --csv >"$tmp/catt-e.csv"
check "the centre's list of the closed month is the signed one, fingerprint and all" \
  bash -c "cmp -s '$tmp/att-e.csv' '$tmp/catt-e.csv' && grep -q ',closed,,,sha256:' '$tmp/catt-e.csv'"
month "$e" central summary --to "$PG_CONN" --from 2026-10-01 --until 2026-10-31 --site "$site_e" --csv >"$tmp/cs-e.csv"
check "the analysts' view of closed months gives the signed hours and the amended ones beside them" \
  test "$(pg_psql "SELECT string_agg(person_id || ':' || hours || ':' || amended || ':' || amended_hours, ' '
    ORDER BY person_id) FROM analyst.closed_month_hours WHERE site_id = '$site_e' AND month = '2026-10-01'")" \
  = "3:6.33:true:7.98 4:6.02:false:6.02"
check "the centre's summary counts the closed hours and says the amended ones" \
  bash -c "grep -q '^hours,presence,12.35' '$tmp/cs-e.csv' && grep -q '^hours,presence_amended,14.00' '$tmp/cs-e.csv'"

echo "sync: $passed passed, $failed failed"
((failed == 0))

#!/usr/bin/env bash
# Backups, restores and checks of the real binary on real files: a night's
# backup restores to exactly the records of that night; a backup taken while
# another process scans is sound; --keep prunes only its own files; a newer
# database is not replaced without --force and the replaced one is kept; a
# damaged file is reported calmly.
set -u
. "$(dirname "$0")/../lib/cli.sh"
. "$(dirname "$0")/../lib/poll.sh"
loop_pid=
trap '[[ -n $loop_pid ]] && kill "$loop_pid" 2>/dev/null; mountpoint -q "$tmp/full" 2>/dev/null && umount "$tmp/full"; rm -rf "$tmp"' EXIT
command -v sqlite3 >/dev/null || { echo "FAIL: sqlite3 is needed"; echo "backup: 0 passed, 1 failed"; exit 1; }
db=$tmp/site/rota.db
mkdir -p "$tmp/site"
at() { local when=$1; shift; ROTA_NOW=$when run "$@"; }
no_sqlite_text() { ! grep -qiE 'sqlite|malformed|SQL|disk image' "$tmp/out" "$tmp/err"; }
mode_of() { stat -c %a "$1"; }
visits_csv() { "$BIN" --db "$1" visits --csv; }

at 2026-11-01T09:00:00 init
at 2026-11-01T09:00:00 person add --name "Ana Kovač" --role participant
at 2026-11-01T09:00:00 person add --name "Maja Novak" --role mentor
at 2026-11-01T09:00:00 badge issue 1; ana=$(cat "$tmp/out")
at 2026-11-01T09:00:00 badge issue 2; maja=$(cat "$tmp/out")
at 2026-11-23T08:00:00 scan "$ana"
at 2026-11-23T08:05:00 scan "$maja"

# The night's backup.
at 2026-11-23T23:00:00 backup
check "backup succeeds" rc 0
night=$tmp/site/backups/rota-2026-11-23T2300.db
check "named by the local date and time, in a backups folder beside the database" test -f "$night"
check "and says it verified the copy" out_has "verified"
check "the badge key goes with it" cmp -s "$db.key" "$night.key"
check "the copy is private (0600), the folder too (0700)" \
  test "$(mode_of "$night")$(mode_of "$night.key")$(mode_of "$tmp/site/backups")" = 600600700
check "the copy is one file, no write-ahead log" test ! -e "$night-wal"
check "no temporary file is left" test -z "$(find "$tmp/site/backups" -name '.rota-tmp-*')"
"$BIN" --db "$night" check >"$tmp/out" 2>&1
check "the copy passes rota check" out_has "The database is sound: 2 people, 2 visits, 2 badges"
visits_csv "$db" >"$tmp/night.csv"

# The next day goes on; then the night's backup is restored.
at 2026-11-24T08:00:00 scan "$ana"
at 2026-11-24T08:01:00 person add --name "Luka Čeh" --role participant
visits_csv "$db" >"$tmp/day.csv"
at 2026-11-24T09:00:00 restore "$night"
check "a newer database is not replaced without --force (1)" rc 1
check "it says so with both dates" bash -c "grep -qF '2026-11-24 08:01:00' '$tmp/err' && grep -qF '2026-11-23 08:05:00' '$tmp/err'"
check "and that --force would do it" err_has "--force"
check "nothing changed" bash -c "visits_csv() { '$BIN' --db \"\$1\" visits --csv; }; cmp -s <(visits_csv '$db') '$tmp/day.csv'"
check "no replaced file is made" test -z "$(ls "$tmp/site" | grep replaced)"

at 2026-11-24T09:00:00 restore "$night" --force
check "restore --force succeeds" rc 0
check "the records are exactly those of the backup" bash -c "'$BIN' --db '$db' visits --csv | cmp -s - '$tmp/night.csv'"
run person list --csv
check "the person added after the backup is gone" bash -c "! grep -q 'Luka' '$tmp/out'"
kept=$tmp/site/rota.db.replaced-2026-11-24T0900
check "the replaced records are kept" bash -c "'$BIN' --db '$kept' visits --csv | cmp -s - '$tmp/day.csv'"
check "with their key" cmp -s "$kept.key" "$db.key"
check "the kept file is private" test "$(mode_of "$kept")" = 600
at 2026-11-24T09:05:00 scan "$ana"
check "a scan works at once on the restored records" rc 0
check "on the visit left open in the backup" out_has "an earlier visit had no check-out"

# A restore from a backup made elsewhere brings its own key.
mkdir -p "$tmp/elsewhere"
"$BIN" --db "$tmp/elsewhere/rota.db" init >/dev/null 2>&1
"$BIN" --db "$tmp/elsewhere/rota.db" person add --name "Iva Horvat" --role participant >/dev/null 2>&1
"$BIN" --db "$tmp/elsewhere/rota.db" badge issue 1 >/dev/null 2>&1
ROTA_NOW=2026-11-24T09:09:00 "$BIN" --db "$tmp/elsewhere/rota.db" backup --to "$tmp/elsewhere" >/dev/null 2>&1
other=$tmp/elsewhere/rota-2026-11-24T0909.db
at 2026-11-24T09:10:00 restore "$other" --force
check "a backup with its own key restores (--force)" rc 0
check "its key is put beside the database" cmp -s "$other.key" "$db.key"
run check
check "and the records and the key belong together (0)" rc 0
at 2026-11-24T09:11:00 restore "$night" --force
check "the night's backup goes back in" rc 0

# Restore proves the backup whole before it touches anything: a backup
# refused leaves the database, its write-ahead log and its key as they were.
live_sums() { sha256sum "$db" "$db.key" "$db-wal" 2>/dev/null; ls "$tmp/site"; }
refused_untouched() { # DESC FILE WORDS: restore FILE is refused with WORDS, nothing changed
  live_sums >"$tmp/before"
  at 2026-11-24T09:15:00 restore "$2" --force
  check "$1: refused (1)" rc 1
  check "$1: says what is wrong with the backup" err_has "$3"
  check "$1: says nothing was restored" err_has "Nothing was restored"
  check "$1: without SQLite's words" no_sqlite_text
  live_sums >"$tmp/after"
  check "$1: the database, its log and its key are byte-identical, nothing left beside them" \
    cmp -s "$tmp/before" "$tmp/after"
}
cp "$night" "$tmp/wrongkey.db"; head -c 32 /dev/urandom >"$tmp/wrongkey.db.key"
refused_untouched "a backup whose key belongs to other records" "$tmp/wrongkey.db" "does not belong"
run check
check "after it, the records and their key still belong together (0)" rc 0
cp "$night" "$tmp/shortkey.db"; head -c 5 /dev/urandom >"$tmp/shortkey.db.key"
refused_untouched "a backup whose key file is cut short" "$tmp/shortkey.db" "does not belong"
cp "$night" "$tmp/oldkey.db"; head -c 32 /dev/urandom >"$tmp/oldkey.db.key"
sqlite3 "$tmp/oldkey.db" "DELETE FROM settings WHERE key='badge_key_check'"
refused_untouched "a backup from before the key check, with a wrong key (tried on a badge)" \
  "$tmp/oldkey.db" "does not belong"
cp "$night" "$tmp/oldright.db"; cp "$night.key" "$tmp/oldright.db.key"
sqlite3 "$tmp/oldright.db" "DELETE FROM settings WHERE key='badge_key_check'"
at 2026-11-24T09:16:00 restore "$tmp/oldright.db" --force
check "a backup from before the key check, with its own key, restores" rc 0
run check
check "and the key is proved on its badges (0)" rc 0
cp "$night" "$tmp/column.db"; cp "$night.key" "$tmp/column.db.key"
sqlite3 "$tmp/column.db" "ALTER TABLE people ADD COLUMN shoe_size INTEGER"
refused_untouched "a backup with a column added by hand" "$tmp/column.db" "not the ones rota makes"
cp "$night" "$tmp/trigger.db"; cp "$night.key" "$tmp/trigger.db.key"
sqlite3 "$tmp/trigger.db" "DROP TRIGGER $(sqlite3 "$night" "SELECT name FROM sqlite_schema WHERE type='trigger' LIMIT 1")"
refused_untouched "a backup with a trigger dropped" "$tmp/trigger.db" "not the ones rota makes"
cp "$night" "$tmp/negative.db"; cp "$night.key" "$tmp/negative.db.key"
sqlite3 "$tmp/negative.db" "PRAGMA user_version = -5"
refused_untouched "a backup whose schema version is below 0" "$tmp/negative.db" "not a sound rota backup"
check "a backup whose schema version is below 0: the records here are not called damaged" \
  bash -c "! grep -q 'records file is damaged' '$tmp/err'"

# A link where the key goes is not replaced by the backup's key.
mv "$db.key" "$tmp/realkey"; ln -s "$tmp/realkey" "$db.key"
live_sums >"$tmp/before"
at 2026-11-24T09:16:30 restore "$night" --force
check "a link in the key's place: refused (1)" rc 1
check "named as not a plain file" err_has "not a plain file"
live_sums >"$tmp/after"
check "and nothing changed" bash -c "cmp -s '$tmp/before' '$tmp/after' && test -L '$db.key'"
rm "$db.key"; mv "$tmp/realkey" "$db.key"
for n in 1 2 3; do at 2026-11-24T09:17:00 restore "$night" --force; echo "$(cat "$tmp/rc")" >>"$tmp/rcs"; done
check "three restores in one second all succeed" test "$(tr -d '\n' <"$tmp/rcs")" = 000
check "each keeps what it replaced under its own name" \
  test "$(ls "$tmp/site" | grep -c '^rota\.db\.replaced-2026-11-24T0917[0-9_]*$')" = 3

# A backup without its key is not restored over the records.
cp "$night" "$tmp/nokey.db"
refused_untouched "a backup with badges and no key file" "$tmp/nokey.db" ".key"

# --keep: only our own files, oldest first.
mkdir -p "$tmp/usb"
touch "$tmp/usb/notes.txt" "$tmp/usb/rota-old.db" "$tmp/usb/rota-2020-01-01T0000.db.bak"
for t in 2026-11-25T2300 2026-11-26T2300 2026-11-27T2300; do
  at "${t:0:13}:${t:13:2}:00" backup --to "$tmp/usb" --keep 2
done
check "--keep 2 leaves the two newest" test "$(ls "$tmp/usb" | grep -E '^rota-.*\.db$' | grep -c T2300)" = 2
check "the oldest went, with its key" test ! -e "$tmp/usb/rota-2026-11-25T2300.db" -a ! -e "$tmp/usb/rota-2026-11-25T2300.db.key"
check "the newest stayed" test -e "$tmp/usb/rota-2026-11-27T2300.db" -a -e "$tmp/usb/rota-2026-11-27T2300.db.key"
check "other files are never touched" test -e "$tmp/usb/notes.txt" -a -e "$tmp/usb/rota-old.db" -a -e "$tmp/usb/rota-2020-01-01T0000.db.bak"
at 2026-11-27T23:00:30 backup --to "$tmp/usb" --keep 2
check "a second backup in the same minute gets the seconds" test -e "$tmp/usb/rota-2026-11-27T230030.db"
at 2026-11-27T23:00:30 backup --to "$tmp/usb" --keep 3
check "a third backup in the same second succeeds" rc 0
check "named with a number after the seconds" test -e "$tmp/usb/rota-2026-11-27T230030_002.db" -a -e "$tmp/usb/rota-2026-11-27T230030_002.db.key"
at 2026-11-27T23:00:30 backup --to "$tmp/usb" --keep 3
check "and a fourth" test -e "$tmp/usb/rota-2026-11-27T230030_003.db"
check "--keep 3 keeps the three made last, the first of that minute removed" \
  test "$(cd "$tmp/usb" && ls rota-2026-11-27T23*.db | tr '\n' ' ')" = "rota-2026-11-27T230030.db rota-2026-11-27T230030_002.db rota-2026-11-27T230030_003.db "
at 2026-11-27T23:00:31 backup --to "$tmp/usb" --keep 2
check "the next second sorts after them: --keep 2 keeps it and the last of the second before" \
  test "$(cd "$tmp/usb" && ls rota-2026-11-27T23*.db | tr '\n' ' ')" = "rota-2026-11-27T230030_003.db rota-2026-11-27T230031.db "
check "with their keys only" test "$(ls "$tmp/usb" | grep -c '^rota-2026-11-27T.*\.db\.key$')" = 2
# Six backups started together in one second, by six processes: six
# copies, none written over another, each with its key and sound.
for i in 1 2 3 4 5 6; do
  ROTA_NOW=2026-11-27T23:30:00 "$BIN" --db "$db" --lang en backup --to "$tmp/race" --keep 50 >/dev/null 2>&1 &
done
wait
check "six backups at once make six copies" test "$(ls "$tmp/race" | grep -c '^rota-.*\.db$')" = 6
check "each with its key" test "$(ls "$tmp/race" | grep -c '^rota-.*\.db\.key$')" = 6
check "and no empty name left behind" test -z "$(find "$tmp/race" -size 0)"
for f in "$tmp/race"/rota-*.db; do
  "$BIN" --db "$f" --lang en check >/dev/null 2>&1 || { echo "not sound: $f"; echo 1 >"$tmp/race.bad"; }
done
check "every one sound with its key" test ! -e "$tmp/race.bad"
at 2026-11-28T23:00:00 backup --to "$tmp/usb/deep/er"
check "--to makes the folders it needs" test -e "$tmp/usb/deep/er/rota-2026-11-28T2300.db"
check "the backup is in the database's log" grep -q "backup of $db: OK" "$db.log"
run backup --keep 0;          check "--keep 0 is a usage error" rc 2
run backup --to;              check "--to without a folder is a usage error" rc 2
run restore;                  check "restore without a file is a usage error" rc 2
run restore "$tmp/none.db";   check "a missing file is refused (1)" rc 1
run backup --to /proc/rota-no
check "a folder that cannot be written: a calm failure (1)" rc 1
check "without SQLite's words" no_sqlite_text

# A backup to a full disk says so and names the folder. A part left out is
# said; under CI (CI set) it is a failure.
if [[ $(id -u) == 0 ]] && mkdir -p "$tmp/full" && mount -t tmpfs -o size=64k tmpfs "$tmp/full" 2>/dev/null; then
  sums_before=$(sha256sum "$db" "$db.key")
  run backup --to "$tmp/full/backups"
  check "a backup to a full disk fails (1)" rc 1
  check "saying the disk is full" err_has "is full"
  check "naming the folder" err_has "$tmp/full/backups"
  check "and that the records are unchanged" err_has "The records are unchanged"
  check "not asking for a mentor" bash -c "! grep -q 'mentor' '$tmp/err'"
  check "no half copy is left there" test -z "$(find "$tmp/full" -type f)"
  check "the records are byte-identical" test "$(sha256sum "$db" "$db.key")" = "$sums_before"
  umount "$tmp/full"
elif [[ -n ${CI:-} ]]; then
  check "a backup to a full disk can be tried (as root, with a tmpfs)" false
else
  echo "note: a backup to a full disk is tried only as root with a tmpfs; skipped"
fi

# A backup while another process scans, over and over.
run config set scan_guard_seconds 0
(
  for i in $(seq 10 59); do
    ROTA_NOW=2026-11-30T08:$i:00 "$BIN" --db "$db" scan "$ana" >/dev/null 2>&1 || echo "scan $i failed"
  done >"$tmp/loop.log"
) &
loop_pid=$!
ok=0 overlapped=0
for n in 1 2 3 4 5; do
  kill -0 "$loop_pid" 2>/dev/null && overlapped=$((overlapped + 1))
  ROTA_NOW=2026-11-30T12:0$n:00 "$BIN" --db "$db" backup --to "$tmp/live" >/dev/null 2>&1 && ok=$((ok + 1))
done
wait "$loop_pid"; loop_pid=
check "five backups while scanning all succeed" test "$ok" = 5
check "and the scanning was still going while they started" test "$overlapped" -ge 1
check "and every scan succeeded" test ! -s "$tmp/loop.log"
sound=0
for f in "$tmp"/live/rota-*.db; do "$BIN" --db "$f" check >/dev/null 2>&1 && sound=$((sound + 1)); done
check "every copy taken while scanning is sound" test "$sound" = 5

# A restore while another process scans: every scan acknowledged is either
# in the restored records (after) or in the kept ones (before).
(
  # three minutes apart: past the repeat guard the backup brings back
  for t in 11:{0,1,2,3,4,5}{0,3,6} 12:{0,1,2,3,4,5}{0,3,6}; do
    if ROTA_NOW=2026-12-01T$t:00 "$BIN" --db "$db" scan "$ana" >/dev/null 2>&1; then
      echo "2026-12-01 $t:00"
    else
      echo "failed $t" >&2
    fi
  done >"$tmp/acked" 2>"$tmp/loop.log"
) &
loop_pid=$!
# Start the restore once the scans have begun: poll for the first one.
poll 4 test -s "$tmp/acked"
check "the scanning had begun before the restore" test -s "$tmp/acked"
running=0
kill -0 "$loop_pid" 2>/dev/null && running=1
ROTA_NOW=2026-12-01T13:00:00 "$BIN" --db "$db" --lang en restore "$night" --force >"$tmp/out" 2>"$tmp/err"
echo $? >"$tmp/rc"
wait "$loop_pid"; loop_pid=
check "a restore while another process scans succeeds" rc 0
check "and the scanning was still going when it started" test "$running" = 1
check "and so does every scan" test ! -s "$tmp/loop.log"
kept=$(ls "$tmp/site"/rota.db.replaced-2026-12-01T1300* | grep -v '\.key$' | head -n 1)
"$BIN" --db "$db" visits --csv >"$tmp/after.csv"; "$BIN" --db "$kept" visits --csv >>"$tmp/after.csv"
lost=0
while read -r t; do grep -qF "$t" "$tmp/after.csv" || { lost=$((lost + 1)); echo "lost: $t"; }; done <"$tmp/acked"
check "no acknowledged scan is lost ($(wc -l <"$tmp/acked") scans)" test "$lost" = 0
check "the restored file is sound" bash -c "'$BIN' --db '$db' check >/dev/null"
check "no temporary file is left beside the database" test -z "$(find "$tmp/site" -name '.rota-tmp-*')"

# A damaged file: calm words, exit 1, no SQLite text.
cp "$night" "$tmp/damaged.db"; cp "$night.key" "$tmp/damaged.db.key"
head -c 4096 /dev/zero | tr '\0' '\377' | dd of="$tmp/damaged.db" bs=4096 seek=3 conv=notrunc status=none
"$BIN" --db "$tmp/damaged.db" --lang en check >"$tmp/out" 2>"$tmp/err"; echo $? >"$tmp/rc"
check "check on a damaged file exits 1" rc 1
check "and says it is damaged" out_has "The database is damaged."
check "and what to do" out_has "rota restore"
check "without SQLite's words" no_sqlite_text
at 2026-11-30T13:00:00 restore "$tmp/damaged.db" --force
check "a damaged backup is not restored (1)" rc 1
check "calmly" err_has "not a sound rota backup"
check "without SQLite's words" no_sqlite_text
echo "not a database, only words, long enough to fill a header page......" >"$tmp/words.db"
"$BIN" --db "$tmp/words.db" --lang en check >"$tmp/out" 2>"$tmp/err"; echo $? >"$tmp/rc"
check "check on a file that is no database exits 1" rc 1
check "calmly, in the words every command gives" err_has "not a rota database"
check "without SQLite's words" no_sqlite_text
"$BIN" --db "$tmp/nothing.db" --lang en check >"$tmp/out" 2>"$tmp/err"; echo $? >"$tmp/rc"
check "check without a database exits 1" rc 1

# A damaged database is replaced by the backup; the damaged file is kept.
cp "$tmp/damaged.db" "$tmp/site2.db"; cp "$night.key" "$tmp/site2.db.key"
ROTA_NOW=2026-11-30T14:00:00 "$BIN" --db "$tmp/site2.db" --lang en restore "$night" >"$tmp/out" 2>"$tmp/err"; echo $? >"$tmp/rc"
check "a damaged database is restored from the backup" rc 0
check "the damaged file is kept aside" cmp -s "$tmp/damaged.db" "$tmp/site2.db.replaced-2026-11-30T1400"
check "and the restored one is sound" bash -c "'$BIN' --db '$tmp/site2.db' check >/dev/null"

# Forgetting: after an anonymisation the name is still in the earlier
# backups; rota says so, and --rewrite-backups takes it out of them.
fdb=$tmp/forget/rota.db; fb=$tmp/forget/backups
mkdir -p "$tmp/forget"
f() { "$BIN" --db "$fdb" --lang en "$@" >"$tmp/out" 2>"$tmp/err"; echo $? >"$tmp/rc"; }
f init; f person add --name "Ana Kovač" --role participant; f badge issue 1
ROTA_NOW=2026-12-01T08:00:00 f scan "$(cat "$tmp/out")"
ROTA_NOW=2026-12-01T23:00:00 f backup
f person add --name "Ciril Đurić" --role coordinator; f person add --name "Bojan Zupan" --role participant
ROTA_NOW=2026-12-02T23:00:00 f backup
ROTA_NOW=2026-12-03T23:00:00 f backup
check "three backups hold her name" test "$(grep -lac 'Kovač' "$fb"/rota-*.db | wc -l)" = 3
sha256sum "$fb"/*.key >"$tmp/keys-before"
ROTA_NOW=2026-12-04T10:00:00 f person anonymise 1 --by 2 --reason "she asked to be forgotten"
check "anonymise succeeds" rc 0
check "and says the name is still in the three earlier backups, naming the folder" \
  out_has "The name is still in 3 earlier backups in $fb."
check "and when the last of them goes" out_has "The last of them is removed after 30 more backups (rota backup keeps the newest 30)."
check "and how to take it out now" out_has "To take the name out of them now: rota person anonymise 1 --by 2 --reason TEXT --rewrite-backups"
sha256sum "$fb"/* >"$tmp/copies-before"
ROTA_NOW=2026-12-04T10:05:00 f person anonymise 1 --by 3 --reason "again" --rewrite-backups
check "rewriting the backups needs a coordinator (1)" rc 1
check "and names --by" err_has "is not an active coordinator"
check "and leaves every backup as it was" bash -c "sha256sum '$fb'/* | cmp -s - '$tmp/copies-before'"
# A copy that cannot be rewritten (a damaged one) is left as it was and named.
broken=$fb/rota-2026-12-03T230000.db
cp "$fb/rota-2026-12-03T2300.db" "$broken"; cp "$fb/rota-2026-12-03T2300.db.key" "$broken.key"
head -c 4096 /dev/zero | tr '\0' '\377' | dd of="$broken" bs=4096 seek=3 conv=notrunc status=none
sha256sum "$broken" >"$tmp/broken-before"
ROTA_NOW=2026-12-04T10:05:00 f person anonymise 1 --by 2 --reason "she asked to be forgotten" --rewrite-backups
check "--rewrite-backups with one copy that cannot be rewritten: exit 1" rc 1
check "the others are rewritten" out_has "Rewritten without the name: 3 backups in $fb."
check "the one that could not be is named" err_has "1 backup could not be rewritten and still holds the name (the first: $broken)"
check "and left as it was" sha256sum -c --quiet "$tmp/broken-before"
check "without SQLite's words" no_sqlite_text
rm "$broken" "$broken.key"
check "the name is in no byte of any backup" bash -c "! cat '$fb'/* | grep -aq 'Kovač'"
check "the others' names stay" bash -c "grep -aq 'Bojan Zupan' '$fb/rota-2026-12-03T2300.db'"
check "the keys are as they were" bash -c "sha256sum '$fb'/*.key | cmp -s - '$tmp/keys-before'"
check "the copies stay private single files, nothing else left" \
  test "$(ls -A "$fb" | grep -vc '^rota-2026-12-0[123]T2300\.db\(\.key\)\?$')$(stat -c %a "$fb"/rota-*.db | sort -u)" = 0600
sound=0
for c in "$fb"/rota-*.db; do "$BIN" --db "$c" check >/dev/null 2>&1 && sound=$((sound + 1)); done
check "every rewritten copy passes rota check with its key" test "$sound" = 3
ROTA_NOW=2026-12-04T10:10:00 f person anonymise 1 --by 2 --reason "she asked to be forgotten" --rewrite-backups
check "once more: nothing holds the name (0)" rc 0
check "and it says so" out_has "No backup in $fb holds the name."
ROTA_NOW=2026-12-04T10:15:00 f restore "$fb/rota-2026-12-01T2300.db" --force
check "the oldest rewritten copy, from before the coordinator, restores" rc 0
f person list --csv
check "with her pseudonym" out_has "Participant 1"
f person export 1 --out "$tmp/forget/export"
check "and the anonymisation recorded in it, with no coordinator it did not know" \
  grep -q "Participant 1,.*,,she asked to be forgotten" "$tmp/forget/export/anonymisation.csv"

echo "backup: $passed passed, $failed failed"
((failed == 0))

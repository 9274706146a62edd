#!/usr/bin/env bash
# One file, one verdict: for each kind of trouble with the records file,
# every way in (a scan at the door, a command, the kiosk's start, `rota
# check`, a backup) says the same sentence, exits 1 and changes nothing:
# not the file, not its journal. The kinds and their sentences are the
# table in the manual (rota(1), FILES). "Damaged" is said only where SQLite
# itself finds the file corrupt; a full disk, a read-only file and a
# journal (-wal) of other records are named as what they are.
# Usage: tests/verdicts/run.sh [BINARY]      Ends with "N passed, N failed".
set -u
. "$(dirname "$0")/../lib/cli.sh"
. "$(dirname "$0")/../lib/poll.sh"

damaged="The records file is damaged. Nothing was changed."
good=$tmp/good.db
db=$good
run init --demo --badges-out "$tmp/good.txt"; check "a demo database" rc 0
payload=$(sed -n 3p "$tmp/good.txt" | cut -f2)
sqlite3 "$good" 'PRAGMA wal_checkpoint(TRUNCATE)' >/dev/null
copy() { rm -f "$tmp/$1".*; cp "$good" "$tmp/$1.db"; cp "$good.key" "$tmp/$1.db.key"; db=$tmp/$1.db; }

# snapshot: the bytes of the file, its journal and its key, to compare.
snapshot() { cat "$db" "$db-wal" "$db.key" 2>/dev/null | sha256sum; }

# same_verdict KIND SENTENCE [WAYS...]: every way in (by default a scan,
# a command, rota check, a backup and the kiosk's start; "" is the kiosk),
# one after the other, exits 1 with SENTENCE on stderr and says nothing of
# a damaged file unless that is the verdict; the file, its journal and
# its key are unchanged.
same_verdict() {
  local kind=$1 sentence=$2 before way label
  shift 2
  (($# > 0)) || set -- "scan $payload" "person list" "check" "backup" ""
  before=$(snapshot)
  for way in "$@"; do
    label=${way%% *}; label=${label:-the kiosk}
    ROTA_NOW=2026-11-23T08:00 "$BIN" --db "$db" --lang en $way </dev/null >"$tmp/out" 2>"$tmp/err"
    echo $? >"$tmp/rc"
    check "$kind: $label exits 1" rc 1
    check "$kind: $label says: $sentence" err_has "$sentence"
    check "$kind: $label says nothing of a damaged file" \
      bash -c "[[ '$sentence' == '$damaged' ]] || ! grep -q 'file is damaged' '$tmp/err' '$tmp/out'"
  done
  check "$kind: nothing was changed" test "$(snapshot)" = "$before"
}

db=$tmp/empty.db; : >"$db"
same_verdict "0 bytes" "The records file is empty"
db=$tmp/text.db; printf 'a shopping list, long enough to be mistaken for nothing at all\n' >"$db"
same_verdict "another program's file" "This file is not a rota database."
copy newer; sqlite3 "$db" 'PRAGMA user_version=999'
same_verdict "a newer schema" "made by a newer version of rota"
copy negative; sqlite3 "$db" 'PRAGMA user_version=-5'
same_verdict "a schema version below 0" "$damaged"
copy cut; truncate -s 20000 "$db"
same_verdict "cut short" "$damaged"
copy zeroed; dd if=/dev/zero of="$db" bs=100 count=1 conv=notrunc 2>/dev/null
same_verdict "a zeroed header" "$damaged"
copy column; sqlite3 "$db" 'ALTER TABLE people ADD COLUMN shoe_size'
same_verdict "a column added by hand" "$damaged"
copy kept; sqlite3 "$db" 'DROP TRIGGER visit_hours_add'
same_verdict "a kept-hours trigger dropped" "$damaged"
copy feed; sqlite3 "$db" 'DROP TRIGGER feed_visits_ins'
same_verdict "a feed trigger dropped" "$damaged"
if [[ $(id -u) != 0 ]]; then
  copy readonly; chmod 0444 "$db"
  same_verdict "a read-only file" "the file or its folder is read-only"
fi
copy readonly_dir; mkdir -p "$tmp/ro"; mv "$db" "$db.key" "$tmp/ro/"; db=$tmp/ro/readonly_dir.db
chmod 0555 "$tmp/ro"; chmod 0444 "$db"
if [[ $(id -u) == 0 ]]; then
  # root writes anywhere; a file with no write bit at all is meant read-only.
  same_verdict "a read-only file (no write bit, even for root)" "the file or its folder is read-only"
else
  same_verdict "a read-only folder" "the file or its folder is read-only"
fi
chmod 0755 "$tmp/ro"
# The key is not the records: every way in that needs it says so, and a
# backup of the sound records still goes on.
copy nokey; rm "$db.key"
same_verdict "the badge key missing" "badge key file beside the records is missing" "scan $payload" "person list" check ""
run backup; check "the badge key missing: the records are still backed up" rc 0
copy wrongkey; db=$tmp/other.db; run init; db=$tmp/wrongkey.db; cp "$tmp/other.db.key" "$db.key"
same_verdict "another file's badge key" "badge key file beside the records belongs to other records" \
  "scan $payload" "person list" check ""
run backup; check "another file's badge key: the records are still backed up" rc 0

# A journal of other records: the -wal of another workshop's file B,
# written by rota while a reader held B open (so no checkpoint took it
# in), laid beside A.
copy journal_a; a=$db
b=$tmp/journal_b.db; db=$b; run init --demo; check "B: another workshop's records" rc 0
python3 - "$b" "$tmp/reader.ready" "$tmp/reader.done" <<'PY' &
import os, sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("BEGIN"); c.execute("SELECT count(*) FROM people").fetchall()
open(sys.argv[2], "w").close()
for _ in range(300):
    if os.path.exists(sys.argv[3]): break
    time.sleep(0.05)
PY
reader=$!
poll 5 test -e "$tmp/reader.ready"
db=$b; run person add --name "Zora Zver" --role participant
check "B: a change while a reader holds B open" rc 0
check "B: stays in B's journal" test -s "$b-wal"
cp "$b-wal" "$a-wal"
touch "$tmp/reader.done"; wait "$reader"
db=$a; same_verdict "a journal of other records" "The journal beside the records file (its -wal file) belongs to other records"
run person list
check "and the coordinator is told which file to move aside" err_has "move $a-wal aside"
db=$tmp/fresh.db; cp "$a-wal" "$db-wal"; run init
check "a journal beside no file: init makes nothing of it (1)" rc 1
check "and says whose it is not" err_has "belongs to other records"
check "and no file is made" test ! -e "$db"
db=$a
mv "$a-wal" "$tmp/kept-wal"; rm -f "$a-shm"
run person list; check "with the journal moved aside, A opens" rc 0
check "as it was" bash -c "! grep -q 'Zora' '$tmp/out'"
copy journal_c; cp "$tmp/kept-wal" "$db-wal"
ROTA_NOW=2026-11-23T08:00 "$BIN" --db "$db" --lang sl scan "$payload" >"$tmp/out" 2>"$tmp/err"
check "in Slovenian too" err_has "Dnevnik ob datoteki z evidenco"

# A journal of this very file, left by a kiosk killed -9, is its own:
# it is taken in and nothing is refused.
copy own; pid=
ROTA_NOW=2026-11-23T08:00 "$BIN" --db "$db" scan "$payload" >/dev/null 2>&1
python3 - "$db" "$tmp/own.ready" <<'PY' &
import os, sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("BEGIN"); c.execute("SELECT count(*) FROM people").fetchall()
open(sys.argv[2], "w").close()
time.sleep(30)
PY
reader=$!
poll 5 test -e "$tmp/own.ready"
run person add --name "Vid Vovk" --role participant
kill -9 "$reader"; wait "$reader" 2>/dev/null
check "own journal: it holds the last change" test -s "$db-wal"
run person list
check "own journal: the records open" rc 0; check "own journal: with the last change" out_has "Vid Vovk"
run check; check "own journal: rota check finds them sound" rc 0

# A full disk: named as a full disk, by every way in, with no other
# connection open (the journal and its index cannot be made).
if [[ $(id -u) == 0 ]] && mkdir -p "$tmp/full" && mount -t tmpfs -o size=1m tmpfs "$tmp/full" 2>/dev/null; then
  trap 'umount "$tmp/full" 2>/dev/null; rm -rf "$tmp"' EXIT
  cp "$good" "$good.key" "$tmp/full/"; db=$tmp/full/good.db
  dd if=/dev/zero of="$tmp/full/filler" bs=4k 2>/dev/null
  same_verdict "a full disk" "The disk is full"
  umount "$tmp/full"
elif [[ -n ${CI:-} ]]; then
  check "a full disk can be tried (as root, with a tmpfs)" false
else
  echo "note: a full disk is tried only as root with tmpfs; skipped"
fi

echo "verdicts: $passed passed, $failed failed"
((failed == 0))

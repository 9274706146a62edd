#!/usr/bin/env bash
# Outputs never land on the records. Every file rota writes (the attendance
# list, the summary and the team-meeting report as PDF, the demo badge list,
# badge sheets and their PNG pages, a person's export and the files in it,
# backups) aimed at the database, its -wal, -shm or badge key (by name,
# through a symbolic link, a hard link or a relative path), at its log or at
# a backup is refused with one calm sentence, exit 1, and every one of those
# files is byte for byte as it was. The same outputs onto ordinary names
# still work, private (0600) whatever the umask. And a badge sheet that
# cannot be written issues no badge first.
# Usage: tests/outputs/run.sh [BINARY]
set -u
. "$(dirname "$0")/../lib/cli.sh"
. "$(dirname "$0")/../lib/poll.sh"

export ROTA_NOW=2026-11-23T08:00:00
sentence="That is the name of the workshop's own records file"
d=$tmp/site
mkdir "$d" "$tmp/elsewhere"
db=$d/rota.db
run init --demo --badges-out "$d/list.txt"; check "a demo workshop" rc 0
run backup;                                  check "and a backup of it" rc 0
backup=$(ls "$d"/backups/rota-*.db)
participant=$(sqlite3 "$db" "SELECT id FROM people WHERE role='participant' ORDER BY id LIMIT 1")

# A connection held open keeps the -wal and -shm there, as a running kiosk
# does: then they can be linked to, and have contents to keep.
mkfifo "$tmp/hold"
sqlite3 "$db" <"$tmp/hold" >/dev/null 2>&1 &
holder=$!
exec 3>"$tmp/hold"
release() { exec 3>&- 2>/dev/null; wait "$holder" 2>/dev/null; }
trap 'release; rm -rf "$tmp"' EXIT
echo "SELECT count(*) FROM people;" >&3
poll 20 test -e "$db-wal" -a -e "$db-shm"
check "a reader holds the database open: its -wal and -shm are there" test -e "$db-wal" -a -e "$db-shm"

records=(rota.db rota.db-wal rota.db-shm rota.db.key)
for n in "${records[@]}"; do
  ln -s "$d/$n" "$tmp/elsewhere/link-$n.pdf"
  ln "$d/$n" "$tmp/elsewhere/hard-$n.pdf" 2>/dev/null || echo "note: no hard link to $n on this file system"
done
# The log may grow by a line that says what was refused, and nothing else.
sums() { (cd "$d" && sha256sum "${records[@]}" backups/*); }
sums >"$tmp/sums"
cp "$db.log" "$tmp/log"
kept() { sums | cmp -s - "$tmp/sums" && cmp -s -n "$(stat -c %s "$tmp/log")" "$tmp/log" "$db.log"; }

at() { # DIR ARGS...: rota run from the folder DIR, into out, err and rc
  local dir=$1; shift
  (cd "$dir" && "$BIN" --lang en "$@") >"$tmp/out" 2>"$tmp/err" </dev/null; echo $? >"$tmp/rc"
}
refused() { # DESC: the last run was refused calmly and every record is as it was
  check "$1: exit 1" rc 1
  check "$1: in one calm sentence" err_has "$sentence"
  check "$1: the records are byte for byte as they were" kept
}
onto_records() { # WHAT ARGS...: ARGS (T: the target) aimed at each record, each way it can be named
  local what=$1; shift
  local n form
  for n in "${records[@]}"; do
    for form in name link hard relative; do
      case $what:$form in
        sheet:name) continue ;; # a sheet's name ends in .pdf: reached through the links only
        sheet:relative) at "$tmp/elsewhere" --db ../site/rota.db "${@/#T/./link-$n.pdf}" ;;
        *:name) at "$tmp" --db "$db" "${@/#T/$d/$n}" ;;
        *:link) at "$tmp" --db "$db" "${@/#T/$tmp/elsewhere/link-$n.pdf}" ;;
        *:hard) [[ -e $tmp/elsewhere/hard-$n.pdf ]] || continue
          at "$tmp" --db "$db" "${@/#T/$tmp/elsewhere/hard-$n.pdf}" ;;
        *:relative) at "$d" --db rota.db "${@/#T/./$n}" ;;
      esac
      refused "$what onto $n ($form)"
    done
  done
}

onto_records attendance attendance --month 2026-11 --pdf T
onto_records summary summary --from 2026-11-01 --to 2026-11-30 --pdf T
onto_records report report "$participant" --meeting intro --pdf T
onto_records badges-out init --demo --badges-out T
onto_records export person export "$participant" --out T
onto_records backup backup --to T
onto_records sheet badge sheet --all --out T

# The log and the backups rota keeps are records too.
for t in "$db.log" "$backup" "$backup.key"; do
  at "$tmp" --db "$db" attendance --month 2026-11 --pdf "$t"
  refused "a document onto ${t#$d/}"
done
ln "$backup.key" "$tmp/elsewhere/key-copy.txt" 2>/dev/null &&
  { at "$tmp" --db "$db" attendance --month 2026-11 --pdf "$tmp/elsewhere/key-copy.txt"
    refused "a document onto a second name of a backup's key"; }

# The files inside an export folder, and a sheet's second PNG page.
mkdir "$tmp/export"
ln -s "$db" "$tmp/export/person.csv"
at "$tmp" --db "$db" person export "$participant" --out "$tmp/export"
refused "an export whose person.csv leads to the database"
check "and no summary.pdf was put beside it" test ! -e "$tmp/export/summary.pdf"
ln -s "$db.key" "$tmp/elsewhere/sheet-2.png"
at "$tmp" --db "$db" badge sheet --all --out "$tmp/elsewhere/sheet.png"
refused "a badge sheet whose second page leads to the key"
check "and its first page was not written either" test ! -e "$tmp/elsewhere/sheet.png"

# Another database's key is records as well: a new workshop's demo list
# may not land on it, and the new database is not made.
at "$tmp" --db "$tmp/new.db" init --demo --badges-out "$db.key"
refused "another database's demo list onto this one's key"
check "and the new database was not made" test ! -e "$tmp/new.db"

# A record that is not there yet (no connection open, so no -wal) keeps
# its name: nothing may be put there, by name, through a link or relatively.
release
check "with no connection open the -wal is gone" test ! -e "$db-wal"
sums() { (cd "$d" && sha256sum rota.db rota.db.key backups/*); }
sums >"$tmp/sums"
cp "$db.log" "$tmp/log"
ln -s "$db-wal" "$tmp/elsewhere/dangling.pdf"
for t in "$db-wal" "$tmp/elsewhere/dangling.pdf" "$db-shm"; do
  at "$tmp" --db "$db" summary --from 2026-11-01 --to 2026-11-30 --pdf "$t"
  refused "a document onto ${t#$tmp/} while it is not there"
done
at "$d" --db rota.db attendance --month 2026-11 --pdf ./rota.db-wal
refused "a document onto ./rota.db-wal while it is not there"
at "$tmp" --db "$db" backup --to "$db-wal"
refused "a backup folder on the -wal's name"
at "$tmp" --db "$db" person export "$participant" --out "$db-wal/export"
refused "an export folder under the -wal's name"
check "no -wal or -shm was made by any of them" test ! -e "$db-wal" -a ! -e "$db-shm"
run check; check "the records are sound after it all" rc 0

# Onto ordinary names everything still works, private whatever the umask.
umask_was=$(umask)
for mask in 022 000; do
  o=$tmp/out-$mask
  mkdir "$o"
  umask "$mask"
  at "$tmp" --db "$db" attendance --month 2026-11 --pdf "$o/attendance.pdf"
  check "umask $mask: the attendance list is written" rc 0
  at "$tmp" --db "$db" summary --from 2026-11-01 --to 2026-11-30 --pdf "$o/summary.pdf"
  check "umask $mask: the summary is written" rc 0
  at "$tmp" --db "$db" report "$participant" --meeting intro --pdf "$o/report.pdf"
  check "umask $mask: the report is written" rc 0
  at "$tmp" --db "$db" person export "$participant" --out "$o/export"
  check "umask $mask: the export is written" rc 0
  at "$tmp" --db "$db" badge sheet --all --out "$o/sheet.pdf"
  check "umask $mask: the badge sheet (PDF) is written" rc 0
  at "$tmp" --db "$db" badge sheet --all --out "$o/sheet.png"
  check "umask $mask: the badge sheet (PNG, two pages) is written" test "$(cat "$tmp/rc")" = 0 -a -s "$o/sheet-2.png"
  at "$tmp" --db "$o/demo.db" init --demo --badges-out "$o/list.txt"
  check "umask $mask: a demo list is written" rc 0
  at "$tmp" --db "$db" backup --to "$o/backups"
  check "umask $mask: a backup is written" rc 0
  umask "$umask_was"
  loose=$(cd "$o" && find . -type f ! -perm 0600 ! -name 'demo.db*')
  check "umask $mask: every file with personal data is 0600 (not: ${loose//$'\n'/ })" test -z "$loose"
  check "umask $mask: the documents are PDFs" \
    bash -c 'for f in "$@"; do test "$(head -c 5 "$f")" = %PDF- || exit 1; done' sh "$o"/*.pdf "$o/export/summary.pdf"
done

# A sheet that cannot be written issues no badge: onto a folder rota may
# not write (as nobody when this runs as root, from a copy of the binary in
# a folder nobody may read), --issue-missing refuses before it saves one.
run person add --name "Nova Udeleženka" --role participant
check "a participant without a badge" rc 0
badges() { sqlite3 "$db" "SELECT count(*) FROM badges"; }
before=$(badges)
mkdir -m 0555 "$tmp/locked"
if [[ $(id -u) == 0 ]]; then
  if command -v setpriv >/dev/null; then
    chmod 0711 "$tmp"; chmod 0777 "$d"; chmod 0666 "$d"/rota.db*
    mkdir -m 0755 "$tmp/bin" && cp "$BIN" "$tmp/bin/rota" && chmod 0755 "$tmp/bin/rota"
    setpriv --reuid=65534 --regid=65534 --clear-groups "$tmp/bin/rota" --db "$db" --lang en \
      badge sheet --all --issue-missing --out "$tmp/locked/sheet.pdf" >"$tmp/out" 2>"$tmp/err" </dev/null
    echo $? >"$tmp/rc"
  else
    check "setpriv is there to act as nobody" false
  fi
else
  run badge sheet --all --issue-missing --out "$tmp/locked/sheet.pdf"
fi
check "a sheet onto a folder it may not write: exit 1" rc 1
check "it says it cannot write there" err_has "cannot write $tmp/locked/sheet.pdf"
check "and no badge was issued for it" test "$(badges)" = "$before"
chmod 0755 "$tmp/locked"
run badge sheet --all --issue-missing --out "$tmp/locked/sheet.pdf"
check "onto a folder it may write, the same sheet issues the badge" test "$(cat "$tmp/rc")" = 0 -a "$(badges)" = $((before + 1))

echo "outputs: $passed passed, $failed failed"
((failed == 0))

#!/usr/bin/env bash
# Compares what two rota binaries print for the reports make bench times,
# on copies of one bench history: the summary (a month and a year, CSV and
# text), the review queue, the hour sheet (a month, by process), the floor,
# the attendance list, and a team-meeting report's text. A change meant to
# make them faster must leave every byte as it was.
#   bench/same-outputs.sh BEFORE_BIN AFTER_BIN HISTORY.db [YYYY-MM-DD]
# The day (default: the history's last day) is the clock both run at. Ends
# with "N passed, N failed".
set -u
before=$1 after=$2 db=$3
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rota-same-XXXXXX")
trap 'rm -rf "$tmp"' EXIT
day=${4:-$(sqlite3 "$db" "SELECT substr(max(day),1,4)||'-'||substr(max(day),5,2)||'-'||substr(max(day),7,2) FROM visits")}
month=${day:0:7}
year_ago="$(( ${day:0:4} - 1 ))${day:4}"
person=$(sqlite3 "$db" "SELECT min(id) FROM people WHERE role = 'participant'")
export ROTA_NOW="${day}T18:00:00" TZ=Europe/Ljubljana
for side in before after; do
  cp "$db" "$tmp/$side.db"
  [[ -f $db.key ]] && cp "$db.key" "$tmp/$side.db.key"
done
# A coordinator, added by the older binary to both, asks for the mentoring
# hours per participant (the summary shows counts under 5 as <5).
coord=$("$before" --db "$tmp/before.db" person add --name "Koordinatorka Bench" --role coordinator)
"$before" --db "$tmp/after.db" person add --name "Koordinatorka Bench" --role coordinator >/dev/null
pass=0 fail=0
same() { # name, args...
  local name=$1; shift
  for side in before after; do
    local bin=$before; [[ $side == after ]] && bin=$after
    "$bin" --db "$tmp/$side.db" --lang en "$@" >"$tmp/$side.out" 2>"$tmp/$side.err"
    echo "rc $?" >>"$tmp/$side.out"
  done
  if cmp -s "$tmp/before.out" "$tmp/after.out" && [[ $(wc -l <"$tmp/before.out") -gt 1 ]]; then
    pass=$((pass + 1)); echo "ok   $name ($(wc -c <"$tmp/after.out") bytes)"
  else
    fail=$((fail + 1)); echo "FAIL $name"; diff "$tmp/before.out" "$tmp/after.out" | head -20
  fi
}
pdf_text() { # name, args... (the PDF's text: its bytes carry the time it was made)
  local name=$1; shift
  for side in before after; do
    local bin=$before; [[ $side == after ]] && bin=$after
    "$bin" --db "$tmp/$side.db" --lang en "$@" --pdf "$tmp/$side.pdf" >/dev/null 2>&1
    pdftotext -layout "$tmp/$side.pdf" "$tmp/$side.txt" 2>/dev/null || echo "no pdf" >"$tmp/$side.txt"
  done
  if cmp -s "$tmp/before.txt" "$tmp/after.txt" && [[ -s $tmp/after.txt ]] && ! grep -q '^no pdf' "$tmp/after.txt"; then
    pass=$((pass + 1)); echo "ok   $name ($(wc -c <"$tmp/after.txt") bytes of text)"
  else
    fail=$((fail + 1)); echo "FAIL $name"; diff "$tmp/before.txt" "$tmp/after.txt" | head -20
  fi
}
same "summary, the month, CSV" summary --from "$month-01" --to "$day" --csv
same "summary, the year, CSV" summary --from "$year_ago" --to "$day" --csv
same "summary, the year, text" summary --from "$year_ago" --to "$day"
same "mentoring, the month, CSV" mentoring --month "$month" --by "$coord" --csv
same "mentoring, the month before, CSV" mentoring --month "$(date -d "$month-01 -1 month" +%Y-%m)" --by "$coord" --csv
same "review, CSV" review --csv
same "review, text" review
same "hours, the month, CSV" hours --month "$month" --csv
same "hours, the month, text" hours --month "$month"
same "hours by process, CSV" hours --by-process --csv
same "board, CSV" board --csv
same "attendance, the month, CSV" attendance --month "$month" --csv
pdf_text "team-meeting report of $person" report "$person" --meeting mid
pdf_text "summary, the year, PDF" summary --from "$year_ago" --to "$day"
echo "$pass passed, $fail failed"
[[ $fail -eq 0 ]]

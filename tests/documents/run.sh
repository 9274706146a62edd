#!/usr/bin/env bash
# The documents as their readers get them: each PDF read back with
# pdftotext (names with č š ž ć đ, the totals equal to the CSV and to the
# hour sheet) and rendered with pdftoppm; and --excel read back with a CSV
# reader that honours ';' and decimal commas, against --csv.
# Usage: tests/documents/run.sh [BINARY] [BUILD_DIR]
# The rendered pages stay in $ROTA_DOCS_KEEP when it is set (to look at them).
set -u
. "$(dirname "$0")/../lib/cli.sh"
build=${2:-build}
db=$tmp/docs.db
at() { ROTA_NOW=$1 "$BIN" --db "$db" --lang en "${@:2}" >"$tmp/out" 2>"$tmp/err"; echo $? >"$tmp/rc"; }
quiet() { ROTA_NOW=$1 "$BIN" --db "$db" --lang en "${@:2}" >/dev/null 2>"$tmp/err" || { echo "setup failed: ${*:2}"; cat "$tmp/err"; }; }

# A workshop with a month of 31 days: December 2026 (25 December a holiday
# on a Friday, 31 December a closure), a mentor, a coordinator and six
# participants with the letters the lists must print.
quiet 2026-11-20T09:00:00 init
quiet 2026-11-20T09:00:00 config set workshop_name "Delavnica Šivanka"
quiet 2026-11-20T09:00:00 person add --name "Maja Novak" --role mentor                # 1
quiet 2026-11-20T09:00:00 person add --name "Tjaša Horvat" --role coordinator         # 2
names=("Ana Kovač" "Đurđa Marić" "Luka Čeh" "Špela Žagar" "Ivan Babić" "Marija Jurić")
for n in "${names[@]}"; do quiet 2026-11-20T09:00:00 person add --name "$n" --role participant; done  # 3..8
quiet 2026-11-20T09:00:00 group add "Skupina Čebelica"
quiet 2026-11-20T09:00:00 group join 1 3 4 5
quiet 2026-11-20T09:00:00 closure add 2026-12-31 --reason "inventura" --by 2
quiet 2026-11-20T09:00:00 absence add 3 --from 2026-12-07 --to 2026-12-08 --reason illness --by 1
# Luka forgets to check out on the 15th: the next scan closes it as end unknown.
# Scanned when it happened, before the paper list below is entered in January
# (a scan is never recorded before the person's own latest record).
quiet 2026-11-20T09:00:00 badge issue 5; payload=$(ROTA_NOW=2026-11-20T09:00:00 "$BIN" --db "$db" badge issue 5)
quiet 2026-12-15T08:05:00 scan "$payload"
quiet 2026-12-16T08:03:00 scan "$payload"
quiet 2026-12-16T14:40:00 scan "$payload"
for p in 3 4 5 6 7 8; do
  for d in $(seq -w 1 30); do
    day=2026-12-$d
    dow=$(date -d "$day" +%u)
    ((dow <= 5)) || continue
    [[ $day == 2026-12-25 ]] && continue
    [[ $p == 3 && ($d == 07 || $d == 08) ]] && continue   # excused
    [[ $p == 6 && $d == 10 ]] && continue                 # just away
    [[ $p == 5 && ($d == 15 || $d == 16) ]] && continue   # scanned above
    out=$(printf '14:%02d' $(( (p * 7 + 10#$d) % 50 )))
    quiet 2027-01-04T10:00:00 visit add $p --date $day --check-in 08:0$((p % 10)) --check-out "$out" --by 1 --reason "z papirnega lista"
  done
done
now=2027-01-04T10:00:00
quiet 2026-12-01T09:00:00 assign 3 sorting --mentor 1
quiet $now progress add 3 --process sorting --level 2 --mentor 1 --note "dobro, čisto"

# --- the attendance list as CSV, against the hour sheet
at $now attendance --month 2026-12 --csv
check "attendance --csv exits 0" rc 0
check "attendance --csv: header" bash -c "head -n 1 '$tmp/out' | tr -d '\r' | grep -qx 'person_id,name,date,day,check_in,check_out,hours,unresolved'"
cp "$tmp/out" "$tmp/att.csv"
at $now hours --month 2026-12 --csv
cp "$tmp/out" "$tmp/hours.csv"
check "every participant's total equals the hour sheet" python3 - "$tmp/att.csv" "$tmp/hours.csv" <<'EOF'
import csv, sys
att = list(csv.DictReader(open(sys.argv[1], encoding='utf-8', newline='')))
hours = {r['person_id']: r for r in csv.DictReader(open(sys.argv[2], encoding='utf-8', newline=''))}
totals = {r['person_id']: r for r in att if r['day'] == 'total'}
assert len(totals) == 6 and set(totals) == set(hours), (totals.keys(), hours.keys())
for pid, t in totals.items():
    assert t['hours'] == hours[pid]['hours'], (pid, t['hours'], hours[pid]['hours'])
    assert t['unresolved'] == hours[pid]['unresolved'], pid
    present = sum(1 for r in att if r['person_id'] == pid and r['day'] == 'present')
    assert present == int(hours[pid]['days_present']), (pid, present)
    excused = sum(1 for r in att if r['person_id'] == pid and r['day'] == 'excused')
    assert excused == int(hours[pid]['excused']), (pid, excused)
EOF
check "the holiday and the closure are shown as such" bash -c "grep -q '^3,Ana Kovač,2026-12-25,holiday' '$tmp/att.csv' && grep -q '^3,Ana Kovač,2026-12-31,closure' '$tmp/att.csv'"
check "an excused absence is shown as such" grep -q '^3,Ana Kovač,2026-12-07,excused' "$tmp/att.csv"
check "a day whose check-out is not known is flagged, with no invented end" grep -q '^5,Luka Čeh,2026-12-15,present,08:05,,0.00,1' "$tmp/att.csv"
check "a column per workshop day: 23 days of December, no weekend" \
  test "$(grep -c '^3,' "$tmp/att.csv")" = 24

# --- the attendance list as PDF
pdf=$tmp/list.pdf
at $now attendance --month 2026-12 --pdf "$pdf"
check "attendance --pdf exits 0" rc 0
check "the PDF is there" test -s "$pdf"
check "no temporary file is left" bash -c "! ls '$tmp' | grep -q '\.part$'"
pdftotext -layout "$pdf" "$tmp/list.txt" 2>/dev/null
check "pdftotext reads it" test -s "$tmp/list.txt"
for n in "${names[@]}"; do check "the list names $n" grep -qF "$n" "$tmp/list.txt"; done
check "the header: the workshop, the title, the month" bash -c "grep -qF 'Delavnica Šivanka' '$tmp/list.txt' && grep -qF 'Attendance list' '$tmp/list.txt' && grep -qF 'December 2026' '$tmp/list.txt'"
check "the footer says the page" grep -qF "page 1 of 1" "$tmp/list.txt"
check "the PDF's totals are the CSV's, in the same order" python3 - "$tmp/att.csv" "$tmp/list.txt" <<'EOF'
import csv, re, sys
att = [r for r in csv.DictReader(open(sys.argv[1], encoding='utf-8', newline='')) if r['day'] == 'total']
text = open(sys.argv[2], encoding='utf-8').read()
shown = re.findall(r'(\d+\.\d\d) h\b', text)
assert shown == [r['hours'] for r in att], (shown, [r['hours'] for r in att])
EOF
check "a day's times and hours are on the list" grep -qE '08:03' "$tmp/list.txt"
check "signature boxes for the mentor and the coordinator" bash -c "grep -qF Mentor '$tmp/list.txt' && grep -qF Coordinator '$tmp/list.txt'"
check "a column for each participant to sign, by default" grep -qE "^ *Participant .*Total +Signature" "$tmp/list.txt"
quiet $now config set participants_sign off
at $now attendance --month 2026-12 --pdf "$tmp/list-nosign.pdf"
quiet $now config set participants_sign on
pdftotext -layout "$tmp/list-nosign.pdf" "$tmp/list-nosign.txt" 2>/dev/null
check "a programme that does not ask for it: no participants' signature column" bash -c \
  "grep -qE '^ *Participant .*Total *$' '$tmp/list-nosign.txt' && ! grep -qE '^ *Participant .*Signature' '$tmp/list-nosign.txt' && grep -qF Coordinator '$tmp/list-nosign.txt'"
check "landscape A4" bash -c "pdfinfo '$pdf' | grep -qE 'Page size: +841.89 x 595.27'"
check "pdftoppm renders it" pdftoppm -png -r 100 "$pdf" "$tmp/list"
check "into a page picture" test -s "$tmp/list-1.png"

ROTA_NOW=$now "$BIN" --db "$db" --lang sl attendance --month 2026-12 --pdf "$tmp/list-sl.pdf" >/dev/null 2>&1
pdftotext "$tmp/list-sl.pdf" "$tmp/list-sl.txt" 2>/dev/null
check "in the reader's language: Slovenian" bash -c "grep -qF 'Seznam prisotnosti' '$tmp/list-sl.txt' && grep -qF 'stran 1 od 1' '$tmp/list-sl.txt'"
ROTA_NOW=$now "$BIN" --db "$db" --lang hr attendance --month 2026-12 --pdf "$tmp/list-hr.pdf" >/dev/null 2>&1
pdftotext "$tmp/list-hr.pdf" "$tmp/list-hr.txt" 2>/dev/null
check "in the reader's language: Croatian" bash -c "grep -qF 'Popis prisutnosti' '$tmp/list-hr.txt' && grep -qF 'stranica 1 od 1' '$tmp/list-hr.txt'"
check "a Slovenian workshop's Christmas in the legend: božič in Slovenian, Božić in Croatian" bash -c \
  "grep -qF 'božič' '$tmp/list-sl.txt' && grep -qF 'Božić' '$tmp/list-hr.txt' && ! grep -qF 'božič' '$tmp/list-hr.txt'"
# Numbers and months in the reader's form: a decimal comma, the month's name
# as a heading in the nominative; the CSV above keeps its decimal point.
for l in sl hr; do
  check "$l list: hours with a decimal comma, none with a point" bash -c \
    "grep -qE '\b[0-9]+,[0-9]{2} h\b' '$tmp/list-$l.txt' && ! grep -qE '\b[0-9]+\.[0-9]{2}\b' '$tmp/list-$l.txt'"
done
check "sl list: the month heads it in the nominative (december 2026)" bash -c \
  "grep -qF 'december 2026' '$tmp/list-sl.txt' && ! grep -qF 'decembra' '$tmp/list-sl.txt'"
check "hr list: the month heads it in the nominative (prosinac 2026.)" bash -c \
  "grep -qF 'prosinac 2026.' '$tmp/list-hr.txt' && ! grep -qF 'prosinca' '$tmp/list-hr.txt'"

at $now attendance --month 2026-12 --group 1 --pdf "$tmp/group.pdf"
check "--group: exits 0" rc 0
pdftotext "$tmp/group.pdf" "$tmp/group.txt" 2>/dev/null
check "--group: its members and the group's name" bash -c "grep -qF 'Ana Kovač' '$tmp/group.txt' && grep -qF 'Luka Čeh' '$tmp/group.txt' && grep -qF 'Skupina Čebelica' '$tmp/group.txt'"
check "--group: nobody else" bash -c "! grep -qF 'Marija Jurić' '$tmp/group.txt'"
at $now attendance --month 2026-12 --group 9 --csv
check "an unknown group is refused (1)" rc 1
# Luka moves to another group on 10 December: both lists of December have him, January's first list not.
quiet 2026-11-20T09:00:00 group add "Skupina B"
quiet 2026-12-10T12:00:00 group join 2 5
at $now attendance --month 2026-12 --group 1 --csv
check "--group: who left the group in the month is on its list" grep -q '^5,Luka Čeh,,total' "$tmp/out"
at $now attendance --month 2026-12 --group 2 --csv
check "--group: and on the list of the group he joined" bash -c "grep -q '^5,Luka Čeh,,total' '$tmp/out' && ! grep -q '^3,' '$tmp/out'"
at $now attendance --month 2027-01 --group 1 --csv
check "--group: not on the next month's list of the group he left" bash -c "! grep -q '^5,' '$tmp/out' && grep -q '^3,' '$tmp/out'"

# More participants than a page holds: the rows go on, the head again.
for i in $(seq 1 14); do quiet 2026-11-20T09:00:00 person add --name "Udeleženec Šifra $i" --role participant; done
at $now attendance --month 2026-12 --pdf "$tmp/long.pdf"
check "twenty participants: exits 0" rc 0
pdftotext "$tmp/long.pdf" "$tmp/long.txt" 2>/dev/null
check "twenty participants: two pages" bash -c "pdfinfo '$tmp/long.pdf' | grep -qE '^Pages: +2$'"
check "each page says which of two" bash -c "grep -qF 'page 1 of 2' '$tmp/long.txt' && grep -qF 'page 2 of 2' '$tmp/long.txt'"
check "the last participant is on it" grep -qF "Udeleženec Šifra 14" "$tmp/long.txt"
check "pdftoppm renders both pages" bash -c "pdftoppm -png -r 60 '$tmp/long.pdf' '$tmp/long' && test -s '$tmp/long-2.png'"

# Refusals: a document that cannot be drawn whole leaves nothing.
at $now attendance --month 2026-12 --pdf "$tmp/no/such/folder/list.pdf"
check "a folder that is not there: exit 1" rc 1
check "with a calm sentence" err_has "could not be drawn whole"
mkdir "$tmp/a-folder"
at $now attendance --month 2026-12 --pdf "$tmp/a-folder"
check "a file that cannot be put in place at the end: exit 1" rc 1
check "and nothing is left behind" bash -c "test -d '$tmp/a-folder' && ! test -e '$tmp/a-folder.part'"
at $now attendance --month 2026-12;                      check "neither --pdf nor --csv is a usage error" rc 2
at $now attendance --month 2026-12 --csv --pdf x.pdf;    check "both is a usage error" rc 2
at $now attendance --month 2026-13 --csv;                check "a bad month is a usage error" rc 2

# --- --excel beside every --csv: the same table, read with ';' and a decimal comma
excel_same() { # command words... : --csv against --excel
  ROTA_NOW=$now "$BIN" --db "$db" --lang en "$@" --csv >"$tmp/a.csv" 2>/dev/null || return 1
  ROTA_NOW=$now "$BIN" --db "$db" --lang en "$@" --excel >"$tmp/b.csv" 2>/dev/null || return 1
  python3 - "$tmp/a.csv" "$tmp/b.csv" <<'EOF'
import csv, re, sys
raw = open(sys.argv[2], 'rb').read()
assert raw.startswith(b'\xef\xbb\xbf'), 'no BOM'
plain = list(csv.reader(open(sys.argv[1], encoding='utf-8', newline='')))
excel = list(csv.reader(open(sys.argv[2], encoding='utf-8-sig', newline=''), delimiter=';'))
assert len(plain) == len(excel) > 1, (len(plain), len(excel))
for p, e in zip(plain, excel):
    back = [re.sub(r'^(-?\d+),(\d+)$', r'\1.\2', f) for f in e]
    assert back == p, (p, e)
EOF
}
check "--excel: attendance" excel_same attendance --month 2026-12
check "--excel: hours --month (a decimal comma)" excel_same hours --month 2026-12
check "--excel: hours --by-process" excel_same hours --by-process
check "--excel: person list" excel_same person list
check "--excel: visits" excel_same visits
check "--excel: badge history" excel_same badge history 5
check "--excel: visit history" excel_same visit history 1
check "--excel: calendar" excel_same calendar --year 2026
check "--excel: closure list" excel_same closure list
check "--excel: absence list" excel_same absence list
check "--excel: progress list" excel_same progress list
check "--excel: review" excel_same review
check "--excel: process list" excel_same process list
check "--excel: group list" excel_same group list
check "--excel: board" excel_same board
check "--excel: the hours have a decimal comma" bash -c "ROTA_NOW=$now '$BIN' --db '$db' hours --month 2026-12 --excel | grep -qE ';[0-9]+,[0-9]{2};'"
check "every command with --csv has --excel" bash -c "for c in 'person list' visits 'badge history 1' 'visit history 1' hours calendar 'closure list' 'absence list' 'progress list' review 'process list' 'group list' board attendance; do '$BIN' \$c --help | grep -q -- --csv || continue; '$BIN' \$c --help | grep -q -- --excel || exit 1; done"

# A workshop open every day: 31 columns still fit, each time on one line.
db=$tmp/every-day.db
quiet 2026-11-20T09:00:00 init
quiet 2026-11-20T09:00:00 config set workshop_days mon,tue,wed,thu,fri,sat,sun
quiet 2026-11-20T09:00:00 person add --name "Maja Novak" --role mentor
for n in "Đurđa Marić-Horvatinčić" "Luka Čeh"; do quiet 2026-11-20T09:00:00 person add --name "$n" --role participant; done
for p in 2 3; do for d in $(seq -w 1 31); do
  quiet $now visit add $p --date 2026-12-$d --check-in 08:1$p --check-out 13:5$p --by 1 --reason "z lista"
done; done
at $now attendance --month 2026-12 --pdf "$tmp/every-day.pdf"
check "31 workshop days: exits 0" rc 0
pdftotext -layout "$tmp/every-day.pdf" "$tmp/every-day.txt" 2>/dev/null
check "31 workshop days: one page" bash -c "pdfinfo '$tmp/every-day.pdf' | grep -qE '^Pages: +1$'"
check "31 workshop days: every check-in and check-out whole" \
  test "$(grep -oE '\b(08:12|13:52|08:13|13:53)\b' "$tmp/every-day.txt" | wc -l)" = 124
check "31 workshop days: it renders" pdftoppm -png -r 100 "$tmp/every-day.pdf" "$tmp/every-day"

# --- the list to sign: ten participants, every day a mark, the boxes with rows
# Ten participants in December 2026 (a group, a mentor by assignment): work
# on the first nine workshop days, nothing after; Ena misses the 3rd, Dva is
# excused for illness on the 7th and 8th, Tri forgets to check out on the
# 9th, Štiri's programme starts on the 7th. No cell may be blank: an empty
# box is filled in by hand after printing. The rows (13 mm each) fill page 1
# to its foot, so the signature boxes must take the last rows with them.
db=$tmp/sign.db
quiet 2026-11-20T09:00:00 init
quiet 2026-11-20T09:00:00 config set workshop_name "Delavnica Šivanka"
quiet 2026-11-20T09:00:00 person add --name "Maja Novak" --role mentor                # 1
quiet 2026-11-20T09:00:00 person add --name "Tjaša Horvat" --role coordinator         # 2
signers=("Ena Kos" "Dva Bor" "Tri Lah" "Štiri Žnj" "Pet Čok" "Šest Rus" "Sedem Vuk" "Osem Dim" "Devet Luš" "Deset Pap")
for n in "${signers[@]}"; do quiet 2026-11-20T09:00:00 person add --name "$n" --role participant; done  # 3..12
quiet 2026-11-20T09:00:00 group add "Skupina Čebelica"
quiet 2026-11-20T09:00:00 group join 1 3 4 5 6
quiet 2026-12-01T09:00:00 assign 3 sorting --mentor 1
quiet 2026-11-20T09:00:00 person set 6 --programme-start 2026-12-07
quiet 2026-11-20T09:00:00 absence add 4 --from 2026-12-07 --to 2026-12-08 --reason illness --by 1
quiet 2026-11-20T09:00:00 closure add 2026-12-31 --reason "inventura" --by 2
# Scanned when it happened, before the paper list is entered in January.
quiet 2026-11-20T09:00:00 badge issue 5; payload=$(ROTA_NOW=2026-11-20T09:00:00 "$BIN" --db "$db" badge issue 5)
quiet 2026-12-09T08:05:00 scan "$payload"
quiet 2026-12-10T08:03:00 scan "$payload"
quiet 2026-12-10T14:40:00 scan "$payload"
for p in $(seq 3 12); do for d in 01 02 03 04 07 08 09 10 11; do
  [[ $p == 3 && $d == 03 ]] && continue
  [[ $p == 4 && ($d == 07 || $d == 08) ]] && continue
  [[ $p == 5 && ($d == 09 || $d == 10) ]] && continue
  [[ $p == 6 && 10#$d -lt 7 ]] && continue
  quiet 2027-01-04T10:00:00 visit add $p --date 2026-12-$d --check-in 08:0$((p % 10)) --check-out 14:1$((p % 10)) --by 1 --reason "z lista"
done; done
# The provider and the programme, as the workshop names them for its lists.
quiet $now config set provider_name "Zavod Nova pot"
quiet $now config set programme_name "Socialna aktivacija 2026–2027"
at $now attendance --month 2026-12 --pdf "$tmp/sign.pdf" --by 2
check "the list to sign: exits 0" rc 0
pdftotext -layout "$tmp/sign.pdf" "$tmp/sign.txt" 2>/dev/null
check "no blank day: every day column of every row has a mark" python3 - "$tmp/sign.txt" "${signers[@]}" <<'PY'
import sys
text, names = open(sys.argv[1], encoding='utf-8').read().splitlines(), sys.argv[2:]
heads = [l.split() for l in text if l.split()[:1] == ['Participant']]
ndays = sum(1 for t in heads[0][1:] if t.isdigit())
assert ndays == 23, ndays
seen = set()
for line in text:
    for n in names:
        if line.strip().startswith(n + ' '):
            marks = line.strip()[len(n):].split()
            # the days' first lines, then the total: "N days" (or "1 day")
            assert len(marks) == ndays + 2 and marks[-1] in ('day', 'days'), (n, len(marks), marks)
            seen.add(n)
assert seen == set(names), set(names) - seen
PY
check "absent days say so, excused ones their reason" bash -c "grep -qF 'abs.' '$tmp/sign.txt' && grep -qF 'exc.' '$tmp/sign.txt' && grep -qE '\bill\b' '$tmp/sign.txt' && grep -qF 'ill = illness' '$tmp/sign.txt'"
check "days before the programme began are a dash, in the legend too" bash -c \
  "grep -E '^ *Štiri Žnj' '$tmp/sign.txt' | grep -qF '—' && grep -qF '—: before the programme began' '$tmp/sign.txt'"
check "hours not settled read '?', never '0.00?'" bash -c "! grep -qF '0.00?' '$tmp/sign.txt' && grep -qE '^ +(14:1[0-9] +)*\\?( |$)' '$tmp/sign.txt'"
tr -s ' \n' ' ' <"$tmp/sign.txt" >"$tmp/sign-flat.txt"
check "the holiday and the closure are named" bash -c \
  "grep -qF 'Holidays and closures: 2026-12-25 Christmas Day; 2026-12-31 inventura.' '$tmp/sign-flat.txt'"
check "the header: the month in words, the provider, the programme, the group, the mentor" bash -c \
  "grep -qF 'December 2026' '$tmp/sign.txt' && grep -qF 'Provider: Zavod Nova pot' '$tmp/sign.txt' && grep -qF 'Programme: Socialna aktivacija 2026–2027' '$tmp/sign.txt' && grep -qF 'Group: Skupina Čebelica' '$tmp/sign.txt' && grep -qF 'Mentor: Maja Novak' '$tmp/sign.txt'"
check "a list whose workshop named no provider does not give the workshop's name as one" bash -c \
  "! grep -qF 'Provider:' '$tmp/list.txt' && ! grep -qF 'Programme:' '$tmp/list.txt'"
check "the footer: when it was made and by whom, page N of M" bash -c \
  "grep -qF 'Made on 4 January 2027 at 10:00 by Tjaša Horvat' '$tmp/sign.txt' && grep -qE 'page 1 of [0-9]' '$tmp/sign.txt'"
pages=$(pdfinfo "$tmp/sign.pdf" | awk '/^Pages:/ {print $2}')
rows_re="^ *($(IFS='|'; echo "${signers[*]}")) "
sign_page=0
for p in $(seq 1 "$pages"); do
  pdftotext -layout -f "$p" -l "$p" "$tmp/sign.pdf" "$tmp/sign-$p.txt" 2>/dev/null
  grep -qF Coordinator "$tmp/sign-$p.txt" && sign_page=$p
done
check "the rows reach page 1's foot: the list takes $pages pages" test "$pages" -ge 2
check "the signature boxes are on a page with person rows" bash -c \
  "test $sign_page -gt 0 && grep -qE '$rows_re' '$tmp/sign-$sign_page.txt'"
check "every participant is on the list once" test "$(cat "$tmp"/sign-[0-9]*.txt | grep -cE "$rows_re")" = 10
check "page 1 renders at 60 dpi" bash -c "pdftoppm -png -r 60 -f 1 -l 1 '$tmp/sign.pdf' '$tmp/sign' && test -s '$tmp/sign-1.png'"
[[ -n ${ROTA_DOCS_KEEP:-} ]] && cp "$tmp"/sign*.png "$tmp/sign.pdf" "$ROTA_DOCS_KEEP"/ 2>/dev/null
at $now attendance --month 2026-12 --csv
check "the list to sign: its CSV words each day as before" bash -c \
  "grep -q '^3,Ena Kos,2026-12-03,absent,,,,0' '$tmp/out' && grep -q '^6,Štiri Žnj,2026-12-01,outside' '$tmp/out' && grep -q '^5,Tri Lah,2026-12-09,present,08:05,,0.00,1' '$tmp/out'"
at $now attendance --month 2026-12 --pdf "$tmp/sign-x.pdf" --by 99
check "--by someone not there: exit 1" rc 1

# --- the programme summary as PDF: the same cells as its CSV, "<5" too
# Maja, the mentor, is in on three days while Ana works at sorting beside
# her: mentoring hours, which the summary adds up and names nobody for.
db=$tmp/docs.db
for d in 02 03 04; do
  quiet $now visit add 1 --date 2026-12-$d --check-in 07:55 --check-out 15:00 --by 1 --reason "z papirnega lista"
done
at $now summary --from 2026-12-01 --to 2026-12-31 --csv
cp "$tmp/out" "$tmp/summary.csv"
at $now summary --from 2026-12-01 --to 2026-12-31 --pdf "$tmp/summary.pdf"
check "summary --pdf exits 0" rc 0
pdftotext -layout "$tmp/summary.pdf" "$tmp/summary.txt" 2>/dev/null
check "the summary's header names the workshop and the period" bash -c \
  "grep -qF 'Delavnica Šivanka' '$tmp/summary.txt' && grep -qF '2026-12-01 – 2026-12-31' '$tmp/summary.txt'"
check "every number of the summary's CSV is in its PDF, in order, <5 held" python3 - "$tmp/summary.csv" "$tmp/summary.txt" <<'PY'
import csv, re, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding='utf-8', newline='')))
text = open(sys.argv[2], encoding='utf-8').read()
flat = ' '.join(text.split())
assert any(r['value'] == '<5' for r in rows), 'no <5 in the CSV'
counts = [r['value'] for r in rows if r['section'] not in ('hours', 'mastered')]
mastered = [r['value'] for r in rows if r['section'] == 'mastered']
indicators, processes = text.split('Reached level 3\n', 1)
cells = []
for line in indicators.splitlines():  # a row's words, then its five cells
    m = re.search(r'((?: {2,}(?:<5|x|\d+)){5})$', line)
    if m:
        cells += m.group(1).split()
assert cells == counts, (cells, counts)
assert re.findall(r' {3,}(<5|x|\d+)\n', processes) == mastered, (processes, mastered)
def shown(v):  # the reader's form in English: 1,234.50
    return '{:,.2f}'.format(float(v))
hours = {r['item']: r['value'] for r in rows if r['section'] == 'hours'}
assert 'Hours of presence: %s.' % shown(hours['presence']) in flat, hours
assert 'Hours of mentoring (the mentor present too): %s.' % shown(hours['mentoring']) in flat, hours
assert hours['mentoring'] != '0.00', 'no mentoring hours to add up'
PY
people=("${names[@]}" "Maja Novak" "Tjaša Horvat")
for n in "${people[@]}"; do
  check "the summary's PDF does not name $n" bash -c "! grep -qF '$n' '$tmp/summary.txt'"
  check "nor does its CSV" bash -c "! grep -qF '$n' '$tmp/summary.csv'"
done
check "the summary's CSV has no person's column" bash -c "head -n 1 '$tmp/summary.csv' | tr -d '\r' | grep -qx 'section,item,value'"
check "the summary says what <5 covers, 0 included, and what x is" bash -c \
  "tr -s ' \n' ' ' <'$tmp/summary.txt' | grep -qF 'every count of fewer than 5 people, 0 included, shows as <5; a count shown as x is hidden too'"
check "the summary words its rows in the reader's language" bash -c "grep -qF 'Long-term unemployed' '$tmp/summary.txt' && ROTA_NOW=$now '$BIN' --db '$db' --lang sl summary --from 2026-12-01 --to 2026-12-31 --pdf '$tmp/summary-sl.pdf' && pdftotext '$tmp/summary-sl.pdf' - | grep -qF 'Dolgotrajno brezposelni'"
check "a mastered process goes by the workshop's name for it, not its code" bash -c \
  "grep -qF 'Sewing assistance' '$tmp/summary.txt' && ! grep -qw 'sewing' '$tmp/summary.txt' && pdftotext '$tmp/summary-sl.pdf' - | grep -qF 'Pomoč pri šivanju'"
check "pdftoppm renders the summary" pdftoppm -png -r 100 "$tmp/summary.pdf" "$tmp/summary"
# In Slovenian and Croatian: the period in running text with the months in
# the genitive, the hours of presence with a decimal comma.
ROTA_NOW=$now "$BIN" --db "$db" --lang hr summary --from 2026-12-01 --to 2026-12-31 --pdf "$tmp/summary-hr.pdf" >/dev/null 2>&1
pdftotext "$tmp/summary-sl.pdf" "$tmp/summary-sl.txt" 2>/dev/null
pdftotext "$tmp/summary-hr.pdf" "$tmp/summary-hr.txt" 2>/dev/null
check "sl summary: Obdobje: 1. decembra 2026 – 31. decembra 2026." grep -qF "Obdobje: 1. decembra 2026 – 31. decembra 2026." "$tmp/summary-sl.txt"
check "hr summary: Razdoblje: 1. prosinca 2026. – 31. prosinca 2026." grep -qE "1\. prosinca 2026\. – 31\. prosinca 2026\." "$tmp/summary-hr.txt"
# A Croatian date ends in its own full stop: the sentence after it adds none.
check "hr summary: one full stop after the period's year, not two" bash -c \
  "tr '\n' ' ' <'$tmp/summary-hr.txt' | grep -qF '31. prosinca 2026. Sati prisutnosti' && ! grep -qF '2026..' '$tmp/summary-hr.txt'"
for l in sl hr; do
  check "$l summary: the hours of presence with a decimal comma, none with a point" bash -c \
    "tr '\n' ' ' <'$tmp/summary-$l.txt' | grep -qE ': [0-9.]*[0-9],[0-9]{2}\.' && ! grep -qE '\b[0-9]+\.[0-9]{2}\b' '$tmp/summary-$l.txt'"
done

# --- each participant's mentoring hours: personal data, for a coordinator
at $now mentoring --month 2026-12 --by 2 --csv
check "mentoring --csv exits 0 for the coordinator" rc 0
cp "$tmp/out" "$tmp/mentoring.csv"
check "mentoring --csv: header" bash -c "head -n 1 '$tmp/mentoring.csv' | tr -d '\r' | grep -qx 'person_id,name,month,hours'"
check "it names Ana and her hours with Maja" grep -qE '^3,Ana Kovač,2026-12,[0-9]+\.[0-9]{2}' "$tmp/mentoring.csv"
at $now mentoring --month 2026-12 --by 2 --pdf "$tmp/mentoring.pdf"
check "mentoring --pdf exits 0" rc 0
pdftotext -layout "$tmp/mentoring.pdf" "$tmp/mentoring.txt" 2>/dev/null
check "its PDF names Ana" grep -qF "Ana Kovač" "$tmp/mentoring.txt"
check "and says it is personal data" grep -qF "personal data" "$tmp/mentoring.txt"
check "its hours are the CSV's" bash -c "grep -qE 'Ana Kovač \(3\) +$(awk -F, '$1 == 3 { print $4 }' "$tmp/mentoring.csv" | tr -d '\r')' '$tmp/mentoring.txt'"
ana_hours=$(awk -F, '$1 == 3 { print $4 }' "$tmp/mentoring.csv" | tr -d '\r')
ROTA_NOW=$now "$BIN" --db "$db" --lang sl mentoring --month 2026-12 --by 2 --pdf "$tmp/mentoring-sl.pdf"
pdftotext -layout "$tmp/mentoring-sl.pdf" "$tmp/mentoring-sl.txt" 2>/dev/null
check "in Slovenian its hours have the decimal comma (${ana_hours/./,})" grep -qE "Ana Kovač \(3\) +${ana_hours/./,}" "$tmp/mentoring-sl.txt"
check "and its month is a heading in words" grep -qF "december 2026" "$tmp/mentoring-sl.txt"
at $now mentoring --month 2026-12 --by 1 --pdf "$tmp/mentoring-mentor.pdf"
check "a mentor is refused the mentoring sheet, no file" bash -c "[[ \$(cat '$tmp/rc') == 1 && ! -e '$tmp/mentoring-mentor.pdf' ]]"
at $now mentoring --month 2026-12 --by 3 --csv
check "so is a participant, and nothing is printed" bash -c "[[ \$(cat '$tmp/rc') == 1 && ! -s '$tmp/out' ]]"
at $now mentoring --month 2026-12 --by 99 --csv
check "and nobody" rc 1
at $now badge sheet --out "$tmp/badges.pdf" --issue-missing --all
check "the badge sheet is written" rc 0

# --- the team-meeting report: one participant, a page to bring along
db=$tmp/report.db
quiet 2026-11-20T09:00:00 init
quiet 2026-11-20T09:00:00 config set workshop_name "Delavnica Šivanka"
quiet 2026-11-20T09:00:00 person add --name "Maja Novak" --role mentor                 # 1
quiet 2026-11-20T09:00:00 person add --name "Đurđa Čačić-Žižek Šoš" --role participant # 2
quiet 2026-11-20T09:00:00 group add "Skupina Čebelica"
quiet 2026-11-20T09:00:00 group join 1 2
quiet 2026-11-20T09:00:00 person set 2 --programme-start 2026-11-02 --programme-end 2027-04-30
for d in 03 04 05 10 11 12 17; do
  quiet 2027-01-04T10:00:00 visit add 2 --date 2026-12-$d --check-in 08:00 --check-out 14:00 --by 1 --reason "z lista"
done
quiet 2026-11-20T09:00:00 absence add 2 --from 2026-12-18 --to 2026-12-18 --reason illness --by 1
quiet 2026-11-20T09:00:00 assign 2 sorting --mentor 1
quiet 2026-11-20T09:00:00 progress add 2 --process sorting --level 1 --mentor 1 --date 2026-11-20
quiet 2026-12-10T09:00:00 progress add 2 --process sorting --level 3 --mentor 1 --date 2026-12-10 --words "Rada razvrščam."
quiet 2026-12-10T09:00:00 note add 2 --text "Zaupno: družinske težave" --mentor 1
quiet 2026-12-10T09:00:00 note add 2 --text "Točna, pomaga drugim" --mentor 1 --team
quiet 2026-11-21T09:00:00 meeting add 2 --kind intro --date 2026-11-21 --with "CSD Ljubljana" --agreed "Štiri ure na dan, začne z razvrščanjem" --by 1
now=2027-01-04T10:00:00
at $now report 2 --meeting intro --pdf "$tmp/report-intro.pdf"
check "report --meeting intro exits 0" rc 0
pdftotext "$tmp/report-intro.pdf" "$tmp/report-intro.txt" 2>/dev/null
check "the report names her, č š ž ć đ whole" grep -qF "Đurđa Čačić-Žižek Šoš" "$tmp/report-intro.txt"
check "with her programme's dates" grep -qF "Programme: 2 November 2026 – 30 April 2027" "$tmp/report-intro.txt"
quiet 2026-11-20T09:00:00 person add --name "Brez Datumov" --role participant
at $now report 3 --meeting intro --pdf "$tmp/report-nodates.pdf"
pdftotext "$tmp/report-nodates.pdf" "$tmp/report-nodates.txt" 2>/dev/null
check "a participant without programme dates gets no empty 'Programme: - – -' line" \
  bash -c "grep -qF 'Brez Datumov' '$tmp/report-nodates.txt' && ! grep -qF 'Programme:' '$tmp/report-nodates.txt'"
check "the report names the group and the mentor" bash -c "grep -qF 'Skupina Čebelica' '$tmp/report-intro.txt' && grep -qF 'Maja Novak' '$tmp/report-intro.txt'"
check "the report holds the note marked for the team" grep -qF "Točna, pomaga drugim" "$tmp/report-intro.txt"
check "an unmarked note stays out of the report" bash -c "! grep -qF 'Zaupno' '$tmp/report-intro.txt'"
check "the report holds her own words" grep -qF "Rada razvrščam." "$tmp/report-intro.txt"
check "the report's hours equal the hour sheet's" bash -c "grep -qF 'Days present: 7. Hours: 42.00' '$tmp/report-intro.txt'"
check "one excused day is one day, in the singular" grep -qF "Excused absences: 1 day." "$tmp/report-intro.txt"
check "the intro report has no previous agreement" bash -c "! grep -qF 'Štiri ure' '$tmp/report-intro.txt'"
check "the report is one portrait page" bash -c "pdfinfo '$tmp/report-intro.pdf' | grep -qE '^Pages: +1$' && pdfinfo '$tmp/report-intro.pdf' | grep -qE 'Page size: +595'"
check "pdftoppm renders the report" pdftoppm -png -r 100 "$tmp/report-intro.pdf" "$tmp/report-intro"
at $now report 2 --meeting mid --pdf "$tmp/report-mid.pdf"
pdftotext "$tmp/report-mid.pdf" "$tmp/report-mid.txt" 2>/dev/null
check "the mid report shows what was agreed at the intro" grep -qF "Štiri ure na dan" "$tmp/report-mid.txt"
ROTA_NOW=$now "$BIN" --db "$db" --lang sl report 2 --meeting final --pdf "$tmp/report-sl.pdf" >/dev/null 2>&1
pdftotext "$tmp/report-sl.pdf" "$tmp/report-sl.txt" 2>/dev/null
check "the report in Slovenian speaks Slovenian" bash -c "grep -qF Prisotnost '$tmp/report-sl.txt' && grep -qF 'zaključni sestanek' '$tmp/report-sl.txt'"
check "the report draws pdftoppm renders it" pdftoppm -png -r 100 "$tmp/report-sl.pdf" "$tmp/report-sl"
ROTA_NOW=$now "$BIN" --db "$db" --lang hr report 2 --meeting mid --pdf "$tmp/report-hr.pdf" >/dev/null 2>&1
pdftotext "$tmp/report-hr.pdf" "$tmp/report-hr.txt" 2>/dev/null
check "the report in Croatian speaks Croatian" grep -qF "Prisutnost" "$tmp/report-hr.txt"
# The reader's forms: a decimal comma, the programme's days in running text
# with the month in the genitive, the months' strips headed in the
# nominative, and a count of days in the form its number takes.
for l in sl hr; do
  check "$l report: hours with a decimal comma, none with a point" bash -c \
    "grep -qF '42,00' '$tmp/report-$l.txt' && ! grep -qE '\b[0-9]+\.[0-9]{2}\b' '$tmp/report-$l.txt'"
  check "$l report: one excused day is not '1 dni', '1 dana' or '1 days'" bash -c \
    "! grep -qE '\b1 (dni|dana|days)\b' '$tmp/report-$l.txt'"
done
check "sl report: the programme in running text, genitive" grep -qF "Program: 2. novembra 2026 – 30. aprila 2027" "$tmp/report-sl.txt"
check "sl report: the month's strip headed december 2026, nominative" bash -c \
  "grep -qF 'december 2026' '$tmp/report-sl.txt' && grep -qF 'januar 2027' '$tmp/report-sl.txt'"
check "sl report: one excused day is 1 dan" grep -qF "Opravičene odsotnosti: 1 dan." "$tmp/report-sl.txt"
check "hr report: the programme in running text, genitive" grep -qF "Program: 2. studenoga 2026. – 30. travnja 2027." "$tmp/report-hr.txt"
check "hr report: the months' strips headed studeni 2026., prosinac 2026., nominative" bash -c \
  "grep -qF 'studeni 2026.' '$tmp/report-hr.txt' && grep -qF 'prosinac 2026.' '$tmp/report-hr.txt' && ! grep -qE 'studenoga 2026\.?$' '$tmp/report-hr.txt'"
check "hr report: one excused day is 1 dan" grep -qF "Opravdani izostanci: 1 dan." "$tmp/report-hr.txt"
at $now report 1 --meeting intro --pdf "$tmp/report-mentor.pdf"
check "a report about a mentor is refused, no file" bash -c "[[ \$(cat '$tmp/rc') == 1 && ! -e '$tmp/report-mentor.pdf' ]]"

at $now person export 2 --out "$tmp/export"
check "person export writes summary.pdf beside the CSV files" test -s "$tmp/export/summary.pdf"
pdftotext -layout "$tmp/export/summary.pdf" "$tmp/export.txt" 2>/dev/null
check "the export's summary names her, č š ž ć đ whole" grep -qF "Đurđa Čačić-Žižek Šoš" "$tmp/export.txt"
check "the export's summary holds every note, the unmarked one too" bash -c \
  "grep -qF 'Zaupno:' '$tmp/export.txt' && grep -qF 'Točna, pomaga' '$tmp/export.txt'"
check "the export's summary holds the meeting" grep -qF "CSD Ljubljana" "$tmp/export.txt"
# The letter speaks the person's own language (hers is Slovenian, though
# the command was given in English), its month totals the report's.
check "the export's month totals equal the report's, in her Slovenian" grep -qE "december 2026 +7 +42,00 +1" "$tmp/export.txt"
check "the export reads like a letter: headings in words" bash -c \
  "grep -qF 'O vas' '$tmp/export.txt' && grep -qF 'Vaši prihodi' '$tmp/export.txt' && grep -qF 'Vaš napredek' '$tmp/export.txt'"
check "the export's values in words: a role, a language, yes, a level" bash -c \
  "grep -qF 'udeleženec' '$tmp/export.txt' && grep -qF 'slovenščina' '$tmp/export.txt' && grep -qwF 'da' '$tmp/export.txt' && grep -qE 'dela samostojno|samostojno|pokazali|pomočjo' '$tmp/export.txt'"
check "the export's days in words, genitive" grep -qE "[0-9]+\\. decembra 2026" "$tmp/export.txt"
check "the export keeps codes to the CSV files: no column name, no id, no terminal" bash -c \
  "! grep -qE 'target_hours|target_hou|programme_start|created_at|_id|check_in|Records:|\\bkiosk\\b|Zapisi:|\\badded\\b|\\bsorting\\b|\\billness\\b' '$tmp/export.txt'"
check "the CSV files keep the machine form" bash -c \
  "head -1 '$tmp/export/person.csv' | grep -qF 'id,name,role,lang,active,target_hours' && grep -qE ',[0-9]{4}-[0-9]{2}-[0-9]{2},' '$tmp/export/visits.csv'"
quiet $now person set 2 --lang hr
ROTA_NOW=$now "$BIN" --db "$db" --lang en person export 2 --out "$tmp/export-hr" >/dev/null 2>&1
quiet $now person set 2 --lang sl
pdftotext -layout "$tmp/export-hr/summary.pdf" "$tmp/export-hr.txt" 2>/dev/null
check "the export of a Croatian speaker is in Croatian" bash -c \
  "grep -qF 'Prisutnost po mjesecima' '$tmp/export-hr.txt' && grep -qF 'O vama' '$tmp/export-hr.txt' && grep -qF 'Vaši dolasci' '$tmp/export-hr.txt'"
check "the export's months in Croatian: nominative, a decimal comma" bash -c \
  "grep -qF 'prosinac 2026.' '$tmp/export-hr.txt' && grep -qF '42,00' '$tmp/export-hr.txt'"
check "the Croatian export's days in words, genitive" grep -qE "[0-9]+\\. prosinca 2026\\." "$tmp/export-hr.txt"
check "no heading of the Croatian export is split inside a word" bash -c \
  "! grep -qE '^ *(ma|rs|e_start|e_end|sati|programa)$' '$tmp/export-hr.txt'"
check "pdftoppm renders the export's summary" pdftoppm -png -r 100 "$tmp/export/summary.pdf" "$tmp/export-summary"

# --- names an older rota or a hand edit left in the file: a NUL, an overlong
# '/' (c0 af) and a byte that is never UTF-8 (ff). Every document is drawn
# whole, each such byte as U+FFFD and the NUL too, and nothing reaches stderr.
db=$tmp/bad.db
quiet 2026-11-20T09:00:00 init
quiet 2026-11-20T09:00:00 person add --name "Maja Novak" --role mentor                 # 1
for p in 2 3 4; do
  quiet 2026-11-20T09:00:00 person add --name "Placeholder $p" --role participant
  quiet 2026-11-20T09:00:00 assign $p sorting --mentor 1
  quiet 2026-12-10T09:00:00 progress add $p --process sorting --level 2 --mentor 1 --date 2026-12-10
done
for p in 1 2 3 4; do for d in 03 04; do
  quiet 2027-01-04T10:00:00 visit add $p --date 2026-12-$d --check-in 08:00 --check-out 14:00 --by 1 --reason "z lista"
done; done
quiet 2026-11-20T09:00:00 person add --name "Tjaša Horvat" --role coordinator        # 5
sqlite3 "$db" "UPDATE people SET name = CAST(x'416E61004B6F7661C48D' AS TEXT) WHERE id = 2;
               UPDATE people SET name = CAST(x'426F72C0AF' AS TEXT) WHERE id = 3;
               UPDATE people SET name = CAST(x'4376FF6574' AS TEXT) WHERE id = 4;"
fffd=$'\xef\xbf\xbd'
bad_names=("Ana${fffd}Kovač" "Bor${fffd}${fffd}" "Cv${fffd}et")
pdf_whole() { # DESC FILE: exit 0, stderr empty, the file there
  check "$1: exits 0" rc 0
  check "$1: nothing on stderr (no library's warning)" test ! -s "$tmp/err"
  check "$1: the PDF is there" test -s "$2"
  pdftotext -layout "$2" "$tmp/bad.txt" 2>/dev/null
}
at $now attendance --month 2026-12 --pdf "$tmp/bad-list.pdf"
pdf_whole "attendance with broken names" "$tmp/bad-list.pdf"
for n in "${bad_names[@]}"; do check "the list shows $n, U+FFFD where the bytes were" grep -qF "$n" "$tmp/bad.txt"; done
at $now summary --from 2026-12-01 --to 2026-12-31 --pdf "$tmp/bad-summary.pdf"
pdf_whole "summary with broken names" "$tmp/bad-summary.pdf"
at $now mentoring --month 2026-12 --by 5 --pdf "$tmp/bad-mentoring.pdf"
pdf_whole "mentoring with broken names" "$tmp/bad-mentoring.pdf"
for n in "${bad_names[@]}"; do check "the mentoring sheet shows $n" grep -qF "$n" "$tmp/bad.txt"; done
for p in 2 3 4; do
  at $now report $p --meeting intro --pdf "$tmp/bad-report-$p.pdf"
  pdf_whole "the report about person $p" "$tmp/bad-report-$p.pdf"
  check "the report names ${bad_names[p - 2]}" grep -qF "${bad_names[p - 2]}" "$tmp/bad.txt"
done
at $now attendance --month 2026-12 --csv
check "the NUL does not cut the name on the command line either" out_has "2,Ana${fffd}Kovač,2026-12-03"
at $now person export 2 --out "$tmp/bad-export"
pdf_whole "person export of a name with a NUL" "$tmp/bad-export/summary.pdf"
check "its summary names her whole" grep -qF "Ana${fffd}Kovač" "$tmp/bad.txt"
check "and so does its person.csv" grep -qF "Ana${fffd}Kovač" "$tmp/bad-export/person.csv"

# --- what every PDF says of itself: a title, the workshop as author, rota
# as creator, and rota's clock (ROTA_NOW) as its date, never the machine's.
info() { pdfinfo -isodates "$1" 2>/dev/null | sed -n "s/^$2: *//p"; }
meta_of() { # DESC FILE AUTHOR [LANG, en if not given]
  check "$1: a title" test -n "$(info "$2" Title)"
  check "$1: the workshop as author" test "$(info "$2" Author)" = "$3"
  check "$1: a subject" test -n "$(info "$2" Subject)"
  check "$1: rota as creator" bash -c "[[ '$(info "$2" Creator)' == 'rota '[0-9]* ]]"
  check "$1: made at rota's now (2027-01-04 10:00, CET)" test "$(info "$2" CreationDate)" = "2027-01-04T10:00:00+01"
  check "$1: says its language (/Lang ${4:-en})" test "$(lang_of "$2")" = "${4:-en}"
  check "$1: its cross-references are sound (qpdf --check)" bash -c "qpdf --check '$2' >/dev/null"
}
# The document's language (/Lang in the catalog), as a screen reader finds it.
lang_of() { qpdf --json "$1" 2>/dev/null | sed -n 's/^ *"\/Lang": "u:\([^"]*\)".*/\1/p' | head -1; }
meta_of "the attendance list" "$tmp/group.pdf" "Delavnica Šivanka"
meta_of "the attendance list of a workshop whose name was never set (rota)" "$tmp/every-day.pdf" "rota"
meta_of "the summary" "$tmp/summary.pdf" "Delavnica Šivanka"
meta_of "the mentoring sheet" "$tmp/mentoring.pdf" "Delavnica Šivanka"
meta_of "the badge sheet" "$tmp/badges.pdf" "Delavnica Šivanka"
meta_of "the team report" "$tmp/report-intro.pdf" "Delavnica Šivanka"
meta_of "the person export's summary, in her Slovenian" "$tmp/export/summary.pdf" "Delavnica Šivanka" sl-SI
meta_of "a summary of a workshop whose name was never set (rota)" "$tmp/bad-summary.pdf" "rota"
check "the mentoring sheet's title says personal data" bash -c "[[ '$(info "$tmp/mentoring.pdf" Title)' == *'personal data'* ]]"
check "the summary's title is the summary's" test "$(info "$tmp/summary.pdf" Title)" = "Programme summary"
check "a Slovenian summary is titled in Slovenian" test "$(info "$tmp/summary-sl.pdf" Title)" = "Povzetek programa"
check "a Slovenian summary says it is Slovenian (/Lang sl-SI)" test "$(lang_of "$tmp/summary-sl.pdf")" = sl-SI
check "a Croatian attendance list says it is Croatian (/Lang hr-HR)" test "$(lang_of "$tmp/list-hr.pdf")" = hr-HR
check "a Croatian team report says it is Croatian (/Lang hr-HR)" test "$(lang_of "$tmp/report-hr.pdf")" = hr-HR

# --- a closed month: the signed list, the next list's changes, the allowance
. "$(dirname "$0")/closed.sh"

# --- the toolkit's other parts, drawn by a sample (a portrait page)
if [[ -x $build/docsample ]]; then
  "$build/docsample" "$tmp/sample.pdf" >/dev/null 2>"$tmp/err"; echo $? >"$tmp/rc"
  check "the toolkit's sample draws" rc 0
  pdftotext "$tmp/sample.pdf" "$tmp/sample.txt" 2>/dev/null
  check "its text is text, č š ž ć đ too" grep -qF "Čšžćđ ČŠŽĆĐ" "$tmp/sample.txt"
  check "portrait A4" bash -c "pdfinfo '$tmp/sample.pdf' | grep -qE 'Page size: +595.27[0-9]* x 841.89'"
  check "pdftoppm renders it" pdftoppm -png -r 100 "$tmp/sample.pdf" "$tmp/sample"
fi

check "rota --help lines the summaries up after the longest command (attendance)" bash -c \
  "'$BIN' --help | awk '/^Commands:/ { on = 1; next } on && /^  [a-z]/ { match(\$0, /^  [a-z]+ +/); print RLENGTH } on && /^\$/ { exit }' | sort -u | wc -l | grep -qx 1"
check "the kiosk binary does not link cairo or pango" bash -c "! ldd '$BIN' | grep -qE 'cairo|pango'"

if [[ -n ${ROTA_DOCS_KEEP:-} ]]; then mkdir -p "$ROTA_DOCS_KEEP" && cp "$tmp"/*.png "$tmp"/*.pdf "$ROTA_DOCS_KEEP"/; fi
echo "documents: $passed passed, $failed failed"
((failed == 0))

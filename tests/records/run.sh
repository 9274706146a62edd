#!/usr/bin/env bash
# Records that leave the kiosk, through the command line on a real database
# file: entry data and outcomes with their history, team meetings, notes for
# the team meeting, the programme summary and its "<5" rule, a person's data
# export, anonymisation (the name is nowhere in the file afterwards, the
# hours are unchanged) and the retention rule.
set -u
. "$(dirname "$0")/../lib/cli.sh"
db=$tmp/records.db
command -v sqlite3 >/dev/null || { echo "FAIL: sqlite3 is needed"; echo "records: 0 passed, 1 failed"; exit 1; }

run init
run person add --name "Ana Kovač" --role participant      # 1
run person add --name "Maja Šuštar" --role mentor         # 2
run person add --name "Ciril Đurić" --role coordinator    # 3
# A rename writes both names to the database's log.
run person set 1 --name "Ana Kovačeva"; run person set 1 --name "Ana Kovač"
for n in Bojan Cvetka Darja Emil Franc Gaja; do run person add --name "$n Zupan" --role participant; done  # 4..9

# Entry data and outcomes
run person set 1 --gender female --birth-year 1980 --education 3 --status long_term_unemployed --by 3
check "a coordinator records entry data" rc 0
run person entry 1 --csv
check "person entry shows the values" out_has "status,long_term_unemployed,long-term unemployed"
check "with their words" out_has "education,3,3: upper secondary"
run person set 1 --gender declined --by 3
run person entry 1 --csv;       check "declined is a value of its own" out_has "gender,declined,declined to say"
run person set 1 --gender female --by 2
check "a mentor is not a coordinator (1)" rc 1; check "and is told who records it" err_has "coordinator"
run person set 1 --gender robot --by 3
check "a value not among the choices is a usage error (2)" rc 2; check "naming the choices" err_has "female male other declined"
run person set 1 --birth-year 80 --by 3;   check "a two-digit year is a usage error" rc 2
run person set 1 --education 3;            check "entry data without --by is a usage error" rc 2
run person set 2 --gender male --by 3;     check "a mentor has no entry data (1)" rc 1
run person entry 1 --history --csv
check "the history keeps both changes of gender, by whom" bash -c "grep -c ',3,gender,' '$tmp/out' | grep -qx 2"
run person set 1 --exit-date 2026-11-20 --exit-reason employment --outcome-exit subsidised --outcome-followup employed --followup-date 2027-05-20 --by 3
check "exit and outcomes" rc 0
run person entry 1 --csv
check "the exit date" out_has "exit_date,2026-11-20,"; check "the follow-up" out_has "outcome_followup,employed,employed"
run person set 1 --outcome-followup "" --by 3
run person entry 1 --csv;       check "an empty value clears" out_has $'outcome_followup,,\r'
run person set 1 --outcome-followup employed --by 3

# Team meetings and notes for the team meeting
run meeting add 1 --kind intro --date 2026-10-01 --with "CSD Ljubljana, ZRSZ" --agreed "Prihaja trikrat na teden" --by 2
check "meeting add prints the id" out_is 1
run meeting add 1 --kind mid --with "x" --agreed "" --by 2;   check "an empty agreement is refused (1)" rc 1
run meeting add 1 --kind later --with x --agreed y --by 2;    check "an unknown kind is a usage error" rc 2
run meeting add 1 --kind mid --with x --agreed y --by 1;      check "a participant cannot record a meeting" rc 1
run meeting list 1 --csv
check "meeting list" out_has '1,intro,2026-10-01,"CSD Ljubljana, ZRSZ",Prihaja trikrat na teden,2'
run note add 1 --text "Za tim: dobro napreduje" --mentor 2 --team;  check "a note for the team" rc 0
run note add 1 --text "Zasebno" --mentor 2
run note list 1 --team --csv
check "note list --team shows the marked note" out_has ",1,Za tim: dobro napreduje"
check "and not the other" bash -c "! grep -q Zasebno '$tmp/out'"

# Attendance with a mentor present: the summary's hours
run badge issue 1; ana=$(cat "$tmp/out")
run badge issue 2; maja=$(cat "$tmp/out")
ROTA_NOW=2026-11-01T08:00:00 run assign 1 sorting --mentor 2 --reason "Ana Kovač asked for sorting"
for d in 02 03; do
  ROTA_NOW=2026-11-${d}T08:00:00 run scan "$maja"; ROTA_NOW=2026-11-${d}T08:05:00 run scan "$ana"
  ROTA_NOW=2026-11-${d}T12:00:00 run scan "$maja"; ROTA_NOW=2026-11-${d}T14:05:00 run scan "$ana"
done
run progress add 1 --process sorting --level 3 --mentor 2 --date 2026-11-03 --words "Rada sortiram"
run summary --from 2026-11-01 --to 2026-11-30 --csv
check "summary --csv: header" bash -c "head -n 1 '$tmp/out' | tr -d '\r' | grep -qx 'section,item,value'"
check "hours of presence" out_has "hours,presence,12.00"
check "mentoring hours: only while the mentor was there too, added up" out_has "hours,mentoring,7.83"
check "the summary names nobody" bash -c "! grep -qE 'Ana|Kovač|Šuštar|Đurić' '$tmp/out'"
check "a count of one person is <5" out_has "isced_3_4,total,<5"
check "an empty category is <5 too" out_has "participants,non_binary,<5"
check "and the count beside the empty ones is hidden too (x), or the sum would give them away" \
  out_has "participants,declined,x"
check "mastery of one person is <5" out_has "mastered,sorting,<5"
run mentoring --month 2026-11 --by 3 --csv
check "mentoring --csv: the coordinator gets each participant's hours" out_has "1,Ana Kovač,2026-11,7.83"
run mentoring --month 2026-11 --by 2 --csv
check "a mentor does not: it is personal data" rc 1
check "and nothing is printed" out_is ""
run mentoring --month 2026-11 --by 1 --csv;  check "nor does a participant" rc 1
run mentoring --month 2026-11 --csv;         check "mentoring without --by is a usage error" rc 2
run mentoring --month 2026-13 --by 3 --csv;  check "mentoring of no such month is a usage error" rc 2
# Five participants entered in December: the count shows.
for id in 4 5 6 7 8; do run person set $id --programme-start 2026-12-01 --gender male --by 3; done
run person set 9 --programme-start 2026-12-01 --gender female --by 3
run summary --from 2026-12-01 --to 2026-12-31 --csv
check "five or more are shown as the number" out_has "participants,total,6"
check "five men are 5" out_has "participants,men,5"
check "one woman is <5" out_has "participants,women,<5"
check "no cell shows 1 to 4" bash -c "! tr -d '\r' <'$tmp/out' | grep -E '^[a-z_]+,[^,]*,[0-4]$'"
run summary --from 2026-12-31 --to 2026-12-01;  check "a period that ends before it starts is refused" rc 1

# A person's data
run person export 1 --out "$tmp/export"
check "export writes the files" rc 0
check "one for visits" test -s "$tmp/export/visits.csv"
check "the person's name is in it" grep -q "Ana Kovač" "$tmp/export/person.csv"
check "their meeting" grep -q "Prihaja trikrat" "$tmp/export/meetings.csv"
check "their entry data with who recorded it" grep -q "gender,female" "$tmp/export/entry_data.csv"
check "no badge seed or hash" bash -c "! grep -qi 'seed\|hash' '$tmp/export/badges.csv'"
check "no one else's visits" bash -c "! grep -q ',2026-11-02 08:00:00,' '$tmp/export/visits.csv'"
run person export 99 --out "$tmp/x";   check "export of nobody (1)" rc 1

# Anonymisation
run hours --month 2026-11 --csv; cut -d, -f1,3- "$tmp/out" | sort >"$tmp/hours-before"
ROTA_NOW=2026-12-15T10:00:00 run person anonymise 1 --by 2 --reason "asked"
check "a mentor cannot anonymise (1)" rc 1; check "naming --by" err_has "is not an active coordinator"
run person anonymise 1 --by 3 --reason ""; check "a reason is needed (1)" rc 1
check "the log keeps the rename, for now" grep -q "Kovačeva" "$db.log"
# A kiosk stays connected meanwhile: its connection keeps the write-ahead
# log from being folded in at the end, as it would be after the last close.
mkfifo "$tmp/hold"
sqlite3 "$db" <"$tmp/hold" >/dev/null & holder=$!
exec 9>"$tmp/hold"
echo "SELECT count(*) FROM people;" >&9
run person anonymise 1 --by 3 --reason "she asked to be forgotten"
check "anonymise succeeds" rc 0; check "and names the pseudonym" out_has "Participant 1"
check "the name is nowhere in the dump" bash -c "! sqlite3 '$db' .dump | grep -q 'Kovač'"
check "nor her words or the meeting's texts" bash -c "! sqlite3 '$db' .dump | grep -q 'Rada sortiram\|Prihaja trikrat\|dobro napreduje\|CSD Ljubljana'"
check "nor anywhere in the file's bytes (freed space zeroed, write-ahead log emptied, log cleared)" bash -c "! cat '$db'* | grep -aq 'Kovač\\|Rada sortiram\\|Prihaja trikrat\\|dobro napreduje'"
exec 9>&-; wait "$holder"
run hours --month 2026-11 --csv; cut -d, -f1,3- "$tmp/out" | sort >"$tmp/hours-after"
check "the hours are unchanged" cmp -s "$tmp/hours-before" "$tmp/hours-after"
run progress list 1 --csv;  check "the levels stay countable" out_has ",process,sorting,3,2026-11-03,"
run person entry 1 --csv;   check "the outcomes stay" out_has "outcome_exit,subsidised"
run person export 1 --out "$tmp/export2"
check "the anonymisation is recorded with who and why" grep -q "Participant 1,.*,3,she asked to be forgotten" "$tmp/export2/anonymisation.csv"
run person anonymise 1 --by 3 --reason again;   check "anonymising twice is refused" rc 1
check "saying so" err_has "This person is anonymised already."
"$BIN" --db "$db" --lang sl person anonymise 1 --by 3 --reason again >"$tmp/out" 2>"$tmp/err"
check "in Slovenian too" err_has "Ta oseba je že anonimizirana."
run person anonymise 3 --by 3 --reason again;   check "a coordinator is not anonymised" rc 1
check "naming the person as no participant" err_has "Person 3 is not a participant"
check "the other records are untouched" bash -c "sqlite3 '$db' .dump | grep -q 'Maja Šuštar'"

# Retention
run person set 4 --exit-date 2020-06-30 --by 3
run person set 5 --programme-end 2025-01-31
ROTA_NOW=2026-12-15T10:00:00 run retention --older-than 5 --csv
check "retention lists who ended more than 5 years ago" out_has "4,Bojan Zupan,2020-06-30"
check "not who ended later" bash -c "! grep -q Cvetka '$tmp/out'"
check "nor who is anonymised already" bash -c "! grep -q 'Participant 1' '$tmp/out'"
run retention --older-than 5 --apply;     check "--apply without --by is a usage error" rc 2
ROTA_NOW=2026-12-15T10:00:00 run retention --older-than 5 --apply --by 3
check "--apply anonymises them" out_has "Person 4 is now Participant 4."
check "Bojan is gone from the file" bash -c "! sqlite3 '$db' .dump | grep -q 'Bojan'"
ROTA_NOW=2026-12-15T10:00:00 run retention --older-than 5
check "and then nobody is due" out_is ""

echo "records: $passed passed, $failed failed"
((failed == 0))

# ESF+ 2021-2027 entry data, the follow-up due list and the
# participant-level export (sourced by tests/cli/run.sh, with its run,
# check and $tmp). Today is 1 November 2026 (ROTA_NOW of tests/lib/cli.sh).
db=$tmp/esf.db
body() { tr -d '\r' <"$tmp/out" | tail -n +2; }
run init
run person add --name "Cvetka Koordinator" --role coordinator; coord=$(cat "$tmp/out")
run person add --name "Marko Mentor" --role mentor; mentor=$(cat "$tmp/out")
run person add --name "Ana Prva" --role participant; p1=$(cat "$tmp/out")
run person add --name "Bor Drugi" --role participant; p2=$(cat "$tmp/out")
run person add --name "Cene Tretji" --role participant; p3=$(cat "$tmp/out")
run person add --name "Dora Četrta" --role participant; p4=$(cat "$tmp/out")
run person add --name "Eva Peta" --role participant; p5=$(cat "$tmp/out")
for p in $p1 $p2 $p3 $p4 $p5; do run person set "$p" --programme-start 2026-02-02; done
run person set "$p1" --exit-date 2026-04-30 --by "$coord"     # due 2026-10-30: overdue
run person set "$p2" --exit-date 2026-05-01 --by "$coord"     # due today, six months to the day
run person set "$p3" --exit-date 2026-05-02 --by "$coord"     # due tomorrow
run person set "$p4" --exit-date 2026-03-01 --followup-date 2026-09-01 --by "$coord"  # followed up
# Eva has not left.

run followup due --csv
check "followup due: exit 0" rc 0
check "followup due: the header" bash -c "tr -d '\r' <'$tmp/out' | head -n 1 | grep -qx 'person_id,name,exit_date,due_date'"
check "followup due lists exactly who left six months ago or more without a follow-up, by due day" \
  test "$(body)" = "$p1,Ana Prva,2026-04-30,2026-10-30
$p2,Bor Drugi,2026-05-01,2026-11-01"
run followup due --within 1 --csv
check "--within 1 adds who is due tomorrow, and only them" \
  test "$(body | cut -d, -f1 | tr '\n' ' ')" = "$p1 $p2 $p3 "
run followup due
check "plain lines name the person and both days" out_has "Ana Prva	2026-04-30	2026-10-30"
run followup due --within -1
check "a negative --within is a usage error" rc 2
run person set "$p1" --followup-date 2026-11-01 --by "$coord"
run followup due --csv
check "once the follow-up date is recorded, they are off the list" test "$(body | cut -d, -f1 | tr '\n' ' ')" = "$p2 "

# The fields.
run person set "$p5" --birth-year 1990-05-05 --status self_employed --by "$coord"
check "a whole birth date and self-employment are taken" rc 0
run person set "$p5" --birth-year 1990-02-30 --by "$coord"
check "a birth date that does not exist is a usage error" rc 2; check "naming the forms" err_has "1984-03-17"
run person set "$p2" --status unemployed --unemployed-since 2025-01-10 --result-employed 2026-05-20 \
  --result-qualification 2026-04-15 --followup-employed yes --followup-improved unknown --by "$coord"
check "since when unemployed, the results and the follow-up's answers are taken" rc 0
run person set "$p2" --followup-improved maybe --by "$coord"
check "an answer the follow-up does not take is a usage error" rc 2
check "listing what it takes" err_has "--followup-improved takes one of: yes no unknown"
run person entry "$p2" --csv
check "person entry shows the new fields by code" out_has "result_employed,2026-05-20,2026-05-20"
check "and the follow-up's answers in words" out_has "followup_employed,yes,yes"
check "no special-category field is listed while they are off" bash -c "! grep -q disability '$tmp/out'"
run person set "$p2" --disability yes --by "$coord"
check "a special-category field is refused while the programme has them off (1)" rc 1
check "naming the setting" err_has "esf_special_fields"
run config set esf_special_fields on
run person set "$p2" --disability yes --homeless declined --by "$mentor"
check "a mentor does not record them (1)" rc 1
run person set "$p2" --disability yes --homeless declined --by "$coord"
check "on, a coordinator records them" rc 0
run person entry "$p2" --csv
check "person entry without --by shows nothing of them" bash -c "! grep -qE 'disability|homeless' '$tmp/out'"
run person entry "$p2" --csv --by "$mentor"
check "nor to a mentor" bash -c "! grep -qE 'disability|homeless' '$tmp/out'"
run person entry "$p2" --history --csv --by "$mentor"
check "nor in the history" bash -c "! grep -qE 'disability|homeless' '$tmp/out'"
run person entry "$p2" --csv --by "$coord"
check "a coordinator sees them" out_has "disability,yes,yes"
check "homeless: declined" out_has "homeless,declined"
check "their rows are marked as special-category data in the records" \
  test "$(sqlite3 "$db" "SELECT group_concat(x, ' ') FROM (SELECT field || '=' || special AS x FROM entry_facts WHERE person_id = $p2 AND field IN ('disability','homeless','status') ORDER BY id)")" = "status=0 disability=1 homeless=1"
check "and in the change feed's rows" \
  test "$(sqlite3 "$db" "SELECT count(*) FROM outbox WHERE tbl = 'entry_facts' AND json_extract(row, '$.special') = 1")" = 2
run person export "$p2" --out "$tmp/esf-person"
check "the person's own export marks them as special-category data" \
  bash -c "tr -d '\r' <'$tmp/esf-person/entry_data.csv' | grep -qE '^[0-9]+,disability,yes,.*,1$'"
check "and the other rows not" bash -c "tr -d '\r' <'$tmp/esf-person/entry_data.csv' | grep -qE '^[0-9]+,status,unemployed,.*,0$'"

# The export.
run esf export --from 2026-01-01 --to 2026-12-31 --reason "MA request" --csv
check "export without --by is a usage error" rc 2
run esf export --from 2026-01-01 --to 2026-12-31 --by "$coord" --csv
check "export without --reason is a usage error" rc 2
run esf export --from 2026-01-01 --to 2026-12-31 --by "$mentor" --reason "MA request" --csv
check "a mentor gets no export (1)" rc 1; check "and is told why" err_has "only a coordinator"
check "and nothing was written" test ! -s "$tmp/out"
check "nor recorded" test "$(sqlite3 "$db" "SELECT count(*) FROM esf_exports")" = 0
ROTA_NOW=2026-11-01T09:30:00 run esf export --from 2026-01-01 --to 2026-12-31 --by "$coord" --reason "MA request 12/2026" --csv
check "a coordinator gets the export" rc 0
check "one row per participant of the period" test "$(body | wc -l)" = 5
check "the header names the Annex I columns in order" bash -c "tr -d '\r' <'$tmp/out' | head -n 1 | grep -q '^participant,entry_date,exit_date,gender,age_at_entry,age_band,education,isced_group,status,unemployed,long_term_unemployed,inactive,employed,exit_reason,result_job_searching,result_education,result_qualification,result_employed,followup_date,followup_employed,followup_improved,special_disability,'"
check "the special-category columns are marked, while on" out_has "special_homeless,special_rural"
check "nobody's name is in it" bash -c "! grep -qE 'Prva|Drugi|Tretji|Četrta|Peta' '$tmp/out'"
check "a row, coded: long-term unemployed, employed and qualified upon leaving, disabled" \
  bash -c "body() { tr -d '\r' <'$tmp/out' | tail -n +2; }; body | grep -qE '^[0-9a-f]{32},2026-02-02,2026-05-01,,,unknown,,unknown,unemployed,1,1,0,0,,0,0,1,1,,yes,unknown,yes,,,,declined,$'"
check "self-employed is employed; a birth date gives the exact age" \
  bash -c "body() { tr -d '\r' <'$tmp/out' | tail -n +2; }; body | grep -qE '^[0-9a-f]{32},2026-02-02,,,35,30_54,,unknown,self_employed,0,0,0,1,'"
first=$(body | cut -d, -f1 | sort | tr '\n' ' ')
check "the export is recorded: who, when, the period, why, the rows" \
  test "$(sqlite3 "$db" "SELECT by_person, datetime(at, 'unixepoch', 'localtime'), from_day, to_day, reason, format, rows, special FROM esf_exports")" = "$coord|2026-11-01 09:30:00|20260101|20261231|MA request 12/2026|csv|5|1"
check "and sent on through the change feed" \
  test "$(sqlite3 "$db" "SELECT json_extract(row, '$.reason') FROM outbox WHERE tbl = 'esf_exports'")" = "MA request 12/2026"
run esf export --from 2026-01-01 --to 2026-12-31 --by "$coord" --reason "again" --csv
check "the pseudonymous ids are the same at the next export" test "$(body | cut -d, -f1 | sort | tr '\n' ' ')" = "$first"
check "and are not the people's ids" bash -c "! tr -d '\r' <'$tmp/out' | tail -n +2 | cut -d, -f1 | grep -qxE '[0-9]{1,3}'"
run esf export --from 2026-06-01 --to 2026-12-31 --by "$coord" --reason "second half" --csv
check "who left before the period is not in it" test "$(body | wc -l)" = 1
run esf export --from 2026-12-31 --to 2026-01-01 --by "$coord" --reason "backwards" --csv
check "a period that ends before it begins is refused (1)" rc 1
run esf export --from 2026-01-01 --to 2026-12-31 --by "$coord" --reason "to a file" --csv --out "$tmp/esf.csv"
check "--out writes the export into a file" bash -c "test \"\$(tr -d '\r' <'$tmp/esf.csv' | wc -l)\" = 6"
check "readable by its owner only" test "$(stat -c %a "$tmp/esf.csv")" = 600
check "and nothing to the output" test ! -s "$tmp/out"
run esf export --from 2026-01-01 --to 2026-12-31 --by "$coord" --reason "onto the records" --csv --out "$db"
check "--out onto the records is refused" rc 1
check "and not recorded as an export" \
  test "$(sqlite3 "$db" "SELECT count(*) FROM esf_exports WHERE reason = 'onto the records'")" = 0
run config set esf_special_fields off
run esf export --from 2026-01-01 --to 2026-12-31 --by "$coord" --reason "off" --excel
check "--excel: the spreadsheet's form" bash -c "head -c 3 '$tmp/out' | od -An -tx1 | grep -q 'ef bb bf'"
check "with ';' between fields" out_has "participant;entry_date;"
check "turned off, no special-category column" bash -c "! grep -q special_ '$tmp/out'"
check "every export is recorded, the refused ones not" \
  test "$(sqlite3 "$db" "SELECT group_concat(x, ' ') FROM (SELECT format || ':' || special AS x FROM esf_exports ORDER BY id)")" = "csv:1 csv:1 csv:1 csv:1 excel:0"
db=$tmp/cli.db

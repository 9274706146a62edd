# The record follows the programme's dates (sourced by tests/cli/run.sh,
# with its run, check and $tmp): a scan after a person's programme ended,
# or after their exit date, is recorded and held for the review; it counts
# in no hours, list or summary until a coordinator accepts it; and who has
# left is not missed.
db=$tmp/after_end.db
at() { ROTA_NOW=$1 run "${@:2}"; }
at 2026-09-01T07:00:00 init
at 2026-09-01T07:00:00 person add --name "Maja Novak" --role mentor          # 1
at 2026-09-01T07:00:00 person add --name "Tjaša Horvat" --role coordinator   # 2
at 2026-09-01T07:00:00 person add --name "Ana Kovač" --role participant      # 3
at 2026-09-01T07:00:00 person add --name "Luka Čeh" --role participant       # 4
at 2026-09-01T07:00:00 badge issue 3; ana=$(cat "$tmp/out")
at 2026-09-01T07:00:00 badge issue 4; luka=$(cat "$tmp/out")
at 2026-09-01T07:00:00 badge issue 1; maja=$(cat "$tmp/out")
at 2026-09-01T07:00:00 person set 3 --programme-end 2026-09-03
at 2026-09-01T07:00:00 scan "$luka"
at 2026-09-01T12:00:00 scan "$luka"
at 2026-09-02T08:00:00 scan "$ana"
at 2026-09-02T14:00:00 scan "$ana"
check "a scan within the programme is as ever" out_is "Checked out: Ana K. at 14:00, 6 h 00 min today"
# The workshop works on: no day without a scan, so no clock is doubtful.
at 2026-09-03T08:00:00 scan "$maja"

at 2026-09-04T08:00:00 scan "$ana"
check "a scan after the programme ended is recorded (0)" rc 0
check "as a check-in" out_has "Checked in: Ana K. at 08:00"
check "and says it is kept for the review" out_has "after the programme ended: kept for the review"
at 2026-09-04T15:00:00 scan "$ana"
check "its check-out too (0)" rc 0; check "says so as well" out_has "after the programme ended"
check "and counts nothing today" out_has "0 h 00 min today"
at 2026-09-10T08:00:00 visits --from 2026-09-04 --to 2026-09-04 --csv
check "the visit is recorded, never lost" out_has ",3,Ana Kovač,2026-09-04,2026-09-04 08:00:00,2026-09-04 15:00:00,closed"
held=$(tr -d '\r' <"$tmp/out" | awk -F, '$2 == 3 { print $1 }')
at 2026-09-10T08:00:00 review --csv
check "the review lists it" out_has "after_end,3,Ana Kovač,2026-09-04"
check "in words" out_has "after the programme ended: counted nowhere until a coordinator accepts it"
at 2026-09-10T08:00:00 hours --month 2026-09 --csv
check "the hour sheet counts only the day within the programme" out_has "3,Ana Kovač,1,6.00,"
at 2026-09-10T08:00:00 hours --by-process --csv
check "no process counts it" bash -c "! grep -q '^3,.*,7\.00' '$tmp/out' && ! grep -q '^3,.*,13\.00' '$tmp/out'"
at 2026-09-10T08:00:00 attendance --month 2026-09 --csv
check "the attendance list leaves its day empty" out_has "3,Ana Kovač,2026-09-04,outside,,,,0"
check "and its total is the programme's" bash -c "grep -q '^3,Ana Kovač,,total,,,6.00' '$tmp/out'"
at 2026-09-10T08:00:00 summary --from 2026-09-01 --to 2026-09-30 --csv
check "the summary counts only the hours within the programme" bash -c "tr -d '\r' <'$tmp/out' | grep -qx 'hours,presence,11.00'"
check "the central copy's way: the kept totals agree" \
  bash -c "test \"\$(sqlite3 '$db' 'SELECT seconds FROM visit_person_hours WHERE person_id = 3')\" = 21600"

at 2026-09-10T08:00:00 visit accept "$held" --by 1
check "a mentor cannot accept it (1)" rc 1; check "naming --by" err_has "--by 1 is not an active coordinator"
at 2026-09-10T08:00:00 visit accept "$((held - 2))" --by 2
check "a visit within the programme is not waiting (1)" rc 1
check "naming the visit" err_has "Visit $((held - 2)) is not waiting to be accepted"
at 2026-09-10T08:00:00 visit accept 99 --by 2
check "no such visit (1)" rc 1; check "says so" err_has "There is no visit 99"
at 2026-09-10T08:00:00 visit accept "$held"
check "accept without --by is a usage error (2)" rc 2
at 2026-09-10T08:00:00 visit accept "$held" --by 2
check "a coordinator accepts it (0)" rc 0; check "and is told it counts now" out_has "it counts from now on"
at 2026-09-10T08:00:00 visit accept "$held" --by 2
check "once only (1)" rc 1
at 2026-09-10T08:00:00 hours --month 2026-09 --csv
check "accepted, it counts on the hour sheet" out_has "3,Ana Kovač,2,13.00,"
at 2026-09-10T08:00:00 review --csv
check "and leaves the review" bash -c "! grep -q after_end '$tmp/out'"
check "the acceptance is recorded with who and when" \
  bash -c "test \"\$(sqlite3 '$db' 'SELECT after_end, accepted_by, accepted_at > 0 FROM visits WHERE id = $held')\" = '1|2|1'"
check "and cannot be taken back by hand" \
  bash -c "! sqlite3 '$db' 'UPDATE visits SET accepted_at = NULL WHERE id = $held' 2>/dev/null"
at 2026-09-10T08:00:00 person set 3 --programme-end 2026-09-02
check "an end before an accepted visit is refused (1)" rc 1
check "naming the dates" err_has "--programme-end 2026-09-02 is before 2026-09-04, a day the person was here"

# An exit date ends the programme the same way.
at 2026-09-04T09:00:00 person set 4 --exit-date 2026-09-04 --exit-reason employment --by 2
check "an exit date after the visits is taken (0)" rc 0
at 2026-09-07T08:00:00 scan "$luka"
check "a scan after the exit date is recorded (0)" rc 0; check "and held" out_has "after the programme ended"
at 2026-09-07T12:00:00 scan "$luka"
at 2026-09-30T08:00:00 hours --month 2026-09 --csv
check "it counts nowhere" out_has "4,Luka Čeh,1,5.00,"
at 2026-09-30T08:00:00 review --csv
check "the review asks about it" out_has "after_end,4,Luka Čeh,2026-09-07"
check "and misses nobody who left" bash -c "! grep -q '^not_seen' '$tmp/out'"
at 2026-09-30T08:00:00 person set 4 --exit-date 2026-09-05 --by 2
check "a held visit is no day present: an exit date before it is taken (0)" rc 0
at 2026-09-30T08:00:00 person set 4 --exit-date 2026-08-31 --by 2
check "but not one before a day counted (1)" rc 1
check "naming the dates" err_has "--exit-date 2026-08-31 is before 2026-09-01, a day the person was here"

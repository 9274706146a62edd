# Closing a month and the allowance (sourced by tests/cli/run.sh, with its
# run, check and $tmp): a closed month keeps its signed list and
# fingerprint whatever comes later, a change to it needs a coordinator and
# a reason and shows on the next list, and the allowance holds to the
# signed list to the cent.
db=$tmp/month.db
at() { ROTA_NOW=$1 run "${@:2}"; }
at 2026-09-20T09:00:00 init
at 2026-09-20T09:00:00 person add --name "Maja Novak" --role mentor          # 1
at 2026-09-20T09:00:00 person add --name "Tjaša Horvat" --role coordinator   # 2
at 2026-09-20T09:00:00 person add --name "Ana Kovač" --role participant      # 3
at 2026-09-20T09:00:00 person add --name "Luka Čeh" --role participant       # 4
at 2026-09-20T09:00:00 person add --name "Špela Žagar" --role participant    # 5
at 2026-10-05T09:00:00 visit add 3 --date 2026-10-01 --check-in 08:00 --check-out 14:20 --by 1 --reason paper
at 2026-10-05T09:00:00 visit add 3 --date 2026-10-02 --check-in 08:00 --check-out 15:07 --by 1 --reason paper
at 2026-10-05T09:00:00 visit add 4 --date 2026-10-01 --check-in 08:00 --check-out 12:00 --by 1 --reason paper
at 2026-10-05T09:00:00 visit add 4 --date 2026-10-02 --check-in 07:55 --check-out 13:56 --by 1 --reason paper
at 2026-10-05T09:00:00 visit add 5 --date 2026-10-05 --check-in 08:10 --check-out 08:55 --by 1 --reason paper
at 2026-10-05T09:00:00 badge issue 5; spela=$(cat "$tmp/out")
# Špela checks in on 30 October and forgets to check out.
at 2026-10-30T08:00:00 scan "$spela"
at 2026-10-20T09:00:00 config set allowance_per_hour 2.15
at 2026-10-20T09:00:00 config set allowance_transport_per_day 1.60
at 2026-10-20T09:00:00 config set allowance_meal_per_day 3.50
at 2026-10-20T09:00:00 config set allowance_meal_min_hours 6
at 2026-10-20T09:00:00 config set allowance_per_hour 2.155
check "an amount with three decimals is refused" rc 1
check "naming the rule" err_has "at most two decimals"
at 2026-10-20T09:00:00 config set allowance_meal_min_hours 30
check "meal hours out of range are refused" rc 1
at 2026-10-20T09:00:00 allowance transport 4 2.40 --by 1
check "a mentor does not set a transport amount" rc 1
check "naming --by, not the amount" err_has "is not an active coordinator"
at 2026-10-20T09:00:00 allowance transport 4 120 --by 2
check "an amount over 100 is refused" rc 1; check "naming the amount's rule only" err_has "from 0 to 100.00 with at most two decimals."
at 2026-10-20T09:00:00 allowance transport 1 2.40 --by 2
check "a transport amount only for a participant" rc 1; check "naming the person given" err_has "Person 1 is not a participant"
at 2026-10-20T09:00:00 allowance transport 4 2.40 --by 2
check "a coordinator sets Luka's own transport" rc 0

at 2026-10-20T09:00:00 month close 2026-10 --by 2
check "a month not over yet is not closed" rc 1; check "and the refusal names it" err_has "2026-10"
check "saying only that it is not over" err_has "2026-10 was not closed: a month is closed once it is over."
at 2026-11-02T07:00:00 month close 2026-10 --by 1
check "a mentor does not close a month" rc 1; check "naming --by" err_has "is not an active coordinator"
at 2026-11-02T07:00:00 allowance --month 2026-10 --csv
check "no allowance from an open month" rc 1; check "naming the month" err_has "2026-10 is not closed"
at 2026-11-02T07:00:00 attendance --month 2026-10 --csv; cp "$tmp/out" "$tmp/oct-before.csv"
at 2026-11-02T07:00:00 month close 2026-10 --by 2
check "a coordinator closes October" rc 0; check "and is told its fingerprint" out_has "Fingerprint (SHA-256): "
fp=$(grep -oE '[0-9a-f]{64}' "$tmp/out")
check "the fingerprint is 64 hex digits" test ${#fp} = 64
at 2026-11-02T07:00:00 month close 2026-10 --by 2
check "closing it again is refused" rc 1; check "calmly" err_has "closed already"

# The door: only today is scanned; Špela's open visit of 30 October is
# closed as end unknown by her next scan, which still works, and the
# signed list is untouched (it had no hours for that day either way).
at 2026-11-02T08:00:00 scan "$spela"
check "a scan after a closed month's open visit still works" rc 0
check "and closes the visit of 30 October as end unknown" \
  test "$(sqlite3 "$db" "SELECT status FROM visits WHERE person_id = 5 AND day = 20261030")" = end_unknown

at 2026-11-05T09:00:00 visit correct 1 --check-out 15:59 --by 1 --reason "forgot"
check "a mentor's correction to a closed month is refused" rc 1
check "naming the month" err_has "2026-10 is a closed month"
check "calmly" err_has "Only a coordinator can change it"
at 2026-11-05T09:00:00 visit add 3 --date 2026-10-06 --check-in 08:00 --check-out 12:00 --by 1 --reason paper
check "a mentor's added visit in a closed month is refused" rc 1
at 2026-11-05T09:00:00 absence add 4 --from 2026-10-07 --reason illness --by 1
check "a mentor's absence in a closed month is refused" rc 1; check "naming the month" err_has "2026-10"
at 2026-11-05T09:00:00 visits --from 2026-10-01 --to 2026-10-31 --csv
check "nothing was changed" bash -c "grep -q '^1,3,.*,2026-10-01 08:00:00,2026-10-01 14:20:00,closed' '$tmp/out'"
at 2026-11-05T09:00:00 visit correct 1 --check-out 15:59 --by 2 --reason "the paper list says 15:59"
check "a coordinator's correction with a reason is recorded" rc 0
at 2026-11-05T09:00:00 absence add 4 --from 2026-10-07 --reason illness --note "a doctor's note came late" --by 2
check "a coordinator's absence with a note is recorded" rc 0

at 2026-11-06T09:00:00 month amendments 2026-10 --csv
check "month amendments: header" bash -c "head -n 1 '$tmp/out' | tr -d '\r' | grep -qx 'id,month,day,person_id,name,what,ref_id,hours_before,hours_after,by,at,reason,shown_on'"
check "the correction is an amendment: who, when, why, before and after, shown on November's list" \
  out_has "1,2026-10,2026-10-01,3,Ana Kovač,visit_correct,1,6.33,7.98,2,2026-11-05 09:00:00,the paper list says 15:59,2026-11"
check "and so is the absence" out_has "2026-10-07,4,Luka Čeh,absence_add"
at 2026-11-06T09:00:00 month amendments 2026-09 --csv
check "another month has none" test "$(wc -l <"$tmp/out")" = 1

at 2026-11-06T09:00:00 attendance --month 2026-10 --csv
check "October's list shows what was signed, not the corrected visit" out_has "3,Ana Kovač,2026-10-01,present,08:00,14:20,6.33,0"
check "nor the later absence" out_has "4,Luka Čeh,2026-10-07,absent,,,,0"
check "its cells are the ones of the day it was closed" \
  bash -c "diff <(grep -v ',closed,' '$tmp/out') '$tmp/oct-before.csv' >/dev/null"
check "and it carries the closing and the fingerprint" out_has "2,Tjaša Horvat,2026-11-02,closed,,,sha256:$fp,"
at 2026-11-06T09:00:00 hours --month 2026-10 --csv
check "the hour sheet of a closed month is its signed list's too" bash -c "grep -q '^3,Ana Kovač,2,13.45,' '$tmp/out'"
check "with the hours the amendments make beside the closed ones" \
  bash -c "grep -q '^3,Ana Kovač,2,13.45,60,13.45,0,0,0,15.10' '$tmp/out'"
check "and no mark where no amendment changed the hours (Luka's absence changes none)" \
  bash -c "tr -d '\r' <'$tmp/out' | grep -qx '4,Luka Čeh,2,10.02,60,10.02,0,0,0,'"
check "hours: header names the amended hours" \
  bash -c "head -n 1 '$tmp/out' | tr -d '\r' | grep -qx 'person_id,name,days_present,hours,target_hours,hours_to_date,unresolved,excused,holidays,amended_hours'"
at 2026-11-06T09:00:00 hours --month 2026-10
check "the plain sheet says the amendment in words" out_has "amended after closing: 15.10 h, see the amendments"
# The summary's hours of presence of October are the closed ones (13.45 +
# 10.02 + 0.75 = 24.22 h), the amendment's hours said beside them.
at 2026-11-06T09:00:00 summary --from 2026-10-01 --to 2026-10-31 --csv
check "the summary counts a closed month's presence as closed" out_has "hours,presence,24.22"
check "and says what the amendments make of it" out_has "hours,presence_amended,25.87"
at 2026-11-06T09:00:00 summary --from 2026-10-02 --to 2026-11-30 --csv
check "a period from the middle of a closed month takes its days as closed" out_has "hours,presence,13.88"
check "and no amendment of a day outside it" bash -c "! grep -q presence_amended '$tmp/out'"
at 2026-11-06T09:00:00 attendance --month 2026-11 --csv
check "November's list shows the amendment to October" out_has "3,Ana Kovač,2026-10-01,amended,,,7.98,"
at 2026-11-06T09:00:00 month list --csv
check "the fingerprint is unchanged by the later commands" out_has "2026-10,2026-11-02 07:00:00,2,$fp,1,,,"

# The allowance holds to the signed list: hours × rate (half up to the
# cent) + days present × transport + days of 6 h or more × meal.
at 2026-11-06T09:00:00 allowance --month 2026-10 --csv
check "the allowance of a closed month is made" rc 0
cp "$tmp/out" "$tmp/allowance.csv"
at 2026-11-06T09:00:00 attendance --month 2026-10 --csv
check "every person's allowance equals hours × rate + transport + meals, to the cent" \
  awk -F, -v t="$tmp/allowance.csv" '
    function c(s,  a) { s = s ""; sub(/\r$/, "", s); split(s, a, "."); return a[1] * 100 + substr(a[2] "00", 1, 2) }
    NR > 1 && $4 == "present" && c($7) >= 600 { meals[$1]++ }
    NR > 1 && $4 == "present" { days[$1]++ }
    NR > 1 && $4 == "total" { hours[$1] = c($7); n++ }
    END {
      while ((getline line < t) > 0) {
        split(line, f, ","); sub(/\r$/, "", f[9])
        if (f[1] == "person_id" || f[1] == "") continue
        tr = (f[1] == 4) ? 240 : 160
        want = int((hours[f[1]] * 215 + 50) / 100) + days[f[1]] * tr + meals[f[1]] * 350
        if (c(f[3]) != hours[f[1]] || c(f[9]) != want) { print "person " f[1] ": " c(f[9]) " != " want; exit 1 }
        seen++
      }
      exit !(seen == n && n == 3)
    }' "$tmp/out"
check "Ana: 13.45 h at 2.15 = 28.92, 2 days × 1.60, 2 meals × 3.50" \
  grep -q '^3,Ana Kovač,13.45,2,2,28.92,3.20,7.00,39.12' "$tmp/allowance.csv"
check "the totals row adds up" bash -c "grep -q '^,total,' '$tmp/allowance.csv'"
at 2026-11-06T09:00:00 allowance --month 2026-10 --excel
check "--excel: decimal commas" out_has "13,45;2;2;28,92;3,20;7,00;39,12"
at 2026-11-06T09:00:00 allowance --month 2026-10 --pdf "$tmp/allowance.pdf" --by 2
check "the allowance PDF is written" test -s "$tmp/allowance.pdf"
at 2026-11-06T09:00:00 allowance --month 2026-11 --csv
check "November is open: refused" rc 1; check "naming it" err_has "2026-11 is not closed"

at 2026-11-07T09:00:00 month reopen 2026-10 --by 1 --reason "to mend"
check "a mentor does not reopen" rc 1
at 2026-11-07T09:00:00 month reopen 2026-10 --by 2 --reason "the late doctor's notes"
check "a coordinator reopens with a reason" rc 0
at 2026-11-07T09:00:00 month list --csv
check "the reopening is recorded" out_has ",2026-11-07 09:00:00,2,the late doctor's notes"
at 2026-11-07T09:00:00 allowance --month 2026-10 --csv
check "a reopened month pays nothing" rc 1
at 2026-11-07T09:00:00 month close 2026-10 --by 2
check "closed again" rc 0
fp2=$(grep -oE '[0-9a-f]{64}' "$tmp/out")
check "with the corrected numbers, a new fingerprint" test "$fp2" != "$fp" -a ${#fp2} = 64
at 2026-11-07T09:00:00 attendance --month 2026-10 --csv
check "the list closed again shows the corrected visit" out_has "3,Ana Kovač,2026-10-01,present,08:00,15:59,7.98,0"
check "the feed sends the closings, frozen rows and amendments" \
  test "$(sqlite3 "$db" "SELECT count(DISTINCT tbl) FROM outbox WHERE tbl IN ('month_closes','month_rows','month_cells','month_amendments','person_transport')")" = 5
check "a frozen cell is never changed" bash -c "! sqlite3 '$db' 'UPDATE month_cells SET seconds = 1' 2>/dev/null"

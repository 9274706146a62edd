#!/usr/bin/env bash
# The command line: outputs, CSV, exit codes (0 success, 1 explained
# failure, 2 usage), on a real database file.
set -u
. "$(dirname "$0")/../lib/cli.sh"
db=$tmp/cli.db

run --version;                 check "--version exits 0" rc 0; check "--version names rota" out_has "rota "
run --help;                    check "--help exits 0" rc 0; check "--help lists the commands" out_has "visits"
run frobnicate;                check "an unknown command is a usage error (2)" rc 2
run person list;               check "no database yet: exit 1" rc 1; check "and says how to make one" err_has "rota init"
run init;                      check "init creates the database" rc 0
check "the file is private (0600)" test "$(stat -c %a "$db")" = 600
run init;                      check "init again is fine (upgrade is a no-op)" rc 0

run person add --name "Ana Kovač" --role participant --lang sl
check "person add prints the new id" out_is 1
run person add --name "Novak, Maja" --role coordinator
check "a second person" out_is 2
run person add --name "X" --role boss;        check "a bad role is a usage error" rc 2
run person add --name "   " --role mentor;    check "a blank name is refused (1)" rc 1
run person add --role mentor;                 check "a missing name is a usage error" rc 2
run person list --csv
check "person list --csv: header" bash -c "head -n 1 '$tmp/out' | tr -d '\r' | grep -qx 'id,name,role,lang,active'"
check "UTF-8 names as they are" out_has "1,Ana Kovač,participant,sl,1"
check "a comma in a name is quoted (RFC 4180)" out_has '2,"Novak, Maja",coordinator,sl,1'
check "CRLF line ends" bash -c "head -n 1 '$tmp/out' | grep -q $'\r$'"
run person list --bogus;      check "person list takes only --csv" rc 2

echo 1234 | "$BIN" --db "$db" person pin 2 >"$tmp/out" 2>"$tmp/err"; echo $? >"$tmp/rc"
check "person pin reads a PIN from stdin" rc 0
# The shipped binary hashes at argon2id's interactive cost (64 MiB, 2
# passes); only the tests' in-process rigs lower it.
check "the command line hashes a PIN at the interactive cost" \
  bash -c "sqlite3 '$db' 'SELECT pin_hash FROM people WHERE id = 2' | grep -q '^\$argon2id\$v=19\$m=65536,t=2,'"
echo 12 | "$BIN" --db "$db" --lang en person pin 2 >"$tmp/out" 2>"$tmp/err"; echo $? >"$tmp/rc"
check "a short PIN is refused (1)" rc 1; check "and says why" err_has "4 to 8 digits"
echo 1234 | "$BIN" --db "$db" person pin 99 >"$tmp/out" 2>"$tmp/err"; echo $? >"$tmp/rc"
check "no such person (1)" rc 1
run person unlock 2;          check "person unlock of an open PIN" rc 0; check "says it was not paused" out_has "not paused"
run person unlock 99;         check "person unlock of nobody is refused (1)" rc 1

run badge issue 1;            check "badge issue prints 10 digits" grep -qxE '[0-9]{10}' "$tmp/out"
old=$(cat "$tmp/out")
run badge issue 99;           check "badge issue for nobody is refused" rc 1
run badge issue abc;          check "badge issue of a non-number is a usage error" rc 2

ROTA_NOW=2026-11-23T08:12:00 run scan "$old"
check "scan checks in, exit 0" rc 0; check "one line naming first name and initial" out_is "Checked in: Ana K. at 08:12"
ROTA_NOW=2026-11-23T08:13:00 run scan "$old"
check "a repeat scan exits 0" rc 0; check "and says since when" out_is "Ana K. is already checked in since 08:12"
ROTA_NOW=2026-11-23T15:42:00 run scan "$old"
check "scan checks out with the hours" out_is "Checked out: Ana K. at 15:42, 7 h 30 min today"
run scan 4006381333931;       check "a product barcode is rejected (1)" rc 1
check "with a calm sentence" out_is "This card could not be read. Please try again, or ask a mentor."
run badge issue 1; new=$(cat "$tmp/out")
ROTA_NOW=2026-11-24T08:00:00 run scan "$old"
check "the replaced card is refused" rc 1; check "as replaced" out_has "was replaced"
ROTA_NOW=2026-11-24T08:00:00 run scan "$new"; check "the new card works" rc 0
ROTA_NOW=2026-11-25T08:00:00 run scan "$new"
check "a forgotten check-out is said, not invented" out_has "no check-out"
ROTA_NOW=2026-11-25T08:00 "$BIN" --db "$db" --lang sl scan 123 >"$tmp/out" 2>&1
check "--lang sl speaks Slovenian" out_has "Kartice ni bilo mogoče prebrati"
ROTA_NOW=yesterday run scan "$new";  check "a malformed ROTA_NOW is a usage error" rc 2

run visits --csv
check "visits --csv header" bash -c "head -n 1 '$tmp/out' | tr -d '\r' | grep -qx 'visit_id,person_id,name,date,check_in,check_out,status'"
check "a closed visit with local times" out_has "1,1,Ana Kovač,2026-11-23,2026-11-23 08:12:00,2026-11-23 15:42:00,closed"
check "end unknown has no end" out_has "2,1,Ana Kovač,2026-11-24,2026-11-24 08:00:00,,end_unknown"
check "the open visit" out_has "3,1,Ana Kovač,2026-11-25,2026-11-25 08:00:00,,open"
run visits --from 2026-11-24 --to 2026-11-24 --csv
check "--from/--to filter by day" test "$(tr -d '\r' <"$tmp/out" | tail -n +2 | cut -d, -f1 | tr '\n' ' ')" = "2 "
run visits --from 2026-13-01;  check "a bad date is a usage error" rc 2

run config set name_list off;  check "config set" rc 0
run config;                    check "config lists the setting" out_has "name_list=off"
run config set name_list maybe; check "a bad value is refused (1)" rc 1
run config set no_such 1;       check "an unknown key is refused (1)" rc 1
run config set mentor_idle_seconds 0; check "mentor_idle_seconds 0 is refused (1)" rc 1
check "and the refusal names the range" err_has "from 30 to 900"
run config list;               check "and nothing changed" out_has "mentor_idle_seconds=120"
run config;                    check "checking in by name needs a PIN by default" out_has "name_checkin_needs=pin"
run config;                    check "the greeting's own window is 10 s by default" out_has "undo_seconds=10"
run config set name_checkin_needs mentor; check "name_checkin_needs mentor is taken" rc 0
run config;                    check "and listed" out_has "name_checkin_needs=mentor"
run config set name_checkin_needs none; check "name_checkin_needs none is taken" rc 0
run config set name_checkin_needs maybe; check "a bad name_checkin_needs is refused (1)" rc 1
run config;                    check "and the setting is unchanged" out_has "name_checkin_needs=none"
run config set name_checkin_needs pin; check "back to pin" rc 0

echo "not a database at all, just words, long enough to fill a header page" >"$tmp/notes.db"
"$BIN" --db "$tmp/notes.db" --lang en person list >"$tmp/out" 2>"$tmp/err"; echo $? >"$tmp/rc"
check "another file is refused (1)" rc 1
check "calmly, with no SQLite error text" bash -c "grep -q 'not a rota database' '$tmp/err' && ! grep -qi 'sqlite\|malformed\|SQL' '$tmp/err'"
check "and left as it was" grep -q "^not a database" "$tmp/notes.db"
run scan --help;  check "every command has --help" rc 0

# Mentor records from the command line.
run progress add 1 --process sorting --level 3 --mentor 2 --note "careful" --words "I like it"
check "progress add prints the entry id" out_is 1
run progress add 1 --skill teamwork --level 2 --mentor 2 --date 2026-11-20
check "a skill too" out_is 2
run progress add 1 --process sorting --level 7 --mentor 2;  check "level 7 is a usage error" rc 2
run progress add 1 --process welding --level 2 --mentor 2;  check "an unknown process is refused (1)" rc 1
check "saying so, not a catch-all" err_has "This process or skill is not one the workshop has"
run progress add 2 --process sorting --level 2 --mentor 2;  check "a mentor has no progress to record (1)" rc 1
run progress add 1 --process sorting --level 2 --mentor 1;  check "a participant is no mentor (1)" rc 1
check "saying the mentor given is none, not a catch-all" err_has "The mentor given (--by or --mentor) is not an active mentor or coordinator"
"$BIN" --db "$db" --lang hr progress add 1 --process sorting --level 2 --mentor 1 >"$tmp/out" 2>"$tmp/err"
check "in Croatian too" err_has "Navedeni mentor (--by ili --mentor) nije aktivan mentor ni koordinator"
run progress add 1 --process sorting --skill teamwork --level 2 --mentor 2; check "process and skill at once is a usage error" rc 2
run progress list 1 --csv
check "progress list: header" bash -c "head -n 1 '$tmp/out' | tr -d '\r' | grep -qx 'entry_id,person_id,name,kind,code,level,date,mentor_id,note,words'"
check "progress list: the entry with note and words" out_has "1,1,Ana Kovač,process,sorting,3,"
check "progress list: the words" out_has ",2,careful,I like it"
check "progress list: a level seen on another day" out_has "2,1,Ana Kovač,skill,teamwork,2,2026-11-20,2,,"

ROTA_NOW=2026-11-25T17:00:00 run review --csv
check "review: header" bash -c "head -n 1 '$tmp/out' | tr -d '\r' | grep -qx 'item,person_id,name,date,detail'"
check "review lists the end unknown visit" out_has "end_unknown,1,Ana Kovač,2026-11-24,"
check "and the participant's own words" out_has 'words,1,Ana Kovač,'

run visit correct 2 --check-out 15:00 --by 2
check "a correction without a reason is a usage error" rc 2
run visit correct 2 --check-out 07:00 --by 2 --reason "x"
check "an end before the start is refused (1)" rc 1
run visit correct 2 --check-out 15:00 --by 1 --reason "x"
check "a participant cannot correct (1)" rc 1
check "naming --by and who was given" err_has "--by 1 is not an active mentor or coordinator"
ROTA_NOW=2026-11-25T17:05:00 run visit correct 2 --check-out 15:00 --by 2 --reason "phoned, left at three"
check "a mentor's correction is recorded" rc 0
run visits --from 2026-11-24 --to 2026-11-24 --csv
check "the visit shows the real end" out_has "2,1,Ana Kovač,2026-11-24,2026-11-24 08:00:00,2026-11-24 15:00:00,closed"
ROTA_NOW=2026-11-25T16:30:00 run visit correct 2 --check-out "2026-11-25 17:30" --by 2 --reason "x"
check "at 16:30 a check-out at 17:30 is refused (1)" rc 1; check "saying it is later than now" err_has "later than now"
check "naming the option, the time given and now" err_has "--check-out 17:30 is later than now, 16:30"
ROTA_NOW=2026-11-25T16:30:00 "$BIN" --db "$db" --lang sl visit correct 2 --check-out "2026-11-25 17:30" --by 2 --reason "x" >"$tmp/out" 2>"$tmp/err"
check "in Slovenian too, with the option and both times" err_has "--check-out 17:30 je pozneje kot zdaj, 16:30"
ROTA_NOW=2026-11-25T16:30:00 run visit correct 2 --check-out 1530 --by 2 --reason "x"
check "a time that cannot be read is refused (1)" rc 1; check "naming the option and the form it takes" err_has "--check-out takes a time like 16:30"
ROTA_NOW=2026-11-25T16:30:00 run visit correct 999 --check-out 15:00 --by 2 --reason "x"
check "a visit that is not there is named" err_has "There is no visit 999"
ROTA_NOW=2026-11-25T16:30:00 run visit add 1 --date 2026-11-24 --check-in 09:00 --check-out 10:00 --by 2 --reason "x"
check "an added visit overlapping another is refused (1)" rc 1
check "naming the option, the time and the visit it falls in" err_has "--check-in 09:00 falls in visit 2 of the same person, 08:00 to 15:00"
ROTA_NOW=2026-11-25T16:30:00 run visit add 1 --date 2020-01-06 --check-in 09:00 --check-out 10:00 --by 2 --reason "x"
check "a day before the registration is refused (1)" rc 1; check "saying so" err_has "before the person was registered"
ROTA_NOW=2026-11-25T16:30:00 run visit add 1 --date 2026-11-24 --check-in 16:00 --check-out 15:00 --by 2 --reason "x"
check "an added end before the start is refused" err_has "--check-out 15:00 is not after the check-in, 16:00"
ROTA_NOW=2026-11-25T16:30:00 "$BIN" --db "$db" --lang sl visit add 1 --date 2026-11-24 --check-in 16:00 --check-out 15:00 --by 2 --reason "x" >"$tmp/out" 2>"$tmp/err"
check "in Slovenian, naming the option and both times" err_has "--check-out 15:00 ni po prijavi, 16:00"
check "and no catch-all sentence" bash -c "! grep -q 'ni veljaven' '$tmp/err'"
ROTA_NOW=2026-11-25T16:30:00 run visit add 1 --date 2026-11-24 --check-in 16:00 --check-out 17:00 --by 2
check "visit add without a reason is a usage error (2)" rc 2
ROTA_NOW=2026-12-02T16:30:00 run visit add 1 --date 2026-12-01 --check-in 16:00 --check-out 17:00 --by 2 --reason "worked late, card at home"
check "visit add prints the new id" grep -qxE '[0-9]+' "$tmp/out"
added=$(cat "$tmp/out")
run visit history "$added" --csv
check "the added visit's history says added, by whom and why" out_has ",2,added,\"worked late, card at home\","
run visit close-open --at 25:00 --by 2; check "close-open --at needs a time (2)" rc 2
run visit close-open --by 1;             check "close-open by a participant is refused (1)" rc 1
run visit history 2 --csv
check "visit history: header" bash -c "head -n 1 '$tmp/out' | tr -d '\r' | grep -qx 'visit_id,seq,at,by,action,reason,terminal,old_check_in,old_check_out,old_status,new_check_in,new_check_out,new_status'"
check "visit history: the end unknown, then the correction" bash -c "tr -d '\r' <'$tmp/out' | sed -n 2p | grep -q ',end_unknown,' && tr -d '\r' <'$tmp/out' | sed -n 3p | grep -q '^2,2,2026-11-25 17:05:00,2,correct,\"phoned, left at three\",'"

run person set 1 --programme-start 2026-11-01 --programme-end 2027-06-30 --target-hours 80
check "person set" rc 0
run person set 1 --programme-start 2027-07-01;  check "a programme cannot end before it starts (1)" rc 1
check "naming the end and the start" err_has "--programme-end 2027-06-30 is before the programme's start, 2027-07-01"
run hours --month 2026-11 --csv
check "hours: header" bash -c "head -n 1 '$tmp/out' | tr -d '\r' | grep -qx 'person_id,name,days_present,hours,target_hours,hours_to_date,unresolved,excused,holidays,amended_hours'"
# 23rd 08:12-15:42 (7.5 h), 24th 08:00-15:00 (7 h), 25th open (no hours yet)
check "hours: days, hours and the person's own target" out_has "1,Ana Kovač,3,14.50,80,14.50,"
check "hours: a visit open today is not yet unresolved" out_has "1,Ana Kovač,3,14.50,80,14.50,0,0,0"
ROTA_NOW=2026-12-01T09:00:00 run hours --month 2026-11 --csv
check "hours: the 25th still open a week later is an unresolved day, not a silent zero" out_has "1,Ana Kovač,3,14.50,80,14.50,1,0,0"
ROTA_NOW=2026-12-01T09:00:00 run hours --month 2026-11
check "hours: and the plain sheet says so" out_has "unresolved days: 1"

# The workshop's calendar and excused absences.
run calendar --year 2026 --csv
check "calendar: header" bash -c "head -n 1 '$tmp/out' | tr -d '\r' | grep -qx 'date,kind,name'"
check "calendar: Christmas in Slovenian" out_has "2026-12-25,holiday,božič"
check "calendar: Easter Monday" out_has "2026-04-06,holiday,velikonočni ponedeljek"
check "calendar: a Saturday" out_has "2026-01-03,weekend,"
check "calendar: not a working Monday" bash -c "! grep -q '^2026-11-23,' '$tmp/out'"
run calendar --year 2026 --country hr --csv
check "calendar: Corpus Christi in Croatia" out_has "2026-06-04,holiday,Tijelovo"
check "calendar: Statehood Day in Croatia" out_has "2026-05-30,holiday,Dan državnosti"
# --csv keeps a holiday's official name whoever reads it; a plain line
# names it in the reader's language.
"$BIN" --db "$db" --lang hr calendar --year 2026 --csv >"$tmp/out" 2>&1
check "calendar: --csv keeps the official name for a Croatian reader too" out_has "2026-12-26,holiday,dan samostojnosti in enotnosti"
"$BIN" --db "$db" --lang hr calendar --year 2026 >"$tmp/out" 2>&1
check "calendar: a plain line in Croatian names the Slovenian holiday in Croatian" \
  bash -c "grep -qP '^2026-12-26\tholiday\tDan neovisnosti i jedinstva$' '$tmp/out'"
run calendar --year 2026
check "calendar: and in English" bash -c "grep -qP '^2026-12-25\tholiday\tChristmas Day$' '$tmp/out'"
run calendar --year 2026 --country at;  check "calendar: an unknown country is a usage error" rc 2
run calendar --csv;                      check "calendar: --year is needed" rc 2
run config set workshop_days mon,tue,wed,thu; check "workshop_days set" rc 0
run calendar --year 2026 --csv
check "calendar: a four-day week has Fridays off" out_has "2026-11-27,weekend,"
run config set workshop_days mon,funday;  check "a bad weekday list is refused (1)" rc 1
run config set workshop_days mon,tue,wed,thu,fri
run config set country hr; run calendar --year 2026 --csv
check "calendar: the workshop's country is the default" out_has "2026-11-18,holiday,"
run config set country si
run closure add 2026-12-28 --to 2026-12-31 --reason "zimski odmor" --by 2
check "closure add" rc 0
run closure add 2026-12-28 --reason "x" --by 1;  check "a participant cannot close the workshop (1)" rc 1
run closure add 2026-12-31 --to 2026-12-28 --reason "x" --by 2;  check "a closure ending before it starts (1)" rc 1
check "naming both days, not a catch-all" err_has "--to 2026-12-28 is before the first day, 2026-12-31"
run closure add 2026-02-30 --reason "x" --by 2;  check "no such day is a usage error" rc 2
run closure add 2026-12-24 --reason "   " --by 2;  check "a blank reason is refused (1)" rc 1
check "naming --reason" err_has "--reason: This text is empty"
run closure add 2026-12-24 --reason $'\e[2Jx' --by 2;  check "an escape sequence in a reason is refused (1)" rc 1
run calendar --year 2026 --csv
check "calendar: the closure with its reason" out_has "2026-12-29,closure,zimski odmor"
run closure list --csv
check "closure list" out_has "1,2026-12-28,2026-12-31,zimski odmor"
ROTA_NOW=2026-11-26T09:00:00 run absence add 1 --from 2026-11-26 --to 2026-11-27 --reason appointment --note "CSD" --by 2
check "absence add" rc 0
run absence add 1 --from 2026-11-26 --reason flu --by 2;  check "an unknown reason is refused (1)" rc 1
check "naming --reason and where the reasons are set" err_has "--reason is not one of the workshop's reasons for an absence (rota config: absence_reasons)"
run absence add 1 --from 2026-11-26 --to 2026-11-20 --reason illness --by 2
check "a last day before the first is refused (1)" rc 1; check "naming both days" err_has "--to 2026-11-20 is before the first day, 2026-11-26"
"$BIN" --db "$db" --lang sl absence add 1 --from 2026-11-26 --to 2026-11-20 --reason illness --by 2 >"$tmp/out" 2>"$tmp/err"
check "in Slovenian too" err_has "--to 2026-11-20 je pred prvim dnem, 2026-11-26"
# The reasons are the workshop's: its own words may join rota's, in its order.
run config set absence_reasons "illness,court_hearing,other"; check "a workshop's list of reasons" rc 0
run config set absence_reasons "illness,Flu"; check "a reason is a lower-case code (1)" rc 1
run config set absence_reasons "illness,illness"; check "no reason twice (1)" rc 1
run config set absence_reasons ""; check "at least one reason (1)" rc 1
run config list; check "the list as set" out_has "absence_reasons=illness,court_hearing,other"
ROTA_NOW=2026-11-26T09:00:00 run absence add 1 --from 2026-11-30 --reason court_hearing --by 2
check "the workshop's own reason can be given" rc 0
court=$(grep -oE '[0-9]+' "$tmp/out" | head -n 1)
run absence add 1 --from 2026-11-30 --reason family --by 2; check "a reason the workshop dropped is refused (1)" rc 1
run absence list 1; check "its own reason reads as written" out_has "court hearing"
run absence cancel "$court" --by 2; check "and cancelled, so it excuses nothing below" rc 0
run config set absence_reasons "illness,appointment,job_interview,family,other"
run absence add 2 --from 2026-11-26 --reason illness --by 2;  check "a mentor is not given an absence (1)" rc 1
check "naming the person" err_has "Person 2 is not a participant"
run absence add 1 --from 2026-11-26 --reason illness --by 1;  check "a participant cannot record one (1)" rc 1
check "naming --by" err_has "--by 1 is not an active mentor or coordinator"
run absence add 99 --from 2026-11-26 --reason illness --by 2;  check "an unknown person (1)" rc 1
run absence add 1 --reason illness --by 2;  check "absence add needs --from" rc 2
run absence add 1 --from 2026-11-26 --reason illness --note $'a\tb' --by 2;  check "a control character in a note is refused (1)" rc 1
run absence list 1 --csv
check "absence list: header" bash -c "head -n 1 '$tmp/out' | tr -d '\r' | grep -qx 'id,person_id,from,to,reason,note,by,recorded_at,cancelled_at'"
check "absence list: the absence, with who and when" out_has "1,1,2026-11-26,2026-11-27,appointment,CSD,2,2026-11-26 09:00:00,"
ROTA_NOW=2026-12-01T09:00:00 run hours --month 2026-11 --csv
check "hours: two excused days" out_has "1,Ana Kovač,3,14.50,80,14.50,1,2,0"
run absence cancel 1 --by 2;  check "absence cancel" rc 0
run absence cancel 1 --by 2;  check "a cancelled absence cannot be cancelled again (1)" rc 1
run absence --csv;       check "a command's default verb takes its options without the verb" rc 0
check "and prints what that verb prints" out_has "id,person_id,from,to,reason"
run absence 1;           check "or its arguments" rc 0
run closure --year 2026; check "closure --year without its verb" rc 0
run config --frob;       check "an unknown option is still a usage error" rc 2
run absence list --csv
check "absence list: the cancelled one stays" bash -c "tr -d '\r' <'$tmp/out' | grep -q '^1,1,2026-11-26,.*,2026-.*[0-9]\$'"
ROTA_NOW=2026-12-01T09:00:00 run hours --month 2026-11 --csv
check "hours: a cancelled absence excuses nothing" out_has "1,Ana Kovač,3,14.50,80,14.50,1,0,0"
ROTA_NOW=2027-01-04T09:00:00 run hours --month 2026-12 --csv
check "hours: December: the added visit of the 1st, Christmas on Friday and four closure days" out_has "1,Ana Kovač,1,1.00,80,15.50,0,0,5"
run hours --month 2026-13 --csv;  check "a bad month is a usage error" rc 2
run summary --from 2026-11-02 --to 2026-11-01
check "a summary period ending before it starts is refused (1)" rc 1
check "naming --to and --from with the days given" err_has "--to 2026-11-01 is before --from 2026-11-02"
"$BIN" --db "$db" --lang sl summary --from 2026-11-02 --to 2026-11-01 >"$tmp/out" 2>"$tmp/err"
check "in Slovenian too" err_has "--to 2026-11-01 je pred --from 2026-11-02"
run central summary --to "dbname=rota" --from 2026-11-02 --until 2026-11-01
check "so is a central summary's, before any connection (1)" rc 1
check "naming --until and --from with the days given" err_has "--until 2026-11-01 is before --from 2026-11-02"

# Rotation from the command line.
run process list --csv
check "process list: header" bash -c "head -n 1 '$tmp/out' | tr -d '\r' | grep -qx 'code,name_sl,name_hr,name_en,position,capacity,active'"
check "the five processes, in three languages" out_has "sewing,Pomoč pri šivanju,Pomoćni poslovi kod šivanja,Sewing assistance,5,3,1"
run process add ironing --name-sl Likanje --name-hr Glačanje --name-en Ironing --capacity 2
check "process add" rc 0
run process add Ironing --name-sl x --name-hr x --name-en x;  check "a code of capitals is refused (1)" rc 1
check "naming the code's rule" err_has "A process code is 1 to 31 small letters, digits, _ or -."
"$BIN" --db "$db" --lang sl process add Ironing --name-sl x --name-hr x --name-en x >"$tmp/out" 2>"$tmp/err"
check "in Slovenian too" err_has "Koda procesa ima od 1 do 31 malih črk"
run process add ironing --name-sl x --name-hr x --name-en x;  check "a code in use is refused (1)" rc 1
check "saying the code is in use" err_has "already in use"
run process edit ironing --capacity 1 --active no
run process list --csv
check "process edit" out_has "ironing,Likanje,Glačanje,Ironing,6,1,0"
run group add "Skupina A" --start 2026-11-01 --end 2027-06-30
check "group add prints the id" out_is 1
run group add "Skupina B" --start 2026-12-01 --end 2026-11-01;  check "a group cannot end before it starts (1)" rc 1
check "naming --end and --start" err_has "--end is before --start."
"$BIN" --db "$db" --lang sl group add "Skupina B" --start 2026-12-01 --end 2026-11-01 >"$tmp/out" 2>"$tmp/err"
check "in Slovenian too" err_has "--end je pred --start."
run group add "Skupina A";  check "a group name in use is refused (1)" rc 1; check "saying the name is in use" err_has "already in use"
run group join 1 1 2
run group list --csv
check "group list counts participants and mentors" out_has "1,Skupina A,2026-11-01,2027-06-30,1,1"
ROTA_NOW=2026-11-26T08:00:00 run assign 1 sorting --mentor 2
check "assign" rc 0
run assign 1 ironing --mentor 2;  check "an inactive process takes nobody (1)" rc 1
check "naming the process and how to use it again" err_has "Process ironing is not in use now (rota process edit ironing --active yes)."
run assign 1 welding --mentor 2;  check "an unknown process is refused (1)" rc 1
check "naming the code given" err_has "There is no process welding"
"$BIN" --db "$db" --lang sl assign 1 welding --mentor 2 >"$tmp/out" 2>"$tmp/err"
check "in Slovenian too" err_has "Procesa welding ni"
run assign 2 sorting --mentor 2;  check "a mentor is not assigned (1)" rc 1
check "naming the person as no participant" err_has "Person 2 is not a participant"
run assign 99 sorting --mentor 2;  check "nobody is not assigned (1)" rc 1; check "naming the id" err_has "There is no person 99."
run assign 1 sorting --mentor 1;  check "a participant is no mentor (1)" rc 1; check "naming --mentor" err_has "is not an active mentor or coordinator"
run board --csv
check "board: header" bash -c "head -n 1 '$tmp/out' | tr -d '\r' | grep -qx 'process_code,person_id,name,mentor_id,checked_in,level'"
check "board: Ana at sorting with her level (not in today)" out_has "sorting,1,Ana Kovač,2,0,3"
run rotation suggest 1
check "level 3 at sorting: cutting proposed" bash -c "grep -q \$'^cutting\t' '$tmp/out'"
run person add --name "Luka Čeh" --role participant >/dev/null
run rotation suggest 3
check "a newcomer is proposed the first process" bash -c "grep -q \$'^collecting\t' '$tmp/out'"
run hours --by-process --csv
check "hours --by-process: header" bash -c "head -n 1 '$tmp/out' | tr -d '\r' | grep -qx 'person_id,name,process_code,hours'"
check "hours before any assignment have no process" out_has "1,Ana Kovač,,14.50"

# Options: one table per command, parsed before the database is opened.
"$BIN" --db "$tmp/nope.db" --lang en progress add x --bogus >"$tmp/out" 2>"$tmp/err"; echo $? >"$tmp/rc"
check "an unknown option is a usage error (2) before the database is looked for" rc 2
check "and no database was made" test ! -e "$tmp/nope.db"
run progress add 1 --skill teamwork --level 1 --mentor 2 --note -h
check "a value after --note is its value, even -h" rc 0
check "and no help is printed" grep -qxE '[0-9]+' "$tmp/out"
run progress list 1 --csv
check "the note is -h" out_has ",teamwork,1,"
check "the note is -h, as given (kept from a spreadsheet's formulas by a ')" bash -c "tr -d '\r' <'$tmp/out' | grep -q \",2,'-h,\\\$\""
run person add --name --db --role mentor
check "an option where a value should be is a usage error" rc 2
check "that says which option needs a value" err_has "--name needs a value"
check "and shows the usage line" err_has "Usage: rota person add"
check "and where to read more" err_has "Try 'rota person add --help'."
run person add --name "Đurđa Šimić" --role participant --lang hr
check "person add --lang hr" rc 0
durda=$(cat "$tmp/out")
run person list --csv
check "she is stored with hr" out_has "$durda,Đurđa Šimić,participant,hr,1"
run person set "$durda" --lang sl --name "Đurđa Šimić Horvat"
check "person set --lang --name" rc 0
run person list --csv
check "the new name and language" out_has "$durda,Đurđa Šimić Horvat,participant,sl,1"
check "the log keeps the name before" grep -q "renamed from 'Đurđa Šimić' to 'Đurđa Šimić Horvat'" "$db.log"
run person set "$durda" --lang de;   check "person set --lang de is a usage error" rc 2
run person set "$durda" --name "   "; check "person set: a blank name is refused (1)" rc 1
run person list --db "$tmp/other.db"
check "a global option after the command is a usage error" rc 2
check "that says where it goes" err_has "--db"
run person add --name="Iva Ban" --role=participant --lang=hr
check "--opt=VALUE works" rc 0
run group add -- "-Skupina C"
check "-- ends the options" rc 0
run group list --csv;         check "a name that starts with a dash (a ' keeps it from being a formula)" out_has ",'-Skupina C,"
run person;                   check "a command without its verb is a usage error" rc 2
run person frob;              check "an unknown verb is a usage error" rc 2
run person --help
check "person --help lists every verb" bash -c "for v in add list pin set; do grep -q \"rota person \$v\" '$tmp/out' || exit 1; done"
check "with their options" bash -c "for o in --name --role --lang --csv --programme-start --programme-end --target-hours --active; do grep -q -- \"\$o\" '$tmp/out' || exit 1; done"
run person add --help
check "person add --help: that verb's options" bash -c "grep -q -- --lang '$tmp/out' && ! grep -q -- --target-hours '$tmp/out'"
for cmd in init person "person add" "person list" "person pin" "person unlock" "person set" badge "badge issue" \
  "badge sheet" "badge show" "badge revoke" "badge history" "badge enrol" "badge show-number" scan visits config "config set" progress \
  "progress add" "progress list" review visit "visit correct" "visit history" hours process \
  "process add" "process edit" "process list" group "group add" "group list" "group join" assign \
  board rotation "rotation suggest"; do
  run $cmd --help
  check "rota $cmd --help" bash -c "test \"\$(cat '$tmp/rc')\" = 0 && grep -q '^Usage:' '$tmp/out'"
done
"$BIN" --db "$db" --lang en -- person list --csv >"$tmp/out" 2>"$tmp/err"; echo $? >"$tmp/rc"
check "-- before the command ends the global options" bash -c "test \"\$(cat '$tmp/rc')\" = 0 && grep -q '^id,name' '$tmp/out'"
run person add --name "Iva" --role boss
check "a bad choice names the choices" err_has "--role takes one of: participant, mentor, coordinator"
run visits --from;            check "a missing value at the end is a usage error" rc 2
run visits --csv=yes;         check "a flag takes no value" rc 2
run scan 1 2;                 check "too many arguments is a usage error" rc 2
# The clock: a scan on a clock set back is recorded, marked for the
# review, and a correction clears the mark.
run badge issue 4; durda=$(cat "$tmp/out")
ROTA_NOW=2026-11-26T09:00:00 run scan "$durda"
check "a scan at the right time" rc 0
run badge issue 3; luka=$(cat "$tmp/out")
ROTA_NOW=2026-11-26T06:00:00 run scan "$luka"
check "a scan on a clock set back succeeds" rc 0
check "with the usual line" out_has "Checked in: Luka Č. at 06:00"
ROTA_NOW=2026-11-26T17:00:00 run review --csv
check "review lists it as clock doubtful" out_has "clock_doubtful,3,Luka Čeh,2026-11-26,"
run visits --from 2026-11-26 --csv
doubtful_id=$(tr -d '\r' <"$tmp/out" | grep ',Luka Čeh,2026-11-26,' | cut -d, -f1)
ROTA_NOW=2026-11-26T17:05:00 run visit correct "$doubtful_id" --check-in 08:00 --check-out 15:00 --by 2 --reason "the clock was wrong"
check "a mentor corrects it" rc 0
ROTA_NOW=2026-11-26T17:10:00 run review --csv
check "corrected, it leaves the queue" bash -c "! grep -q clock_doubtful '$tmp/out'"
run visit history "$doubtful_id" --csv
check "the history keeps the doubtful times" out_has "2026-11-26 06:00:00,,open,2026-11-26 08:00:00,2026-11-26 15:00:00,closed"
# A scan is never recorded before the person's own latest record: Ana's
# card on that clock is recorded when her visit of 1 December ended, and
# marked all the same.
ROTA_NOW=2026-11-26T06:00:00 run scan "$new"
check "a scan behind the person's own record is recorded at it" out_has "Checked in: Ana K. at 17:00"
run visits --from 2026-12-01 --to 2026-12-01 --csv
check "on that day, so it begins where the last visit ended" out_has ",Ana Kovač,2026-12-01,2026-12-01 17:00:00,,open"
ROTA_NOW=2026-12-02T17:00:00 run review --csv
check "and is marked for the review" out_has "clock_doubtful,1,Ana Kovač,2026-12-01,"

# Closing time: one open visit of the day closed at 16:00 in one step.
run badge issue 1; card=$(cat "$tmp/out")
ROTA_NOW=2026-12-03T08:00:00 run scan "$card"
ROTA_NOW=2026-12-03T15:00:00 run visit close-open --by 2
check "close-open before the closing time is refused (1)" rc 1; check "saying the time has not come" err_has "later than now"
ROTA_NOW=2026-12-03T17:00:00 run visit close-open --by 2
check "close-open closes the day's open visit at closing time" out_is "Visits closed at 16:00: 1"
run visits --from 2026-12-03 --to 2026-12-03 --csv
check "the visit ends at 16:00" out_has "2026-12-03 08:00:00,2026-12-03 16:00:00,closed"
closed_id=$(tr -d '\r' <"$tmp/out" | tail -n 1 | cut -d, -f1)
run visit history "$closed_id" --csv
check "its history says close_open, by whom" out_has ",2,close_open,closing time,"

# The programme's dates and excused absences against the visits, on a
# records file of their own: one state per day, nothing after leaving.
db=$tmp/dates.db
run init
run person add --name "Eva Dates" --role participant
eva=$(cat "$tmp/out")
run person add --name "Mentor Dates" --role mentor; dm=$(cat "$tmp/out")
run person add --name "Coord Dates" --role coordinator; dc=$(cat "$tmp/out")
run person set "$eva" --programme-start 2026-08-31
run badge issue "$eva"; evacard=$(cat "$tmp/out")
for d in 01 02 03 04 07 08; do
  ROTA_NOW=2026-09-${d}T08:00:00 run scan "$evacard"
  ROTA_NOW=2026-09-${d}T14:00:00 run scan "$evacard"
done
ROTA_NOW=2026-09-08T15:00:00 run absence add "$eva" --from 2026-09-02 --to 2026-09-03 --reason illness --by "$dm"
check "an absence over days with visits is refused (1)" rc 1
check "and names the days" err_has "2026-09-02, 2026-09-03"
run absence list "$eva" --csv
check "and nothing was recorded" test "$(tr -d '\r' <"$tmp/out" | wc -l)" = 1
ROTA_NOW=2026-09-08T15:00:00 run absence add "$eva" --from 2026-09-09 --to 2026-09-10 --reason illness --by "$dm"
check "an absence on days still to come is fine" rc 0
ROTA_NOW=2026-09-09T08:00:00 run scan "$evacard"
check "a scan on an excused day still checks in" rc 0
ROTA_NOW=2026-09-09T14:00:00 run scan "$evacard"
ROTA_NOW=2026-09-11T09:00:00 run hours --month 2026-09 --csv
check "hours: presence wins over an excused day" out_has "$eva,Eva Dates,7,42.00,60,42.00,0,1,0"
ROTA_NOW=2026-09-11T09:00:00 run review --csv
check "the review tells the mentor" out_has "present_excused"
run person set "$eva" --exit-date 2026-09-03 --by "$dc"
check "an exit date before visits is refused (1)" rc 1
check "and names the days after it" err_has "2026-09-04"
check "naming the option, the date given and the first day after it" err_has "--exit-date 2026-09-03 is before 2026-09-04, a day the person was here"
"$BIN" --db "$db" --lang sl person set "$eva" --exit-date 2026-09-03 --by "$dc" >"$tmp/out" 2>"$tmp/err"
check "in Slovenian too" err_has "--exit-date 2026-09-03 je pred 2026-09-04, dnem, ko je bila oseba tu"
run person set "$eva" --exit-date 2026-09-20 --by "$dm"
check "a mentor is no coordinator (1)" rc 1; check "naming --by" err_has "is not an active coordinator"
run person entry "$eva" --csv
check "and no exit date was recorded" bash -c "! grep -q '2026-09-03' '$tmp/out'"
run person set "$eva" --programme-end 2026-09-03
check "a programme end before visits is refused (1)" rc 1
check "and names them" err_has "2026-09-09"
check "naming --programme-end" err_has "--programme-end 2026-09-03 is before 2026-09-04"
run person set "$eva" --exit-date 2026-09-09 --by "$dc"
check "an exit date on the last visit's day is fine" rc 0
ROTA_NOW=2026-09-16T09:00:00 run review --csv
check "who left is not 'not seen' in the review" bash -c "! grep -q 'not_seen' '$tmp/out'"
db=$tmp/cli.db

# Cards a workshop already has: an enrolled number checks its person in,
# with the history rota's own badges have; a number typed as the sheet
# prints it (spaces, dashes) is that number.
run person add --name "Fob Holder" --role participant --lang en; fob=$(cat "$tmp/out")
run person add --name "Card Coord" --role coordinator; fc=$(cat "$tmp/out")
run badge enrol "$fob" --card 0004567890 --by "$fc"
check "badge enrol --card exits 0" rc 0; check "and says the old badge stops" out_has "enrolled"
check "the records keep no card number, only its hash" \
  bash -c "! sqlite3 '$db' \"SELECT quote(seed), quote(payload_hash) FROM badges\" | grep -q 4567890"
ROTA_NOW=2026-11-27T08:00:00 run scan 0004567890
check "an enrolled EM4100 number checks its person in" out_is "Checked in: Fob H. at 08:00"
run badge enrol "$fc" --card 0004567890
check "a card that is a badge already cannot be enrolled again (1)" rc 1
check "and says so" err_has "cannot be enrolled again"
run badge enrol "$fob" --card 12-34
check "a number too short is refused (1)" rc 1; check "with the rule" err_has "6 to 20"
run badge enrol "$fob" --card "hello world"; check "letters past F are refused (1)" rc 1
run badge enrol 99 --card 0001112223; check "enrol for nobody is refused (1)" rc 1
printf '04:a2:1b:c3\n' | "$BIN" --db "$db" --lang en badge enrol "$fob" >"$tmp/out" 2>"$tmp/err"; echo $? >"$tmp/rc"
check "without --card the next scan on this terminal is enrolled" rc 0
check "after asking for it" err_has "Hold the card to the reader"
ROTA_NOW=2026-11-27T09:00:00 run scan 0004567890
check "the card it replaced is refused (1)" rc 1; check "as replaced" out_has "This card was replaced"
ROTA_NOW=2026-11-27T09:00:00 run scan 04A21BC3
check "the hex UID in capitals is the same card" out_has "Checked out: Fob H. at 09:00"
run badge history "$fob" --csv
check "the history keeps the replaced card and the new one" \
  bash -c "test \"\$(tr -d '\r' <'$tmp/out' | tail -n +2 | cut -d, -f8 | tr '\n' ' ')\" = 'revoked active '"
run badge show-number "$fob" --by "$fc"
check "show-number of an enrolled card is refused (1)" rc 1; check "the number is not kept" err_has "cannot be shown"
run badge revoke "$fob"; check "an enrolled card is revoked like a badge" rc 0
ROTA_NOW=2026-11-27T09:01:00 run scan 04a21bc3; check "and refused after" out_has "was replaced"
run badge show-number "$fob" --by "$fc"; check "show-number with no badge (1)" rc 1
run badge issue "$fob"; printed=$(cat "$tmp/out")
run badge show-number "$fob" --by "$fc"
check "show-number prints the current badge's number" out_is "$printed"; check "exit 0" rc 0
run badge show-number "$fob";            check "show-number without --by is a usage error" rc 2
run badge show-number "$fob" --by "$fob"
check "only a coordinator may see it (1)" rc 1; check "and says so" err_has "Only a coordinator"
check "and nothing was shown" bash -c "! grep -q '$printed' '$tmp/out'"
ROTA_NOW=2026-11-27T15:00:00 run scan "${printed:0:4} ${printed:4:4} ${printed:8:2}"
check "a number typed with spaces checks in" out_is "Checked in: Fob H. at 15:00"
ROTA_NOW=2026-11-27T16:00:00 run scan "${printed:0:5}-${printed:5:5}"
check "and with a dash checks out" out_has "Checked out: Fob H. at 16:00"
ROTA_NOW=2026-11-28T08:00:00 run scan "${printed:0:5} ${printed:5:5}"
check "as the sheet prints it" out_is "Checked in: Fob H. at 08:00"
run badge enrol "$fc" --card 0007654321
run badge sheet --out "$tmp/cards.pdf" "$fc"
check "a sheet leaves out whoever has an enrolled card, and says so" err_has "has an enrolled card"
check "and issues them nothing" bash -c "test \"\$(sqlite3 '$db' \"SELECT count(*) FROM badges WHERE person_id = $fc\")\" = 1"
run badge show "$fc"; check "badge show of an enrolled card is refused (1)" rc 1
check "with the reason" err_has "cannot be shown"
. "$(dirname "$0")/month.sh"
. "$(dirname "$0")/after_end.sh"
. "$(dirname "$0")/closed_day.sh"
. "$(dirname "$0")/esf.sh"

echo "cli: $passed passed, $failed failed"
((failed == 0))

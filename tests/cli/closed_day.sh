# A closed day at the door (sourced by tests/cli/run.sh, with its run,
# check and $tmp): on a public holiday or a closure nobody is checked in,
# the reason is said and the exit is 1; a mentor's word lets a check-in
# through, and checking out is never stopped. Only a coordinator records
# or removes a closure.
db=$tmp/closed.db
at() { ROTA_NOW=$1 run "${@:2}"; }
at 2027-03-01T09:00:00 init
at 2027-03-01T09:00:00 person add --name "Maja Novak" --role mentor          # 1
at 2027-03-01T09:00:00 person add --name "Tjaša Horvat" --role coordinator   # 2
at 2027-03-01T09:00:00 person add --name "Ana Kovač" --role participant      # 3
at 2027-03-01T09:00:00 badge issue 3; ana=$(cat "$tmp/out")
at 2027-03-01T09:00:00 closure add 2027-03-10 --to 2027-03-11 --reason "popis" --by 2
check "a coordinator records a closure" rc 0
at 2027-03-10T08:00:00 scan "$ana"
check "a scan on a closure day is refused (1)" rc 1
check "saying why, naming who" out_is "Ana K.: nothing was recorded. The workshop is closed today: popis."
at 2027-03-10T09:00:00 visits --from 2027-03-10 --to 2027-03-10 --csv
check "and nothing is recorded" test "$(wc -l <"$tmp/out")" = 1
ROTA_NOW=2027-03-10T08:00 "$BIN" --db "$db" --lang sl scan "$ana" >"$tmp/out" 2>&1
check "in Slovenian too" out_is "Ana K.: nič ni bilo zabeleženo. Delavnica je danes zaprta: popis."
at 2027-03-29T08:00:00 scan "$ana"
check "a public holiday closes the door the same way (1)" rc 1
check "named in the reader's language" out_has "closed today: Easter Monday."
ROTA_NOW=2027-03-29T08:00 "$BIN" --db "$db" --lang sl scan "$ana" >"$tmp/out" 2>&1
check "in Slovenian by its official name" out_has "Delavnica je danes zaprta: velikonočni ponedeljek."
ROTA_NOW=2027-03-29T08:00 "$BIN" --db "$db" --lang hr scan "$ana" >"$tmp/out" 2>&1
check "in Croatian by its Croatian name" out_has "Radionica je danas zatvorena: Uskrsni ponedjeljak."
at 2027-03-10T08:01:00 scan "$ana" --confirm-by 3
check "a participant's word does not open a closed day (1)" rc 1
check "said so" out_is "--confirm-by is not an active mentor or coordinator. Nothing was recorded."
at 2027-03-10T08:02:00 scan "$ana" --confirm-by 1
check "a mentor's word lets the check-in through" rc 0; check "as a check-in" out_is "Checked in: Ana K. at 08:02"
at 2027-03-10T12:02:00 scan "$ana"
check "checking out on a closed day is never stopped" rc 0; check "with the hours" out_has "Checked out: Ana K. at 12:02"
at 2027-03-10T12:03:00 visit history 1 --csv
check "the visit's history names the mentor who let it through" out_has "2027-03-10 08:02:00,1,check_in,\"a closed day, worked after all on a mentor's word\""
at 2027-03-10T09:00:00 badge issue 1; maja=$(cat "$tmp/out")
at 2027-03-11T07:30:00 scan "$maja"
check "a mentor's own card on a closed day is their own word" out_is "Checked in: Maja N. at 07:30"
at 2027-03-11T07:31:00 visit history 2 --csv
check "kept in the visit's history as theirs" out_has "2027-03-11 07:30:00,1,check_in,\"a closed day, worked after all on a mentor's word\""
at 2027-03-12T08:00:00 scan "$ana"
check "the day after the closure is open again" out_is "Checked in: Ana K. at 08:00"
at 2027-03-01T09:00:00 scan --help
check "scan --help tells the closed day's rule" out_has "--confirm-by"

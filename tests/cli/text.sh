#!/usr/bin/env bash
# Untrusted text: every text that enters through the command line passes the
# one gate (a refusal names the rule and changes nothing), and text already
# in the records (an old database, written here with SQLite directly) is
# printed with its control characters escaped (\x1b), never raw.
set -u
. "$(dirname "$0")/../lib/cli.sh"
db=$tmp/text.db
ESC=$'\e'
no_esc() { ! grep -q "$ESC" "$tmp/out"; }
no_bell() { ! grep -q $'\a' "$tmp/out"; }

run init;                                          check "init" rc 0
run person add --name "Maja Novak" --role mentor;  check "a mentor" out_is 1
run person add --name "Ana Kovač" --role participant; check "a participant" out_is 2

# The gate, as the issue found it open.
run person add --name $'Ana\xc0\xaf' --role participant
check "an overlong '/' (c0 af) in a name is refused (1)" rc 1
check "naming the rule" err_has "broken or unknown character"
c51=$(printf 'Č%.0s' $(seq 51)); c100=$(printf 'Č%.0s' $(seq 100))
run person add --name "$c51" --role participant;   check "51 x Č is a name of 51 characters" rc 0
run person add --name "$c100" --role participant;  check "100 x Č is still a name" rc 0
run person add --name "${c100}Č" --role participant; check "101 characters are too many (1)" rc 1
check "saying so" err_has "too long"
run person add --name $'\u200b\u200b\u200d' --role participant
check "a name of zero-width characters only is refused (1)" rc 1; check "as blank" err_has "empty or only spaces"
run person add --name $'Ana \u202eKovač' --role participant
check "a name with a bidi override is refused (1)" rc 1; check "naming it" err_has "writing direction"
run person add --name $'Ana\xc2\x85' --role participant
check "a C1 control in a name is refused (1)" rc 1; check "as a control character" err_has "control characters"
run person list --csv
check "none of the refused names was added" test "$(tr -d '\r' <"$tmp/out" | tail -n +2 | wc -l)" = 4

run progress add 2 --process sorting --level 2 --mentor 1 --words $'\e]0;pwned\a\e[2J'
check "words with an escape sequence are refused (1)" rc 1
check "A name may not contain... the rule is named" err_has "control characters"
run progress add 2 --process sorting --level 2 --mentor 1 --note $'line one\nline two'
check "a note keeps its line breaks" rc 0
run progress list 2 --csv
check "nothing of the refused words was stored" bash -c "! grep -q pwned '$tmp/out'"
check "the note's line break goes out quoted in CSV" out_has $'"line one\nline two"'
run progress list 2
check "and as \\x0a on a plain line" out_has 'line one\x0aline two'
run config set workshop_name $'Nit\e]0;pwned\a'
check "config set workshop_name with ESC is refused (1)" rc 1; check "naming the rule" err_has "control characters"
run config set kiosk_lang "";  check "an empty kiosk_lang is still a value (the workshop's language)" rc 0
run config set workshop_name ""; check "an empty workshop name is refused (1)" rc 1; check "as blank" err_has "empty or only spaces"
run badge issue 2
run badge revoke 2 --by 1 --reason $'lost\e[2J'
check "badge revoke --reason with ESC is refused (1)" rc 1
ROTA_NOW=2026-11-25T16:30:00 run visit add 2 --date 2026-11-24 --check-in 09:00 --check-out 10:00 --by 1 --reason $'x\e[2J'
check "visit add --reason with ESC is refused (1)" rc 1
ROTA_NOW=2026-11-25T16:30:00 run visit add 2 --date 2026-11-24 --check-in 09:00 --check-out 10:00 --by 1 --reason "  "
check "a blank reason is asked for (1)" rc 1; check "naming --reason" err_has "--reason needs a few words"
ROTA_NOW=2026-11-25T16:30:00 run visit add 2 --date 2026-11-24 --check-in 09:00 --check-out 10:00 --by 1 --reason ok
visit=$(cat "$tmp/out")
ROTA_NOW=2026-11-25T16:40:00 run visit correct "$visit" --check-out 11:00 --by 1 --reason $'\u2066x'
check "visit correct --reason with an isolate is refused (1)" rc 1
"$BIN" --db "$db" --lang en --terminal $'door\e[2J' person list >"$tmp/out" 2>"$tmp/err"; echo $? >"$tmp/rc"
check "--terminal with ESC is refused (1)" rc 1; check "naming the rule" err_has "control characters"
run group add $'\xe2\x80\x8b'
check "a group name of a zero-width space is refused (1)" rc 1
run closure add 2026-12-24 --reason $'Božič\a' --by 1
check "a closure reason with BEL is refused (1)" rc 1
run group add -- "=HYPERLINK(\"http://x\",\"klik\")"
check "a name that looks like a formula is a name" rc 0
run group list --csv
check "CSV keeps it from being a formula with a leading '" out_has "'=HYPERLINK("

# Control characters already in the records: an older rota let them in.
python3 - "$db" <<'EOF'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
# The records are never rewritten, so the guards step aside for this and come back.
guards = c.execute("SELECT sql FROM sqlite_master WHERE name IN ('progress_fixed', 'visit_history_fixed')").fetchall()
c.execute("DROP TRIGGER progress_fixed")
c.execute("DROP TRIGGER visit_history_fixed")
c.execute("UPDATE people SET name = ? WHERE id = 2", ("Ana\x1b]0;pwned\x07\x1b[2J Kovač",))
c.execute("UPDATE people SET name = ? WHERE id = 3", ("Nobadge\x1b[2J",))
c.execute("UPDATE progress SET note = ?, words = ?", ("n\x1b[31m", "w\x9b2J"))
c.execute("INSERT OR REPLACE INTO settings(key, value) VALUES ('workshop_name', ?)", ("Nit\x1b[2J",))
c.execute("UPDATE visit_history SET reason = ?, terminal = ?", ("r\x1b[2J", "t\x1b[2J"))
for (sql,) in guards:
    c.execute(sql)
c.commit()
EOF
for cmd in "person list" "person list --csv" "progress list" "progress list --csv" "config" "visits" \
           "visits --csv" "visit history $visit" "visit history $visit --csv" "review" "review --csv" \
           "hours --month 2026-11" "group list" "board"; do
  ROTA_NOW=2026-11-25T17:00:00 run $cmd
  check "$cmd: no ESC reaches the terminal" no_esc
  check "$cmd: no BEL either" no_bell
done
run person list
check "the stored ESC is shown as \\x1b" out_has 'Ana\x1b]0;pwned\x07\x1b[2J Kovač'
run progress list --csv
check "a stored C1 control (CSI) is shown as \\u009b" out_has 'w\u009b2J'
run config
check "a stored workshop name that fails the gate is not used: the default stands" out_has 'workshop_name=rota'
ROTA_NOW=2026-11-25T17:00:00 run scan "$(ROTA_NOW=2026-11-25T08:00:00 "$BIN" --db "$db" badge issue 2)"
check "a scan greets the stored name escaped" bash -c "grep -qF 'Ana\\x1b' '$tmp/out' && ! grep -q '$ESC' '$tmp/out'"

# Arguments echoed back in a complaint are escaped too.
for cmd in "frobnicate[2J" "person frob[2J" "person add --bogus[2J" "config set no[2J x[2J"; do
  # shellcheck disable=SC2086
  run $(printf '%b' "$cmd")
  check "'$cmd' is complained about with no raw ESC" bash -c "! grep -q '$ESC' '$tmp/err' && grep -qF '\\x1b' '$tmp/err'"
done
run badge sheet --out "$tmp/s.pdf" 3
check "a person without a badge is named escaped on stderr" bash -c "grep -qF 'Nobadge\\x1b[2J' '$tmp/err' && ! grep -q '$ESC' '$tmp/err'"

echo "text: $passed passed, $failed failed"
((failed == 0))

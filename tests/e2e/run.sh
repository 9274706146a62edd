#!/usr/bin/env bash
# Level 3: the real binary in a real terminal. A private tmux server (its
# socket in this test's own folder) at a fixed size; keys go in with
# send-keys, the screen comes back with capture-pane, polled until the
# expected text shows, with a deadline. No fixed waits: a check that
# something did not happen first waits for a sign that the input was handled.
set -u
BIN=$(realpath "${1:-./rota}")
tmp=$(mktemp -d)
export LANG=C.UTF-8 TZ=Europe/Ljubljana
unset LANGUAGE LC_ALL TMUX
T() { tmux -u -S "$tmp/tmux.sock" -f /dev/null "$@"; }
cleanup() { T kill-server 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
trap 'exit 1' INT TERM HUP

passed=0 failed=0
ok() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL: $1"; echo "---- screen ----"; T capture-pane -p -S - -t "$S" 2>/dev/null; echo "----"; }
check() { local desc=$1; shift; if "$@"; then ok; else fail "$desc"; fi; }
for tool in tmux python3; do
  command -v "$tool" >/dev/null || { echo "FAIL: $tool is needed"; echo "e2e: 0 passed, 1 failed"; exit 1; }
done

# person_pause SECONDS: the person's rhythm at the keyboard, which is input,
# not a wait for the kiosk. The kiosk's input decoder (src/ui/input.h) tells
# a scanner's burst from a person by the time between keys: a scanner's come
# within 50 ms, and a line end within 300 ms of the one before is the tail of
# a CR LF. A person types about 0.12 s a key and takes more than 0.3 s before
# the next Enter. This is the only place the test sleeps on purpose.
person_pause() { sleep "$1"; }
# type_slowly TEXT: TEXT a key at a time, as a person types it.
type_slowly() {
  local i
  for ((i = 0; i < ${#1}; i++)); do
    T send-keys -t "$S" -l "${1:i:1}"
    person_pause 0.12
  done
}

. "$(dirname "$0")/../lib/poll.sh"
# The screen, with the lines above it: when a pane's program ends, tmux
# scrolls it a line to say so, and the line on top goes there.
screen() { T capture-pane -p -S - -t "$S"; }
shows() { screen | grep -qF -- "$1"; }
# lacks TEXT: the screen could be read, and TEXT is not on it.
lacks() { local s; s=$(screen) || return 1; ! grep -qF -- "$1" <<<"$s"; }
# wait_for TEXT [SECONDS]: true once TEXT is on the screen.
wait_for() { poll "${2:-10}" shows "$1"; }
# wait_gone TEXT [SECONDS]: true once TEXT has left the screen.
wait_gone() { poll "${2:-10}" lacks "$1"; }
# wait_until COMMAND [SECONDS]: true once COMMAND succeeds.
wait_until() { poll "${2:-10}" "$1"; }
# keys_taken: true once the kiosk has read every key sent to it, that is
# once its terminal holds no unread input (curses reads a byte at a time, so
# the last key has reached the kiosk). Asking tmux for the terminal's name
# first also makes sure tmux has written what send-keys gave it.
keys_taken() {
  local tty
  tty=$(T display-message -p -t "$S" '#{pane_tty}') || return 1
  python3 -c 'import fcntl, os, struct, sys, termios
fd = os.open(sys.argv[1], os.O_RDONLY | os.O_NOCTTY | os.O_NONBLOCK)
sys.exit(struct.unpack("i", fcntl.ioctl(fd, termios.FIONREAD, bytes(4)))[0] != 0)' "$tty"
}

# big NAME: NAME's middle row in the greeting's block letters
# (src/ui/bigtext.c), where the greeting shows the person's name; the
# screens level reads every row. Only the names these checks greet.
big() {
  case $1 in
  "Ana K.") echo '█████ █ █ █ █████    ███' ;;
  "Tom B.") echo '  █   █   █ █ █ █    ████' ;;
  "Ivan B.") echo ' █  █   █ █████ █ █ █    ████' ;;
  "Špela Z.") echo ' ███  ████  ████  █     █████      █' ;;
  "Marko Ž.") echo '█ █ █ █████ ████  ███   █   █      █' ;;
  *) echo "big: no row for $1" >&2; return 1 ;;
  esac
}

db=$tmp/e2e.db
# registered the week before the visits below are made
ROTA_NOW=2026-11-16T07:00:00 "$BIN" --db "$db" init --demo --badges-out "$tmp/badges.txt" 2>/dev/null
payload() { awk -F'\t' -v n="$1" '$1 == n { print $2 }' "$tmp/badges.txt"; }
ana=$(payload "Ana Kovač"); ivan=$(payload "Ivan Babić"); tom=$(payload "Tom Brown")
visits() { "$BIN" --db "$db" visits --csv | tail -n +2 | wc -l; }

S=
# start_kiosk SESSION TIME [OPTIONS [ENV]]: the kiosk in a new 80x24 tmux
# session, which becomes $S. TIME is ROTA_NOW ("" for the real clock);
# OPTIONS are rota's after --db (else --lang en --terminal door); ENV sets
# more of the environment ("TERM=linux"); the database is $kiosk_db, else
# $db. When rota ends the pane says EXIT=status and the terminal's modes,
# and stays on screen (remain-on-exit, set in the same tmux command).
start_kiosk() {
  S=$1
  local now=${2:+ROTA_NOW=$2} opts="--lang en --terminal door" env=${4:-}
  (($# >= 3)) && opts=$3
  T new-session -d -s "$S" -x 80 -y 24 \
    "$env $now '$BIN' --db '${kiosk_db:-$db}' $opts; echo \"EXIT=\$?\"; stty -a | tr ';' '\n' | grep -ow -- '-\\?icanon\\|-\\?echo' | tr '\n' ' '; echo" \; \
    set-option -t "$S" remain-on-exit on >/dev/null
}
# mentor_sign_in [sl [END]]: in $S, M, Maja's badge ended by END (else CR)
# and her PIN; true once the review queue shows (in Slovenian with sl).
mentor_sign_in() {
  local sign="Scan your badge" pin="Please type your PIN" review="Mentor mode: review" end=${2:-$'\r'}
  if [[ ${1:-en} == sl ]]; then sign="Mentorski način" pin=PIN review="Mentorski način: pregled"; fi
  T send-keys -t "$S" m
  wait_for "$sign" >/dev/null
  T send-keys -t "$S" -l "$maja$end"
  wait_for "$pin" >/dev/null
  [[ $end == $'\r' ]] || person_pause 0.4 # the burst's LF, not the PIN's first key
  T send-keys -t "$S" -l $'1234\r'
  wait_for "$review"
}

start_kiosk door 2026-11-23T08:12:00
check "the kiosk starts on the home screen" wait_for "Please scan your card."
check "the home screen names the workshop" wait_for "Delavnica Nova nit"

# A scanner burst: the whole payload and CR LF in one write.
T send-keys -t "$S" -l "$ana"$'\r\n'
check "a scanner burst ending in CR LF greets Ana in Slovenian" wait_for "Dobrodošli! Prijavili ste se ob"
check "first name and last initial, in big letters" wait_for "$(big "Ana K.")"
# The LF came in the same write as the CR, so the kiosk read it before it
# drew the undo offer's next second; had it been taken as Enter, the
# greeting would be gone by then.
counted_down() { screen | grep -qE 'U \([1-9] s\)'; }
check "the greeting's undo offer counts down" wait_until counted_down
check "the LF of CR LF did not close the greeting" shows "$(big "Ana K.")"
check "one visit recorded" test "$(visits)" = 1
T send-keys -t "$S" Enter
check "Enter closes the greeting" wait_for "Please scan your card."

# Slow typing, then Enter.
type_slowly "$ivan"
check "typed digits are shown" wait_for "${ivan:0:5} ${ivan:5:4}"
T send-keys -t "$S" Enter
check "slowly typed digits and Enter greet Ivan in Croatian" wait_for "Dobro došli!"
T send-keys -t "$S" Enter
wait_for "Please scan your card." >/dev/null

# Rejected input changes nothing.
T send-keys -t "$S" -l $'4006381333931\r'
check "a product barcode gets one calm sentence" wait_for "This card could not be read."
check "and records nothing" test "$(visits)" = 2
person_pause 0.4 # a person's Enter, not the tail of the barcode's line
T send-keys -t "$S" Enter
check "Enter closes the message" wait_gone "This card could not be read."
# Letters and an empty Enter, then one digit: once the digit shows, the
# keys before it were handled, and they must have left nothing.
T send-keys -t "$S" -l $'hello\r'
T send-keys -t "$S" -l 7
check "a digit typed after letters and Enter is shown alone" wait_for "[ 7 ]"
check "letters at the door do nothing: no message" lacks "This card could not be read."
check "and they are not in the card field" lacks "hello"
T send-keys -t "$S" Escape
check "Esc clears the field" wait_gone "[ 7 ]"
check "and stays home" shows "Please scan your card."

# The control keys do nothing.
T send-keys -t "$S" C-c C-z 'C-\'
T send-keys -t "$S" -l 8
check "Ctrl-C, Ctrl-Z and Ctrl-\\ leave the kiosk running: a digit after them shows" wait_for "[ 8 ]"
# The pane's shell prints EXIT= when rota ends: it must not have.
check "the kiosk process is still there" lacks "EXIT="
T send-keys -t "$S" Escape
wait_gone "[ 8 ]" >/dev/null

# Resizes, at any moment.
T resize-window -t "$S" -x 60 -y 20
check "a small terminal asks to be larger" wait_for "Please make this window larger"
T send-keys -t "$S" -l "$tom"$'\r'
# Grow the window only once the kiosk has read the whole card, so it met
# the card while too small; the home screen at the new size then comes
# after the card was handled.
check "the kiosk reads the card while too small" wait_until keys_taken
three_visits() { test "$(visits)" = 3; }
check "a card scanned while too small is recorded" wait_until three_visits
T resize-window -t "$S" -x 120 -y 40
check "back to a large terminal, the card's greeting shows" wait_for "Welcome! You checked in at"
T resize-window -t "$S" -x 80 -y 24
check "the greeting survives a resize" wait_for "$(big "Tom B.")"

# SIGTERM ends it cleanly and gives the terminal back.
pid=$(pgrep -P "$(T display-message -p -t "$S" '#{pane_pid}')" -x rota)
check "the kiosk process is found" test -n "$pid"
kill -TERM "$pid" 2>/dev/null
check "SIGTERM ends the kiosk with status 0" wait_for "EXIT=0"
# stty's line comes after the exit status: wait for it, do not read at once.
restored() { screen | grep -qE '(^| )icanon( |$)' && screen | grep -qE '(^| )echo( |$)'; }
check "the terminal is restored (canonical mode, echo)" wait_until restored

# SIGHUP too.
start_kiosk door2 2026-11-23T08:12:00
wait_for "Please scan your card." >/dev/null
pid=$(pgrep -P "$(T display-message -p -t "$S" '#{pane_pid}')" -x rota)
kill -HUP "$pid" 2>/dev/null
check "SIGHUP ends the kiosk with status 0" wait_for "EXIT=0"

# Ctrl-Q leaves a demo kiosk (init --demo) cleanly, and does nothing on a
# real workshop's database.
start_kiosk demo 2026-11-23T08:12:00
check "the demo kiosk says how to leave it" wait_for "Demo: Ctrl-Q leaves"
T send-keys -t "$S" C-q
check "Ctrl-Q leaves the demo kiosk with status 0" wait_for "EXIT=0"
check "and the terminal is restored" wait_until restored
real_db=$tmp/real.db
"$BIN" --db "$real_db" init 2>/dev/null
kiosk_db=$real_db start_kiosk real "" "--lang en"
check "a real kiosk starts" wait_for "Please scan your card."
check "and says nothing of leaving" lacks "Ctrl-Q"
T send-keys -t "$S" C-q
T send-keys -t "$S" -l "12"
check "Ctrl-Q does nothing there: the kiosk still takes keys" wait_for "[ 12 ]"
check "and runs on: no exit" lacks "EXIT="

# Mentor mode: sign in with a PIN, open the review queue, resolve an end
# unknown visit, and find the correction in the record and its history.
maja=$(payload "Maja Novak"); marko=$(payload "Marko Žagar")
ROTA_NOW=2026-11-19T08:00:00 "$BIN" --db "$db" scan "$marko" >/dev/null
ROTA_NOW=2026-11-20T08:00:00 "$BIN" --db "$db" scan "$marko" >/dev/null   # the 19th: end unknown
visit19=$("$BIN" --db "$db" visits --from 2026-11-19 --to 2026-11-19 --csv | tail -n 1 | cut -d, -f1)
start_kiosk mentor 2026-11-23T17:00:00 "--lang en --terminal office"
wait_for "Please scan your card." >/dev/null
T send-keys -t "$S" m
check "M opens mentor sign-in" wait_for "Scan your badge, or press N"
T send-keys -t "$S" -l "$maja"$'\r'
check "the mentor's badge asks for her PIN" wait_for "Please type your PIN"
check "and checks nobody in" test "$(visits)" = 5
T send-keys -t "$S" -l $'1234\r'
check "the PIN opens the review queue" wait_for "Mentor mode: review"
check "the unknown check-out is listed" wait_for "Check-out not known"
person_pause 0.4 # a person's Enter, not the tail of the PIN's line
T send-keys -t "$S" Enter
check "Enter opens the correction" wait_for "Mentor mode: correct a visit"
T send-keys -t "$S" -l "16:00"
T send-keys -t "$S" Tab
T send-keys -t "$S" -l "He told me he left at four"
T send-keys -t "$S" Enter
check "saved: back to the queue" wait_for "Mentor mode: review"
check "the item is resolved" wait_gone "Check-out not known"
check "the visit is closed at 16:00 in the record" bash -c "'$BIN' --db '$db' visits --csv | grep -q '^$visit19,.*2026-11-19 16:00:00,closed'"
"$BIN" --db "$db" visit history "$visit19" --csv >"$tmp/history"
check "the history keeps the end unknown" grep -q ',end_unknown,' "$tmp/history"
check "and the correction with who and why" grep -qE '^[0-9]+,2,2026-11-23 17:0[0-9]:[0-9]{2},1,correct,He told me he left at four,office,.*,end_unknown,.*2026-11-19 16:00:00,closed' "$tmp/history"
# From Marko's timeline: his open visit of the 20th; a future check-out is
# refused by name, then the real one is saved.
T send-keys -t "$S" p
check "P lists the participants" wait_for "Mentor mode: participants"
T send-keys -t "$S" -l "mark"
person_pause 0.4 # a person's Enter, not the tail of a typed line
T send-keys -t "$S" Enter
check "Marko's file shows the open visit" wait_for "2026-11-20  Visit 08:00, here now"
person_pause 0.4 # a person's Enter
T send-keys -t "$S" Enter
check "Enter on the timeline opens the correction" wait_for "Marko Žagar, 2026-11-20"
T send-keys -t "$S" -l "2026-11-24 09:00"
T send-keys -t "$S" Tab
T send-keys -t "$S" -l "phoned"
T send-keys -t "$S" Enter
check "a check-out later than now is refused, naming the field and the times" wait_for "Check-out 2026-11-24 09:00 is after now"
# the cursor is back on the check-out, the field the refusal names
T send-keys -t "$S" BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace
T send-keys -t "$S" -l "15:30"
person_pause 0.4 # a person's Enter
T send-keys -t "$S" Enter
check "saved: the timeline shows the real end" wait_for "2026-11-20  Visit 08:00-15:30"
visit20=$("$BIN" --db "$db" visits --from 2026-11-20 --to 2026-11-20 --csv | grep ',Marko Žagar,' | cut -d, -f1)
check "and the history keeps the correction" bash -c "'$BIN' --db '$db' visit history '$visit20' --csv | grep -q ',1,correct,phoned,office,.*,open,.*2026-11-20 15:30:00,closed'"
T send-keys -t "$S" Escape
wait_for "Mentor mode: participants" >/dev/null
T send-keys -t "$S" Escape
wait_for "Mentor mode: review" >/dev/null
T send-keys -t "$S" Escape
check "Esc signs out" wait_for "Please scan your card."

# Rotation: a level 3 recorded at the kiosk, the planner's proposal
# accepted, and the next morning's greeting names the new process.
nina=$(payload "Nina Krajnc")
ROTA_NOW=2026-11-24T08:00:00 "$BIN" --db "$db" assign 7 sorting --mentor 1 >/dev/null
start_kiosk rotation 2026-11-24T16:00:00 "--lang en --terminal office"
wait_for "Please scan your card." >/dev/null
mentor_sign_in >/dev/null
T send-keys -t "$S" p
check "P lists the participants" wait_for "Mentor mode: participants"
T send-keys -t "$S" -l "nin"
person_pause 0.4 # a person's Enter
T send-keys -t "$S" Enter
check "Nina's file opens" wait_for "Nina Krajnc"
check "it says where she works" wait_for "Works at: Sorting"
T send-keys -t "$S" l
check "L records a level" wait_for "Mentor mode: record progress"
T send-keys -t "$S" 3  # the form starts at her process, Sorting
check "level 3 chosen at Sorting" wait_for "Level: 3 works on their own"
person_pause 0.4 # a person's Enter
T send-keys -t "$S" Enter
wait_for "Mentor mode: participant" >/dev/null
T send-keys -t "$S" o
# The demo has Nina at level 3 in cutting already: the planner passes it.
check "O shows the planner's proposal" wait_for "Packing comes next in the workshop's order"
T send-keys -t "$S" Enter
check "Enter accepts it" wait_for "Works at: Packing"
check "the floor agrees" bash -c "'$BIN' --db '$db' board --csv | grep -q '^packing,7,Nina Krajnc,1,'"
T send-keys -t "$S" Escape
T send-keys -t "$S" Escape
T send-keys -t "$S" Escape
wait_for "Please scan your card." >/dev/null
start_kiosk morning 2026-11-25T08:00:00 "--lang en"
wait_for "Please scan your card." >/dev/null
T send-keys -t "$S" -l "$nina"$'\r\n'
check "the next morning Nina's greeting names her new process" wait_for "Danes: Pakiranje. Z vami je Maja."

# The greeting's S and U belong to the person who scanned, for undo_seconds
# only: after it the greeting offers neither, and S opens nobody's hours.
"$BIN" --db "$db" config set undo_seconds 3 >/dev/null
start_kiosk window 2026-11-26T08:00:00 "--lang en"
wait_for "Please scan your card." >/dev/null
T send-keys -t "$S" -l "$tom"$'\r\n'
check "Tom is greeted" wait_for "$(big "Tom B.")"
check "right after the scan S is offered" wait_for "S: see my hours and progress" 1
check "and U" wait_for "Press U to undo" 1
check "after the window the undo offer is gone" wait_gone "Press U to undo" 6
check "and so is S" wait_gone "S: see my hours and progress" 1
check "the greeting is still there" wait_for "$(big "Tom B.")" 1
T send-keys -t "$S" s
check "S after the window closes the greeting" wait_for "Please scan your card."
check "and shows nobody's hours" lacks "Your time in the workshop"
T send-keys -t "$S" -l "$ana"$'\r\n'
wait_for "$(big "Ana K.")" >/dev/null
T send-keys -t "$S" s
check "within the window S shows the scanner's own hours" wait_for "Vaš čas v delavnici"
"$BIN" --db "$db" config set undo_seconds 10 >/dev/null

# The greeting belongs to whoever scanned: the next person's key ends it at
# once, so a U after it undoes nobody's scan. A digit typed after the U is
# the sign that the U was handled: it shows on home once it has been.
open_on_27() { "$BIN" --db "$db" visits --from 2026-11-27 --to 2026-11-27 --csv | tr -d '\r' | grep -c ",open$"; }
start_kiosk owner 2026-11-27T08:00:00 "--lang en"
wait_for "Please scan your card." >/dev/null
T send-keys -t "$S" -l "$ana"$'\r\n'
wait_for "$(big "Ana K.")" >/dev/null
T send-keys -t "$S" x
check "another key ends Ana's greeting at once" wait_for "Please scan your card."
T send-keys -t "$S" u
person_pause 0.12
T send-keys -t "$S" 5
check "U after it is handled on home" wait_for "[ 5 ]"
check "and undoes nothing" test "$(open_on_27)" = 1
check "nor says so" lacks "Undone"
T send-keys -t "$S" Escape
wait_gone "[ 5 ]" >/dev/null
T send-keys -t "$S" -l "$tom"$'\r\n'
wait_for "$(big "Tom B.")" >/dev/null
person_pause 0.4 # a person's key, not the tail of the scanner's line
T send-keys -t "$S" 7
check "a digit ends Tom's greeting too, and begins a typed card" wait_for "[ 7 ]"
T send-keys -t "$S" u
person_pause 0.12
T send-keys -t "$S" 8
check "U after it is handled on home" wait_for "[ 78 ]"
check "and undoes nothing either" test "$(open_on_27)" = 2

# A card scanned while a mentor works: checked in over the mentor's screen,
# which keeps its typed filter; the mentor's own card signs out.
luka=$(payload "Luka Čeh")
is_open() { "$BIN" --db "$db" visits --from 2026-11-26 --to 2026-11-26 --csv | tr -d '\r' | grep -q ",$1,.*,open$"; }
start_kiosk anywhere 2026-11-26T09:00:00 "--lang en --terminal office"
wait_for "Please scan your card." >/dev/null
mentor_sign_in en $'\r\n' >/dev/null
T send-keys -t "$S" p
wait_for "Mentor mode: participants" >/dev/null
T send-keys -t "$S" -l "ana"
person_pause 0.4 # the mentor's typing, then a card at the scanner
T send-keys -t "$S" -l "$luka"$'\r\n'
check "in mentor mode a burst shows who was checked in, over the screen" wait_for "Luka Č."
check "on the same screen" wait_for "Mentor mode: participants" 1
check "Luka is checked in" is_open "Luka Čeh"
check "the overlay closes by itself" wait_gone "Luka Č." 8
T send-keys -t "$S" Enter
check "the typed filter stayed: Enter opens Ana's file" wait_for "Ana Kovač"
# A note typed with a card scanned in the middle: the key that closes the
# overlay is the note's too.
T send-keys -t "$S" n
wait_for "A note about" >/dev/null
type_slowly "abc"
T send-keys -t "$S" -l "$marko"$'\r\n'
check "a card scanned while a note is typed shows in the overlay" wait_for "Marko Ž."
check "and is recorded" is_open "Marko Žagar"
type_slowly "def"
check "the note reads abcdef: the key that closed the overlay is in it" wait_for "abcdef"
person_pause 0.4 # a person's Enter
T send-keys -t "$S" Enter
check "Enter saves the note" wait_gone "A note about"
check "and the file shows it whole" wait_for "abcdef"
T send-keys -t "$S" -l "$maja"$'\r\n'
check "the mentor's own card signs out" wait_for "Please scan your card."
check "and checks her neither in nor out" bash -c "! '$BIN' --db '$db' visits --from 2026-11-26 --to 2026-11-26 --csv | grep -q 'Maja Novak'"

# A scanner that types on the numeric keypad, in either keypad mode.
kp_keys() { local i k=(); for ((i = 0; i < ${#1}; i++)); do k+=("KP${1:i:1}"); done; k+=(KPEnter); T send-keys -t "$S" "${k[@]}"; }
kp_scan() { # term person short-name
  start_kiosk "kp-${1%%-*}" 2026-11-26T10:00:00 "--lang en --terminal door" "TERM=$1"
  wait_for "Please scan your card." >/dev/null
  kp_keys "$(payload "$2")"
  check "keypad digits and keypad Enter scan under TERM=$1" wait_for "$(big "$3")"
  check "and check $2 in (TERM=$1)" is_open "$2"
}
kp_scan xterm-256color "Špela Zupan" "Špela Z."
kp_scan linux "Ivan Babić" "Ivan B."

# With no language set, the kiosk speaks the workshop's Slovenian; in mentor
# mode Esc goes one step back and F10 signs out from any screen.
start_kiosk keys 2026-11-26T11:00:00 "--terminal office" "LANG=en_US.UTF-8"
check "no kiosk_lang: the kiosk starts in Slovenian" wait_for "Prosimo, skenirajte svojo kartico."
mentor_sign_in sl >/dev/null
T send-keys -t "$S" t
check "T opens today, its footer says how to sign out" wait_for "F10: odjava"
T send-keys -t "$S" Escape
check "Esc on today goes back to the review" wait_for "Mentorski način: pregled"
T send-keys -t "$S" f
wait_for "Mentorski način: delavnica" >/dev/null
T send-keys -t "$S" F10
check "F10 signs out from the floor" wait_for "Prosimo, skenirajte svojo kartico."

# Someone at the door picks Maja's name and types five wrong PINs: her name
# is paused and the words say for how long, but her badge with the right
# PIN still opens mentor mode at once.
start_kiosk attack 2026-11-26T12:00:00 "--lang en --terminal door"
wait_for "Please scan your card." >/dev/null
T send-keys -t "$S" m
wait_for "Scan your badge, or press N" >/dev/null
T send-keys -t "$S" n
wait_for "Find your name" >/dev/null
type_slowly "maj"
person_pause 0.4 # a person's Enter after the letters
T send-keys -t "$S" Enter
check "M, N and Maja's name ask for her PIN" wait_for "Please type your PIN"
for ((try = 1; try <= 5; try++)); do
  T send-keys -t "$S" -l 9
  wait_for "*" >/dev/null
  T send-keys -t "$S" -l $'999\r'
  wait_gone "*" >/dev/null # the try was taken
done
check "five wrong PINs after her name pause it, and say for how long" wait_for "It is paused for 5"
check "and send her to her badge" wait_for "Please use your badge"
T send-keys -t "$S" Escape
wait_for "Please scan your card." >/dev/null
check "her badge and the right PIN open mentor mode at once" mentor_sign_in en

# The door's sound in the real binary: with door_sound tones a scan greets at
# once and the rising check-in tone goes to the player (ROTA_SOUND_PLAYER,
# here a script that keeps what it is given), the same as `rota sound` writes.
printf '#!/bin/sh\ncat >"%s/played.part" && mv "%s/played.part" "%s/played.wav"\n' "$tmp" "$tmp" "$tmp" >"$tmp/player.sh"
chmod +x "$tmp/player.sh"
"$BIN" --db "$db" config set door_sound tones >/dev/null
"$BIN" --db "$db" sound --outcome checkin --to "$tmp/rising.wav" >/dev/null
played_rising() { [[ -f $tmp/played.wav ]] && cmp -s "$tmp/played.wav" "$tmp/rising.wav"; }
start_kiosk sound 2026-11-27T08:00:00 "--lang en --terminal door" "ROTA_SOUND_PLAYER=$tmp/player.sh"
wait_for "Please scan your card." >/dev/null
T send-keys -t "$S" -l "$ivan"$'\r'
check "with door_sound tones a scan greets as ever" wait_for "Dobro došli!"
check "and the player is given the rising check-in tone" wait_until played_rising
# The records' full check: nothing is checked before the first frame; at a
# quiet moment after it (10 s without a key at the door) a child process
# reads every page on a connection of its own. A damaged index page, planted
# in a copy of the demo's records, is logged and told to the mentor who
# signs in next, and the door goes on scanning meanwhile.
cdb=$tmp/check.db
ROTA_NOW=2026-11-16T07:00:00 "$BIN" --db "$cdb" init --demo --badges-out "$tmp/check_badges.txt" 2>/dev/null
cpay() { awk -F'\t' -v n="$1" '$1 == n { print $2 }' "$tmp/check_badges.txt"; }
check_visits() { "$BIN" --db "$cdb" visits --csv | tail -n +2 | wc -l; }
logged() { grep -qF -- "$1" "$cdb.log"; }
page=$(sqlite3 "$cdb" "SELECT rootpage FROM sqlite_master WHERE name = 'meetings_person'")
page_size=$(sqlite3 "$cdb" "PRAGMA page_size")
head -c "$page_size" /dev/zero | tr '\0' '\377' |
  dd of="$cdb" bs="$page_size" seek=$((page - 1)) conv=notrunc status=none
check "a damaged index page is planted (SQLite's own check finds it)" \
  bash -c "! sqlite3 '$cdb' 'PRAGMA quick_check' 2>&1 | grep -qx ok"
kiosk_db=$cdb start_kiosk damaged 2026-11-23T08:12:00
check "the kiosk starts on the damaged file" wait_for "Please scan your card."
check "with no check before its first frame" \
  bash -c "! grep -q 'records check' '$cdb.log'"
damage_logged() { logged "records check: the file is damaged"; }
check "within an idle minute, the check logs the damage" wait_until damage_logged 60
check "and names the page in the log" logged "Page $page"
# The door keeps working on the damaged file.
T send-keys -t "$S" -l "$(cpay "Ana Kovač")"$'\r'
check "a scan at the door still works" wait_for "$(big "Ana K.")"
check "and is recorded" test "$(check_visits)" = 1
person_pause 0.4 # a person's Enter, not the tail of the card's line
T send-keys -t "$S" Enter
wait_for "Please scan your card." >/dev/null
maja_kept=$maja; maja=$(cpay "Maja Novak")
check "the mentor signs in" mentor_sign_in en
check "and is told the records file has a damaged part" wait_for "Part of the records file is damaged."
check "calmly: the door still works" wait_for "Scans still work."
maja=$maja_kept
check "the damaged file was not written to by the check" \
  test "$(sqlite3 "$cdb" "SELECT count(*) FROM settings WHERE key = 'records_checked_on'")" = 0

# A check at work never holds up the door: its child is made slow (a
# test-only hook) and the kiosk scans while it runs; a sound file's check
# is remembered for the day; the child ends with the kiosk.
sdb=$tmp/sound.db
ROTA_NOW=2026-11-16T07:00:00 "$BIN" --db "$sdb" init --demo --badges-out "$tmp/sound_badges.txt" 2>/dev/null
spay() { awk -F'\t' -v n="$1" '$1 == n { print $2 }' "$tmp/sound_badges.txt"; }
child_started() { grep -q 'records check started (process' "$sdb.log"; }
kiosk_db=$sdb start_kiosk slowcheck 2026-11-23T08:12:00 "--lang en --terminal door" \
  "ROTA_TEST_CHECK_DELAY_MS=60000 ROTA_TEST_CHECK_QUIET_S=1"
check "the kiosk is on screen" wait_for "Please scan your card."
check "its check starts after the first frame" wait_until child_started 30
child=$(grep -o 'records check started (process [0-9]*' "$sdb.log" | grep -o '[0-9]*$' | tail -n 1)
check "the check's child is at work" kill -0 "$child"
T send-keys -t "$S" -l "$(spay "Ivan Babić")"$'\r'
check "a scan is greeted while the check runs" wait_for "$(big "Ivan B.")"
check "and recorded" test "$("$BIN" --db "$sdb" visits --csv | tail -n +2 | wc -l)" = 1
check "the check's child is still at work" kill -0 "$child"
check "and has not answered" bash -c "! grep -q 'records check: sound' '$sdb.log'"
pid=$(pgrep -P "$(T display-message -p -t "$S" '#{pane_pid}')" -x rota)
kill -TERM "$pid" 2>/dev/null
check "the kiosk stops" wait_for "EXIT=0"
child_gone() { ! kill -0 "$child" 2>/dev/null; }
check "and its check's child with it" wait_until child_gone
kiosk_db=$sdb start_kiosk soundcheck 2026-11-23T08:30:00 "--lang en --terminal door" "ROTA_TEST_CHECK_QUIET_S=1"
sound_logged() { grep -q 'records check: sound' "$sdb.log"; }
check "a sound file's check says so in the log" wait_until sound_logged 60
check "and the day is remembered" \
  test "$(sqlite3 "$sdb" "SELECT value FROM settings WHERE key = 'records_checked_on'")" = 2026-11-23
# A card the workshop already has: the number its reader types, enrolled,
# checks its person in at the door and beside a signed-in mentor; a badge
# number typed as the sheet prints it (with spaces) is that number.
person_id() { "$BIN" --db "$db" person list --csv | tr -d '\r' | awk -F, -v n="$1" '$2 == n { print $1 }'; }
ROTA_NOW=2026-11-30T07:00:00 "$BIN" --db "$db" badge enrol "$(person_id "Tom Brown")" --card 0004567890 >/dev/null
start_kiosk cards 2026-11-30T08:00:00
wait_for "Please scan your card." >/dev/null
T send-keys -t "$S" -l $'0004567890\r\n'
check "an enrolled EM4100 number, fast and Enter, checks its person in" wait_for "$(big "Tom B.")"
check "with the welcome" wait_for "You checked in at 08:00"
person_pause 0.4 # a person's Enter, not the tail of the reader's line
T send-keys -t "$S" Enter
wait_for "Please scan your card." >/dev/null
type_slowly "${ivan:0:4} ${ivan:4:4} ${ivan:8:2}"
check "the number typed with spaces shows as digits" wait_for "${ivan:0:5} ${ivan:5:5}"
person_pause 0.4
T send-keys -t "$S" Enter
check "and checks Ivan in" wait_for "$(big "Ivan B.")"
person_pause 0.4
T send-keys -t "$S" Enter
wait_for "Please scan your card." >/dev/null
before=$(visits)
check "a mentor signs in" mentor_sign_in en
"$BIN" --db "$db" badge enrol "$(person_id "Luka Čeh")" --card 0001234567 >/dev/null
T send-keys -t "$S" -l $'0001234567\r\n'
check "beside a signed-in mentor an enrolled card is checked in, in the overlay" wait_for "┌"
one_more() { test "$(visits)" = $((before + 1)); }
check "one visit more" wait_until one_more

# A reader that types a card's number in hex (a MIFARE UID). Beside the
# signed-in mentor's form a word of letters A-F typed as fast as a reader
# (one write) stays the form's text, and an enrolled card's UID in lower
# case is a scan; at the door an enrolled UID in upper case greets its person.
"$BIN" --db "$db" badge enrol "$(person_id "Nina Krajnc")" --card 04A3B2C1D2E3F4 >/dev/null
"$BIN" --db "$db" badge enrol "$(person_id "Marko Žagar")" --card 0A1B2C3D >/dev/null
wait_gone "┌" 8 >/dev/null
T send-keys -t "$S" p
check "the participants' list, with its filter" wait_for "Name starts with: _"
before=$(visits)
T send-keys -t "$S" -l "facade"
check "a word of A-F typed at a reader's speed is the filter's text" wait_for "Name starts with: facade_"
check "not a card" lacks "┌"
T send-keys -t "$S" -l $'04a3b2c1d2e3f4\r\n'
check "the hex UID in lower case, fast and Enter, is a scan beside the form" wait_for "Nina K."
check "in the overlay" shows "┌"
check "and checks Nina in" wait_until one_more
check "the overlay closes by itself" wait_gone "┌" 8
check "and nothing of the UID was typed into the filter" shows "Name starts with: facade_"
T send-keys -t "$S" F10
check "F10 signs out" wait_for "Please scan your card."
T send-keys -t "$S" -l $'0A1B2C3D\r\n'
check "at the door the hex UID in upper case greets Marko, his name big" wait_for "$(big "Marko Ž.")"
marko_in() { "$BIN" --db "$db" visits --from 2026-11-30 --to 2026-11-30 --csv | tr -d '\r' | grep -q ",Marko Žagar,.*,open$"; }
check "and checks him in" marko_in

# A closed day: a card at the door checks nobody in and says why; beside a
# signed-in coordinator the overlay asks and Y lets the check-in through;
# from Today, X lists the closed days, A adds one with the form and R
# removes one, and the door is open again.
cdb=$tmp/closed.db
ROTA_NOW=2026-11-16T07:00:00 "$BIN" --db "$cdb" init --demo --badges-out "$tmp/cbadges.txt" 2>/dev/null
cpay() { awk -F'\t' -v n="$1" '$1 == n { print $2 }' "$tmp/cbadges.txt"; }
cvisits() { "$BIN" --db "$cdb" visits --csv | tail -n +2 | wc -l; }
vesna=$(ROTA_NOW=2026-11-16T07:00:00 "$BIN" --db "$cdb" person add --name "Vesna Zupan" --role coordinator --lang en)
echo 1234 | "$BIN" --db "$cdb" person pin "$vesna" >/dev/null 2>&1
vbadge=$(ROTA_NOW=2026-11-16T07:00:00 "$BIN" --db "$cdb" badge issue "$vesna")
ROTA_NOW=2026-12-01T07:00:00 "$BIN" --db "$cdb" closure add 2026-12-24 --reason "inventura" --by "$vesna" >/dev/null
kiosk_db=$cdb start_kiosk closed 2026-12-24T08:00:00
wait_for "Please scan your card." >/dev/null
T send-keys -t "$S" -l "$(cpay "Tom Brown")"$'\r\n'
check "a card on a closed day: the reason" wait_for "The workshop is closed today: inventura."
check "Tom is named" shows "Tom B."
check "and nothing is recorded" test "$(cvisits)" = 0
person_pause 0.4
T send-keys -t "$S" Enter
wait_for "Please scan your card." >/dev/null
T send-keys -t "$S" m
wait_for "Scan your badge" >/dev/null
T send-keys -t "$S" -l "$vbadge"$'\r'
wait_for "Please type your PIN" >/dev/null
T send-keys -t "$S" -l $'1234\r'
check "a coordinator signs in on the closed day" wait_for "Mentor mode: review"
T send-keys -t "$S" -l "$(cpay "Tom Brown")"$'\r\n'
check "beside her the overlay asks first" wait_for "Press Y to check"
check "nothing recorded yet" test "$(cvisits)" = 0
T send-keys -t "$S" y
check "Y checks Tom in all the same" wait_for "CHECKED IN"
check "one visit" test "$(cvisits)" = 1
T send-keys -t "$S" Escape
wait_gone "┌" >/dev/null
T send-keys -t "$S" t
wait_for "Mentor mode: today" >/dev/null
T send-keys -t "$S" x
check "X on Today lists the closed days" wait_for "Mentor mode: closed days"
check "with the closure and its reason" wait_for "inventura"
T send-keys -t "$S" a
check "A opens the closure form" wait_for "Mentor mode: close the workshop"
T send-keys -t "$S" Right
type_slowly "selitev"
person_pause 0.4
T send-keys -t "$S" Enter
check "the form's closure is on the list" wait_for "selitev"
check "for the next day" wait_for "2026-12-25"
T send-keys -t "$S" r
check "R asks first" wait_for "Press Y to open 2026-12-24 again."
T send-keys -t "$S" y
check "Y removes the chosen closure" wait_for "2026-12-24: the workshop is open again."
T send-keys -t "$S" -l "$(cpay "Ivan Babić")"$'\r\n'
check "the door is open again: Ivan is checked in beside her without a question" wait_for "Ivan B."
check "no question asked" lacks "Press Y to check"
two_visits() { test "$(cvisits)" = 2; }
check "two visits" wait_until two_visits
check "the closure removed, the form's one stays" bash -c "'$BIN' --db '$cdb' closure list --csv | grep -q selitev && ! '$BIN' --db '$cdb' closure list --csv | grep -q inventura"

echo "e2e: $passed passed, $failed failed"
((failed == 0))

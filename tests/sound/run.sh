#!/usr/bin/env bash
# The door's sound, as a workshop hears it: `rota sound` renders each
# outcome to a WAV file and sox measures it. With tones, a check-in's pitch
# rises (its second half is higher than its first), a check-out's falls,
# and "see your mentor" is one low note; with speech, the words come in
# Slovenian, Croatian and English, audible and each its own; a name is said
# only where the workshop allows it. The setting is refused outside off,
# tones and speech.
# Usage: tests/sound/run.sh [BINARY]
set -u
. "$(dirname "$0")/../lib/cli.sh"
db=$tmp/sound.db

# The rough frequency (zero crossings) of FILE from START for LENGTH seconds.
freq() { sox "$1" -n trim "$2" "$3" stat 2>&1 | awk '/^Rough +frequency:/ { print $3 }'; }
# The RMS amplitude of FILE (0 for silence).
rms() { sox "$1" -n stat 2>&1 | awk '/^RMS +amplitude:/ { print $3 }'; }
length() { soxi -D "$1"; }
# FILE's first half's and second half's rough frequencies, as "A B".
halves() { local half; half=$(awk -v d="$(length "$1")" 'BEGIN { printf "%.4f", d / 2 }'); echo "$(freq "$1" 0 "$half") $(freq "$1" "$half" "$half")"; }
# Whether A B (two numbers) rise (B at least a fifth above A, give or take).
rises() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a > 0 && b > a * 1.3) }'; }
falls() { rises "$2" "$1"; }
louder_than() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a > b) }'; }

run init
check "init" rc 0

# Silent by default: nothing to try until a kind is named or set.
run sound --outcome checkin --to "$tmp/off.wav"
check "door_sound off by default: sound refuses without --as" rc 1
check "... and says how to try one" err_has "door_sound is off"
check "... and writes no file" test ! -e "$tmp/off.wav"
run config list
check "door_sound and door_says_names are listed, off" bash -c "grep -qx 'door_sound=off' '$tmp/out' && grep -qx 'door_says_names=off' '$tmp/out'"
run config set door_sound loud
check "door_sound takes only off, tones or speech" rc 1
check "... and says so" bash -c "grep -qF 'door_sound takes off, tones or speech.' '$tmp/out' '$tmp/err'"
run sound --outcome sideways --to "$tmp/x.wav"
check "an outcome that is none is a usage error" rc 2

# Tones.
run config set door_sound tones
check "door_sound tones is taken" rc 0
for o in checkin checkout mentor; do
  run sound --outcome "$o" --to "$tmp/$o.wav"
  check "tones: $o renders" rc 0
  check "tones: $o is a WAV file, mono 16-bit" bash -c "soxi -c '$tmp/$o.wav' | grep -qx 1 && soxi -b '$tmp/$o.wav' | grep -qx 16"
  check "tones: $o is audible" louder_than "$(rms "$tmp/$o.wav")" 0.05
  check "tones: $o prints no words" out_is ""
done
check "tones: the file is 0600" test "$(stat -c %a "$tmp/checkin.wav")" = 600
read -r a b < <(halves "$tmp/checkin.wav")
check "tones: a check-in's pitch rises ($a Hz, then $b Hz)" rises "$a" "$b"
read -r a b < <(halves "$tmp/checkout.wav")
check "tones: a check-out's pitch falls ($a Hz, then $b Hz)" falls "$a" "$b"
read -r a b < <(halves "$tmp/mentor.wav")
check "tones: see your mentor is one low note ($a Hz, $b Hz)" awk -v a="$a" -v b="$b" 'BEGIN { exit !(a < 300 && b < 300 && a > 150 && b > 150) }'
check "tones: the mentor's note is below both of a check-in's" awk -v m="$a" -v c="$(halves "$tmp/checkin.wav" | cut -d' ' -f1)" 'BEGIN { exit !(m < c) }'

# Speech, in the person's language.
run config set door_sound speech
check "door_sound speech is taken" rc 0
declare -A said_in=([sl]="Dobro jutro. Prijava." [hr]="Dobro jutro. Prijava." [en]="Good morning. Checked in.")
declare -A said_out=([sl]="Odjava. Nasvidenje." [hr]="Odjava. Doviđenja." [en]="Checked out. Goodbye.")
declare -A said_mentor=([sl]="Prosimo, oglasite se pri mentorju." [hr]="Molimo, javite se mentoru." [en]="Please see your mentor.")
for l in sl hr en; do
  run sound --outcome checkin --lang "$l" --to "$tmp/in-$l.wav"
  check "speech: a check-in is spoken in $l" rc 0
  check "speech: the words of a morning check-in in $l" out_is "${said_in[$l]}"
  ROTA_NOW=2026-11-02T14:00:00 run sound --outcome checkout --lang "$l" --to "$tmp/o.wav"
  check "speech: the words of a check-out in $l" out_is "${said_out[$l]}"
  run sound --outcome mentor --lang "$l" --to "$tmp/o.wav"
  check "speech: the words of see your mentor in $l" out_is "${said_mentor[$l]}"
  check "speech: $l is audible" louder_than "$(rms "$tmp/in-$l.wav")" 0.02
  check "speech: $l lasts at least half a second" louder_than "$(length "$tmp/in-$l.wav")" 0.5
done
check "speech: sl, hr and en each sound their own" \
  test "$(md5sum "$tmp"/in-sl.wav "$tmp"/in-hr.wav "$tmp"/in-en.wav | cut -d' ' -f1 | sort -u | wc -l)" = 3
run sound --outcome checkout --lang sl --to "$tmp/out-sl.wav"
check "speech: a check-out is spoken" rc 0
check "speech: a check-out says other words than a check-in" bash -c "! cmp -s '$tmp/out-sl.wav' '$tmp/in-sl.wav'"
run sound --outcome mentor --lang hr --to "$tmp/mentor-hr.wav"
check "speech: see your mentor is spoken" rc 0
check "speech: the kind can be tried as tones while speech is set" bash -c "'$BIN' --db '$db' --lang en sound --outcome checkin --as tones --to '$tmp/t.wav' && cmp -s '$tmp/t.wav' '$tmp/checkin.wav'"

# Names: never aloud unless the workshop turns that on.
run sound --outcome checkin --lang sl --name Ana --to "$tmp/ana-off.wav"
check "names off: the name is not said" cmp -s "$tmp/ana-off.wav" "$tmp/in-sl.wav"
check "names off: nor printed" out_is "${said_in[sl]}"
run config set door_says_names on
run sound --outcome checkin --lang sl --name Ana --to "$tmp/ana-on.wav"
check "names on: rendered" rc 0
check "names on: the first name is in the words" out_is "Dobro jutro, Ana. Prijava."
check "names on: the name is said" bash -c "! cmp -s '$tmp/ana-on.wav' '$tmp/in-sl.wav'"
check "names on: the words are longer by the name" louder_than "$(length "$tmp/ana-on.wav")" "$(length "$tmp/in-sl.wav")"

# The file is rota's to write only where a file may be written.
run sound --outcome checkin --to "$db"
check "sound never writes onto the records" rc 1
check "... and the records are whole" bash -c "'$BIN' --db '$db' --lang en config list >/dev/null"

# Speaking only renders: no sound server is reached, so a session without
# XDG_RUNTIME_DIR gets no folder of libpulse's in /tmp or in the home.
pulse_in_tmp() { find /tmp -maxdepth 1 -name 'pulse-*' -user "$(id -u)" 2>/dev/null | sort; }
pulse_before=$(pulse_in_tmp)
mkdir -p "$tmp/home"
HOME=$tmp/home env -u XDG_RUNTIME_DIR -u PULSE_SERVER ROTA_NOW=2026-11-27T08:00:00 "$BIN" --db "$db" --lang en \
  sound --outcome checkin --as speech --to "$tmp/quiet.wav" >"$tmp/out" 2>"$tmp/err"; echo $? >"$tmp/rc"
check "speech renders with no session runtime folder" rc 0
check "and leaves no libpulse folder in /tmp" test "$(pulse_in_tmp)" = "$pulse_before"
check "nor in the home" test ! -e "$tmp/home/.config/pulse"

echo "sound: $passed passed, $failed failed"
((failed == 0))

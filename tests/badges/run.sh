#!/usr/bin/env bash
# Badges as a reader sees them: every card of a printed sheet (PDF rendered
# at 150 dpi, and the 300 dpi PNG) decodes with zbarimg to exactly the
# issued payloads, and each payload checks in the person named beside it;
# the code drawn in a terminal (half blocks and spaces) decodes from a tmux
# capture; a revoked card is refused and its history stays readable.
# Usage: tests/badges/run.sh BINARY BUILD_DIR
set -u
BIN=$(realpath "${1:-./rota}")
TOOLS=$(realpath "${2:-build}")
tmp=$(mktemp -d)
export TZ=Europe/Ljubljana LANG=C.UTF-8
unset LANGUAGE LC_ALL ROTA_DB TMUX
# A private tmux server whose socket is in this test's own folder.
T() { tmux -u -S "$tmp/tmux.sock" -f /dev/null "$@"; }
trap 'T kill-server 2>/dev/null; rm -rf "$tmp"' EXIT
trap 'exit 1' INT TERM HUP
passed=0 failed=0
check() { local desc=$1; shift; if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: $desc"; fi; }
# A tool that is missing is a failure, never a reason to leave checks out.
missing=0
for tool in zbarimg pdftoppm pdfinfo pdftotext tmux python3 file; do
  command -v "$tool" >/dev/null || { echo "FAIL: $tool is needed"; missing=$((missing + 1)); }
done
((missing == 0)) || { echo "badges: 0 passed, $missing failed"; exit 1; }
. "$(dirname "$0")/../lib/poll.sh"
db=$tmp/b.db
R() { "$BIN" --db "$db" --lang en "$@"; }
zbar() { zbarimg -q --raw "$@" 2>/dev/null; }

R init --demo --badges-out "$tmp/demo.txt" 2>/dev/null
cut -f2 "$tmp/demo.txt" >"$tmp/expected"
R person add --name "Zoran Čuček" --role participant --lang hr >/dev/null   # id 13
R person add --name "Eva Đokić" --role participant --lang sl >/dev/null     # id 14

# Without --issue-missing the two without a badge are named and skipped.
R badge sheet --out "$tmp/skip.pdf" --all >"$tmp/out" 2>"$tmp/err"
check "a sheet without --issue-missing is written" test -s "$tmp/skip.pdf"
check "people without a badge are named on stderr" grep -q "Zoran Čuček" "$tmp/err"
check "and Eva too" grep -q "Eva Đokić" "$tmp/err"

R badge issue 13 >>"$tmp/expected"
R badge issue 14 >>"$tmp/expected"
sort -o "$tmp/expected" "$tmp/expected"
R badge sheet --out "$tmp/sheet.pdf" --all >"$tmp/out" 2>"$tmp/err"
check "the sheet is a PDF" bash -c "head -c 5 '$tmp/sheet.pdf' | grep -q '%PDF-'"
check "fourteen badges take two pages" test "$(pdfinfo "$tmp/sheet.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')" = 2
check "pages are A4" bash -c "pdfinfo '$tmp/sheet.pdf' | grep -q 'Page size: *595.* x 841.*'"

# One card at a time, as a scanner reads a cut card.
dpi=150
cell() { # page index -> x y w h in pixels at dpi $1
  awk -v d="$1" -v i="$2" 'BEGIN { s = d / 25.4; c = i % 2; r = int(i / 2);
    printf "%d %d %d %d\n", (19.4 + c * 85.6) * s, (13.5 + r * 54) * s, 85.6 * s, 54 * s }'
}
: >"$tmp/decoded"
named_ok=0 named_bad=0
for page in 1 2; do
  for i in 0 1 2 3 4 5 6 7 8 9; do
    read -r x y w h < <(cell $dpi $i)
    pdftoppm -r $dpi -png -f $page -l $page -x "$x" -y "$y" -W "$w" -H "$h" "$tmp/sheet.pdf" "$tmp/card"
    payload=$(zbar "$tmp/card-$page.png" "$tmp"/card-*.png | head -n 1)
    rm -f "$tmp"/card-*.png
    [[ -z $payload ]] && continue
    echo "$payload" >>"$tmp/decoded"
    echo "$page $i $payload" >>"$tmp/cells"
    # The full name printed on this card, and what a scan of its code says.
    name=$(pdftotext -r $dpi -f $page -l $page -x "$x" -y "$y" -W "$w" -H "$h" "$tmp/sheet.pdf" - |
           grep -v '^$' | sed -n 2p)
    first=${name%% *} last=${name##* }
    short="$first ${last:0:1}."
    said=$(ROTA_NOW=2026-11-23T08:00:00 R scan "$payload")
    if [[ $said == "Checked in: $short at 08:00" ]]; then
      named_ok=$((named_ok + 1))
    else
      named_bad=$((named_bad + 1)); echo "  card $page/$i: printed '$name', scan said '$said'"
    fi
  done
done
sort -o "$tmp/decoded" "$tmp/decoded"
check "every card of the PDF decodes to exactly the issued payloads" cmp -s "$tmp/decoded" "$tmp/expected"
check "each payload checks in the person printed beside it" test "$named_ok" = 14 -a "$named_bad" = 0
# Whole pages: whatever zbar finds on a full page must be an issued payload.
pdftoppm -r $dpi -png "$tmp/sheet.pdf" "$tmp/page"
zbar "$tmp"/page-*.png | sort -u >"$tmp/whole"
check "a whole page decodes to nothing but issued payloads" bash -c "test -s '$tmp/whole' && ! comm -23 '$tmp/whole' '$tmp/expected' | grep -q ."

# The PNG: 300 dpi, same cards in the same places.
R badge sheet --out "$tmp/sheet.png" --all >"$tmp/pngs" 2>/dev/null
check "the PNG sheet names its two pages" test "$(wc -l <"$tmp/pngs")" = 2
check "the PNG is 300 dpi A4 (2480 x 3508)" bash -c "file '$tmp/sheet.png' | grep -q '2480 x 3508'"
: >"$tmp/png-decoded"
same_cell=0
page=0
while read -r png; do
  page=$((page + 1))
  for i in 0 1 2 3 4 5 6 7 8 9; do
    read -r x y w h < <(cell 300 $i)
    "$TOOLS/pngcrop" "$png" "$x" "$y" "$w" "$h" "$tmp/pcard.png"
    payload=$(zbar "$tmp/pcard.png" | head -n 1)
    [[ -z $payload ]] && continue
    echo "$payload" >>"$tmp/png-decoded"
    grep -qx "$page $i $payload" "$tmp/cells" && same_cell=$((same_cell + 1))
  done
done <"$tmp/pngs"
sort -o "$tmp/png-decoded" "$tmp/png-decoded"
check "every card of the PNG decodes to exactly the issued payloads" cmp -s "$tmp/png-decoded" "$tmp/expected"
check "each in the same place as in the PDF" test "$same_cell" = 14

# --issue-missing gives a badge to whoever has none, and prints it.
R person add --name "Ivo Novi" --role participant >/dev/null   # id 15
R badge sheet --out "$tmp/new.pdf" --issue-missing 15 >/dev/null 2>&1
check "--issue-missing issues the missing badge" bash -c "'$BIN' --db '$db' badge history 15 --csv | grep -q ',active'"
pdftoppm -r $dpi -png "$tmp/new.pdf" "$tmp/new"
newp=$(zbar "$tmp"/new-1.png)
check "and its card scans Ivo in" bash -c "ROTA_NOW=2026-11-23T08:00:00 '$BIN' --db '$db' --lang en scan '$newp' | grep -q 'Checked in: Ivo N.'"

# Printing: CUPS's lp gets the PDF; without it, plain words on how to print.
PATH="/nonexistent" R badge sheet --out "$tmp/p.pdf" --print 3 >"$tmp/out" 2>/dev/null
check "without CUPS: says how to print, at actual size" grep -q "actual size" "$tmp/out"
mkdir -p "$tmp/bin"
printf '#!/bin/sh\necho "$@" >"%s/lp-args"\n' "$tmp" >"$tmp/bin/lp"
chmod +x "$tmp/bin/lp"
PATH="$tmp/bin:$PATH" R badge sheet --out "$tmp/p.pdf" --print 3 >"$tmp/out" 2>/dev/null
check "with lp: the PDF goes to the default printer" grep -q -- "$tmp/p.pdf" "$tmp/lp-args"

# Revoking: the old card is refused calmly, the history keeps who and why.
ana=$(awk -F'\t' '$1 == "Ana Kovač" { print $2 }' "$tmp/demo.txt")
R badge revoke 3 --reason "lost on the bus" --by 1 >/dev/null
out=$(ROTA_NOW=2026-11-24T08:00:00 R scan "$ana"); rc=$?
check "a revoked card is refused (exit 1)" test $rc = 1
check "with the calm sentence" test "$out" = "This card was replaced. Please use your new card, or ask a mentor."
R badge history 3 --csv >"$tmp/hist"
check "history: header" bash -c "head -n 1 '$tmp/hist' | tr -d '\r' | grep -qx 'badge_id,person_id,issued_at,issued_by,revoked_at,revoked_by,reason,status'"
check "history: who revoked it, when and why" bash -c "tr -d '\r' <'$tmp/hist' | grep -qE '^[0-9]+,3,[0-9-]+ [0-9:]+,,[0-9-]+ [0-9:]+,1,lost on the bus,revoked$'"
R badge revoke 3 >/dev/null 2>&1
check "revoking again says there is nothing to revoke (1)" test $? = 1
R badge issue 3 >/dev/null
check "a reissue after revoking works" bash -c "'$BIN' --db '$db' badge history 3 --csv | tail -n 1 | grep -q ',active'"

# The code on a terminal, read back from the pane as a camera would.
S=0
# pane_has REGEX: the pane of session qr$S, with the lines tmux scrolls
# above it when the program ends, matches REGEX.
pane_has() { T capture-pane -p -S - -t "qr$S" | grep -qE -- "$1"; }
# pane_lacks REGEX: the pane could be read, and nothing on it matches REGEX.
pane_lacks() { local s; s=$(T capture-pane -p -S - -t "qr$S") || return 1; ! grep -qE -- "$1" <<<"$s"; }
show_qr() { # style TERM cols rows: a new session S for each; the pane says
  # EXIT=status when the program ends, and stays.
  S=$((S + 1))
  T new-session -d -s "qr$S" -x "$3" -y "$4" "TERM=$2 '$BIN' --db '$db' --lang en badge show 13 $1; echo \"EXIT=\$?\"" \; \
    set-option -t "qr$S" remain-on-exit on >/dev/null
  poll 10 pane_has "Press any key|too small"
}
zoran=$(R badge sheet --out "$tmp/z.pdf" 13 >/dev/null 2>&1; pdftoppm -r $dpi -png "$tmp/z.pdf" "$tmp/z"; zbar "$tmp"/z-1.png)
# pane_decodes STYLE NAME: the pane's picture, kept as pane-NAME, decodes
# to Zoran's payload; decodes_as polls for it.
pane_decodes() {
  T capture-pane -p -e -t "qr$S" >"$tmp/pane-$2.txt"
  "$TOOLS/pane2pgm" "$1" <"$tmp/pane-$2.txt" >"$tmp/pane-$2.pgm"
  [[ $(zbar "$tmp/pane-$2.pgm") == "$zoran" ]]
}
# decodes_as STYLE NAME: polls for the decode; when it never comes, shows
# what was captured (the pane's lines with their escapes made visible and
# what zbarimg read), so a failure far away can be read from its log.
decodes_as() {
  poll 10 pane_decodes "$@" && return 0
  echo "  wanted: $zoran; zbarimg read: '$(zbar "$tmp/pane-$2.pgm" | head -n 1)'"
  echo "  the pane ($2), escapes shown:"
  cat -v "$tmp/pane-$2.txt" | head -n 45 | sed 's/^/    /'
  return 1
}
for style in blocks spaces; do
  show_qr "--style $style" xterm-256color 100 40
  check "the terminal QR ($style) decodes to the badge" decodes_as $style $style
done
check "the name is shown beside it" grep -q "Zoran Čuček" "$tmp/pane-spaces.txt"
show_qr "" linux 100 40
check "TERM=linux draws spaces by default, and it decodes" decodes_as spaces linux
check "with no half blocks at all" bash -c "! grep -q '[▀▄█]' '$tmp/pane-linux.txt'"
show_qr "--style spaces" xterm-256color 40 15
check "a terminal too small for the code says so" pane_has "too small to show"
T send-keys -t "qr$S" x
check "any key closes it: the program ends" poll 10 pane_has "^EXIT=0$"
check "and its words are gone" pane_lacks "too small"

# The printed role speaks the workshop's language, not the command line's
# default: a Slovenian workshop prints "mentor" and "udeleženec".
R config set kiosk_lang sl >/dev/null
"$BIN" --db "$db" badge sheet --out "$tmp/sl.pdf" 1 3 >/dev/null 2>&1
pdftotext "$tmp/sl.pdf" "$tmp/sl.txt"
check "a Slovenian workshop's sheet prints the participant's role in Slovenian" grep -qx "udeleženec" "$tmp/sl.txt"
check "and the mentor's" grep -qx "mentor" "$tmp/sl.txt"
check "no English role is left" bash -c "! grep -q 'participant' '$tmp/sl.txt'"
R config set kiosk_lang "" >/dev/null 2>&1

# Files that hold payloads are the owner's alone.
check "the demo badge list is 0600" test "$(stat -c %a "$tmp/demo.txt")" = 600
check "a PDF sheet is 0600" test "$(stat -c %a "$tmp/sheet.pdf")" = 600
check "every PNG page is 0600" bash -c "for f in \$(cat '$tmp/pngs'); do test \"\$(stat -c %a \"\$f\")\" = 600 || exit 1; done"
touch "$tmp/old.pdf"; chmod 644 "$tmp/old.pdf"
R badge sheet --out "$tmp/old.pdf" 1 >/dev/null 2>&1
check "a sheet written over a 0644 file makes it 0600" test "$(stat -c %a "$tmp/old.pdf")" = 600

# A name an older rota let in with bytes that are no UTF-8 (c0 af) once
# stopped cairo: every card after it was silently missing.
python3 -c 'import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
c.execute("UPDATE people SET name = CAST(? AS TEXT) WHERE id = 1", (b"Broken\xc0\xaf Name",))
c.commit()' "$db"
R badge sheet --out "$tmp/broken.pdf" 1 2 3 4 >"$tmp/out" 2>"$tmp/err"
check "a sheet with such a name is written (0)" test $? = 0
pdftotext "$tmp/broken.pdf" "$tmp/broken.txt"
R person list --csv | tr -d '\r' | awk -F, '$1 >= 2 && $1 <= 4 { print $2 }' >"$tmp/names"
check "every card after it is there" bash -c "while read -r n; do grep -qF \"\$n\" '$tmp/broken.txt' || exit 1; done <'$tmp/names'"
check "the broken name is drawn, its bad bytes as U+FFFD" grep -q "Broken�� Name" "$tmp/broken.txt"
pdftoppm -r 150 -png "$tmp/broken.pdf" "$tmp/broken"
check "four QR codes on the page" test "$(zbarimg -q --raw "$tmp"/broken-1.png 2>/dev/null | wc -l)" = 4

echo "badges: $passed passed, $failed failed"
((failed == 0))

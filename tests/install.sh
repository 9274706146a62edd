#!/usr/bin/env bash
# make install and its man page. Installs into temporary folders (a PREFIX of
# our own, then DESTDIR with PREFIX=/usr), runs the installed binary in
# Slovenian and Croatian with no ROTA_LOCALEDIR (it must find its catalogs
# under its PREFIX: its help follows the environment and --lang, its counts
# take each language's plural forms), checks that make uninstall leaves no
# folder it made, renders rota(1) and looks for every command `rota --help`
# lists and every setting with the default the program has. And
# install/kiosk-setup.sh's own answers to --help and to a misuse, which
# change nothing.
# Usage: tests/install.sh BUILD_DIR BINARY
set -u
# The help is read in English whatever the machine speaks; the clock is
# fixed (no check depends on the day it runs).
export LANG=C.UTF-8 ROTA_NOW=2026-11-02T08:00:00
unset LANGUAGE LC_ALL LC_MESSAGES
build=${1:-build}
bin=$(realpath "${2:-./rota}")
cd "$(dirname "$0")/.."
tmp=$(mktemp -d /tmp/rota-install-XXXXXX)
trap 'rm -rf "$tmp"' EXIT
passed=0 failed=0
check() { local desc=$1; shift; if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: $desc"; fi; }

# A build tree of our own, copied with its times so only the object that
# names the catalog folder is built again: the checkout's ./rota stays as it is.
mkdir -p "$tmp/build"
cp -a "$build/obj" "$build/locale" "$tmp/build/"
mk() { env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -s --no-print-directory BUILD="$tmp/build" "$@"; }

prefix=$tmp/usr
mk PREFIX="$prefix" install >"$tmp/install.log" 2>&1
check "make install PREFIX=... succeeds" test $? -eq 0
check "the binary is installed" test -x "$prefix/bin/rota"
for l in sl hr en; do
  check "the $l catalog is installed" test -f "$prefix/share/locale/$l/LC_MESSAGES/rota.mo"
done
check "the man page is installed" test -f "$prefix/share/man/man1/rota.1"
out=$(env -u ROTA_LOCALEDIR -u LANGUAGE -u LC_ALL -u LC_MESSAGES LANG=sl_SI.UTF-8 "$prefix/bin/rota" --help 2>&1)
check "the installed binary speaks Slovenian from its PREFIX" grep -q "brez ukaza rota zažene kiosk" <<<"$out"
out=$(env -u ROTA_LOCALEDIR -u LANGUAGE -u LC_ALL -u LC_MESSAGES LANG=hr_HR.UTF-8 "$prefix/bin/rota" --help 2>&1)
check "and Croatian" grep -q "^Naredbe:" <<<"$out"

# The help follows --lang as every message does, wherever --lang stands
# among the options before the command.
irota() { env -u ROTA_LOCALEDIR -u LANGUAGE -u LC_ALL -u LC_MESSAGES "$@"; }
out=$(irota LANG=C.UTF-8 "$prefix/bin/rota" --lang sl --help 2>&1)
check "rota --lang sl --help is in Slovenian" grep -q "^Ukazi:" <<<"$out"
check "and so are its options" grep -q "brez ukaza rota zažene kiosk" <<<"$out"
out=$(irota LANG=C.UTF-8 "$prefix/bin/rota" --help --lang=hr 2>&1)
check "rota --help --lang=hr is in Croatian" grep -q "^Naredbe:" <<<"$out"
out=$(irota LANG=sl_SI.UTF-8 "$prefix/bin/rota" -h --lang en 2>&1)
check "rota -h --lang en is in English on a Slovenian machine" grep -q "^Commands:" <<<"$out"
out=$(irota LANG=C.UTF-8 "$prefix/bin/rota" --lang sl --frobnicate 2>&1)
check "a usage error among the options is in Slovenian too" grep -q "^Uporaba: rota" <<<"$out"
out=$(irota LANG=C.UTF-8 "$prefix/bin/rota" --lang hr person --help 2>&1)
check "a command's help follows --lang" grep -q "^Uporaba: rota person add" <<<"$out"
out=$(irota LANG=hr_HR.UTF-8 "$prefix/bin/rota" check --help 2>&1)
check "and the environment" grep -q "^Uporaba: rota check" <<<"$out"

# rota check counts in each language's plural forms: sl has four (1 oseba,
# 2 osebi, 3 osebe, 5 oseb), hr three (1 osoba, 2 osobe, 5 osoba).
pdb=$tmp/plural.db
prota() { irota LANG=C.UTF-8 "$prefix/bin/rota" --db "$pdb" "$@"; }
prota init >/dev/null 2>&1
counts() { prota --lang "$1" check 2>&1 | head -n 1; }
check_counts() { # people, then the words each language says
  local n=$1 en=$2 sl=$3 hr=$4
  while (($(prota person list --csv 2>/dev/null | tail -n +2 | wc -l) < n)); do
    prota person add --name "Oseba $RANDOM" --role participant >/dev/null 2>&1 || return
  done
  check "rota check in English with $n: $en" grep -qF "$en" <<<"$(counts en)"
  check "in Slovenian: $sl" grep -qF "$sl" <<<"$(counts sl)"
  check "in Croatian: $hr" grep -qF "$hr" <<<"$(counts hr)"
}
check_counts 1 "sound: 1 person, 0 visits" "zdrava: 1 oseba, 0 obiskov" "ispravna: 1 osoba, 0 dolazaka"
check_counts 2 "sound: 2 people," "zdrava: 2 osebi," "ispravna: 2 osobe,"
check_counts 3 "sound: 3 people," "zdrava: 3 osebe," "ispravna: 3 osobe,"
check_counts 5 "sound: 5 people," "zdrava: 5 oseb," "ispravna: 5 osoba,"
prota badge issue 1 >"$tmp/payload" 2>/dev/null
prota scan "$(cat "$tmp/payload")" >/dev/null 2>&1
check "one visit and one badge: en" grep -qF "1 visit, 1 badge, 0 progress entries" <<<"$(counts en)"
check "sl" grep -qF "1 obisk, 1 kartica, 0 vpisov napredka" <<<"$(counts sl)"
check "hr" grep -qF "1 dolazak, 1 kartica, 0 upisa napretka" <<<"$(counts hr)"

dest=$tmp/dest
mk PREFIX=/usr DESTDIR="$dest" install >"$tmp/install2.log" 2>&1
check "make install DESTDIR=... PREFIX=/usr succeeds" test $? -eq 0
check "everything lands under DESTDIR/usr" test -x "$dest/usr/bin/rota" -a -f "$dest/usr/share/man/man1/rota.1" \
  -a -f "$dest/usr/share/locale/sl/LC_MESSAGES/rota.mo"
check "a PREFIX=/usr binary looks for its catalogs in /usr/share/locale" grep -qa '/usr/share/locale' "$dest/usr/bin/rota"
check "and not in /usr/local" bash -c "! grep -qa '/usr/local/share/locale' '$dest/usr/bin/rota'"
mk PREFIX=/usr DESTDIR="$dest" uninstall >/dev/null 2>&1
check "make uninstall removes the files" test -z "$(find "$dest" -type f)"
check "and the folders make install made" test -z "$(find "$dest" -mindepth 1)"
# A folder that was there before, and one that holds something else, stay.
mkdir -p "$dest/usr/bin"
mk PREFIX=/usr DESTDIR="$dest" install >/dev/null 2>&1
echo other >"$dest/usr/share/man/man1/other.1"
mk PREFIX=/usr DESTDIR="$dest" install >/dev/null 2>&1 # again: it made nothing new
mk PREFIX=/usr DESTDIR="$dest" uninstall >/dev/null 2>&1
check "make uninstall keeps a folder that was there before" test -d "$dest/usr/bin"
check "and one with another file in it" test -f "$dest/usr/share/man/man1/other.1"
check "and removes the rest it made" test "$(cd "$dest" && find . -mindepth 1 | sort | tr '\n' ' ')" = \
  "./usr ./usr/bin ./usr/share ./usr/share/man ./usr/share/man/man1 ./usr/share/man/man1/other.1 "

# The man page: rendered by man-db when there, else by groff itself.
page=$prefix/share/man/man1/rota.1
if command -v man >/dev/null 2>&1; then
  render() { MANWIDTH=80 LANG=C.UTF-8 man -l "$page" 2>"$tmp/man.err"; }
else
  render() { groff -man -Tutf8 -P-c "$page" 2>"$tmp/man.err"; }
fi
text=$(render | sed 's/.\x08//g')
check "the man page renders" test -n "$text"
check "without a warning" test ! -s "$tmp/man.err"
commands=$("$bin" --help | awk '/^Commands:/ { on = 1; next } on && /^  [a-z]/ { print $1 } on && /^$/ { exit }')
check "rota --help lists commands" test -n "$commands"
for c in $commands; do
  check "the man page documents rota $c" grep -qE "rota $c( |$)" <<<"$text"
  # every option the command's generated help lists (all its verbs' too)
  for o in $("$bin" $c --help 2>/dev/null | grep -oE -- '--[a-z][a-z-]+' | sort -u); do
    check "the man page names rota $c $o" grep -qF -- "$o" <<<"$text"
  done
done
for w in --db --terminal --lang --version --help ROTA_DB ROTA_NOW ROTA_LOCALEDIR XDG_DATA_HOME LANGUAGE \
  LANG .key .log 'EXIT STATUS'; do
  check "the man page mentions $w" grep -qF -- "$w" <<<"$text"
done
forgotten=$(awk '/Where a forgotten name can still be/ { on = 1; next } on && /^   [A-Z]/ { exit } on' <<<"$text" | tr -s ' \n' '  ')
for w in "backups folder" "rota backup --to" ".replaced-" "central database" "--rewrite-backups"; do
  check "the man page says a forgotten name can still be in: $w" grep -qF -- "$w" <<<"$forgotten"
done
# Every setting as the program knows it, with the default a new database
# has, in its own paragraph of SETTINGS: the page cannot drift from the
# table again.
sdb=$tmp/settings.db
"$bin" --db "$sdb" init >/dev/null 2>&1
"$bin" --db "$sdb" config list 2>/dev/null | grep -v '^site_id=' >"$tmp/settings"
check "rota config list lists the settings" test "$(wc -l <"$tmp/settings")" -gt 10
section=$(awk '/^SETTINGS$/ { on = 1; next } /^[A-Z]/ { on = 0 } on' <<<"$text")
while IFS='=' read -r key value; do
  para=$(awk -v k="$key" '/^       [^ ]/ && $1 == k { on = 1 } on && /^$/ { exit } on' <<<"$section" | tr -s ' \n' '  ')
  want="Default: ${value:-empty}."
  check "the man page describes $key, \"$want\"" grep -qF -- "$want" <<<"$para"
done <"$tmp/settings"
undo=$(sed -n 's/^undo_seconds=//p' "$tmp/settings")
kiosk=$(awk '/^THE KIOSK$/ { on = 1; next } /^[A-Z]/ { on = 0 } on' <<<"$text" | tr -s ' \n' '  ')
check "the kiosk's U undoes for undo_seconds' default ($undo)" grep -qF "For $undo seconds after a scan" <<<"$kiosk"

# install/kiosk-setup.sh answers --help (exit 0) and a misuse (2) before it
# looks at anything, so neither changes this machine.
out=$(install/kiosk-setup.sh --help 2>/dev/null); rc=$?
check "kiosk-setup.sh --help exits 0" test "$rc" -eq 0
check "and prints its usage" grep -q "^usage: .*kiosk-setup.sh \[--remove | --help\]" <<<"$out"
install/kiosk-setup.sh --frobnicate >/dev/null 2>"$tmp/ks.err"; rc=$?
check "kiosk-setup.sh with a word it does not take is a usage error (2)" test "$rc" -eq 2
check "with the usage on stderr" grep -q "^usage: " "$tmp/ks.err"

echo "install: $passed passed, $failed failed"
((failed == 0))

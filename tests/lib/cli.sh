# The start the command-line tests share (tests/cli/run.sh,
# tests/backup/run.sh). Sourced, not run, with the test's own arguments:
#   BIN      the binary under test (the first argument, else ./rota), absolute;
#   tmp      a fresh folder, removed at exit (a test that sets its own EXIT
#            trap removes it there);
#   a fixed time zone and language, none of rota's other variables, and a
#   fixed clock: ROTA_NOW is 1 November 2026 07:00 unless a command sets its
#   own, so no check depends on the day it runs;
#   run ARGS...       runs "$BIN --db $db --lang en ARGS" into $tmp/out,
#                     $tmp/err and $tmp/rc (the test sets db);
#   check DESC CMD... counts CMD's success, or prints DESC with the last
#                     run's output;
#   rc N, out_has TEXT, err_has TEXT, out_is TEXT: about the last run.
BIN=$(realpath "${1:-./rota}")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export TZ=Europe/Ljubljana LANG=C.UTF-8
unset LANGUAGE LC_ALL ROTA_DB
export ROTA_NOW=2026-11-01T07:00:00
passed=0 failed=0
check() { local desc=$1; shift; if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: $desc"; echo "  out: $(head -c 400 "$tmp/out")"; echo "  err: $(head -c 400 "$tmp/err")"; fi; }
run() { "$BIN" --db "$db" --lang en "$@" >"$tmp/out" 2>"$tmp/err"; echo $? >"$tmp/rc"; }
rc() { test "$(cat "$tmp/rc")" = "$1"; }
out_has() { grep -qF -- "$1" "$tmp/out"; }
err_has() { grep -qF -- "$1" "$tmp/err"; }
out_is() { test "$(cat "$tmp/out")" = "$1"; }

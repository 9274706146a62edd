#!/usr/bin/env bash
# Runs every test level, each with its wall time, then checks that the
# levels left nothing in /tmp, and ends with one line for all of them
# together.
# Usage: tests/run-all.sh BUILD_DIR BINARY
set -u
build=${1:-build}
bin=${2:-./rota}
cd "$(dirname "$0")/.."
export ROTA_LOCALEDIR=$build/locale
total_passed=0 total_failed=0 status=0
# What /tmp held before the first level: the levels make their folders,
# sockets and servers there and must take them all away again.
# Only what this user owns, in /tmp, tmux's socket folder there and TMPDIR:
# another user's or another program's files are not the levels'.
tmp_list() {
  local d
  for d in /tmp "/tmp/tmux-$(id -u)" ${TMPDIR:+"$TMPDIR"}; do
    [[ -d $d ]] && find "$d" -mindepth 1 -maxdepth 1 -user "$(id -u)" 2>/dev/null
  done | sort -u
}
tmp_before=$(mktemp)
tmp_list >"$tmp_before"
run_level() { # name command...
  local name=$1; shift
  echo "== $name"
  local out t0=$SECONDS
  out=$("$@" 2>&1)
  local rc=$?
  echo "$out"
  echo "   ($name: $((SECONDS - t0)) s)"
  local line
  line=$(grep -E '[0-9]+ passed, [0-9]+ failed' <<<"$out" | tail -n 1)
  if [[ -z $line ]]; then
    echo "FAIL: $name printed no result line"; total_failed=$((total_failed + 1)); status=1; return
  fi
  local p f
  p=$(grep -oE '[0-9]+ passed' <<<"$line" | grep -oE '[0-9]+')
  f=$(grep -oE '[0-9]+ failed' <<<"$line" | grep -oE '[0-9]+')
  total_passed=$((total_passed + p)); total_failed=$((total_failed + f))
  if ((rc != 0)); then
    status=1
    # an exit that says failure with no failed check counted is one
    ((f > 0)) || { echo "FAIL: $name exited $rc"; total_failed=$((total_failed + 1)); }
  fi
}
run_level "unit (core, util, store, use cases)" "$build/test-unit"
run_level "screens (in-process, golden)" "$build/test-screens"
run_level "catalogs (sl, hr, en)" tests/po-complete.sh
run_level "command line" tests/cli/run.sh "$bin"
run_level "untrusted text (the gate, escaped output)" tests/cli/text.sh "$bin"
run_level "the summary's indicators and their suppression (an attacker)" tests/cli/summary.sh "$bin"
run_level "backups (backup, restore, check)" tests/backup/run.sh "$bin"
run_level "records that leave the kiosk (entry data, meetings, summary, export, anonymise)" tests/records/run.sh "$bin"
run_level "files (damaged, wrong key, killed init)" tests/files/run.sh "$bin"
run_level "verdicts (one file, one verdict, every way in)" tests/verdicts/run.sh "$bin"
run_level "outputs (never onto the records, 0600)" tests/outputs/run.sh "$bin"
run_level "end to end (tmux)" tests/e2e/run.sh "$bin"
run_level "badges (zbarimg)" tests/badges/run.sh "$bin" "$build"
run_level "documents (pdftotext, pdftoppm, --excel)" tests/documents/run.sh "$bin" "$build"
run_level "sound (the door's tones and speech, measured with sox)" tests/sound/run.sh "$bin"
run_level "sync (a private PostgreSQL)" tests/sync/run.sh "$bin"
run_level "sync over TLS (a test authority)" tests/sync/tls.sh "$bin"
run_level "the analysts' views and roles (psql)" tests/sync/views.sh "$bin"
run_level "a small outbox, a restored site resumed (a private PostgreSQL)" tests/sync/prune.sh "$bin"
run_level "install (make install, man page)" tests/install.sh "$build" "$bin"
run_level "torture (kill -9, 4 scanners, disk full)" tests/torture/run.sh "$bin"
# The leftovers check: anything new in /tmp (or in tmux's socket folder
# there) is named and counted as a failure.
echo "== leftovers (nothing new in /tmp)"
left=$(tmp_list | comm -13 "$tmp_before" - | grep -vxF "$tmp_before")
rm -f "$tmp_before"
if [[ -n $left ]]; then
  echo "FAIL: the levels left in /tmp:"; sed 's/^/  /' <<<"$left"
  total_failed=$((total_failed + 1)); status=1
else
  total_passed=$((total_passed + 1))
fi
echo "all: $total_passed passed, $total_failed failed"
exit $status

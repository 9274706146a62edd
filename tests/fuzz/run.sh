#!/usr/bin/env bash
# Runs every libFuzzer target in DIR for SECONDS each (make fuzz builds
# them): first over its committed seeds (tests/fuzz/corpus/NAME/, never
# written to), then fuzzing from them, with what it finds kept in
# DIR/corpus/NAME. A target that crashes, leaks, hangs or breaks a promise
# fails; its input is left in DIR/crashes/ to become a regression seed.
# Ends with "N passed, N failed".
#
# Usage: tests/fuzz/run.sh DIR [SECONDS]
set -u
dir=${1:?usage: run.sh DIR [SECONDS]}
seconds=${2:-60}
here=$(cd "$(dirname "$0")" && pwd)
export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
# The catalogs are not needed; the messages stay English and quiet.
export LANGUAGE=en TZ=Europe/Ljubljana
passed=0 failed=0
mkdir -p "$dir/crashes"
for target in "$dir"/fuzz_*; do
  [[ -x $target ]] || continue
  name=$(basename "$target")
  seeds=$here/corpus/$name
  work=$dir/corpus/$name
  mkdir -p "$work" "$seeds"
  log=$dir/$name.log
  # -timeout: an input that takes 10 s is a hang; the corpus the fuzzer
  # grows goes first, so the committed seeds are never written to.
  if "$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
       -print_final_stats=1 -artifact_prefix="$dir/crashes/$name-" "$work" "$seeds" >"$log" 2>&1; then
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$')
    echo "ok: $name (${runs:-?} runs in ${seconds} s)"
    passed=$((passed + 1))
  else
    echo "FAIL: $name (see $log; the input is in $dir/crashes/)"
    grep -m 5 -E 'ERROR|fuzz:|runtime error|SUMMARY' "$log" | sed 's/^/  /'
    failed=$((failed + 1))
  fi
done
echo "fuzz: $passed passed, $failed failed"
((failed == 0))

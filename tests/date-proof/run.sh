#!/usr/bin/env bash
# The date-proof level: the levels that run the binary on a fixed clock run
# again under faketime on other days and in other zones, and must pass on
# each: today, a year on, 29 February 2028, and the two nights the clocks
# change in Europe/Ljubljana (the coming last Sundays of March and October;
# both changes fall at 01:00 UTC, and each level starts one second before,
# so it runs across the change), each with TZ=Europe/Ljubljana and with
# TZ=UTC. A check that reads the real
# date or zone fails here on some day, not only on the day it was written.
# Usage: [DATE_PROOF_ONLY=MOMENT] tests/date-proof/run.sh BINARY BUILD_DIR
set -u
bin=$(realpath "${1:-./rota}")
build=${2:-build}
cd "$(dirname "$0")/../.."
export ROTA_LOCALEDIR=$build/locale

passed=0 failed=0
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }
command -v faketime >/dev/null || { fail "faketime is not installed (install/deps.sh installs it)"; echo "date-proof: $passed passed, $failed failed"; exit 1; }

# last_sunday YEAR MONTH: the date of the month's last Sunday.
last_sunday() {
  local end
  end=$(date -u -d "$1-$2-01 +1 month -1 day" +%F)
  date -u -d "$end -$(date -u -d "$end" +%w) days" +%F
}
# coming_change MONTH: the next night (from today) the clocks change in
# that month, at one second before 01:00 UTC.
coming_change() {
  local year day
  year=$(date -u +%Y)
  day=$(last_sunday "$year" "$1")
  [[ $day > $(date -u +%F) ]] || day=$(last_sunday $((year + 1)) "$1")
  echo "$day 00:59:59"
}
# Each moment in UTC (faketime reads it in its own TZ, here UTC).
moments=(
  "today|$(date -u '+%F %T')"
  "a year on|$(date -u -d '+1 year' '+%F %T')"
  "29 February 2028|2028-02-29 11:00:00"
  "clocks forward|$(coming_change 03)"
  "clocks back|$(coming_change 10)"
)
zones=(Europe/Ljubljana UTC)
# DATE_PROOF_ONLY=NAME keeps one moment (e.g. "a year on"), for a quick run
# inside a fresh machine.
if [[ -n ${DATE_PROOF_ONLY:-} ]]; then
  kept=()
  for m in "${moments[@]}"; do [[ ${m%%|*} == "$DATE_PROOF_ONLY" ]] && kept+=("$m"); done
  ((${#kept[@]} > 0)) || { fail "no moment is called '$DATE_PROOF_ONLY'"; echo "date-proof: $passed passed, $failed failed"; exit 1; }
  moments=("${kept[@]}")
fi
levels=(
  "cli|tests/cli/run.sh $bin"
  "text|tests/cli/text.sh $bin"
  "records|tests/records/run.sh $bin"
  "documents|tests/documents/run.sh $bin $build"
  "backup|tests/backup/run.sh $bin"
)

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# run_one MOMENT ZONE LEVEL: one level at one moment in one zone; its output
# goes to a file named after the three, its result line is counted below.
run_one() {
  local when=${1#*|} zone=$2 cmd=${3#*|}
  # shellcheck disable=SC2086 # the level's command is its words
  TZ=UTC faketime "$when" env TZ="$zone" $cmd
}
# The fake clock must reach a program the levels start, or this level
# proves nothing: each moment's day as a program started under it sees it.
for m in "${moments[@]}"; do
  want=$(date -u -d "${m#*|}" +%F)
  got=$(TZ=UTC faketime "${m#*|}" date -u +%F)
  if [[ $got == "$want" ]]; then passed=$((passed + 1)); else fail "faketime did not set ${m%%|*}: $got, not $want"; fi
done

n=0
for m in "${moments[@]}"; do
  for z in "${zones[@]}"; do
    for l in "${levels[@]}"; do
      n=$((n + 1))
      echo "${m%%|*} ($z), ${l%%|*}|$m|$z|$l" >"$tmp/job.$n"
    done
  done
done
# Two at a time: the machine has two cores, and each level keeps to its own
# temp folder and database.
export -f run_one
ls "$tmp"/job.* | xargs -P 2 -I{} bash -c '
  IFS="|" read -r name mname mwhen zone lname lcmd <"$1"
  run_one "$mname|$mwhen" "$zone" "$lname|$lcmd" >"$1.out" 2>&1
  echo $? >"$1.rc"' _ {}

for i in $(seq 1 "$n"); do
  IFS="|" read -r name _ <"$tmp/job.$i"
  line=$(grep -oE '[0-9]+ passed, [0-9]+ failed' "$tmp/job.$i.out" | tail -n 1)
  if [[ -z $line ]]; then
    fail "$name printed no result line"; tail -n 5 "$tmp/job.$i.out"; continue
  fi
  f=$(grep -oE '[0-9]+ failed' <<<"$line" | grep -oE '[0-9]+')
  if [[ $f != 0 || $(cat "$tmp/job.$i.rc") != 0 ]]; then
    fail "$name: $line"; grep -E '^FAIL' "$tmp/job.$i.out" | head -n 10
  else
    passed=$((passed + ${line%% passed*}))
  fi
done
echo "$n level runs at ${#moments[@]} moments in ${#zones[@]} zones"
echo "date-proof: $passed passed, $failed failed"
((failed == 0))

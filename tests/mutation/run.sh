#!/usr/bin/env bash
# Level 7, mutation: the check for the checks. A copy of the source (the
# files git knows and new ones it does not ignore, as they are in the
# working tree) is built once, and copied once more so that two defects are
# judged side by side; then each known defect of
# tests/mutation/mutants is planted in a copy alone, the copy is built again
# (only the changed object and the links), the levels that own the broken
# rule are run, and the defect is taken out. A defect counts as caught when
# every level it names fails (a non-zero exit, a failed count above zero or
# no result line); one that a level still passes means that level no longer
# guards its rule.
#
# Before any defect the clean copy must pass every level named, else
# nothing can be judged and the level fails saying which.
#
# Usage: tests/mutation/run.sh [--head] [MUTANTS]   (from anywhere in the tree)
#   --head   copies the last commit instead (git archive HEAD), for when the
#            working tree is in the middle of a change that does not build.
# Ends with "mutation: N passed, N failed": the clean copy's levels that
# passed and the defects caught, against those that did not. Leaves
# nothing behind: the copy and every temporary file of the levels it runs
# live in one folder that is removed on exit.
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
from_head=0
[[ ${1:-} == --head ]] && { from_head=1; shift; }
list=${1:+$(realpath "$1")}
started=$SECONDS
passed=0 failed=0

work=$(mktemp -d "${TMPDIR:-/tmp}/rota-mutation.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
tree=$work/tree orig=$work/orig log=$work/log
mkdir -p "$tree" "$orig" "$work/tmp"
# With --head the list of defects is the last commit's too, so that the
# defects and the code they are planted in are of one moment.
if [[ -z $list ]] && ((from_head)); then
  list=$work/mutants
  git -C "$root" show HEAD:tests/mutation/mutants >"$list" 2>/dev/null || { echo "FAIL: no mutants at HEAD"; echo "mutation: 0 passed, 1 failed"; exit 1; }
fi
list=${list:-$root/tests/mutation/mutants}

# The levels' own commands and temporary files: mktemp in the shell levels
# follows TMPDIR into the folder removed at the end. An outer make's
# variables (BUILD=..., -j) must not reach the copy's build.
export TMPDIR=$work/tmp
unset MAKEFLAGS MFLAGS MAKELEVEL

result() {
  echo "mutation: took $((SECONDS - started)) s"
  echo "mutation: $passed passed, $failed failed"
  ((failed == 0))
  exit
}
# stop TEXT...: a failure that leaves nothing to judge after it.
stop() {
  printf 'FAIL: %s\n' "$@"
  failed=$((failed + 1))
  result
}

# --- the list of defects ----------------------------------------------------
names=() levels=() edit_of=() edit_file=() edit_from=() edit_to=()
n=0 e=0 file='' want_to=0 lineno=0
while IFS= read -r line || [[ -n $line ]]; do
  lineno=$((lineno + 1))
  [[ $line =~ ^[[:space:]]*(#|$) ]] && continue
  key=${line%%[[:space:]]*}
  val=${line#"$key"}
  val=${val#"${val%%[![:space:]]*}"}
  where="${list#"$root/"}:$lineno"
  [[ -n $val ]] || stop "$where: '$key' has no text"
  if [[ $key != mutant ]] && ((n == 0)); then stop "$where: '$key' before the first 'mutant'"; fi
  if ((want_to)) && [[ $key != to ]]; then stop "$where: a 'from' without its 'to'"; fi
  case $key in
    mutant) names[n]=$val levels[n]='' file='' n=$((n + 1)) ;;
    level)
      for l in $val; do
        [[ $l =~ ^(unit|cli|text|records|verdicts|summary)$ ]] || stop "$where: no level is called '$l'"
      done
      levels[n - 1]=$val ;;
    file)
      if ((from_head)); then
        git -C "$root" cat-file -e "HEAD:$val" 2>/dev/null || stop "$where: there is no file $val at HEAD"
      else
        [[ -f $root/$val ]] || stop "$where: there is no file $val"
      fi
      file=$val ;;
    from)
      [[ -n $file ]] || stop "$where: a 'from' before its 'file'"
      edit_of[e]=$((n - 1)) edit_file[e]=$file edit_from[e]=$val want_to=1 ;;
    to) ((want_to)) || stop "$where: a 'to' without its 'from'"
      edit_to[e]=$val e=$((e + 1)) want_to=0 ;;
    *) stop "$where: unknown word '$key'" ;;
  esac
done <"$list"
((want_to)) && stop "${list#"$root/"}: the last 'from' has no 'to'"
((n > 0)) || stop "${list#"$root/"} lists no defect"
for ((m = 0; m < n; m++)); do
  [[ -n ${levels[m]} ]] || stop "'${names[m]}' names no level that owns its rule"
  has=0
  for ((i = 0; i < e; i++)); do ((edit_of[i] == m)) && has=1; done
  ((has)) || stop "'${names[m]}' changes nothing"
done

# --- the copy ---------------------------------------------------------------
git -C "$root" rev-parse --git-dir >/dev/null 2>&1 || stop "$root is not a git working tree"
if ((from_head)); then
  git -C "$root" archive HEAD | tar -xf - -C "$tree"
else
  (cd "$root" && git ls-files -z --cached --others --exclude-standard | sort -zu |
    while IFS= read -r -d '' f; do [[ -f $f ]] && printf '%s\0' "$f"; done |
    xargs -0 cp -a --parents -t "$tree")
fi || stop "the source could not be copied"

# plant FILE FROM [TO]: replaces the one occurrence of FROM in FILE with TO
# (without TO, only looks); says how often FROM was found otherwise.
plant() {
  python3 - "$@" <<'EOF'
import sys
path, old, new = (sys.argv[1:] + [None])[:3]
with open(path, encoding="utf-8", newline="") as f:
    text = f.read()
count = text.count(old)
if count != 1:
    sys.exit(f"found {count} times, not once")
if new is not None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text.replace(old, new))
EOF
}

# Every defect must still be plantable in the clean copy before anything runs.
rotten=0
for ((i = 0; i < e; i++)); do
  if ! why=$(cd "$tree" && plant "${edit_file[i]}" "${edit_from[i]}" 2>&1); then
    echo "FAIL: '${names[edit_of[i]]}' can no longer be planted: in ${edit_file[i]}, '${edit_from[i]}' was $why; rewrite it for the code as it is now"
    rotten=$((rotten + 1))
  fi
done
((rotten == 0)) || { failed=$((failed + rotten)); result; }

# --- building and running ----------------------------------------------------
# The build CI uses; the unit binary only when a level needs it.
targets=(all)
[[ " ${levels[*]} " == *" unit "* ]] && targets+=(build/test-unit)
build() { (cd "$tree" && make -j2 EXTRA_CFLAGS=-Werror "${targets[@]}") >"$log" 2>&1; }

# run_level NAME: runs the level in the copy; true when it passes. Sets
# verdict to what it said.
run_level() {
  local rc line f
  (
    cd "$tree" || exit 1
    case $1 in
      unit) ROTA_LOCALEDIR=build/locale timeout 300 build/test-unit ;;
      cli) timeout 300 tests/cli/run.sh ./rota ;;
      text) timeout 300 tests/cli/text.sh ./rota ;;
      records) timeout 300 tests/records/run.sh ./rota ;;
      verdicts) timeout 300 tests/verdicts/run.sh ./rota ;;
      summary) timeout 300 tests/cli/summary.sh ./rota ;;
    esac
  ) >"$log" 2>&1
  rc=$?
  line=$(grep -oE '[0-9]+ passed, [0-9]+ failed' "$log" | tail -n 1)
  f=$(grep -oE '[0-9]+ failed' <<<"$line" | grep -oE '[0-9]+')
  if ((rc == 124)); then
    verdict="stopped after 300 s"
  elif [[ -z $line ]]; then
    verdict="no result line, exit $rc"
  else
    verdict="$line, exit $rc"
  fi
  [[ -n $line ]] && ((rc == 0 && f == 0))
}

# what_failed: the compiler's errors from the last build, or its end.
what_failed() { grep -E ': (fatal )?error:|\*\*\*' "$log" | head -n 10 | grep . || tail -n 10 "$log"; }

# joined TEXT...: the texts with "; " between them.
joined() { local out=$1; shift; for t; do out+="; $t"; done; echo "$out"; }

build || { what_failed; stop "the clean copy does not build"; }
baseline_ok=1
for l in $(tr ' ' '\n' <<<"${levels[*]}" | sort -u); do
  if run_level "$l"; then
    echo "ok: the clean copy passes the $l level ($verdict)"
    passed=$((passed + 1))
  else
    tail -n 30 "$log"
    echo "FAIL: the clean copy does not pass the $l level ($verdict), so no defect can be judged by it"
    failed=$((failed + 1)) baseline_ok=0
  fi
done
((baseline_ok)) || result

# judge M: plants defect m in this slot's copy, builds, runs its levels and
# takes it out again; says what it found and returns 0 when it was caught.
judge() {
  local m=$1 planted=1 i f why
  rm -rf "$orig" && mkdir -p "$orig"
  for ((i = 0; i < e; i++)); do
    ((edit_of[i] == m)) || continue
    f=${edit_file[i]}
    [[ -e $orig/$f ]] || (cd "$tree" && cp --parents "$f" "$orig")
    if ! why=$(cd "$tree" && plant "$f" "${edit_from[i]}" "${edit_to[i]}" 2>&1); then
      echo "FAIL: '${names[m]}' could not be planted: in $f, '${edit_from[i]}' was $why"
      planted=0
    fi
  done
  if ((planted)) && ! build; then
    what_failed
    echo "FAIL: '${names[m]}' does not build; a defect must build to test the tests"
    planted=0
  fi
  local rc=1
  if ((planted)); then
    local caught=() missed=() l
    for l in ${levels[m]}; do
      if run_level "$l"; then missed+=("$l ($verdict)"); else caught+=("$l ($verdict)"); fi
    done
    if ((${#missed[@]} == 0)); then
      echo "caught: ${names[m]} — by $(joined "${caught[@]}")"
      rc=0
    else
      echo "MISSED: ${names[m]} — still passes $(joined "${missed[@]}")"
    fi
  fi
  # Take the defect out; the next build remakes what it touched.
  (cd "$orig" && find . -type f -print0 | xargs -0 -r cp --parents -t "$tree") ||
    { echo "FAIL: the copy could not be put back after '${names[m]}'"; return 2; }
  return $rc
}

# Two copies judge the defects side by side (the machine has two cores and
# a level mostly waits on one): copy s takes every defect m with
# m % slots == s, each in its own folders; what each says is kept per
# defect and told in the list's order.
slots=2
mkdir -p "$work/said"
for ((s = 1; s < slots; s++)); do cp -a "$tree" "$work/tree$s" || stop "the copy could not be copied"; done
for ((s = 0; s < slots; s++)); do
  (
    if ((s > 0)); then tree=$work/tree$s orig=$work/orig$s log=$work/log$s; fi
    export TMPDIR=$work/tmp$s && mkdir -p "$TMPDIR"
    for ((m = s; m < n; m += slots)); do
      judge "$m" >"$work/said/$m" 2>&1
      rc=$?
      echo "$rc" >"$work/said/$m.rc"
      ((rc == 2)) && break
    done
  ) &
done
wait
for ((m = 0; m < n; m++)); do
  [[ -f $work/said/$m ]] && cat "$work/said/$m"
  if [[ $(cat "$work/said/$m.rc" 2>/dev/null) == 0 ]]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
done
result

#!/usr/bin/env bash
# Level 5: the fresh machine. Debootstraps a minimal Debian 12 (minbase plus
# git, make and ca-certificates), clones this checkout's committed HEAD into
# it and runs the README's `make check` there on the first try:
#   1. a user without root or sudo: install/deps.sh prints the apt-get line
#      and exits non-zero (and so does make check);
#   2. root: make check passes, and the date-proof levels a year on;
#   3. in a second fresh root, a user with sudo (NOPASSWD): make check passes
#      (beside root 1, from when root 1's packages are in);
#   4. in a third, root's make run shows the demo kiosk, and Ctrl-Q leaves it.
# Needs root, debootstrap and the Debian mirror; takes minutes. Not part of
# make check; .ci/run runs it. Usage: tests/fresh-machine.sh [KEEP_LOGS_DIR]
set -u
cd "$(dirname "$0")/.."
src=$PWD
. tests/lib/debroot.sh

debroot_start fresh-machine fresh
logs=${1:-$work/logs}
mkdir -p "$logs"
roots=()
cleanup() {
  local r left=0
  tmux -S "$work/tmux.sock" kill-server 2>/dev/null
  for r in "${roots[@]}"; do debroot_remove "$r" || left=1; done
  ((left)) || rm -rf --one-file-system "$work"
}
trap cleanup EXIT

# new_root NAME: a fresh mounted root in $root, or false.
new_root() {
  root=$work/$1
  roots+=("$root")
  local t0=$SECONDS
  debroot_build "$root" "$logs/$1-debootstrap.log" || return 1
  debroot_mount "$root" || return 1
  echo "   ($1: debootstrap $((SECONDS - t0)) s)"
}
# run_check ROOT USER LOG: make check on the first try, as USER.
run_check() {
  local t0=$SECONDS rc
  debroot_run "$1" "$2" 'cd rota && make check' >"$3" 2>&1
  rc=$?
  echo "   (make check as $2: $((SECONDS - t0)) s, exit $rc; $(grep -E '^all: ' "$3" | tail -n 1))"
  ((rc == 0)) && grep -qE '^all: [0-9]+ passed, 0 failed' "$3" || { tail -n 30 "$3"; return 1; }
}

# Root 2 runs beside root 1, from when root 1's packages are in (its build
# has begun, or it ended): the two share apt's archive folder, whose lock
# one apt-get at a time may hold, and the machine has two cores, which one
# make check mostly leaves waiting. Its lines and counts are told after
# root 1's.
root_two() {
  passed=0 failed=0
  poll 1200 eval '[[ -d $work/one/root/rota/build || -e $work/one.done ]]' || true
  echo "== root 2: a user with sudo"
  if check "a second minimal Debian 12 is built" new_root two; then
    r2=$root
    debroot_run "$r2" root 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq sudo' \
      >"$logs/sudo-install.log" 2>&1
    chroot "$r2" useradd -m -s /bin/bash -G sudo mentor
    echo 'mentor ALL=(ALL) NOPASSWD: ALL' >"$r2/etc/sudoers.d/mentor"
    chmod 0440 "$r2/etc/sudoers.d/mentor"
    debroot_clone "$src" "$r2" mentor
    check "make check as a user with sudo passes on the first try" run_check "$r2" mentor "$logs/sudo-check.log"
    debroot_remove "$r2"
  fi
  echo "$passed $failed" >"$work/two.counts"
}
roots+=("$work/two")
root_two >"$work/two.out" 2>&1 &
two=$!

echo "== root 1: a user without sudo, then root"
if check "a minimal Debian 12 is built" new_root one; then
  r1=$root
  chroot "$r1" useradd -m -s /bin/bash plain
  debroot_clone "$src" "$r1" plain
  debroot_run "$r1" plain 'cd rota && install/deps.sh' >"$logs/plain-deps.log" 2>&1
  rc=$?
  check "without root or sudo, deps.sh exits non-zero" test "$rc" -ne 0
  check "and prints one line to paste as root" test "$(grep -c '^  ' "$logs/plain-deps.log")" -eq 1
  check "which installs the packages" grep -qE '^  .*apt-get install -y .*libncurses-dev' "$logs/plain-deps.log"
  check "and the locales" grep -qE '^  .*locale-gen' "$logs/plain-deps.log"
  check "and keeps PostgreSQL from making a cluster of its own" grep -qE '^  .*create_main_cluster = false' "$logs/plain-deps.log"
  check "and no 'sudo: command not found'" bash -c "! grep -q 'command not found' '$logs/plain-deps.log'"
  debroot_run "$r1" plain 'cd rota && make check' >"$logs/plain-check.log" 2>&1
  check "make check as that user stops at once, non-zero" test $? -ne 0
  check "having said what to run" grep -q 'apt-get install' "$logs/plain-check.log"
  debroot_clone "$src" "$r1" root
  check "make check as root passes on the first try" run_check "$r1" root "$logs/root-check.log"
  # And a year on, under faketime (installed by make check's deps): the
  # levels that run the binary on a clock pass on that day too.
  debroot_run "$r1" root 'cd rota && DATE_PROOF_ONLY="a year on" tests/date-proof/run.sh ./rota build' \
    >"$logs/root-date-proof.log" 2>&1
  check "and a year on, under faketime" grep -qE '^date-proof: [1-9][0-9]* passed, 0 failed' "$logs/root-date-proof.log"
  # The sync tests start a cluster of their own: the machine is left with
  # no PostgreSQL cluster, service or server of its own.
  check "no PostgreSQL cluster was made on the machine" test -z "$(ls -A "$r1/etc/postgresql" 2>/dev/null)"
  check "nor its service left enabled" test -z "$(find "$r1/etc/systemd/system" -name 'postgresql*.service' 2>/dev/null)"
  check "nor a server left running" bash -c "for p in /proc/[0-9]*; do [[ \$(readlink \$p/root 2>/dev/null) == '$r1' && \$(cat \$p/comm 2>/dev/null) == postgres ]] && exit 1; done; exit 0"
  debroot_remove "$r1"
fi
touch "$work/one.done"
wait "$two"
cat "$work/two.out"
read -r p2 f2 <"$work/two.counts" 2>/dev/null || { p2=0 f2=1; echo "FAIL: root 2 told no counts"; }
passed=$((passed + p2)) failed=$((failed + f2))

echo "== root 3: make run"
# The kiosk comes up on the first try in a terminal (a tmux pane on this
# host, running in the root), says how to leave the demo, and Ctrl-Q does.
# The tmux socket lives in the work folder, so nothing is left in /tmp.
T() { tmux -S "$work/tmux.sock" -f /dev/null "$@"; }
pane_has() { T capture-pane -p -t run 2>/dev/null | grep -qF -- "$1"; }
wait_pane() { # TEXT SECONDS
  poll "$2" pane_has "$1"
}
if check "a third minimal Debian 12 is built" new_root three; then
  r3=$root
  debroot_clone "$src" "$r3" root
  t0=$SECONDS
  T new-session -d -s run -x 100 -y 30 "chroot '$r3' /usr/bin/env -i HOME=/root TERM=screen \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin /bin/bash -c 'cd ~/rota && make run; echo MAKE-RUN-EXIT=\$?'" \; \
    set-option -t run remain-on-exit on >/dev/null # the pane stays, its last line read below
  # The kiosk speaks the workshop's language, Slovenian unless set.
  check "make run starts the demo kiosk on the first try" wait_pane "Prosimo, skenirajte svojo kartico." 600 ||
    T capture-pane -p -t run
  echo "   (make run to the first screen: $((SECONDS - t0)) s)"
  check "which says how to leave it" pane_has "Demo: Ctrl-Q za izhod"
  T send-keys -t run C-q
  check "Ctrl-Q leaves it, and make run ends well" wait_pane "MAKE-RUN-EXIT=0" 20 || T capture-pane -p -t run
  check "make run installed no test tool (no PostgreSQL, clang, tmux, debootstrap)" \
    bash -c "! chroot '$r3' dpkg-query -W -f='\${Status}\n' postgresql clang tmux debootstrap 2>/dev/null | grep -q 'ok installed'"
  T kill-server 2>/dev/null
fi

echo "fresh-machine: $passed passed, $failed failed"
((failed == 0))

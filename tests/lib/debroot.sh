# A minimal Debian 12 root for the machine-level tests (tests/fresh-machine.sh,
# tests/kiosk-setup.sh): debootstrap --variant=minbase plus git, make and
# ca-certificates, nothing else. Sourced, not run. Needs root.
#
# The .debs are cached under $DEBROOT_CACHE (debootstrap's and apt's), so a
# second run downloads nothing it already has. Mounts are made private to
# the root (--make-rslave), so taking them down never touches the host's.

. "$(dirname "${BASH_SOURCE[0]}")/poll.sh"
DEBROOT_CACHE=${DEBROOT_CACHE:-/var/cache/rota-tests}
DEBROOT_MIRROR=${DEBROOT_MIRROR:-http://deb.debian.org/debian}
DEBROOT_SUITE=${DEBROOT_SUITE:-bookworm}

# debroot_require_root NAME: a test that builds roots needs root; without it,
# says so, prints the closing line and exits 1.
debroot_require_root() {
  if [[ $(id -u) -ne 0 ]]; then
    echo "$1: needs root (debootstrap, chroot, mount)"
    echo "0 passed, 1 failed"; exit 1
  fi
}

# debroot_start NAME WORK: the start a machine-level test shares: root is
# required (debroot_require_root NAME), $work is a new folder
# /tmp/rota-WORK-XXXXXX (the test removes it in its EXIT trap), passed and
# failed count from 0, and Ctrl-C or a TERM exits 130 (through that trap).
debroot_start() {
  debroot_require_root "$1"
  work=$(mktemp -d "/tmp/rota-$2-XXXXXX")
  passed=0 failed=0
  trap 'exit 130' INT TERM
}

# check DESCRIPTION COMMAND...: runs COMMAND and says "ok:" or "FAIL:" with
# the description, counting it in passed or failed; returns COMMAND's
# success, so "check ... || show the log" and "if ! check ..." work.
check() {
  local desc=$1; shift
  if "$@"; then passed=$((passed + 1)); echo "ok: $desc"
  else failed=$((failed + 1)); echo "FAIL: $desc"; return 1; fi
}

# debroot_build DIR LOG: a fresh minimal root in DIR (which must not exist
# or be empty). The first build of a day debootstraps it, retrying once after
# a failure (a network hiccup), and keeps it as a tarball beside the .debs;
# every later root unpacks that tarball, which is the same fresh machine in
# seconds instead of minutes. A tarball older than DEBROOT_BASE_DAYS (7) is
# made anew, so the roots follow the suite's updates. Returns non-zero when
# both tries failed; the output goes to LOG.
DEBROOT_BASE_DAYS=${DEBROOT_BASE_DAYS:-7}
debroot_build() {
  local dir=$1 log=$2 try base="$DEBROOT_CACHE/base-$DEBROOT_SUITE.tar"
  mkdir -p "$DEBROOT_CACHE/debs" "$DEBROOT_CACHE/apt/partial"
  if [[ -f $base ]] && [[ -z $(find "$base" -mtime "+$DEBROOT_BASE_DAYS") ]]; then
    mkdir -p "$dir"
    if tar -C "$dir" -xpf "$base" >>"$log" 2>&1; then
      debroot_settle "$dir"
      echo "debroot: unpacked $base" >>"$log"
      return 0
    fi
    echo "debroot: $base would not unpack; building anew" >&2
    debroot_remove "$dir"
    rm -f "$base"
  fi
  for try in 1 2; do
    if debootstrap --variant=minbase --include=git,make,ca-certificates \
        --cache-dir="$DEBROOT_CACHE/debs" "$DEBROOT_SUITE" "$dir" "$DEBROOT_MIRROR" >>"$log" 2>&1; then
      tar -C "$dir" -cpf "$base.part" . 2>>"$log" && mv "$base.part" "$base" || rm -f "$base.part"
      debroot_settle "$dir"
      return 0
    fi
    echo "debroot: debootstrap failed (try $try of 2), see $log" >&2
    tail -n 3 "$log" >&2
    debroot_remove "$dir"
    # a network hiccup: the retry waits until the mirror's name resolves
    # again (up to 30 s), then tries once whatever it found
    poll 30 debroot_mirror_known || true
  done
  return 1
}

# debroot_mirror_known: true when the mirror's host name resolves.
debroot_mirror_known() {
  local host=${DEBROOT_MIRROR#*://}
  getent hosts "${host%%/*}" >/dev/null
}

# debroot_settle DIR: what a machine of this host has that no tarball should
# carry: its resolver and its own name (sudo asks for it).
debroot_settle() {
  cp /etc/resolv.conf "$1/etc/resolv.conf" 2>/dev/null
  grep -qw "$(hostname)" "$1/etc/hosts" 2>/dev/null || echo "127.0.1.1 $(hostname)" >>"$1/etc/hosts"
}

# debroot_mount DIR: /proc, /dev (with /dev/pts, for tmux), and apt's
# archive cache shared with other runs.
debroot_mount() {
  local dir=$1
  mount -t proc proc "$dir/proc"
  mount --rbind /dev "$dir/dev" && mount --make-rslave "$dir/dev"
  mkdir -p "$dir/var/cache/apt/archives"
  mount --bind "$DEBROOT_CACHE/apt" "$dir/var/cache/apt/archives"
}

# debroot_umount DIR: undoes debroot_mount, and takes down sys too if
# something mounted it; fine to call more than once.
debroot_umount() {
  local dir=$1 m
  for m in var/cache/apt/archives dev sys proc; do
    if mountpoint -q "$dir/$m" 2>/dev/null; then
      umount -R "$dir/$m" 2>/dev/null || umount -Rl "$dir/$m"
    fi
  done
}

# debroot_kill DIR: ends every process whose root is DIR or inside it (a
# daemon a package started in the root, a kiosk left running), which would
# keep its mounts busy.
debroot_kill() {
  local dir p root left=()
  dir=$(realpath "$1") || return 0
  for p in /proc/[0-9]*; do
    root=$(readlink "$p/root" 2>/dev/null) || continue
    [[ $root == "$dir" || $root == "$dir"/* ]] && left+=("${p#/proc/}")
  done
  ((${#left[@]})) || return 0
  kill -KILL "${left[@]}" 2>/dev/null
  poll 2 debroot_all_gone "${left[@]}" || true # what lives on is named when the unmount fails
}
# debroot_all_gone PID...: true when none of the processes is alive.
debroot_all_gone() { local p; for p; do ! kill -0 "$p" 2>/dev/null || return 1; done; }

# debroot_remove DIR: ends the processes in the root, unmounts it and
# deletes it, unless something is still mounted inside it (a bind mount of
# the host's own disk would be deleted with it).
debroot_remove() {
  local dir=$1
  [[ -d $dir ]] || return 0
  debroot_kill "$dir"
  debroot_umount "$dir"
  if grep -qF " $dir/" /proc/self/mounts; then
    echo "debroot: $dir still has mounts; not deleting it" >&2
    return 1
  fi
  rm -rf --one-file-system "$dir"
}

# debroot_run DIR USER COMMAND: runs COMMAND with bash in the root as USER,
# with the clean environment of a fresh login (no LANG, a usual PATH).
debroot_run() {
  local dir=$1 user=$2 cmd=$3 home=/root
  [[ $user == root ]] || home=/home/$user
  chroot --userspec="$user:$user" "$dir" /usr/bin/env -i HOME="$home" USER="$user" \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin TERM=xterm-256color \
    /bin/bash -c "cd ~ && $cmd"
}

# debroot_clone SRC DIR USER: clones the committed HEAD of the checkout SRC
# into ~USER/rota inside the root.
debroot_clone() {
  local src=$1 dir=$2 user=$3 home=/root
  [[ $user == root ]] || home=/home/$user
  git clone -q --no-hardlinks "$src" "$dir$home/rota" &&
    chroot "$dir" chown -R "$user:$user" "$home/rota"
}

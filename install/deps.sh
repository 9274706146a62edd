#!/usr/bin/env bash
# Installs what rota needs to build, run and test on Debian, and generates the
# Slovenian and Croatian UTF-8 locales. Idempotent: when everything is already
# there it only looks and returns at once.
#
# As root it installs; as a user with sudo it uses sudo; as a user without
# either it prints one line to paste as root and exits 1.
#
# PostgreSQL is installed for the sync tests, which start a private cluster
# of their own: no "main" cluster is made, and the service Debian enables is
# disabled and stopped again, so testing leaves no database server running.
#
# Usage: install/deps.sh [--build]   (--build: only what building and running
# rota needs, for `make run` and the kiosk box; no test tools, no locales)
set -euo pipefail
build_packages=(
  build-essential pkg-config gettext
  libncurses-dev libsqlite3-dev libqrencode-dev libsodium-dev libcairo2-dev libpango1.0-dev libpq-dev
  fonts-dejavu-core tzdata
)
# libespeak-ng1 (the door's speech, loaded only when door_sound is speech) and
# sox (which measures the sound in the tests) are the tests': the kiosk builds
# and runs without them, so `make run` does not install them.
test_packages=(
  tmux procps zbar-tools poppler-utils qpdf openssl locales file groff-base
  clang libclang-rt-dev debootstrap python3 postgresql sqlite3 timewarrior faketime
  libespeak-ng1 sox
)
locales_wanted=(sl_SI.UTF-8 hr_HR.UTF-8)

packages=("${build_packages[@]}")
want_locales=1
if [[ ${1:-} == --build ]]; then
  want_locales=0
else
  packages+=("${test_packages[@]}")
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
done

have_locale() {
  # locale -a prints sl_SI.utf8 for sl_SI.UTF-8
  local norm=${1/.UTF-8/.utf8}
  locale -a 2>/dev/null | grep -qx "$norm"
}
missing_locales=()
if ((want_locales)); then
  for l in "${locales_wanted[@]}"; do
    have_locale "$l" || missing_locales+=("$l")
  done
fi

((${#missing[@]} || ${#missing_locales[@]})) || exit 0

# What root must do, as one shell line: run here (as root or through sudo)
# or, for a user with neither, printed to paste. Steps join with &&, so the
# first failure stops the rest; PostgreSQL's cluster setting is taken away
# and its service disabled again whether the install went through or not,
# and the line keeps the install's exit status.
steps=()
pg_conf=/etc/postgresql-common/createcluster.d/rota-no-main-cluster.conf
if ((${#missing[@]})); then
  steps+=("apt-get update -qq")
  steps+=("DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${missing[*]} >/dev/null")
fi
if ((${#missing_locales[@]})); then
  for l in "${missing_locales[@]}"; do
    steps+=("{ grep -qx '$l UTF-8' /etc/locale.gen 2>/dev/null || echo '$l UTF-8' >>/etc/locale.gen; }")
  done
  steps+=("locale-gen >/dev/null")
fi
joined=$(printf ' && %s' "${steps[@]}")
joined=${joined# && }
if [[ " ${missing[*]} " == *" postgresql "* ]]; then
  joined="mkdir -p ${pg_conf%/*} && echo 'create_main_cluster = false' >$pg_conf && $joined; s=\$?; rm -f $pg_conf;"
  joined+=" { update-rc.d postgresql disable >/dev/null 2>&1; ! test -d /run/systemd/system || systemctl disable --now -q postgresql.service; }; test \$s = 0"
fi

# Who may install: root, or a user with sudo (asked without a prompt first,
# then with one when there is a terminal to ask on).
can_sudo() {
  command -v sudo >/dev/null 2>&1 || return 1
  sudo -n true 2>/dev/null && return 0
  [[ -t 0 ]] && sudo -v
}
if [[ $(id -u) -eq 0 ]]; then
  as_root() { bash -c "$1"; }
elif can_sudo; then
  as_root() { sudo bash -c "$1"; }
else
  echo "deps: rota needs what only root can install. Please paste this one line as root:" >&2
  echo "  $joined" >&2
  exit 1
fi

((${#missing[@]} == 0)) || echo "deps: installing ${missing[*]}"
((${#missing_locales[@]} == 0)) || echo "deps: generating locales ${missing_locales[*]}"
as_root "$joined"

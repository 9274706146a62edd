#!/usr/bin/env bash
# Installs what rota needs to build, run and test on Debian, and generates the
# Slovenian and Croatian UTF-8 locales. Idempotent: when everything is already
# there it only looks and returns at once.
#
# As root it installs; as a user with sudo it uses sudo; as a user without
# either it prints the one command to run as root and exits 1.
#
# Usage: install/deps.sh [--build]   (--build: only what building and running
# rota needs, for the kiosk box; no test tools, no locales)
set -euo pipefail

build_packages=(
  build-essential pkg-config gettext
  libncurses-dev libsqlite3-dev libqrencode-dev libsodium-dev libcairo2-dev libpango1.0-dev libpq-dev
  fonts-dejavu-core tzdata
)
test_packages=(
  tmux procps zbar-tools poppler-utils locales file groff-base
  clang libclang-rt-dev debootstrap python3 postgresql sqlite3 timewarrior
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

# Who may install: root, or a user with sudo (asked without a prompt first,
# then with one when there is a terminal to ask on).
can_sudo() {
  command -v sudo >/dev/null 2>&1 || return 1
  sudo -n true 2>/dev/null && return 0
  [[ -t 0 ]] && sudo -v
}
if [[ $(id -u) -eq 0 ]]; then
  as_root() { "$@"; }
elif can_sudo; then
  as_root() { sudo "$@"; }
else
  echo "deps: rota needs what only root can install. Please run this as root:" >&2
  if ((${#missing[@]})); then
    echo "  apt-get install -y --no-install-recommends ${missing[*]}" >&2
  fi
  if ((${#missing_locales[@]})); then
    printf '  ' >&2
    for l in "${missing_locales[@]}"; do printf 'echo "%s UTF-8" >>/etc/locale.gen; ' "$l" >&2; done
    echo 'locale-gen' >&2
  fi
  exit 1
fi

if ((${#missing[@]})); then
  echo "deps: installing ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ((${#missing_locales[@]})); then
  for l in "${missing_locales[@]}"; do
    if ! grep -qx "$l UTF-8" /etc/locale.gen 2>/dev/null; then
      echo "$l UTF-8" | as_root tee -a /etc/locale.gen >/dev/null
    fi
  done
  echo "deps: generating locales ${missing_locales[*]}"
  as_root locale-gen >/dev/null
fi

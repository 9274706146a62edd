#!/usr/bin/env bash
# Installs what rota needs to build, run and test on Debian, and generates the
# Slovenian and Croatian UTF-8 locales. Idempotent: when everything is already
# there it only looks and returns at once. Uses sudo when not run as root.
set -euo pipefail

packages=(
  build-essential pkg-config gettext
  libncurses-dev libsqlite3-dev libqrencode-dev libsodium-dev libcairo2-dev
  fonts-dejavu-core tmux zbar-tools poppler-utils locales tzdata file
)
locales_wanted=(sl_SI.UTF-8 hr_HR.UTF-8)

as_root() {
  if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi
}

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
done

if ((${#missing[@]})); then
  echo "deps: installing ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

have_locale() {
  # locale -a prints sl_SI.utf8 for sl_SI.UTF-8
  local norm=${1/.UTF-8/.utf8}
  locale -a 2>/dev/null | grep -qx "$norm"
}

need_gen=0
for l in "${locales_wanted[@]}"; do
  if ! have_locale "$l"; then
    need_gen=1
    if ! grep -qx "$l UTF-8" /etc/locale.gen 2>/dev/null; then
      echo "$l UTF-8" | as_root tee -a /etc/locale.gen >/dev/null
    fi
  fi
done
if ((need_gen)); then
  echo "deps: generating locales ${locales_wanted[*]}"
  as_root locale-gen >/dev/null
fi

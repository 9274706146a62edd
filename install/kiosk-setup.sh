#!/usr/bin/env bash
# Turns a fresh Debian or Raspberry Pi OS machine into rota's kiosk by the
# door, run once as root from the source tree:
#   - builds and installs rota (make install PREFIX=/usr/local) unless it is
#     installed already, building in a temporary folder that is then removed
#     (the checkout is left as it was: no root-owned build/ or ./rota in it);
#   - a `rota` system user owning /var/lib/rota (0700), where the database,
#     its .key file and its log live;
#   - the settings in one file, /etc/rota/rota.conf (database, terminal name,
#     language, backup folder); edit it and run this again;
#   - rota full screen on tty1 from boot, started again if it ends
#     (rota-kiosk.service); the other consoles keep their login prompt;
#   - a console font with the block glyphs the big letters and QR codes need
#     (█ ▀ ▄) and the Slovenian and Croatian letters (console-setup);
#   - man-db, so `man rota` reads the manual at the maintenance login (a
#     minimal Debian has no man);
#   - a nightly backup (rota-backup.timer) to ROTA_BACKUP_DIR.
# Idempotent: a second run changes nothing. So a re-run does not upgrade an
# installed rota: to put a newer one in place, run `sudo make install` in the
# checkout (or `make uninstall` first, then this). `--remove` undoes it all
# but keeps /var/lib/rota (the records) and the installed binary.
#
# Usage: install/kiosk-setup.sh [--remove | --help]
# First settings (only when /etc/rota/rota.conf does not exist yet) may come
# from the environment: ROTA_TERMINAL, ROTA_LANG, ROTA_BACKUP_DIR.
set -euo pipefail

usage() { echo "usage: $0 [--remove | --help]"; }
# The arguments first, before anything is looked at: --help is an answer
# (exit 0, for anyone), a word this script does not take a usage error
# (exit 2), and neither changes the machine.
mode=setup
case $# in
  0) ;;
  1) case $1 in
       --help|-h)
         usage
         echo "Sets this machine up as rota's kiosk by the door (run as root); --remove undoes"
         echo "it and keeps the records in /var/lib/rota. See the comment at the top of $0."
         exit 0 ;;
       --remove) mode=remove ;;
       *) usage >&2; exit 2 ;;
     esac ;;
  *) usage >&2; exit 2 ;;
esac

src=$(cd "$(dirname "$0")/.." && pwd)
prefix=/usr/local
conf_dir=/etc/rota
conf=$conf_dir/rota.conf
data=/var/lib/rota
units=/etc/systemd/system
unit_files=(rota-kiosk.service rota-backup.service rota-backup.timer rota-sync.service rota-sync.timer)
console=/etc/default/console-setup

say() { echo "kiosk-setup: $*"; }
die() { echo "kiosk-setup: $*" >&2; exit 1; }
[[ $(id -u) -eq 0 ]] || die "please run this as root (sudo $0)"
command -v systemctl >/dev/null || die "this needs systemd (systemctl not found)"

# systemd runs (a booted machine) or not (an image being prepared, a chroot):
# files and enablement are the same; only starting and stopping differ.
systemd_up() { [[ -d /run/systemd/system ]] && ! systemd-detect-virt -q --chroot 2>/dev/null; }

# put_file SRC DEST MODE: installs SRC as DEST only when it differs.
put_file() {
  if ! cmp -s "$1" "$2"; then
    install -D -m "$3" "$1" "$2"
    say "wrote $2"
    changed=1
  fi
}
changed=0

remove() {
  local u
  if systemd_up; then systemctl stop rota-kiosk.service rota-backup.timer rota-sync.timer 2>/dev/null || true; fi
  for u in "${unit_files[@]}"; do
    if [[ -e $units/$u ]]; then
      systemctl disable "$u" >/dev/null 2>&1 || true
      rm -f "$units/$u"
      say "removed $units/$u"
    fi
  done
  if systemd_up; then systemctl daemon-reload; fi
  if [[ -e $console.rota-orig ]]; then
    mv "$console.rota-orig" "$console"
    say "console font settings restored"
  fi
  if [[ -e $conf ]]; then
    rm -f "$conf"
    rmdir "$conf_dir" 2>/dev/null || true
    say "removed $conf"
  fi
  if id rota >/dev/null 2>&1; then
    userdel rota
    say "removed the user rota"
  fi
  say "done; the records in $data are kept (and $prefix/bin/rota: make uninstall removes it)"
}

if [[ $mode == remove ]]; then
  remove
  exit 0
fi

# 1. rota itself.
if [[ ! -x $prefix/bin/rota ]]; then
  say "building and installing rota under $prefix"
  "$src/install/deps.sh" --build
  build=$(mktemp -d /tmp/rota-build-XXXXXX)
  trap 'rm -rf "$build"' EXIT
  make -C "$src" -s BUILD="$build" PREFIX="$prefix" install
  rm -rf "$build"
  changed=1
fi

# 2. The settings, written once and then only read.
if [[ ! -e $conf ]]; then
  tmp=$(mktemp)
  cat >"$tmp" <<EOF
# rota's kiosk settings, read by rota-kiosk.service and rota-backup.service.
# After a change: sudo systemctl restart rota-kiosk (or run kiosk-setup.sh).
# The database; its badge key is ROTA_DB.key and its log ROTA_DB.log.
ROTA_DB=$data/rota.db
# How this terminal is named in the records.
ROTA_TERMINAL=${ROTA_TERMINAL:-door}
# The kiosk's language: sl, hr or en (empty: the workshop's kiosk_lang).
ROTA_LANG=${ROTA_LANG:-}
# Where the nightly backup goes: a second disk or a USB stick mounted for
# the user rota, else the data folder.
ROTA_BACKUP_DIR=${ROTA_BACKUP_DIR:-$data/backups}
# The programme's central PostgreSQL, for rota sync every few minutes
# (rota-sync.timer): a libpq connection string or service=NAME, never a
# password (that goes in $data/.pgpass, mode 0600, owned by rota). A server on
# another machine is reached with its certificate checked (sslmode=verify-full):
# add sslrootcert=/etc/rota/central-ca.crt (its authority). Empty: no sync.
ROTA_SYNC_TO=${ROTA_SYNC_TO:-}
EOF
  put_file "$tmp" "$conf" 0644
  rm -f "$tmp"
fi
# shellcheck source=/dev/null
. "$conf"

# 3. The user and its folder.
if ! id rota >/dev/null 2>&1; then
  useradd --system --user-group --home-dir "$data" --no-create-home --shell /usr/sbin/nologin \
    --comment "rota kiosk" rota
  say "added the system user rota"
  changed=1
fi
for d in "$data" "${ROTA_BACKUP_DIR:-$data/backups}"; do
  if [[ $d == "$data" || $d == "$data"/* ]]; then
    if [[ ! -d $d ]]; then mkdir -p "$d"; changed=1; fi
    if [[ $(stat -c '%U:%G %a' "$d") != "rota:rota 700" ]]; then
      chown rota:rota "$d"
      chmod 0700 "$d"
      say "$d belongs to rota (0700)"
      changed=1
    fi
  elif [[ ! -d $d ]]; then
    say "note: the backup folder $d does not exist yet (mount the disk or stick there, writable by rota)"
  fi
done
# The records kept from an earlier set-up belong to the user again.
if [[ -n $(find "$data" ! -user rota -print -quit) ]]; then
  chown -R rota:rota "$data"
  say "the files in $data belong to rota again"
  changed=1
fi
if [[ ! -e $ROTA_DB ]]; then
  runuser -u rota -- "$prefix/bin/rota" --db "$ROTA_DB" init
  changed=1
fi

# 4. The console font: Terminus with the FullCyrSlav set, which has the
# Slovenian and Croatian letters and █ ▀ ▄ (Uni2, the usual one, lacks the
# half blocks the QR codes are drawn with). 12x24 keeps at least 80 x 24
# cells on a 1024 x 768 screen. man-db comes in the same apt-get when the box
# lacks man (a minimal Debian does): the maintenance login reads `man rota`.
missing=()
if ! dpkg-query -W -f='${Status}' console-setup 2>/dev/null | grep -q 'ok installed'; then missing+=(console-setup); fi
if ! command -v man >/dev/null; then missing+=(man-db); fi
if ((${#missing[@]})); then
  say "installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  changed=1
fi
want_font() { grep -qx 'CODESET="FullCyrSlav"' "$console" && grep -qx 'FONTFACE="Terminus"' "$console" &&
  grep -qx 'FONTSIZE="12x24"' "$console"; }
if ! want_font; then
  [[ -e $console.rota-orig ]] || cp -p "$console" "$console.rota-orig"
  sed -i -e '/^CODESET=/d' -e '/^FONTFACE=/d' -e '/^FONTSIZE=/d' "$console"
  printf 'CODESET="FullCyrSlav"\nFONTFACE="Terminus"\nFONTSIZE="12x24"\n' >>"$console"
  say "console font: Terminus 12x24 with block glyphs"
  changed=1
  if systemd_up; then setupcon --force >/dev/null 2>&1 || true; fi
fi

# 5. The units: the kiosk on tty1, the nightly backup.
for u in "${unit_files[@]}"; do
  put_file "$src/install/systemd/$u" "$units/$u" 0644
done
for u in rota-kiosk.service rota-backup.timer; do
  if [[ $(systemctl is-enabled "$u" 2>/dev/null) != enabled ]]; then
    systemctl enable "$u" >/dev/null 2>&1
    say "enabled $u"
    changed=1
  fi
done
# The sync timer runs only when a central database is configured.
if [[ -n ${ROTA_SYNC_TO:-} ]]; then
  if [[ $(systemctl is-enabled rota-sync.timer 2>/dev/null) != enabled ]]; then
    systemctl enable rota-sync.timer >/dev/null 2>&1
    say "enabled rota-sync.timer (to $ROTA_SYNC_TO)"
    changed=1
  fi
elif [[ $(systemctl is-enabled rota-sync.timer 2>/dev/null) == enabled ]]; then
  systemctl disable rota-sync.timer >/dev/null 2>&1
  if systemd_up; then systemctl stop rota-sync.timer 2>/dev/null || true; fi
  say "disabled rota-sync.timer (no ROTA_SYNC_TO)"
  changed=1
fi
if systemd_up && ((changed)); then
  systemctl daemon-reload
  systemctl restart rota-kiosk.service rota-backup.timer
  if [[ -n ${ROTA_SYNC_TO:-} ]]; then systemctl restart rota-sync.timer; fi
fi

if ((changed)); then
  say "done: rota starts on tty1 at boot (Ctrl-Alt-F2 for a login); settings in $conf"
else
  say "nothing to change"
fi

#!/usr/bin/env bash
# install/kiosk-setup.sh in a debootstrapped Debian 12 (systemd installed but
# not running, as in an image being prepared): the binary, the user and its
# 0700 folder, the settings file, the units in place and enabled, tty1 taken
# from getty and tty2 left to it, a console font with the block glyphs, man
# reading rota(1) and the README's maintenance line working there; a
# second run changes nothing; --remove takes units and user away and keeps
# the records; a new set-up finds them again. What only a boot shows (the
# kiosk on the screen, the timer firing) is not tested here.
# Needs root, debootstrap and the Debian mirror; takes a few minutes.
set -u
cd "$(dirname "$0")/.."
src=$PWD
. tests/lib/debroot.sh

debroot_start kiosk-setup kiosk
r=$work/root
cleanup() { debroot_remove "$r" && rm -rf --one-file-system "$work"; }
trap cleanup EXIT

in_root() { debroot_run "$r" root "$1"; }
# What a run may change: every file's path, owner, mode and contents.
snapshot() {
  chroot "$r" find /etc /var/lib/rota /usr/local -xdev \( -type f -o -type d -o -type l \) \
    -printf '%p %u:%g %m %s %T@\n' 2>/dev/null | sort
}

if ! check "a minimal Debian 12 is built" debroot_build "$r" "$work/debootstrap.log"; then
  echo "kiosk-setup: $passed passed, $failed failed"; exit 1
fi
debroot_mount "$r"
in_root 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends systemd systemd-sysv >/dev/null' \
  >"$work/systemd.log" 2>&1
check "systemd is installed in it (as on any installed Debian)" test -x "$r/usr/bin/systemctl"
debroot_clone "$src" "$r" root

t0=$SECONDS
in_root 'rota/install/kiosk-setup.sh' >"$work/setup1.log" 2>&1
rc=$?
echo "   (first set-up: $((SECONDS - t0)) s)"
check "the set-up succeeds" test "$rc" -eq 0 || tail -n 30 "$work/setup1.log"
check "the checkout is left as it was (no build/ or ./rota of root's in it)" \
  test ! -e "$r/root/rota/build" -a ! -e "$r/root/rota/rota"
check "and the temporary build folder is gone" test -z "$(ls -d "$r"/tmp/rota-build-* 2>/dev/null)"
check "rota is installed under /usr/local" test -x "$r/usr/local/bin/rota" -a -f "$r/usr/local/share/man/man1/rota.1"
check "the installed rota speaks Slovenian" bash -c "chroot '$r' env LANG=sl_SI.UTF-8 /usr/local/bin/rota --help | grep -q '^Ukazi:'"
check "a system user rota" bash -c "chroot '$r' getent passwd rota | grep -qE '^rota:x:[0-9]{1,3}:.*:/var/lib/rota:/usr/sbin/nologin$'"
# stat in the root: the user rota is known there, not on this host
rstat() { chroot "$r" stat -c "$1" "$2" 2>/dev/null; }
check "owns /var/lib/rota, mode 0700" test "$(rstat '%U %a' /var/lib/rota)" = "rota 700"
check "the database is made there, owned by rota" test "$(rstat %U /var/lib/rota/rota.db)" = rota
check "with its key file, 0600" test "$(rstat '%U %a' /var/lib/rota/rota.db.key)" = "rota 600"
check "the settings file names database, terminal, language and backups" \
  bash -c "grep -q '^ROTA_DB=/var/lib/rota/rota.db$' '$r/etc/rota/rota.conf' && grep -q '^ROTA_TERMINAL=' '$r/etc/rota/rota.conf' && grep -q '^ROTA_LANG=' '$r/etc/rota/rota.conf' && grep -q '^ROTA_BACKUP_DIR=/var/lib/rota/backups$' '$r/etc/rota/rota.conf'"
for u in rota-kiosk.service rota-backup.service rota-backup.timer rota-sync.service rota-sync.timer; do
  check "$u is in place" cmp -s "install/systemd/$u" "$r/etc/systemd/system/$u"
done
check "the kiosk starts at boot" test "$(chroot "$r" systemctl is-enabled rota-kiosk.service)" = enabled
check "the nightly backup is on" test "$(chroot "$r" systemctl is-enabled rota-backup.timer)" = enabled
check "no sync until a central database is named" \
  bash -c "grep -qx 'ROTA_SYNC_TO=' '$r/etc/rota/rota.conf' && test \"\$(chroot '$r' systemctl is-enabled rota-sync.timer 2>/dev/null)\" != enabled"
check "the kiosk takes tty1 from getty" grep -qx 'Conflicts=getty@tty1.service' "$r/etc/systemd/system/rota-kiosk.service"
check "on tty1, started again when it ends" bash -c "grep -qx 'TTYPath=/dev/tty1' '$r/etc/systemd/system/rota-kiosk.service' && grep -qx 'Restart=always' '$r/etc/systemd/system/rota-kiosk.service'"
tty2=$(chroot "$r" systemctl is-enabled getty@tty2.service 2>/dev/null || true)
check "tty2 keeps its login prompt (systemd answers, and not masked)" bash -c "test -n '$tty2' -a '$tty2' != masked"
check "man is installed (a minimal Debian has none)" test -x "$r/usr/bin/man"
check "and shows rota(1) with its settings" bash -c "chroot '$r' env MANWIDTH=80 LANG=C.UTF-8 man -P cat rota 2>/dev/null | sed 's/.\x08//g' | grep -q '^SETTINGS'"
# The README's maintenance line, as written there, with a command for
# COMMAND: a minimal Debian has no sudo.
line=$(grep -o '`runuser -u rota -- rota [^`]* COMMAND`' README.md | tr -d '`')
check "the README names a maintenance line" test -n "$line"
check "which works in the root" bash -c "chroot '$r' env LANG=C.UTF-8 ROTA_NOW=2026-11-23T08:00:00 ${line/COMMAND/check} | grep -q 'sound'"
# A unit's Documentation= line that man cannot look up there is not the
# units' fault.
chroot "$r" systemd-analyze verify /etc/systemd/system/rota-kiosk.service /etc/systemd/system/rota-backup.service \
  /etc/systemd/system/rota-backup.timer /etc/systemd/system/rota-sync.service /etc/systemd/system/rota-sync.timer \
  2>&1 | grep -v "Command 'man " >"$work/verify.log"
check "systemd-analyze verify finds nothing wrong in the units" test ! -s "$work/verify.log" || cat "$work/verify.log"
check "the console font is Terminus with the FullCyrSlav set" grep -qx 'CODESET="FullCyrSlav"' "$r/etc/default/console-setup"
font=$(chroot "$r" setupcon --print-commands-only --force 2>/dev/null |
  awk '$1 == "setfont" && $3 == "\047/dev/tty1\047" { gsub("\047", "", $4); print $4; exit }')
check "setupcon loads a font on tty1 ($font)" test -n "$font" -a -f "$r$font"
check "which has █ ▀ ▄ and č š ž ć đ Č Š Ž Ć Đ" python3 tests/lib/psf-has.py "$r$font" '█▀▄čšžćđČŠŽĆĐ'

before=$(snapshot)
in_root 'rota/install/kiosk-setup.sh' >"$work/setup2.log" 2>&1
check "a second run succeeds" test $? -eq 0
check "and says there is nothing to change" grep -q 'nothing to change' "$work/setup2.log"
check "and changes no file" test "$before" = "$(snapshot)"

sed -i 's|^ROTA_SYNC_TO=.*|ROTA_SYNC_TO=service=programme|' "$r/etc/rota/rota.conf"
in_root 'rota/install/kiosk-setup.sh' >"$work/setup-sync.log" 2>&1
check "with ROTA_SYNC_TO set, a run turns the sync timer on" \
  test "$(chroot "$r" systemctl is-enabled rota-sync.timer 2>/dev/null)" = enabled

in_root 'ROTA_NOW=2026-11-23T08:00:00 runuser -u rota -- /usr/local/bin/rota --db /var/lib/rota/rota.db person add --name "Ana Kovač" --role participant' >/dev/null 2>&1
in_root 'rota/install/kiosk-setup.sh --remove' >"$work/remove.log" 2>&1
check "--remove succeeds" test $? -eq 0
check "the units are gone" test -z "$(ls "$r"/etc/systemd/system/rota-* 2>/dev/null; find "$r/etc/systemd/system" -name 'rota-*')"
check "the user is gone" bash -c "! chroot '$r' getent passwd rota"
check "the settings file is gone" test ! -e "$r/etc/rota/rota.conf"
check "the console font settings are as before" bash -c "! grep -q FullCyrSlav '$r/etc/default/console-setup'"
check "the records are kept" bash -c "test -s '$r/var/lib/rota/rota.db' && test -s '$r/var/lib/rota/rota.db.key'"

in_root 'rota/install/kiosk-setup.sh' >"$work/setup3.log" 2>&1
check "a new set-up after --remove succeeds" test $? -eq 0
check "and finds the kept records, owned by rota again" bash -c \
  "chroot '$r' runuser -u rota -- /usr/local/bin/rota --db /var/lib/rota/rota.db person list --csv | grep -q 'Ana Kovač'"

echo "kiosk-setup: $passed passed, $failed failed"
((failed == 0))

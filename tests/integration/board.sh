#!/usr/bin/env bash
# The Raspberry Pi kit (board/) on a plain Debian machine, in well under a minute:
#   - shellcheck of every shell script under board/, tests/ and .ci/
#   - systemd-analyze verify of every unit, in a throwaway root with a stand-in kiosk,
#     and the options the kiosk relies on (watchdog, restarts, exit status 3, devices)
#   - the udev rule: udevadm verify where it exists (systemd >= 254), else our own check
#   - tmpfiles.d and sysusers.d through systemd's own tools, in a throwaway root
#   - install.sh --check and install.sh, twice, in throwaway roots made from
#     tests/board/sample-root (a fresh Raspberry Pi OS Lite's boot and user files)
#   - the helper scripts (power log, exit to desktop, USB remount/eject with real mounts)
# Run from the repository root (make test). A missing tool skips its checks with a
# "skip" line naming the package that brings it.
set -uo pipefail

repo=$(pwd)
rpi=$repo/board/rpi
passed=0
failed=0
skipped=0
ok() {
  passed=$((passed + 1))
  echo "ok   $*"
}
fail() {
  failed=$((failed + 1))
  echo "FAIL $*"
}
skip() {
  skipped=$((skipped + 1))
  echo "skip $*"
}
# expect LABEL CMD...: ok when CMD succeeds
expect() {
  local label=$1
  shift
  if "$@"; then ok "$label"; else fail "$label"; fi
}
have() { command -v "$1" >/dev/null 2>&1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
t_start=$SECONDS

# ---- shellcheck --------------------------------------------------------------------------
scripts=()
while IFS= read -r -d '' f; do
  if head -n 1 "$f" | grep -Eq '^#!.*\b(ba)?sh\b'; then scripts+=("$f"); fi
done < <(find board tests .ci -type f ! -path '*/build/*' ! -path '*/node_modules/*' -print0 | sort -z)
if have shellcheck; then
  for f in "${scripts[@]}"; do
    if out=$(shellcheck -x "$f" 2>&1); then ok "shellcheck $f"; else
      fail "shellcheck $f"
      echo "$out" | head -n 20
    fi
  done
else
  skip "shellcheck of ${#scripts[@]} scripts: shellcheck is not installed (apt-get install shellcheck)"
fi
for f in "${scripts[@]}"; do
  if bash -n "$f" 2>/dev/null; then :; else fail "bash -n $f"; fi
done

# ---- a throwaway root: the sample Pi files, installed by install.sh ----------------------
fresh_root() { # fresh_root DIR: a copy of the sample root
  mkdir -p "$1"
  cp -a tests/board/sample-root/. "$1/"
  rm -f "$1/README.md"
}
tree_sum() { # tree_sum DIR: one hash for names, types, modes, owners, links, contents
  (
    cd "$1" || exit 1
    find . -printf '%p %y %m %U %G %l\n' | LC_ALL=C sort
    find . -type f -print0 | LC_ALL=C sort -z | xargs -0 -r sha256sum
  ) | sha256sum | cut -d' ' -f1
}
install_sh() { bash "$rpi/install.sh" --skip-packages --skip-build "$@"; }

root=$work/root
fresh_root "$root"
before=$(tree_sum "$root")
if install_sh --check --root "$root" >"$work/check.log" 2>&1; then ok "install.sh --check runs"; else
  fail "install.sh --check runs"
  tail -n 20 "$work/check.log"
fi
expect "install.sh --check changes nothing" [ "$(tree_sum "$root")" = "$before" ]
expect "install.sh --check says what it would do" grep -q '^would   install /etc/systemd/system/kiosk.service' "$work/check.log"
if install_sh --root "$root" >"$work/run1.log" 2>&1; then ok "install.sh --root (first run)"; else
  fail "install.sh --root (first run)"
  tail -n 20 "$work/run1.log"
fi
after1=$(tree_sum "$root")
nwould=$(sed -n 's/^check: \([0-9]*\) change.*/\1/p' "$work/check.log")
ndid=$(sed -n 's/^done: \([0-9]*\) change.*/\1/p' "$work/run1.log")
expect "check mode announced as many changes as the run made (${nwould:-?}/${ndid:-?})" [ "${nwould:-x}" = "${ndid:-y}" ]

# every file in place, with its mode
while read -r path mode; do
  f=$root$path
  if [ -f "$f" ] && [ "$(stat -c %a "$f")" = "$mode" ]; then ok "installed $path ($mode)"; else
    fail "installed $path ($mode): $(stat -c %a "$f" 2>&1)"
  fi
done <<'EOF'
/etc/systemd/system/kiosk.service 644
/etc/systemd/system/kiosk-usb-rw.path 644
/etc/systemd/system/kiosk-usb-rw.service 644
/etc/systemd/system/kiosk-usb-eject.path 644
/etc/systemd/system/kiosk-usb-eject.service 644
/etc/systemd/system/kiosk-throttled.service 644
/etc/systemd/system/kiosk-throttled.timer 644
/etc/udev/rules.d/99-kiosk-usb.rules 644
/etc/tmpfiles.d/kiosk.conf 644
/etc/sysusers.d/kiosk.conf 644
/etc/systemd/journald.conf.d/kiosk.conf 644
/etc/systemd/system.conf.d/kiosk-watchdog.conf 644
/usr/local/lib/kiosk/kiosk-usb-helper 755
/usr/local/lib/kiosk/kiosk-exited 755
/usr/local/lib/kiosk/kiosk-throttled 755
/usr/local/lib/kiosk/kiosk-reset-pin 755
/etc/systemd/system/kiosk-reset-pin.service 644
/usr/local/share/doc/kiosk/README.md 644
/etc/default/kiosk 644
EOF
for u in kiosk.service kiosk-usb-rw.path kiosk-usb-rw.service kiosk-usb-eject.path \
  kiosk-usb-eject.service kiosk-throttled.service kiosk-throttled.timer kiosk-reset-pin.service; do
  cmp -s "$rpi/$u" "$root/etc/systemd/system/$u" || fail "installed $u differs from board/rpi/$u"
done
expect "data folder /var/lib/kiosk 750" [ "$(stat -c %a "$root/var/lib/kiosk")" = 750 ]
expect "trusted-keys folder 750, group kiosk" [ "$(stat -c '%a %g' "$root/var/lib/kiosk/trusted-keys")" = "750 $(awk -F: '$1 == "kiosk" { print $4 }' "$root/etc/passwd")" ]
expect "/media/kiosk-usb exists" [ -d "$root/media/kiosk-usb" ]
pwline=$(grep '^kiosk:' "$root/etc/passwd" || true)
expect "user kiosk: no login shell, home is the data folder" [ "$(cut -d: -f6,7 <<<"$pwline")" = /var/lib/kiosk:/usr/sbin/nologin ]
expect "user kiosk: a system user (uid < 1000)" [ "$(cut -d: -f3 <<<"$pwline")" -lt 1000 ]
expect "user kiosk: no password (locked)" grep -Eq '^kiosk:[!*]' "$root/etc/shadow"
for g in video render input audio; do
  expect "user kiosk in group $g" grep -Eq "^$g:[^:]*:[^:]*:(.*,)?kiosk(,|$)" "$root/etc/group"
done
expect "no new account has a password or a shell" [ "$(awk -F: '$7 !~ /nologin|false/ { print $1 }' "$root/etc/passwd" | sort | tr '\n' ' ')" = "root tech " ]
expect "tech's account untouched" grep -q '^tech:.y.j9T.notarealhash' "$root/etc/shadow"
expect "default target is multi-user.target" [ "$(readlink "$root/etc/systemd/system/default.target")" = /lib/systemd/system/multi-user.target ]
for l in multi-user.target.wants/kiosk.service paths.target.wants/kiosk-usb-rw.path \
  paths.target.wants/kiosk-usb-eject.path timers.target.wants/kiosk-throttled.timer \
  multi-user.target.wants/kiosk-reset-pin.service; do
  expect "enabled: $l" [ -L "$root/etc/systemd/system/$l" ]
done
for u in getty@tty1.service apt-daily.timer apt-daily-upgrade.timer apt-daily.service \
  apt-daily-upgrade.service man-db.timer; do
  expect "masked: $u" [ "$(readlink "$root/etc/systemd/system/$u")" = /dev/null ]
done

# boot files
cmd=$root/boot/firmware/cmdline.txt
cfg=$root/boot/firmware/config.txt
one_line() { [ "$(wc -l <"$1")" -eq 1 ] && [ "$(wc -c <"$1")" -gt 1 ]; }
no_dup_params() { # each parameter once (several console= are allowed)
  [ -z "$(tr ' ' '\n' <"$1" | grep -v '^console=' | sed 's/=.*//' | sort | uniq -d)" ]
}
has_params() { # has_params FILE WORD...
  local f=$1 w
  shift
  for w in "$@"; do tr ' ' '\n' <"$f" | grep -qxF -- "$w" || return 1; done
}
expect "cmdline.txt is one line" one_line "$cmd"
expect "cmdline.txt has no parameter twice" no_dup_params "$cmd"
expect "cmdline.txt has consoleblank=0 vt.global_cursor_default=0 quiet fsck.repair=yes" \
  has_params "$cmd" consoleblank=0 vt.global_cursor_default=0 quiet fsck.repair=yes
expect "cmdline.txt keeps the image's root= and both consoles" \
  has_params "$cmd" root=PARTUUID=4e639091-02 console=serial0,115200 console=tty1 rootwait
if grep -q overlayroot "$cmd"; then fail "cmdline.txt: overlayroot without --read-only-root"; else
  ok "cmdline.txt: no overlayroot without --read-only-root"
fi
one_block() { [ "$(grep -c '^# BEGIN kiosk' "$1")" = 1 ] && [ "$(grep -c '^# END kiosk' "$1")" = 1 ]; }
expect "config.txt has exactly one kiosk block" one_block "$cfg"
expect "config.txt: KMS overlay once, active" [ "$(grep -c '^dtoverlay=vc4-kms-v3d' "$cfg")" = 1 ]
expect "config.txt: no legacy display_rotate" [ "$(grep -c '^[[:space:]]*display_rotate' "$cfg")" = 0 ]
expect "config.txt: the image's other lines kept" grep -q '^arm_64bit=1' "$cfg"
expect "cmdline.txt: no Raspberry logos (logo.nologo)" has_params "$cmd" logo.nologo
for l in disable_splash=1 dtoverlay=disable-wifi dtoverlay=disable-bt; do
  expect "config.txt: $l" grep -qx "$l" "$cfg"
done
expect "the boot files' previous versions kept (cmdline.txt.kiosk-old, config.txt.kiosk-old)" \
  cmp -s "$root/boot/firmware/cmdline.txt.kiosk-old" tests/board/sample-root/boot/firmware/cmdline.txt
# shellcheck disable=SC2016 # awk's own $2 and $4
expect "/etc/fstab: the boot partition read-only" \
  awk '$2 == "/boot/firmware" { found = 1; if ($4 !~ /^ro(,|$)/) exit 1 } END { exit !found }' "$root/etc/fstab"
expect "apt makes the boot partition writable while it runs" \
  grep -q 'Pre-Invoke.*remount,rw /boot/firmware' "$root/etc/apt/apt.conf.d/80kiosk-boot-rw"
expect "no journal bind without a data partition" [ "$(grep -c '^/var/lib/kiosk/journal' "$root/etc/fstab")" = 0 ]

# the second run: nothing more
if install_sh --root "$root" >"$work/run2.log" 2>&1; then ok "install.sh --root (second run)"; else
  fail "install.sh --root (second run)"
  tail -n 20 "$work/run2.log"
fi
expect "second run changes nothing (tree identical)" [ "$(tree_sum "$root")" = "$after1" ]
expect "second run reports nothing to change" grep -q '^done: nothing to change' "$work/run2.log"
install_sh --check --root "$root" >"$work/check2.log" 2>&1
expect "check after install: 0 changes" grep -q '^check: 0 change' "$work/check2.log"

# the staff PIN, set by the installer so no stranger at the kiosk chooses it first: a weak
# one is refused with nothing written; a good one is kept only as its hash, in a kiosk.lua
# of mode 0600, and the PIN is in nothing the installer prints
expect "without --staff-pin the installer warns that no PIN is set" grep -q '^WARNING no staff PIN is set' "$work/run1.log"
kiosk_prog=$(realpath "${KIOSK:-build/kiosk}")
if [ -x "$kiosk_prog" ]; then
  [ -x "$root/usr/local/bin/kiosk" ] || install -D -m 755 "$kiosk_prog" "$root/usr/local/bin/kiosk"
  printf '123456\n' >"$work/weak-pin"
  install_sh --root "$root" --staff-pin-file "$work/weak-pin" >"$work/pin1.log" 2>&1
  expect "install.sh refuses an easy staff PIN (123456)" grep -q 'easy to guess' "$work/pin1.log"
  expect "... and writes nothing" [ ! -e "$root/var/lib/kiosk/kiosk.lua" ]
  printf '602718\n' >"$work/good-pin"
  if install_sh --root "$root" --staff-pin-file "$work/good-pin" >"$work/pin2.log" 2>&1; then
    ok "install.sh --staff-pin-file sets the staff PIN"
  else
    fail "install.sh --staff-pin-file sets the staff PIN"
    tail -n 5 "$work/pin2.log"
  fi
  expect "... as an Argon2id hash in kiosk.lua" grep -q 'pin_hash = "[$]argon2id' "$root/var/lib/kiosk/kiosk.lua"
  expect "... which is mode 0600" [ "$(stat -c %a "$root/var/lib/kiosk/kiosk.lua")" = 600 ]
  expect "... and the PIN is in no output and not on disk" \
    bash -c "! grep -rq 602718 '$work/pin2.log' '$root/var/lib/kiosk'"
  expect "... and the installer no longer warns" bash -c "! grep -q 'no staff PIN' '$work/pin2.log'"
else
  skip "the installer's staff PIN: no kiosk built at $kiosk_prog"
fi

# ---- a messy root: duplicates, raspi-config's overlay, an old block, a data partition -----
root2=$work/root2
fresh_root "$root2"
printf 'overlayroot=tmpfs console=serial0,115200 console=tty1 root=PARTUUID=4e639091-02 quiet consoleblank=600 rootfstype=ext4 quiet fsck.repair=yes rootwait\n\n' \
  >"$root2/boot/firmware/cmdline.txt"
{
  echo 'display_rotate=2'
  echo '# BEGIN kiosk (board/rpi/install.sh: this block is rewritten on each install)'
  echo 'dtoverlay=vc4-fkms-v3d'
  echo '# END kiosk'
  cat tests/board/sample-root/boot/firmware/config.txt
  echo '# BEGIN kiosk (board/rpi/install.sh: this block is rewritten on each install)'
  echo 'old=1'
  echo '# END kiosk'
} >"$root2/boot/firmware/config.txt"
echo 'LABEL=kiosk-data /var/lib/kiosk ext4 defaults,noatime,nofail,x-systemd.device-timeout=10s 0 2' \
  >>"$root2/etc/fstab"
have minisign && minisign -G -W -p "$work/program.pub" -s "$work/program.sec" >/dev/null 2>&1
keyargs=()
[ -f "$work/program.pub" ] && keyargs=(--key "$work/program.pub")
if install_sh --root "$root2" --read-only-root --display hdmi "${keyargs[@]}" >"$work/m1.log" 2>&1; then
  ok "install.sh --read-only-root --display hdmi on a messy root"
else
  fail "install.sh --read-only-root --display hdmi on a messy root"
  tail -n 20 "$work/m1.log"
fi
cmd2=$root2/boot/firmware/cmdline.txt
cfg2=$root2/boot/firmware/config.txt
expect "messy cmdline.txt: one line" one_line "$cmd2"
expect "messy cmdline.txt: no parameter twice" no_dup_params "$cmd2"
expect "messy cmdline.txt: overlayroot=tmpfs:recurse=0 (data partition not overlaid)" has_params "$cmd2" overlayroot=tmpfs:recurse=0
expect "messy cmdline.txt: consoleblank=600 replaced by 0" has_params "$cmd2" consoleblank=0
expect "messy cmdline.txt: HDMI forced on" has_params "$cmd2" video=HDMI-A-1:1280x720@60D
expect "messy config.txt: exactly one kiosk block" one_block "$cfg2"
expect "messy config.txt: old block content gone" [ "$(grep -c '^old=1\|^dtoverlay=vc4-fkms' "$cfg2")" = 0 ]
expect "messy config.txt: display_rotate disabled" grep -q '^#kiosk-disabled# display_rotate=2' "$cfg2"
expect "messy root: the journal bound to the data partition" \
  grep -qx '/var/lib/kiosk/journal /var/log/journal none bind,nofail,x-systemd.requires-mounts-for=/var/lib/kiosk 0 0' "$root2/etc/fstab"
if [ -f "$work/program.pub" ]; then
  expect "--key: the program's key trusted (640, root:kiosk)" \
    [ "$(stat -c '%a %u' "$root2/var/lib/kiosk/trusted-keys/program.pub" 2>&1)" = "640 0" ]
else
  skip "--key: minisign is not installed (apt-get install minisign)"
fi
m2=$(tree_sum "$root2")
install_sh --root "$root2" --read-only-root --display hdmi "${keyargs[@]}" >"$work/m2.log" 2>&1
expect "messy root: second run changes nothing" [ "$(tree_sum "$root2")" = "$m2" ]
install_sh --root "$root2" --read-write-root --display auto >"$work/m3.log" 2>&1
expect "--read-write-root removes overlayroot, --display auto removes video=HDMI-A-1" \
  [ "$(grep -c 'overlayroot\|video=HDMI' "$cmd2")" = 0 ]
expect "after switching options: cmdline.txt still one line" one_line "$cmd2"
expect "after switching options: config.txt still one block" one_block "$cfg2"
install_sh --root "$root2" --keep-wifi --keep-bluetooth >"$work/m4.log" 2>&1
expect "--keep-wifi --keep-bluetooth: no radio disabled" [ "$(grep -c '^dtoverlay=disable-' "$cfg2")" = 0 ]

# --binary: a program built elsewhere (cross-built for arm64), the lessons switched by a link
rootb=$work/rootb
fresh_root "$rootb"
printf '#!/bin/sh\necho stand-in kiosk\n' >"$work/kiosk-bin"
if bash "$rpi/install.sh" --skip-packages --binary "$work/kiosk-bin" --root "$rootb" >"$work/b1.log" 2>&1; then
  ok "install.sh --binary FILE"
else
  fail "install.sh --binary FILE"
  tail -n 20 "$work/b1.log"
fi
expect "--binary: the program is the file given" cmp -s "$work/kiosk-bin" "$rootb/usr/local/bin/kiosk"
link=$(readlink "$rootb/usr/local/share/kiosk" 2>/dev/null || true)
expect "--binary: /usr/local/share/kiosk is a link to one version (kiosk-<hash>)" grep -Eqx 'kiosk-[0-9a-f]{12}' <<<"$link"
expect "--binary: the lessons are there" test -f "$rootb/usr/local/share/kiosk/lessons/core/pack.lua"
b1=$(tree_sum "$rootb")
bash "$rpi/install.sh" --skip-packages --binary "$work/kiosk-bin" --root "$rootb" >"$work/b2.log" 2>&1
expect "--binary: a second run changes nothing" [ "$(tree_sum "$rootb")" = "$b1" ]

# sound: the installer owns /etc/asound.conf only when --audio hdmi or jack asked for it
expect "sound: no /etc/asound.conf with --audio auto" [ ! -e "$root/etc/asound.conf" ]
expect "config.txt: the jack and HDMI sound on" grep -q '^dtparam=audio=on' "$cfg"
install_sh --root "$root2" --audio jack >"$work/a1.log" 2>&1
expect "--audio jack: ALSA's default is the 3.5 mm jack" grep -q 'slave.pcm "hw:CARD=Headphones,DEV=0"' "$root2/etc/asound.conf"
install_sh --root "$root2" --audio hdmi >"$work/a2.log" 2>&1
expect "--audio hdmi: ALSA's default is HDMI (through the hdmi plugin)" grep -q 'slave.pcm "hdmi:CARD=vc4hdmi0,DEV=0"' "$root2/etc/asound.conf"
install_sh --root "$root2" --audio auto >"$work/a3.log" 2>&1
expect "--audio auto: the installer's /etc/asound.conf removed" [ ! -e "$root2/etc/asound.conf" ]
printf 'pcm.!default { type hw card 1 }\n' >"$root2/etc/asound.conf"
install_sh --root "$root2" --audio auto >"$work/a4.log" 2>&1
expect "--audio auto: someone else's /etc/asound.conf kept" grep -q 'card 1' "$root2/etc/asound.conf"
rm -f "$root2/etc/asound.conf"
if bash "$rpi/install.sh" --audio speaker >/dev/null 2>&1; then fail "--audio speaker refused"; else ok "--audio speaker refused"; fi

# refusals: nothing changed
root3=$work/root3
fresh_root "$root3"
r3=$(tree_sum "$root3")
if install_sh --root "$root3" --read-only-root >"$work/r1.log" 2>&1; then
  fail "--read-only-root without a data partition is refused"
else
  ok "--read-only-root without a data partition is refused"
fi
echo "not a key" >"$work/bad.pub"
if install_sh --root "$root3" --key "$work/bad.pub" >"$work/r2.log" 2>&1; then
  fail "a file that is not a minisign key is refused"
else
  ok "a file that is not a minisign key is refused"
fi
if install_sh --root "$root3" --display tv >"$work/r3.log" 2>&1; then fail "--display tv is a usage error"; else
  ok "--display tv is a usage error"
fi
expect "refused runs changed nothing" [ "$(tree_sum "$root3")" = "$r3" ]

# ---- systemd-analyze verify, in the installed root with a stand-in kiosk -----------------
units=(kiosk.service kiosk-usb-rw.path kiosk-usb-rw.service kiosk-usb-eject.path
  kiosk-usb-eject.service kiosk-throttled.service kiosk-throttled.timer kiosk-reset-pin.service)
for u in "${units[@]}"; do
  if grep -nE '^[[:space:]]*[A-Za-z]+=.*[[:space:]][#;]' "$rpi/$u" >"$work/trailing" 2>&1; then
    fail "$u: a comment after a value (systemd 252 keeps it as part of the value)"
    cat "$work/trailing"
  fi
done
if have systemd-analyze; then
  # the systemd units a Pi has, the executables the units name (a stand-in kiosk)
  mkdir -p "$root/usr/lib/systemd" "$root/usr/bin" "$root/usr/local/bin"
  cp -a /lib/systemd/system "$root/usr/lib/systemd/" 2>/dev/null
  [ -e "$root/lib" ] || ln -s usr/lib "$root/lib"
  [ -e "$root/bin" ] || ln -s usr/bin "$root/bin"
  cp /usr/bin/rm "$root/usr/bin/rm"
  printf '#!/bin/sh\nexit 0\n' >"$root/usr/local/bin/kiosk"
  chmod 755 "$root/usr/local/bin/kiosk"
  for u in "${units[@]}"; do
    if out=$(systemd-analyze verify --man=no --root="$root" "/etc/systemd/system/$u" 2>&1) && [ -z "$out" ]; then
      ok "systemd-analyze verify $u"
    else
      fail "systemd-analyze verify $u"
      echo "$out" | head -n 10
    fi
  done
  # the check itself catches mistakes: a misspelt option and a trailing comment
  sed -e 's/^RestartPreventExitStatus=3$/RestartPreventExitStatuss=3/' -e 's/^WatchdogSec=30s$/WatchdogSec=30s # half: 15 s/' \
    "$rpi/kiosk.service" >"$root/etc/systemd/system/kiosk-broken.service"
  out=$(systemd-analyze verify --man=no --root="$root" /etc/systemd/system/kiosk-broken.service 2>&1)
  expect "systemd-analyze verify catches a misspelt option and a trailing comment" \
    grep -q 'RestartPreventExitStatuss' <<<"$out"
  grep -q 'Failed to parse.*30s # half' <<<"$out" || fail "systemd-analyze verify did not flag 'WatchdogSec=30s # ...'"
  rm -f "$root/etc/systemd/system/kiosk-broken.service"
  score=$(systemd-analyze security --offline=yes --root="$root" /etc/systemd/system/kiosk.service 2>/dev/null |
    sed -n 's/.*Overall exposure level for kiosk.service: \([0-9.]*\).*/\1/p')
  if [ -n "$score" ]; then
    expect "systemd-analyze security kiosk.service: exposure $score (must stay <= 4.0)" \
      awk -v s="$score" 'BEGIN { exit !(s <= 4.0) }'
  else
    skip "systemd-analyze security --offline gave no score here"
  fi
else
  skip "systemd-analyze verify: systemd-analyze is missing (apt-get install systemd)"
fi

# the options the kiosk and the field rely on (what verify cannot know)
svc=$rpi/kiosk.service
section_of() { # section_of FILE KEY=VALUE: the [section] holding that exact line
  awk -v l="$2" '/^\[/ { s = $0 } $0 == l { print s; exit }' "$1"
}
for line in Type=notify NotifyAccess=main WatchdogSec=30s Restart=always RestartSec=2 \
  RestartPreventExitStatus=3 User=kiosk TTYPath=/dev/tty1 Environment=SDL_VIDEODRIVER=kmsdrm \
  NoNewPrivileges=yes ProtectSystem=strict ProtectHome=yes PrivateTmp=yes DevicePolicy=closed \
  "DeviceAllow=char-drm rw" "DeviceAllow=char-input r" "DeviceAllow=char-alsa rw" \
  "RestrictAddressFamilies=AF_UNIX AF_NETLINK" "ReadWritePaths=/var/lib/kiosk /run/kiosk" \
  "ExecStart=/usr/local/bin/kiosk run --fullscreen --data /var/lib/kiosk --lessons /usr/local/share/kiosk/lessons --usb /media/kiosk-usb"; do
  expect "kiosk.service [Service] $line" [ "$(section_of "$svc" "$line")" = "[Service]" ]
done
for line in StartLimitIntervalSec=0 Conflicts=getty@tty1.service After=var-lib-kiosk.mount; do
  expect "kiosk.service [Unit] $line" [ "$(section_of "$svc" "$line")" = "[Unit]" ]
done
expect "kiosk.service: never a reboot for a failing kiosk (safe mode instead)" \
  [ "$(grep -c '^StartLimitAction' "$svc")" = 0 ]
expect "kiosk.service: starts without its data partition (no RequiresMountsFor)" \
  [ "$(grep -c '^RequiresMountsFor' "$svc")" = 0 ]
expect "kiosk.service: no WorkingDirectory= on the data partition (it implies RequiresMountsFor)" \
  [ "$(grep -c '^WorkingDirectory=/var/lib/kiosk' "$svc")" = 0 ]
for line in LimitCORE=0 "ExecStopPost=-/usr/local/bin/kiosk health --data /var/lib/kiosk --record-exit"; do
  expect "kiosk.service [Service] $line" [ "$(section_of "$svc" "$line")" = "[Service]" ]
done
expect "kiosk.service: no PrivateDevices (it hides /dev/dri and /dev/input)" \
  [ "$(grep -c '^PrivateDevices' "$svc")" = 0 ]
expect "kiosk.service: no network address family" [ "$(grep -c '^RestrictAddressFamilies=.*AF_INET' "$svc")" = 0 ]
expect "kiosk.service: the stick is not a ReadWritePaths bind (it would outlive the unmount)" \
  [ "$(grep -c '^ReadWritePaths=.*media' "$svc")" = 0 ]
for p in rw eject; do
  expect "kiosk-usb-$p.path watches /run/kiosk/usb-$p" grep -qx "PathExists=/run/kiosk/usb-$p" "$rpi/kiosk-usb-$p.path"
  expect "kiosk-usb-$p.service removes the request even on failure" grep -qx "ExecStopPost=/bin/rm -f /run/kiosk/usb-$p" "$rpi/kiosk-usb-$p.service"
  expect "kiosk-usb-$p.service has no mount namespace of its own" \
    [ "$(grep -cE '^(ProtectSystem|PrivateTmp|PrivateMounts|ProtectHome|ReadOnlyPaths|ReadWritePaths)=' "$rpi/kiosk-usb-$p.service")" = 0 ]
done
expect "journald: Storage=persistent, SystemMaxUse=32M" grep -qx 'Storage=persistent' "$rpi/journald-kiosk.conf"
grep -qx 'SystemMaxUse=32M' "$rpi/journald-kiosk.conf" || fail "journald: SystemMaxUse=32M"
grep -qx 'RuntimeMaxUse=16M' "$rpi/journald-kiosk.conf" || fail "journald: RuntimeMaxUse=16M"
expect "hardware watchdog: RuntimeWatchdogSec=14s (bcm2835_wdt caps near 15 s)" grep -qx 'RuntimeWatchdogSec=14s' "$rpi/watchdog-kiosk.conf"

# ---- udev rule ---------------------------------------------------------------------------
rules=$rpi/99-kiosk-usb.rules
if have udevadm && udevadm verify --help >/dev/null 2>&1; then
  if out=$(udevadm verify "$rules" 2>&1); then ok "udevadm verify 99-kiosk-usb.rules"; else
    fail "udevadm verify 99-kiosk-usb.rules"
    echo "$out" | head -n 10
  fi
else
  echo "note udevadm verify is not available (systemd < 254 or no udev package): using tests/board/udev_rules_lint.sh"
fi
if out=$(bash tests/board/udev_rules_lint.sh "$rules" 2>&1); then ok "udev rule syntax (udev_rules_lint.sh)"; else
  fail "udev rule syntax (udev_rules_lint.sh)"
  echo "$out" | head -n 10
fi
# shellcheck disable=SC2016 # $devnode is udev's, not the shell's
printf 'ACTION="add", SUBSYSTEM=="block" RUN+="mount $devnode"\n' >"$work/bad.rules"
if bash tests/board/udev_rules_lint.sh "$work/bad.rules" >/dev/null 2>&1; then
  fail "udev_rules_lint.sh rejects a broken rule"
else
  ok "udev_rules_lint.sh rejects a broken rule"
fi
for fs in vfat exfat; do
  expect "udev: $fs sticks owned by kiosk, readable (fmask/dmask)" \
    grep -Eq "ID_FS_TYPE}==\"$fs\".*--owner=kiosk .*fmask=0133,dmask=0022" "$rules"
done

# ---- tmpfiles.d and sysusers.d through systemd's own parsers -----------------------------
if have systemd-tmpfiles; then
  t=$work/tmpfiles-root
  mkdir -p "$t/etc"
  cp "$root/etc/passwd" "$root/etc/group" "$t/etc/"
  if out=$(systemd-tmpfiles --create --root="$t" "$rpi/kiosk.tmpfiles.conf" 2>&1) && [ -z "$out" ]; then
    ok "systemd-tmpfiles --create kiosk.tmpfiles.conf"
  else
    fail "systemd-tmpfiles --create kiosk.tmpfiles.conf"
    echo "$out" | head -n 10
  fi
  kuid=$(awk -F: '$1 == "kiosk" { print $3 }' "$t/etc/passwd")
  expect "tmpfiles: /run/kiosk owned by kiosk, 750" [ "$(stat -c '%u %a' "$t/run/kiosk" 2>&1)" = "$kuid 750" ]
  expect "tmpfiles: /var/lib/kiosk/trusted-keys owned by root, 750" [ "$(stat -c '%u %a' "$t/var/lib/kiosk/trusted-keys" 2>&1)" = "0 750" ]
else
  skip "systemd-tmpfiles is missing (apt-get install systemd)"
fi

# ---- helper scripts ----------------------------------------------------------------------
thr=$rpi/bin/kiosk-throttled
st=$work/throttled.last
out=$(KIOSK_THROTTLED_VALUE=0x0 KIOSK_THROTTLED_STATE=$st sh "$thr")
expect "kiosk-throttled: silent when all is well (0x0)" [ -z "$out" ]
out=$(KIOSK_THROTTLED_VALUE=0x50005 KIOSK_THROTTLED_STATE=$st sh "$thr")
expect "kiosk-throttled: 0x50005 explains under-voltage now and since boot" \
  grep -q 'bit 0: under-voltage NOW' <<<"$out"
grep -q 'bit 16: under-voltage has happened since boot' <<<"$out" || fail "kiosk-throttled: bit 16 not explained"
grep -q '^<4>' <<<"$out" || fail "kiosk-throttled: not logged at warning priority"
KIOSK_THROTTLED_VALUE=0x50000 KIOSK_THROTTLED_STATE=$st sh "$thr" >/dev/null
out=$(KIOSK_THROTTLED_VALUE=0x50000 KIOSK_THROTTLED_STATE=$st sh "$thr")
expect "kiosk-throttled: a past event (0x50000) is logged once, not every 5 minutes" [ -z "$out" ]
out=$(PATH=/nonexistent /bin/sh "$thr" 2>&1)
expect "kiosk-throttled: says so where vcgencmd is missing" grep -q 'vcgencmd is not installed' <<<"$out"
out=$(EXIT_STATUS=1 sh "$rpi/bin/kiosk-exited")
expect "kiosk-exited: nothing after a crash (status 1)" [ -z "$out" ]
mkdir -p "$work/stub"
printf '#!/bin/sh\necho "systemctl $*" >>"%s/calls"\n' "$work" >"$work/stub/systemctl"
printf '#!/bin/sh\necho "chvt $*" >>"%s/calls"\n' "$work" >"$work/stub/chvt"
chmod 755 "$work/stub/systemctl" "$work/stub/chvt"
EXIT_STATUS=3 PATH="$work/stub:$PATH" sh "$rpi/bin/kiosk-exited" >/dev/null
expect "kiosk-exited: after Exit to desktop (3), a login prompt on tty2" \
  grep -qx 'systemctl --no-block start getty@tty2.service' "$work/calls"
# forgetting the staff PIN: only the pin_hash line goes, the file stays valid, owner kept
d=$work/pin/data
b=$work/pin/boot
mkdir -p "$d" "$b"
cat >"$d/kiosk.lua" <<'EOF2'
return {
  rotation = 0,
  pin_hash = "$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA",
  large_text = false,
}
EOF2
chmod 600 "$d/kiosk.lua"
echo 3 >"$d/staff-lock"
: >"$b/kiosk-reset-pin.txt"
KIOSK_DATA=$d KIOSK_BOOT=$b sh "$rpi/bin/kiosk-reset-pin" >/dev/null
expect "kiosk-reset-pin: the pin_hash line is gone" [ "$(grep -c pin_hash "$d/kiosk.lua")" = 0 ]
expect "kiosk-reset-pin: the other settings stay" grep -q 'rotation = 0' "$d/kiosk.lua"
expect "kiosk-reset-pin: the file keeps its mode 600" [ "$(stat -c %a "$d/kiosk.lua")" = 600 ]
expect "kiosk-reset-pin: the wrong-try count is removed" [ ! -e "$d/staff-lock" ]
expect "kiosk-reset-pin: the request file is removed" [ ! -e "$b/kiosk-reset-pin.txt" ]

while IFS= read -r line; do
  case $line in
  ok\ *) passed=$((passed + 1)) ;;
  FAIL\ *) failed=$((failed + 1)) ;;
  skip\ *) skipped=$((skipped + 1)) ;;
  esac
  echo "$line"
done < <(bash tests/board/usb_helper_test.sh 2>&1)

echo "board: $((SECONDS - t_start)) s"
echo "board: $passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]

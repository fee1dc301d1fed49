#!/usr/bin/env bash
# board/rpi/install.sh — turns a fresh Raspberry Pi OS Lite (64-bit, bookworm) into the
# kiosk: packages, the kiosk program, its user, its data folder, its services, the boot
# settings. Run as root from the project folder copied onto the Pi:
#
#   sudo bash board/rpi/install.sh [options]
#
# Safe to run again: it changes only what differs and says what it changed. With
# --check it only says what it would change. See board/rpi/README.md.
set -euo pipefail

usage() {
  cat <<'EOF'
usage: sudo bash board/rpi/install.sh [options]

  --check, --dry-run     print what would change; change nothing
  --root DIR             act on the system under DIR instead of / (an SD card's root
                         mounted elsewhere, or a test folder); packages are not
                         installed, the kiosk is built but not run, nothing is started
  --display auto|dsi|hdmi
                         auto (default): the official 7" panel if connected, else HDMI
                         dsi: the official 7" touchscreen only
                         hdmi: an HDMI TV or monitor, switched on even if the TV was
                         off at boot (see --hdmi-mode)
  --hdmi-mode WxH@HZ     the picture size forced on HDMI (default 1280x720@60)
  --audio auto|hdmi|jack where the kiosk's voice and sounds go
                         auto (default): ALSA's default card (leaves /etc/asound.conf
                         alone unless this installer wrote it)
                         hdmi: the TV or monitor's speakers; jack: the 3.5 mm jack
  --read-only-root       protect the SD card: the system part becomes read-only
                         (overlayroot); needs a data partition on /var/lib/kiosk
  --read-write-root      undo --read-only-root (takes effect at the next start)
  --key FILE.pub         trust this minisign public key for lesson packs (repeatable)
  --staff-pin            ask here (twice, not shown) for the staff PIN, so no stranger at
                         the kiosk chooses it first: 6 to 8 digits, not a repeat, a run
                         or a common PIN; only its hash is kept (kiosk.lua, mode 0600)
  --staff-pin-file FILE  the same, the PIN from the first line of FILE (delete FILE after)
  --keep-wifi            leave Wi-Fi on (default: off, dtoverlay=disable-wifi)
  --keep-bluetooth       leave Bluetooth on (default: off, dtoverlay=disable-bt)
  --keep-ssh             leave SSH as it is (default: SSH is switched off)
  --binary FILE          install this kiosk program (e.g. one cross-built for arm64 by
                         make cross-arm64) instead of building one
  --skip-packages        do not install Debian packages
  --skip-build           do not build and install the kiosk program
  --print-packages       print the Debian packages the board needs besides the kiosk's
                         own (the Makefile's DEB_RUNTIME), then stop
  -h, --help             this help
EOF
}

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=$(cd "$here/../.." && pwd)
root=/
check=0
display=auto
hdmi_mode=1280x720@60
audio=auto
overlay=keep
skip_packages=0
skip_build=0
print_packages=0
keep_wifi=0
keep_bt=0
keep_ssh=0
binary=
keys=()
staff_pin=0
staff_pin_file=

while [ $# -gt 0 ]; do
  case $1 in
  --check | --dry-run) check=1 ;;
  --root)
    [ $# -ge 2 ] || { echo "--root needs a folder" >&2; exit 2; }
    root=$2
    shift
    ;;
  --root=*) root=${1#--root=} ;;
  --display)
    [ $# -ge 2 ] || { echo "--display needs auto, dsi or hdmi" >&2; exit 2; }
    display=$2
    shift
    ;;
  --display=*) display=${1#--display=} ;;
  --hdmi-mode)
    [ $# -ge 2 ] || { echo "--hdmi-mode needs WxH@HZ" >&2; exit 2; }
    hdmi_mode=$2
    shift
    ;;
  --hdmi-mode=*) hdmi_mode=${1#--hdmi-mode=} ;;
  --audio)
    [ $# -ge 2 ] || { echo "--audio needs auto, hdmi or jack" >&2; exit 2; }
    audio=$2
    shift
    ;;
  --audio=*) audio=${1#--audio=} ;;
  --read-only-root) overlay=yes ;;
  --read-write-root) overlay=no ;;
  --key)
    [ $# -ge 2 ] || { echo "--key needs a .pub file" >&2; exit 2; }
    keys+=("$2")
    shift
    ;;
  --key=*) keys+=("${1#--key=}") ;;
  --skip-packages) skip_packages=1 ;;
  --skip-build) skip_build=1 ;;
  --print-packages) print_packages=1 ;;
  --keep-wifi) keep_wifi=1 ;;
  --keep-bluetooth) keep_bt=1 ;;
  --keep-ssh) keep_ssh=1 ;;
  --binary)
    [ $# -ge 2 ] || { echo "--binary needs a file" >&2; exit 2; }
    binary=$2
    shift
    ;;
  --binary=*) binary=${1#--binary=} ;;
  --staff-pin) staff_pin=1 ;;
  --staff-pin-file)
    [ $# -ge 2 ] || { echo "--staff-pin-file needs a file" >&2; exit 2; }
    staff_pin_file=$2
    shift
    ;;
  --staff-pin-file=*) staff_pin_file=${1#--staff-pin-file=} ;;
  -h | --help)
    usage
    exit 0
    ;;
  *)
    echo "unknown option: $1 (see --help)" >&2
    exit 2
    ;;
  esac
  shift
done

case $display in auto | dsi | hdmi) ;; *)
  echo "--display must be auto, dsi or hdmi" >&2
  exit 2
  ;;
esac
case $audio in auto | hdmi | jack) ;; *)
  echo "--audio must be auto, hdmi or jack" >&2
  exit 2
  ;;
esac
if ! [[ $hdmi_mode =~ ^[0-9]+x[0-9]+(@[0-9]+)?$ ]]; then
  echo "--hdmi-mode must look like 1280x720@60" >&2
  exit 2
fi
# What the board needs besides the kiosk's own libraries: the console tools, Mesa's EGL
# and GLES with its DRM drivers (SDL's KMSDRM renderers load them; Raspberry Pi OS Lite
# may lack them), and overlayroot for --read-only-root with busybox: overlayroot's
# initramfs script needs grep, which only busybox puts in the initramfs (without it the
# arm64 VM booted a writable root: "grep: not found" from init-bottom/overlayroot).
board_pkgs=(util-linux kbd libegl1 libgles2 libgbm1 libgl1-mesa-dri)
[ "$overlay" = yes ] && board_pkgs+=(overlayroot busybox)
if [ "$print_packages" -eq 1 ]; then
  printf '%s\n' "${board_pkgs[@]}"
  exit 0
fi
if [ -n "$binary" ]; then
  [ -f "$binary" ] || { echo "--binary $binary: no such file" >&2; exit 2; }
  binary=$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")
fi
if [ -n "$staff_pin_file" ] && ! [ -f "$staff_pin_file" ] && ! [ -p "$staff_pin_file" ]; then
  echo "--staff-pin-file $staff_pin_file: no such file" >&2
  exit 2
fi
[ -d "$root" ] || { echo "--root $root: no such folder" >&2; exit 2; }
root=$(cd "$root" && pwd)
live=0
[ "$root" = / ] && live=1
# systemd running here? Not in a chroot or an image being built: then units are only
# enabled (systemctl works on files), nothing is started, reloaded or mounted.
systemd_up=0
[ "$live" -eq 1 ] && [ -d /run/systemd/system ] && systemd_up=1

# ---- reporting -------------------------------------------------------------------------
changes=0
say() { printf '%s\n' "$*"; }
ok() { printf 'ok      %s\n' "$*"; }
skip() { printf 'skip    %s\n' "$*"; }
warn() { printf 'WARNING %s\n' "$*"; }
die() {
  printf 'ERROR   %s\n' "$*" >&2
  exit 1
}
# change WHAT: counts one change; true when it should be made (not in check mode)
change() {
  changes=$((changes + 1))
  if [ "$check" -eq 1 ]; then
    printf 'would   %s\n' "$*"
    return 1
  fi
  printf 'change  %s\n' "$*"
  return 0
}

# T PATH: PATH inside the target root
T() { printf '%s%s' "${root%/}" "$1"; }

# mode_of FILE: octal mode
mode_of() { stat -c %a "$1"; }
# owner_of FILE: uid:gid
owner_of() { stat -c %u:%g "$1"; }

# put SRC DEST MODE [UID:GID]: installs a file when its content, mode or owner differ.
put() {
  local from=$1 to=$2 mode=$3 own=${4:-0:0} dest
  dest=$(T "$to")
  if [ -f "$dest" ] && cmp -s "$from" "$dest" && [ "$(mode_of "$dest")" = "$mode" ] &&
    { [ "$EUID" -ne 0 ] || [ "$(owner_of "$dest")" = "$own" ]; }; then
    ok "$to"
    return 0
  fi
  if [ -f "$dest" ]; then change "update $to" || return 0; else change "install $to" || return 0; fi
  mkdir -p "$(dirname "$dest")"
  local tmp
  tmp=$(mktemp "$(dirname "$dest")/.kiosk-install.XXXXXX")
  cat "$from" >"$tmp"
  chmod "$mode" "$tmp"
  if [ "$EUID" -eq 0 ]; then chown "$own" "$tmp"; fi
  # on the disk before the rename: a power cut leaves the old file or the whole new one
  sync "$tmp" 2>/dev/null || true
  mv -f "$tmp" "$dest"
  sync "$(dirname "$dest")" 2>/dev/null || true
}

# put_text DEST MODE TEXT: like put, from a string
put_text() {
  local tmp
  tmp=$(mktemp)
  printf '%s' "$3" >"$tmp"
  put "$tmp" "$1" "$2"
  rm -f "$tmp"
}

# folder PATH MODE UID:GID
folder() {
  local dir=$1 mode=$2 own=$3 dest
  dest=$(T "$dir")
  if [ -d "$dest" ] && [ "$(mode_of "$dest")" = "$mode" ] &&
    { [ "$EUID" -ne 0 ] || [ "$(owner_of "$dest")" = "$own" ]; }; then
    ok "$dir/"
    return 0
  fi
  if [ -d "$dest" ]; then change "set $dir/ to mode $mode, owner $own" || return 0; else
    change "create $dir/ (mode $mode, owner $own)" || return 0
  fi
  mkdir -p "$dest"
  chmod "$mode" "$dest"
  if [ "$EUID" -eq 0 ]; then chown "$own" "$dest"; fi
}

sctl() {
  if [ "$live" -eq 1 ]; then systemctl "$@"; else systemctl --root="$root" "$@"; fi
}

# ---- 0. before changing anything ---------------------------------------------------------
say "Kiosk installer: project $src, target root $root$([ "$check" -eq 1 ] && echo ' (check only: nothing is changed)')"
if [ ! -f "$src/Makefile" ] || [ ! -d "$src/engine" ]; then
  die "run me from the project folder (no Makefile/engine in $src)"
fi
if [ "$check" -eq 0 ] && [ "$EUID" -ne 0 ]; then
  die "run me as root: sudo bash board/rpi/install.sh"
fi
if [ "$live" -eq 1 ]; then
  arch=$(dpkg --print-architecture 2>/dev/null || echo unknown)
  [ "$arch" = arm64 ] || warn "this is $arch, not 64-bit Raspberry Pi OS (arm64): fine for a test, not for a kiosk"
  codename=$(sed -n 's/^VERSION_CODENAME=//p' /etc/os-release 2>/dev/null || true)
  [ "$codename" = bookworm ] || warn "this is '${codename:-unknown}', not bookworm: the settings here were written for bookworm"
  if [ "$(findmnt -n -o FSTYPE / 2>/dev/null || true)" = overlay ] && [ "$overlay" != no ]; then
    die "the system part of the SD card is read-only now (overlay): changes would vanish at the next start.
        First run: sudo bash board/rpi/install.sh --read-write-root --skip-packages --skip-build
        then restart (sudo reboot), run the installer again, and add --read-only-root to protect it again."
  fi
fi

# a minisign public key: "untrusted comment: ..." then base64 of 42 bytes ("Ed", key id, key)
for k in "${keys[@]}"; do
  [ -f "$k" ] || die "--key $k: no such file"
  if ! head -n 1 "$k" | grep -q '^untrusted comment: ' ||
    ! sed -n 2p "$k" | grep -Eq '^RW[A-Za-z0-9+/]{54}$'; then
    die "--key $k: not a minisign public key (2 lines: 'untrusted comment: ...' and the key)"
  fi
done

boot=
for b in /boot/firmware /boot; do
  if [ -f "$(T "$b/cmdline.txt")" ]; then
    boot=$b
    break
  fi
done

# the data folder: a partition of its own, if there is one
data_mount=no
if [ "$live" -eq 1 ] && mountpoint -q /var/lib/kiosk 2>/dev/null; then
  data_mount=yes
elif grep -Eq '^[^#[:space:]]+[[:space:]]+/var/lib/kiosk[[:space:]]' "$(T /etc/fstab)" 2>/dev/null; then
  data_mount=fstab
fi
data_label=
if [ "$data_mount" = no ] && [ "$live" -eq 1 ] && command -v blkid >/dev/null; then
  if blkid -L kiosk-data >/dev/null 2>&1; then data_label=kiosk-data; fi
fi
if [ "$overlay" = yes ] && [ "$data_mount" = no ] && [ -z "$data_label" ]; then
  die "--read-only-root needs a data partition for /var/lib/kiosk (an ext4 partition labelled
        kiosk-data, see README.md), or every statistic would be lost at each restart."
fi

# ---- 1. packages -------------------------------------------------------------------------
if [ "$skip_packages" -eq 1 ]; then
  skip "packages (--skip-packages)"
elif [ "$live" -eq 0 ]; then
  skip "packages (--root: install them inside the target yourself)"
else
  # the lists live in the Makefile (DEB_RUNTIME, DEB_BUILD): ask make for them
  debs=$(make -s --no-print-directory -C "$src" -f Makefile -f - kiosk-print-debs 2>/dev/null <<'EOF'
kiosk-print-debs:
	@echo $(DEB_RUNTIME) $(DEB_BUILD)
EOF
  ) || debs=
  [ -n "$debs" ] || die "could not read DEB_RUNTIME/DEB_BUILD from $src/Makefile"
  read -r -a wanted <<<"$debs"
  wanted+=("${board_pkgs[@]}")
  missing=()
  for p in "${wanted[@]}"; do
    # (one line per architecture where several are configured)
    if ! dpkg-query -W -f='${db:Status-Status}\n' "$p" 2>/dev/null | grep -qx installed; then
      missing+=("$p")
    fi
  done
  if [ "${#missing[@]}" -eq 0 ]; then
    ok "packages: all ${#wanted[@]} installed"
  elif change "apt-get install ${missing[*]}"; then
    DEBIAN_FRONTEND=noninteractive apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
  fi
fi

# ---- 2. the kiosk program ----------------------------------------------------------------
# The program is replaced by one rename (put), the lessons and assets by switching a
# symbolic link: /usr/local/share/kiosk -> kiosk-<hash>, made and synced beside it
# first. A power cut at any moment leaves the old or the new version, never none.
share_link=/usr/local/share/kiosk
if [ "$skip_build" -eq 1 ]; then
  skip "build and install of the kiosk program (--skip-build)"
elif [ "$check" -eq 1 ]; then
  prog=${binary:-$src/build/kiosk}
  if [ -x "$prog" ] && cmp -s "$prog" "$(T /usr/local/bin/kiosk)"; then
    ok "/usr/local/bin/kiosk (same as $prog$([ -z "$binary" ] && echo '; run without --check to rebuild'))"
  elif [ -n "$binary" ]; then
    change "install $binary as /usr/local/bin/kiosk, with the lessons and assets" || true
  else
    change "build the kiosk (make) and install it to /usr/local (make install PREFIX=/usr/local)" || true
  fi
else
  stage=$(mktemp -d)
  if [ -n "$binary" ]; then
    # the same files as `make install`, with a program built elsewhere
    say "installing $binary (not built here)"
    install -d "$stage/usr/local/bin" "$stage/usr/local/share/kiosk"
    install -m 755 "$binary" "$stage/usr/local/bin/kiosk"
    cp -R "$src/lessons" "$src/assets" "$stage/usr/local/share/kiosk/"
  else
    say "building the kiosk (make; a few minutes on a Pi)..."
    make -C "$src" -j2 build/kiosk >/dev/null
    make -s -C "$src" install PREFIX=/usr/local DESTDIR="$stage" >/dev/null
  fi
  put "$stage/usr/local/bin/kiosk" /usr/local/bin/kiosk 755
  new_share=$stage/usr/local/share/kiosk
  hash=$( (cd "$new_share" && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum) | sha256sum | cut -c1-12)
  link=$(T "$share_link")
  if [ -L "$link" ] && [ "$(readlink "$link")" = "kiosk-$hash" ] && [ -d "$(T "/usr/local/share/kiosk-$hash")" ]; then
    ok "$share_link/ (lessons and assets)"
  elif change "install $share_link/ (lessons and assets, version $hash)"; then
    dir=$(T "/usr/local/share/kiosk-$hash")
    rm -rf "$dir.new"
    mkdir -p "$(dirname "$dir")"
    cp -R "$new_share" "$dir.new"
    chmod -R u=rwX,go=rX "$dir.new"
    chown -R 0:0 "$dir.new"
    sync -f "$dir.new" 2>/dev/null || sync
    rm -rf "$dir"
    mv "$dir.new" "$dir"
    if [ -d "$link" ] && [ ! -L "$link" ]; then
      # a folder from an older installer: moved aside first (the one moment without it)
      rm -rf "$link.old"
      mv "$link" "$link.old"
    fi
    ln -sfn "kiosk-$hash" "$link.new"
    sync -f "$(dirname "$link")" 2>/dev/null || sync
    mv -T "$link.new" "$link"
    sync -f "$(dirname "$link")" 2>/dev/null || sync
    # the versions no longer pointed at
    for old in "$(dirname "$link")"/kiosk-* "$link.old"; do
      [ -e "$old" ] || continue
      [ "$old" = "$dir" ] || rm -rf "$old"
    done
  fi
  rm -rf "$stage"
fi

# ---- 3. files: units, helpers, settings --------------------------------------------------
for u in kiosk.service kiosk-usb-rw.path kiosk-usb-rw.service kiosk-usb-eject.path \
  kiosk-usb-eject.service kiosk-throttled.service kiosk-throttled.timer kiosk-reset-pin.service; do
  put "$here/$u" "/etc/systemd/system/$u" 644
done
put "$here/99-kiosk-usb.rules" /etc/udev/rules.d/99-kiosk-usb.rules 644
put "$here/kiosk.tmpfiles.conf" /etc/tmpfiles.d/kiosk.conf 644
put "$here/kiosk.sysusers.conf" /etc/sysusers.d/kiosk.conf 644
put "$here/journald-kiosk.conf" /etc/systemd/journald.conf.d/kiosk.conf 644
put "$here/watchdog-kiosk.conf" /etc/systemd/system.conf.d/kiosk-watchdog.conf 644
for s in kiosk-usb-helper kiosk-exited kiosk-throttled kiosk-reset-pin; do
  put "$here/bin/$s" "/usr/local/lib/kiosk/$s" 755
done
put "$here/README.md" /usr/local/share/doc/kiosk/README.md 644
put "$here/BOOT.md" /usr/local/share/doc/kiosk/BOOT.md 644
if [ -f "$(T /etc/default/kiosk)" ]; then
  ok "/etc/default/kiosk (yours: never overwritten)"
else
  put_text /etc/default/kiosk 644 '# Settings for kiosk.service, one VAR=value a line (read at each start).
# If the picture stays black on a Pi 4 with two /dev/dri cards, try:
#SDL_KMSDRM_DEVICE_INDEX=1
'
fi

# ---- 3b. sound: ALSA's default output for the kiosk (SDL_AUDIODRIVER=alsa, no sound server)
asound_mark='# Written by board/rpi/install.sh --audio'
asound=$(T /etc/asound.conf)
if [ "$audio" = auto ]; then
  if [ -f "$asound" ] && head -n 1 "$asound" | grep -qF "$asound_mark"; then
    if change "remove /etc/asound.conf (--audio auto: ALSA's default card)"; then rm -f "$asound"; fi
  else
    ok "sound: ALSA's default card (aplay -l lists them; --audio hdmi or jack to choose)"
  fi
else
  if [ "$audio" = jack ]; then
    card=Headphones
    pcm="hw:CARD=Headphones,DEV=0"
  else
    # a Pi 4 has vc4hdmi0 and vc4hdmi1 (the port next to the power socket is 0); a Pi 3
    # or Zero 2 W has vc4hdmi. HDMI takes IEC958 frames: ALSA's hdmi plugin makes them.
    card=vc4hdmi0
    if [ "$live" -eq 1 ] && [ -e /proc/asound/vc4hdmi ] && [ ! -e /proc/asound/vc4hdmi0 ]; then card=vc4hdmi; fi
    pcm="hdmi:CARD=$card,DEV=0"
  fi
  if [ "$live" -eq 1 ] && [ ! -e "/proc/asound/$card" ]; then
    warn "no sound card '$card' now (aplay -l lists them): the kiosk stays silent until it appears"
  fi
  put_text /etc/asound.conf 644 "$asound_mark $audio: the kiosk's sound goes to $card.
# Cards: aplay -l. Run the installer again with --audio hdmi, jack or auto to change.
pcm.!default {
  type plug
  slave.pcm \"$pcm\"
}
ctl.!default {
  type hw
  card $card
}
"
fi

# ---- 4. the kiosk user (systemd-sysusers: no password, no shell) -------------------------
user_line=$(grep '^kiosk:' "$(T /etc/passwd)" 2>/dev/null || true)
in_groups=1
for g in video render input audio; do
  grep -Eq "^$g:[^:]*:[^:]*:(.*,)?kiosk(,|$)" "$(T /etc/group)" 2>/dev/null || in_groups=0
done
if [ -n "$user_line" ] && [ "$in_groups" -eq 1 ]; then
  ok "user kiosk (groups video render input audio)"
elif change "create user kiosk, locked, no shell, in groups video render input audio"; then
  mkdir -p "$(T /etc)"
  systemd-sysusers --root="$root" "$here/kiosk.sysusers.conf"
fi
pw=$(awk -F: '$1 == "kiosk" { print $2 }' "$(T /etc/shadow)" 2>/dev/null || true)
case $pw in '' | '!'* | '*'*) ;; *) warn "the kiosk user has a password: lock it with: sudo passwd -l kiosk" ;; esac
kuid=$(awk -F: '$1 == "kiosk" { print $3 }' "$(T /etc/passwd)" 2>/dev/null || true)
kgid=$(awk -F: '$1 == "kiosk" { print $4 }' "$(T /etc/passwd)" 2>/dev/null || true)
[ -n "$kuid" ] || kuid=kiosk
[ -n "$kgid" ] || kgid=kiosk

# ---- 5. the data folder ------------------------------------------------------------------
case $data_mount in
yes) ok "/var/lib/kiosk is a partition of its own" ;;
fstab) ok "/var/lib/kiosk is a partition of its own (in /etc/fstab)" ;;
no)
  if [ -n "$data_label" ]; then
    line="LABEL=$data_label /var/lib/kiosk ext4 defaults,noatime,nofail,x-systemd.device-timeout=10s 0 2"
    if change "add the data partition (label $data_label) to /etc/fstab: $line"; then
      printf '%s\n' "$line" >>/etc/fstab
      mkdir -p /var/lib/kiosk
      [ "$systemd_up" -eq 0 ] || systemctl daemon-reload
      # a kiosk that ran before keeps its settings and statistics: copy them over
      if [ -n "$(find /var/lib/kiosk -mindepth 1 -maxdepth 1 -print -quit)" ]; then
        [ "$systemd_up" -eq 0 ] || systemctl stop kiosk.service 2>/dev/null || true
        tmpmnt=$(mktemp -d)
        mount LABEL="$data_label" "$tmpmnt"
        if [ -z "$(find "$tmpmnt" -mindepth 1 -maxdepth 1 ! -name lost+found -print -quit)" ]; then
          cp -a /var/lib/kiosk/. "$tmpmnt/"
          sync
          say "        copied the existing /var/lib/kiosk onto the data partition"
        fi
        umount "$tmpmnt"
        rmdir "$tmpmnt"
      fi
      mount /var/lib/kiosk
    fi
  else
    ok "/var/lib/kiosk is a folder on the system part of the SD card (no data partition)"
  fi
  ;;
esac
folder /var/lib/kiosk 750 "$kuid:$kgid"
# The staff PIN, set here so that no stranger at the kiosk chooses it first. The PIN goes
# to `kiosk pin` on its standard input (never on a command line others could read, never
# in this script's output); only its Argon2id hash is written, into kiosk.lua, mode 0600.
if [ "$staff_pin" -eq 1 ] || [ -n "$staff_pin_file" ]; then
  if change "set the staff PIN (its hash in /var/lib/kiosk/kiosk.lua, mode 0600)"; then
    pin=
    if [ -n "$staff_pin_file" ]; then
      IFS= read -r pin <"$staff_pin_file" || true
    else
      [ -t 0 ] || die "--staff-pin asks on a terminal: use --staff-pin-file FILE here"
      IFS= read -r -s -p "Staff PIN (6 to 8 digits): " pin || true
      echo
      IFS= read -r -s -p "The same PIN again: " again || true
      echo
      [ "$pin" = "$again" ] || die "the two PINs were different; nothing was set"
      again=
    fi
    # the kiosk just installed when it runs here, else this tree's build (a --root install
    # of a cross-built binary); its own words and help lines from the target
    pinprog=$(T /usr/local/bin/kiosk)
    "$pinprog" version >/dev/null 2>&1 || pinprog=$src/build/kiosk
    assets=$(T /usr/local/share/kiosk/assets)
    [ -d "$assets" ] || assets=$src/assets
    printf '%s\n' "$pin" | KIOSK_ASSETS=$assets "$pinprog" pin --data "$(T /var/lib/kiosk)" >/dev/null ||
      die "the staff PIN was not set (the reason is above); run again with another PIN"
    pin=
    if [ "$EUID" -eq 0 ]; then chown "$kuid:$kgid" "$(T /var/lib/kiosk/kiosk.lua)"; fi
    ok "the staff PIN is set; write it in the programme's logbook"
  fi
elif ! grep -qs '^[[:space:]]*pin_hash[[:space:]]*=[[:space:]]*"\$' "$(T /var/lib/kiosk/kiosk.lua)"; then
  warn "no staff PIN is set: the first person to hold the screen's top-left corner chooses it (--staff-pin sets it now)"
fi
# With a data partition the journal lives on it, so that the reason for a failure is
# still there after a reboot, also under a read-only root (journald-kiosk.conf caps it).
# The folder is made by tmpfiles.d at boot when missing; no partition, no bind: the
# journal is then kept on the system part (or in RAM under the overlay).
jline='/var/lib/kiosk/journal /var/log/journal none bind,nofail,x-systemd.requires-mounts-for=/var/lib/kiosk 0 0'
if [ "$data_mount" = no ] && [ -z "$data_label" ]; then
  if grep -q '^/var/lib/kiosk/journal[[:space:]]' "$(T /etc/fstab)" 2>/dev/null && change "remove the journal bind from /etc/fstab (no data partition)"; then
    sed -i '\|^/var/lib/kiosk/journal[[:space:]]|d' "$(T /etc/fstab)"
  fi
elif grep -qxF "$jline" "$(T /etc/fstab)" 2>/dev/null; then
  ok "/etc/fstab: the journal on the data partition"
elif change "/etc/fstab: keep the journal on the data partition: $jline"; then
  sed -i '\|^/var/lib/kiosk/journal[[:space:]]|d' "$(T /etc/fstab)"
  printf '%s\n' "$jline" >>"$(T /etc/fstab)"
  if [ "$live" -eq 1 ] && mountpoint -q /var/lib/kiosk 2>/dev/null; then
    install -d -m 2755 -o root -g systemd-journal /var/lib/kiosk/journal 2>/dev/null ||
      install -d -m 2755 /var/lib/kiosk/journal
  fi
fi
folder /var/lib/kiosk/trusted-keys 750 "0:$kgid"
for k in "${keys[@]}"; do
  name=$(basename "$k")
  case $name in *.pub) ;; *) name=$name.pub ;; esac
  put "$k" "/var/lib/kiosk/trusted-keys/$name" 640 "0:$kgid"
done
if ! compgen -G "$(T /var/lib/kiosk/trusted-keys)/*.pub" >/dev/null; then
  say "note    no trusted key yet: lesson packs from USB will be refused until the program's"
  say "        .pub key is added (--key FILE.pub, or copy it to /var/lib/kiosk/trusted-keys/)"
fi
folder /media/kiosk-usb 755 0:0

# ---- 6. boot settings --------------------------------------------------------------------
# The boot partition is FAT, read-only in service (below); FAT has no atomic rename.
# put_boot FILE: FILE.kiosk-new (written by the caller) replaces FILE. The new file is
# on the card before the switch, and the old one stays as FILE.kiosk-old: if the power
# fails in the instant of the switch and the Pi does not start, rename FILE.kiosk-old to
# FILE on any computer (README.md). The firmware itself has no fallback file.
boot_was_ro=0
boot_rw() {
  if [ "$live" -eq 1 ] && [ "$boot_was_ro" -eq 0 ] &&
    findmnt -n -o OPTIONS "$boot" 2>/dev/null | grep -Eq '(^|,)ro(,|$)'; then
    mount -o remount,rw "$boot" && boot_was_ro=1
  fi
}
put_boot() {
  local f=$1
  boot_rw
  sync "$f.kiosk-new"
  if [ -f "$f" ]; then
    cp -f "$f" "$f.kiosk-old"
    sync "$f.kiosk-old"
  fi
  mv -f "$f.kiosk-new" "$f"
  sync "$(dirname "$f")" 2>/dev/null || sync
}
if [ -z "$boot" ]; then
  warn "no cmdline.txt under $(T /boot/firmware) or $(T /boot): boot settings not changed"
else
  # cmdline.txt: ONE line; each parameter once
  cmdline=$(T "$boot/cmdline.txt")
  read -r -a words <<<"$(tr '\n' ' ' <"$cmdline")"
  # no console blanking, no cursor, no boot messages or Raspberry logos on the screen
  want=(consoleblank=0 vt.global_cursor_default=0 quiet logo.nologo fsck.repair=yes)
  drop=()
  case $overlay in
  yes) want+=(overlayroot=tmpfs:recurse=0) ;;
  no) drop+=(overlayroot) ;;
  keep)
    # raspi-config's plain overlayroot=tmpfs also overlays (and loses) the data partition
    for w in "${words[@]}"; do
      case $w in overlayroot=*) want+=(overlayroot=tmpfs:recurse=0) ;; esac
    done
    ;;
  esac
  # the installer owns video=HDMI-A-1: set for --display hdmi, removed otherwise
  if [ "$display" = hdmi ]; then want+=("video=HDMI-A-1:${hdmi_mode}D"); else drop+=(video=HDMI-A-1); fi
  key() { # the part of a parameter that must be unique
    case $1 in
    video=*:*) printf '%s' "${1%%:*}" ;;
    *=*) printf '%s' "${1%%=*}" ;;
    *) printf '%s' "$1" ;;
    esac
  }
  # parameters we manage appear once, with our value; any other word is kept as it is
  # (several console= are fine) but an exact repeat is dropped
  declare -A managed=() seen=()
  # (drop holds keys as key() returns them: overlayroot, video=HDMI-A-1)
  for x in "${want[@]}"; do managed[$(key "$x")]=1; done
  for x in "${drop[@]}"; do managed[$x]=1; done
  out=()
  for w in "${words[@]}"; do
    k=$(key "$w")
    if [ -n "${managed[$k]:-}" ]; then
      [ -z "${seen[$k]:-}" ] || continue
      seen[$k]=1
      for d in "${drop[@]}"; do [ "$k" = "$d" ] && continue 2; done
      for x in "${want[@]}"; do [ "$(key "$x")" = "$k" ] && w=$x; done
    else
      [ -z "${seen[=$w]:-}" ] || continue
      seen[=$w]=1
    fi
    out+=("$w")
  done
  for x in "${want[@]}"; do
    if [ -z "${seen[$(key "$x")]:-}" ]; then
      out+=("$x")
      seen[$(key "$x")]=1
    fi
  done
  new_cmdline="${out[*]}"$'\n'
  if [ "$(cat "$cmdline")"$'\n' = "$new_cmdline" ] && [ "$(wc -l <"$cmdline")" -eq 1 ]; then
    ok "$boot/cmdline.txt"
  elif change "set $boot/cmdline.txt to: ${out[*]}"; then
    boot_rw
    printf '%s' "$new_cmdline" >"$cmdline.kiosk-new"
    put_boot "$cmdline"
  fi

  # config.txt: one marked block, replaced on each run; legacy display lines disabled
  config=$(T "$boot/config.txt")
  begin='# BEGIN kiosk (board/rpi/install.sh: this block is rewritten on each install)'
  end='# END kiosk'
  block="$begin
[all]
# KMS graphics: the only mode SDL's kmsdrm driver works with
dtoverlay=vc4-kms-v3d
max_framebuffers=2"
  case $display in
  auto) block+="
# the official 7\" touchscreen when it is connected, else HDMI
display_auto_detect=1" ;;
  dsi) block+="
# the official 7\" touchscreen (rotation is done by the kiosk: Staff > Settings)
display_auto_detect=0
dtoverlay=vc4-kms-dsi-7inch" ;;
  hdmi) block+="
# HDMI: the picture size is forced on in cmdline.txt (video=HDMI-A-1:${hdmi_mode}D),
# so a TV switched on after the Pi still gets a picture
display_auto_detect=0" ;;
  esac
  block+="
# sound on the 3.5 mm jack and HDMI (the kiosk reads its screens aloud)
dtparam=audio=on
# the hardware watchdog that systemd pets (RuntimeWatchdogSec=14s)
dtparam=watchdog=on
boot_delay=0
# no rainbow screen
disable_splash=1"
  if [ "$keep_wifi" -eq 0 ]; then block+="
# no radio the kiosk does not use (install.sh --keep-wifi keeps Wi-Fi)
dtoverlay=disable-wifi"; fi
  if [ "$keep_bt" -eq 0 ]; then block+="
# (install.sh --keep-bluetooth keeps Bluetooth)
dtoverlay=disable-bt"; fi
  block+="
$end"
  legacy='^[[:space:]]*(dtoverlay=vc4-f?kms-v3d|dtoverlay=vc4-kms-dsi-7inch|display_rotate=|lcd_rotate=|display_hdmi_rotate=|display_lcd_rotate=)'
  new_config=$(
    [ -f "$config" ] && awk -v begin="$begin" -v end="$end" -v legacy="$legacy" '
      $0 == begin { inblock = 1; next }
      inblock { if ($0 == end) inblock = 0; next }
      $0 ~ legacy { print "#kiosk-disabled# " $0; next }
      { print }' "$config" | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}'
    printf '\n%s\n' "$block"
  )
  if [ -f "$config" ] && [ "$(cat "$config")" = "$new_config" ]; then
    ok "$boot/config.txt (kiosk block, no legacy display lines)"
  elif change "write the kiosk block in $boot/config.txt ($display display) and disable legacy display lines"; then
    boot_rw
    printf '%s\n' "$new_config" >"$config.kiosk-new"
    put_boot "$config"
  fi
  [ "$boot_was_ro" -eq 0 ] || mount -o remount,ro "$boot" || true

  # read-only in service: nothing writes the FAT partition behind our back, so a power
  # cut cannot damage what the Pi starts from. apt (a kernel update) and the PIN reset
  # make it writable for as long as they need.
  fstab=$(T /etc/fstab)
  if [ -f "$fstab" ] && awk -v b="$boot" '$2 == b' "$fstab" | grep -q .; then
    new_fstab=$(awk -v b="$boot" '
      $2 == b && $1 !~ /^#/ {
        n = split($4, o, ","); opts = "ro"
        for (i = 1; i <= n; i++) if (o[i] != "rw" && o[i] != "ro" && o[i] != "defaults") opts = opts "," o[i]
        $4 = opts
      }
      { print }' "$fstab")
    if [ "$(cat "$fstab")" = "$new_fstab" ]; then
      ok "/etc/fstab: $boot read-only"
    elif change "/etc/fstab: mount $boot read-only"; then
      printf '%s\n' "$new_fstab" >"$fstab.kiosk-new"
      sync "$fstab.kiosk-new"
      mv -f "$fstab.kiosk-new" "$fstab"
    fi
  else
    warn "no line for $boot in /etc/fstab: it stays as it is mounted now"
  fi
  put_text /etc/apt/apt.conf.d/80kiosk-boot-rw 644 "// board/rpi/install.sh: $boot is read-only in service; writable while dpkg runs
DPkg::Pre-Invoke { \"mount -o remount,rw $boot 2>/dev/null || true\"; };
DPkg::Post-Invoke { \"mount -o remount,ro $boot 2>/dev/null || true\"; };
"
fi

# overlayroot works from the initramfs (bookworm boots one: auto_initramfs=1). The
# firmware loads initramfs8 on a 64-bit Pi 3, 4 or Zero 2 W and initramfs_2712 on a
# Pi 5: look at the one this board loads, not whichever sorts last.
board_initramfs() {
  local model f
  model=
  if [ -r /proc/device-tree/model ]; then model=$(tr -d '\0' </proc/device-tree/model); fi
  case $model in
  *"Raspberry Pi 5"* | *"Compute Module 5"*) f=initramfs_2712 ;;
  *"Raspberry Pi"*) f=initramfs8 ;;
  *) f= ;;
  esac
  if [ -n "$f" ] && [ -n "$boot" ] && [ -f "$boot/$f" ]; then
    echo "$boot/$f"
  elif [ -f "/boot/initrd.img-$(uname -r)" ]; then
    echo "/boot/initrd.img-$(uname -r)"
  else # not a Pi, or building an image: the newest kernel's
    find /boot -maxdepth 1 -name 'initrd.img-*' | sort -V | tail -n 1
  fi
}
if [ "$live" -eq 1 ] && [ "$overlay" = yes ] && command -v lsinitramfs >/dev/null; then
  initrd=$(board_initramfs)
  # (listed once into a variable: grep -q closing a pipe early fails it under pipefail)
  listing=
  if [ -n "$initrd" ]; then listing=$(lsinitramfs "$initrd" 2>/dev/null || true); fi
  if grep -q overlayroot <<<"$listing" && grep -q 'bin/busybox$' <<<"$listing"; then
    ok "initramfs has overlayroot (and busybox, whose grep it runs)"
  elif change "rebuild the initramfs with overlayroot and busybox (update-initramfs -u -k all)"; then
    update-initramfs -u -k all
  fi
fi

# ---- 7. services -------------------------------------------------------------------------
dt=$(T /etc/systemd/system/default.target)
if [ "$(readlink "$dt" 2>/dev/null || true)" = /lib/systemd/system/multi-user.target ]; then
  ok "default target multi-user.target (no desktop)"
elif change "default target: multi-user.target (no desktop)"; then
  mkdir -p "$(dirname "$dt")"
  ln -sfn /lib/systemd/system/multi-user.target "$dt"
fi
for u in kiosk.service kiosk-usb-rw.path kiosk-usb-eject.path kiosk-throttled.timer \
  kiosk-reset-pin.service; do
  state=$(sctl is-enabled "$u" 2>/dev/null || true)
  if [ "$state" = enabled ]; then
    ok "enabled $u"
  elif change "enable $u"; then
    sctl enable --quiet "$u"
  fi
done
# tty1 is the kiosk's; no package updates, manual-page indexing or swapping on the SD
# card behind its back; nothing waits for a network that is not there.
for u in getty@tty1.service autovt@tty1.service apt-daily.timer apt-daily.service \
  apt-daily-upgrade.timer apt-daily-upgrade.service man-db.timer man-db.service \
  dphys-swapfile.service NetworkManager-wait-online.service systemd-networkd-wait-online.service; do
  state=$(sctl is-enabled "$u" 2>/dev/null || true)
  if [ "$state" = masked ]; then
    ok "masked $u"
  elif change "mask $u"; then
    sctl mask --quiet "$u"
  fi
done
# SSH off unless asked for (--keep-ssh): it takes effect at the next start, so an SSH
# session running the installer is not cut. sshswitch (Raspberry Pi OS) would turn it
# on again from a file named ssh on the boot partition.
if [ "$keep_ssh" -eq 0 ]; then
  for u in ssh.service ssh.socket; do
    state=$(sctl is-enabled "$u" 2>/dev/null || true)
    case $state in
    enabled | enabled-runtime) if change "disable $u (SSH off from the next start; --keep-ssh keeps it)"; then sctl disable --quiet "$u"; fi ;;
    *) ok "$u not enabled" ;;
    esac
  done
  state=$(sctl is-enabled sshswitch.service 2>/dev/null || true)
  if [ "$state" = masked ]; then ok "masked sshswitch.service"; elif [ -n "$state" ] && change "mask sshswitch.service"; then
    sctl mask --quiet sshswitch.service
  fi
elif [ "$live" -eq 1 ] && [ "$(systemctl is-enabled ssh.service 2>/dev/null || true)" = enabled ]; then
  if sshd -T 2>/dev/null | grep -qi '^passwordauthentication yes'; then
    warn "SSH is on and accepts passwords. The kiosk needs no SSH: turn it off
        (sudo systemctl disable --now ssh) or allow keys only (README.md, 'Remote access')."
  fi
fi
if [ "$keep_bt" -eq 0 ]; then
  # with dtoverlay=disable-bt the UART helper would only fail at each start
  for u in hciuart.service bluetooth.service; do
    state=$(sctl is-enabled "$u" 2>/dev/null || true)
    if [ "$state" = masked ]; then ok "masked $u"; elif [ -n "$state" ] && change "mask $u (Bluetooth is off)"; then
      sctl mask --quiet "$u"
    fi
  done
fi

# ---- 8. done -----------------------------------------------------------------------------
if [ "$check" -eq 1 ]; then
  say "check: $changes change(s) would be made; nothing was changed"
  exit 0
fi
if [ "$changes" -eq 0 ]; then
  say "done: nothing to change (already installed)"
  exit 0
fi
if [ "$live" -eq 1 ]; then
  if [ "$systemd_up" -eq 1 ]; then
    systemctl daemon-reload
    udevadm control --reload-rules 2>/dev/null || true
  fi
  systemd-tmpfiles --create /etc/tmpfiles.d/kiosk.conf || true
  say "done: $changes change(s). Now restart the Pi: sudo reboot"
else
  say "done: $changes change(s) under $root"
fi

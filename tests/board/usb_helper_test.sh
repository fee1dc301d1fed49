#!/usr/bin/env bash
# usb_helper_test.sh — board/rpi/bin/kiosk-usb-helper against real mounts, without
# systemd or a USB stick: a tmpfs plays the stick, a process in a mount namespace of its
# own that is a slave of ours plays kiosk.service (which systemd runs in such a namespace
# because of ProtectSystem=strict), and stubs stand in for systemctl and systemd-umount.
# Everything happens inside a private mount namespace of this test: the machine's own
# mounts are never touched. Needs root and unshare(1); otherwise prints one skip line.
# Prints ok/FAIL lines; exit 1 on any failure.
# shellcheck disable=SC2317 # (the small functions below are called through check)
set -euo pipefail

helper=$(realpath "${HELPER:-board/rpi/bin/kiosk-usb-helper}")

if [ "${1:-}" != --inside ]; then
  if [ "$EUID" -ne 0 ]; then
    echo "skip usb helper with real mounts: needs root (mount namespaces)"
    exit 0
  fi
  if ! unshare -m --propagation private true 2>/dev/null; then
    echo "skip usb helper with real mounts: unshare -m is not allowed here"
    exit 0
  fi
  exec unshare -m --propagation private bash "$0" --inside
fi

fail=0
check() { # check LABEL CMD...
  local label=$1
  shift
  if "$@" >/dev/null 2>&1; then echo "ok   usb helper: $label"; else
    echo "FAIL usb helper: $label"
    fail=1
  fi
}
not() { ! "$@"; }

work=$(mktemp -d)
mount -t tmpfs -o size=4m,mode=0755 board-test "$work"
mount --make-shared "$work"
mkdir -p "$work/media/kiosk-usb" "$work/run/kiosk" "$work/bin"

# The kiosk: its mount namespace is made before the stick arrives, as on a booted Pi.
unshare -m --propagation unchanged sh -c 'mount --make-rslave / && exec sleep 120' &
kiosk=$!
sleep 0.3
in_kiosk() { nsenter --target "$kiosk" --mount -- "$@"; }

cat >"$work/bin/systemctl" <<EOF
#!/bin/sh
# stub: only "systemctl show --property=MainPID --value kiosk.service"
case "\$*" in *MainPID*) echo $kiosk ;; *) exit 0 ;; esac
EOF
cat >"$work/bin/systemd-umount" <<'EOF'
#!/bin/sh
# stub: PID 1 would stop the mount unit, i.e. unmount it
exec umount "$1"
EOF
chmod 755 "$work/bin/systemctl" "$work/bin/systemd-umount"

usb=$work/media/kiosk-usb
ctl=$work/run/kiosk
helper() {
  PATH="$work/bin:$PATH" KIOSK_USB_MOUNT=$usb KIOSK_USB_CONTROL=$ctl sh "$helper" "$@"
}
writable_in_kiosk() { in_kiosk sh -c "echo x > '$usb/stats.csv'"; }

# the stick arrives, read-only (as 99-kiosk-usb.rules mounts it)
mount -t tmpfs -o ro,nosuid,nodev,noexec,size=1m stick "$usb"
check "the stick is visible in the kiosk's namespace" in_kiosk mountpoint -q "$usb"
check "the stick is read-only for the kiosk" not writable_in_kiosk

# a remount on the host alone is not enough: the kiosk's copy keeps its read-only flag
mount -o remount,rw "$usb"
check "(why the helper uses nsenter) a host remount leaves the kiosk's copy read-only" not writable_in_kiosk
mount -o remount,ro "$usb"

: >"$ctl/usb-rw"
check "rw request succeeds" helper rw
check "rw request file removed" test ! -e "$ctl/usb-rw"
check "the kiosk can write the stick after the rw request" writable_in_kiosk

: >"$ctl/usb-eject"
check "eject request succeeds" helper eject
check "eject request file removed" test ! -e "$ctl/usb-eject"
check "the stick is unmounted on the host" not mountpoint -q "$usb"
check "the stick is unmounted in the kiosk's namespace" not in_kiosk mountpoint -q "$usb"

# a file held open by the kiosk: the helper must fail, never claim the stick is free
mount -t tmpfs -o ro,size=1m stick "$usb"
nsenter --target "$kiosk" --mount -- sh -c "exec 3<'$usb'; exec sleep 120" &
holder=$!
sleep 0.3
: >"$ctl/usb-eject"
check "eject fails while the kiosk still uses the stick" not helper eject
check "request file removed even when the eject failed" test ! -e "$ctl/usb-eject"
check "the busy stick stays mounted (and read-only)" mountpoint -q "$usb"
kill "$holder" 2>/dev/null || true
wait "$holder" 2>/dev/null || true
sleep 0.2
check "eject succeeds once the stick is free" helper eject
check "the freed stick is unmounted in the kiosk's namespace" not in_kiosk mountpoint -q "$usb"

# An ext4 stick keeps its owners (its root is its maker's): the helper makes the kiosk a
# kiosk-export folder of its own, and must have made it before the stick turns writable
# inside the kiosk's namespace, where the kiosk starts writing the moment it sees that
# (the system test saw the kiosk try to make the folder itself a second too early). A
# stand-in nsenter notes whether the folder was there when the helper remounted.
mkdir -p "$work/ext4-root"
chown 1000:1000 "$work/ext4-root"
loop=''
if command -v mkfs.ext4 >/dev/null && mkfs.ext4 -q -F -d "$work/ext4-root" "$work/ext4.img" 2M >/dev/null 2>&1 &&
  loop=$(losetup -f --show "$work/ext4.img" 2>/dev/null) && # a writable device, mounted read-only
  mount -o ro,nosuid,nodev,noexec "$loop" "$usb" 2>/dev/null; then
  cat >"$work/bin/nsenter" <<EOF
#!/bin/sh
# stand-in: notes what the kiosk would find when the helper enters its namespace
case "\$*" in *remount,rw*) if [ -d "$usb/kiosk-export" ]; then echo there; else echo missing; fi >>"$work/nsenter.log" ;; esac
exec $(command -v nsenter) "\$@"
EOF
  chmod 755 "$work/bin/nsenter"
  : >"$ctl/usb-rw"
  check "ext4: rw request succeeds" env KIOSK_USB_OWNER=daemon sh -c \
    "PATH='$work/bin:$PATH' KIOSK_USB_MOUNT='$usb' KIOSK_USB_CONTROL='$ctl' sh '$helper' rw"
  check "ext4: kiosk-export is the kiosk's" test "$(stat -c %U "$usb/kiosk-export" 2>/dev/null)" = daemon
  check "ext4: kiosk-export was there before the stick turned writable for the kiosk" \
    test "$(cat "$work/nsenter.log" 2>/dev/null)" = there
  rm -f "$work/bin/nsenter"
  umount "$usb"
else
  echo "skip usb helper: ext4 stick (no mkfs.ext4, loop device or loop mount here)"
fi
if [ -n "$loop" ]; then losetup -d "$loop"; fi

# no stick: both requests are answered and removed, nothing fails
: >"$ctl/usb-rw"
check "rw without a stick is a no-op" helper rw
check "rw request removed without a stick" test ! -e "$ctl/usb-rw"
: >"$ctl/usb-eject"
check "eject without a stick is a no-op" helper eject
check "usage error for an unknown request" not helper format

kill "$kiosk" 2>/dev/null || true
wait "$kiosk" 2>/dev/null || true
umount -l "$work" 2>/dev/null || true
rmdir "$work" 2>/dev/null || true
exit $fail

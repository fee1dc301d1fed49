#!/usr/bin/env bash
# tests/system/image.sh ROOTFS.tar KIOSK_ARM64 OUT_DIR — the disks of the system test,
# made from the cached root file system as a technician would make a kiosk of it:
#
#   1. the root file system unpacked, given what a Raspberry Pi OS image has and a
#      plain Debian one lacks: a FAT boot partition on /boot/firmware with cmdline.txt
#      and config.txt, and an /etc/fstab naming the partitions by label;
#   2. board/rpi/install.sh run INSIDE it (chroot, arm64 code under qemu-user, no
#      systemd running) with --read-only-root and the cross-built kiosk (--binary);
#   3. root.img (ext4, mkfs.ext4 -d), boot.img (FAT, mtools) and data.img (ext4, label
#      kiosk-data, owned by the kiosk user), plus vmlinuz and initrd.img for qemu.
#
# Only the test's own additions differ from a kiosk: the journal is also copied to the
# serial console, and qemu-guest-agent (in the package list) lets the harness look inside.
set -euo pipefail

rootfs=$1
kiosk=$2
out=$3
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
root=$out/root

cleanup() {
  for m in "$root/proc" "$root/sys" "$root/dev"; do
    mountpoint -q "$m" 2>/dev/null && umount -l "$m"
  done
  return 0
}
trap cleanup EXIT
cleanup
rm -rf "$root"
mkdir -p "$root"
tar -C "$root" --numeric-owner --xattrs --xattrs-include='*' -xf "$rootfs"

# ---- 1. what a Raspberry Pi OS image has ------------------------------------------------
mkdir -p "$root/boot/firmware"
# root= by label (the Pi's is PARTUUID=); the serial console is ttyAMA0 on both
echo 'console=ttyAMA0,115200 root=LABEL=kiosk-root rootfstype=ext4 rootwait' >"$root/boot/firmware/cmdline.txt"
printf '# a virt machine: the firmware settings below are not read\narm_64bit=1\n' >"$root/boot/firmware/config.txt"
# The data partition's line is install.sh's but for the device timeout: under TCG the
# whole boot is ~10x slower and udev starts ~30 s after the kernel, so the kit's 10 s ran
# out before udev had even looked at the disk (the kiosk then starts without it, as it
# must). 90 s ran out too on a machine at a load of 13, where udev started 200 s after
# systemd (the boot after a power cut found no records and no trusted keys). 300 s is
# the VM's, not the kit's; it delays the no-data case's first frame by as much.
cat >"$root/etc/fstab" <<'EOF'
proc                 /proc           proc  defaults          0 0
LABEL=bootfs         /boot/firmware  vfat  defaults          0 2
LABEL=kiosk-root     /               ext4  defaults,noatime  0 1
LABEL=kiosk-data     /var/lib/kiosk  ext4  defaults,noatime,nofail,x-systemd.device-timeout=300s 0 2
EOF
echo kiosk-vm >"$root/etc/hostname"
# the machine id of a Raspberry Pi OS image is made at its first boot; under a read-only
# root it must be fixed beforehand (the persistent journal is filed under it)
od -An -tx1 -N16 /dev/urandom | tr -d ' \n' >"$root/etc/machine-id"
echo >>"$root/etc/machine-id"
# apt downloads are of no use in the image
rm -rf "$root/var/cache/apt/archives/"*.deb "$root/var/lib/apt/lists/"*_Packages

# ---- 2. the installer, inside ------------------------------------------------------------
src=$root/tmp/kiosk-src
mkdir -p "$src"
cp -R "$repo/board" "$repo/lessons" "$repo/assets" "$repo/Makefile" "$src/"
mkdir -p "$src/engine"
cp "$kiosk" "$src/kiosk.arm64"
mount -t proc proc "$root/proc"
mount --rbind /dev "$root/dev"
log=$out/install.log
if ! chroot "$root" /bin/bash /tmp/kiosk-src/board/rpi/install.sh --skip-packages \
  --binary /tmp/kiosk-src/kiosk.arm64 --read-only-root >"$log" 2>&1; then
  cat "$log" >&2
  echo "system: install.sh failed inside the image" >&2
  exit 1
fi
cleanup
rm -rf "$src"
grep -E '^(WARNING|ERROR)' "$log" >&2 || true

# the test's own: the journal on the serial console too (the harness keeps it), without
# the guest agent's line for every command the harness runs
mkdir -p "$root/etc/systemd/journald.conf.d" "$root/etc/systemd/system/qemu-guest-agent.service.d" \
  "$root/etc/systemd/system/kiosk.service.d"
printf '[Journal]\nForwardToConsole=yes\nTTYPath=/dev/ttyAMA0\nMaxLevelConsole=info\n' \
  >"$root/etc/systemd/journald.conf.d/zz-system-test.conf"
printf '[Service]\nLogLevelMax=notice\n' >"$root/etc/systemd/system/qemu-guest-agent.service.d/zz-system-test.conf"
# Under TCG on a shared 2-core machine Mesa's llvmpipe took more than the kit's 60 s to
# draw the first frame (a Pi's GPU takes ~1.5 s): the VM's start timeout is 5 minutes,
# and its stop timeout a minute (the kit's 10 s did not leave ExecStopPost's
# `kiosk health --record-exit` time to record why the kiosk ended).
# Everything else of kiosk.service (watchdog, restarts, safe mode) is the kit's own.
printf '[Service]\nTimeoutStartSec=300\nTimeoutStopSec=60\n' >"$root/etc/systemd/system/kiosk.service.d/zz-system-test.conf"
# The kit pets the hardware watchdog every 7 s with a 14 s limit (bcm2835-wdt's most);
# a TCG guest on a loaded host stalled longer than that and was reset while it worked
# (seen: i6300esb reset 849 s into a boot). The VM's limit is 60 s; the hardware-watchdog
# case still sees a hung kernel reset by it.
mkdir -p "$root/etc/systemd/system.conf.d"
printf '[Manager]\nRuntimeWatchdogSec=60s\n' >"$root/etc/systemd/system.conf.d/zz-system-test.conf"

# ---- 3. disks ----------------------------------------------------------------------------
cp "$(find "$root/boot" -maxdepth 1 -name 'vmlinuz-*' | sort -V | tail -n 1)" "$out/vmlinuz"
cp "$(find "$root/boot" -maxdepth 1 -name 'initrd.img-*' | sort -V | tail -n 1)" "$out/initrd.img"
# (lsinitramfs of the image itself: the host need not have initramfs-tools)
listing=$(chroot "$root" lsinitramfs "/boot/$(basename "$(find "$root/boot" -maxdepth 1 -name 'initrd.img-*' | sort -V | tail -n 1)")" 2>/dev/null || true)
for want in overlayroot bin/busybox; do
  if ! grep -q "$want" <<<"$listing"; then
    echo "system: the initramfs has no $want (install.sh should have rebuilt it)" >&2
    exit 1
  fi
done
cp "$root/boot/firmware/cmdline.txt" "$out/cmdline.txt"

rm -f "$out/boot.img"
mkfs.vfat -n bootfs -C "$out/boot.img" 32768 >/dev/null
mcopy -s -i "$out/boot.img" "$root/boot/firmware/"* ::/
rm -rf "${root:?}/boot/firmware/"*

mb=$(($(du -sm "$root" | cut -f1) * 13 / 10 + 200))
rm -f "$out/root.img"
mkfs.ext4 -q -F -L kiosk-root -d "$root" "$out/root.img" "${mb}M"

# the data partition as install.sh leaves it: the kiosk's, with the journal's folder
kuid=$(awk -F: '$1 == "kiosk" { print $3 }' "$root/etc/passwd")
kgid=$(awk -F: '$1 == "kiosk" { print $4 }' "$root/etc/passwd")
jgid=$(awk -F: '$1 == "systemd-journal" { print $3 }' "$root/etc/group")
dstage=$out/data-stage
rm -rf "$dstage"
mkdir -p "$dstage/journal" "$dstage/trusted-keys"
chown "$kuid:$kgid" "$dstage"
chmod 750 "$dstage"
chown "0:$jgid" "$dstage/journal"
chmod 2755 "$dstage/journal"
chown "0:$kgid" "$dstage/trusted-keys"
chmod 750 "$dstage/trusted-keys"
if [ -n "${KIOSK_SYSTEM_KEY:-}" ]; then
  install -m 640 -o 0 -g "$kgid" "$KIOSK_SYSTEM_KEY" "$dstage/trusted-keys/program.pub"
fi
# the staff PIN the harness types (KIOSK_SYSTEM_PIN), set as a technician would with
# `kiosk pin`: a fresh kiosk would ask the first staff member to choose one
printf '%s\n' "${KIOSK_SYSTEM_PIN:-583920}" |
  QEMU_LD_PREFIX=/ KIOSK_ASSETS="$repo/assets" qemu-aarch64-static "$kiosk" pin --data "$dstage" >/dev/null
chown "$kuid:$kgid" "$dstage/kiosk.lua"
rm -f "$out/data.img"
# 1 GiB (sparse): with less than 200 MB free the staff screens warn that the card is
# nearly full (dashboard.c), and the harness compares them with renders made elsewhere
mkfs.ext4 -q -F -L kiosk-data -d "$dstage" "$out/data.img" 1G
rm -rf "$dstage"
echo "$kuid:$kgid" >"$out/kiosk-uid"
echo "system: image ready: root.img ${mb} MB, boot.img, data.img, $(wc -c <"$out/cmdline.txt") byte command line"

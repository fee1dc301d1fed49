#!/usr/bin/env bash
# tests/system/binfmt.sh — makes the kernel run aarch64 programs through qemu-user, so
# that mmdebstrap can run the arm64 packages' maintainer scripts. Needs root.
#
# binfmt_misc is kernel state shared by the whole machine (and by containers on it). In
# a container without systemd it is often not even mounted: mount it, then register
# qemu-aarch64 from the line qemu-user-static ships for systemd-binfmt, with its F flag
# (the interpreter is opened now, so it also works inside a chroot).
set -euo pipefail

dir=/proc/sys/fs/binfmt_misc
conf=/usr/lib/binfmt.d/qemu-aarch64.conf
if [ ! -e "$dir/register" ]; then
  mount -t binfmt_misc binfmt_misc "$dir" || {
    echo "binfmt: cannot mount binfmt_misc on $dir (a container without the right? run: modprobe binfmt_misc)" >&2
    exit 1
  }
fi
if [ -e "$dir/qemu-aarch64" ]; then
  grep -q '^enabled' "$dir/qemu-aarch64" || echo 1 >"$dir/qemu-aarch64"
else
  [ -f "$conf" ] || {
    echo "binfmt: $conf is missing: apt-get install qemu-user-static" >&2
    exit 1
  }
  grep -v '^#' "$conf" >"$dir/register"
fi
if ! grep -q '^flags:.*F' "$dir/qemu-aarch64"; then
  echo "binfmt: qemu-aarch64 is registered without the F flag: chroots will fail (remove it: echo -1 > $dir/qemu-aarch64)" >&2
  exit 1
fi
if ! arch-test arm64 >/dev/null; then
  echo "binfmt: arch-test arm64 fails although qemu-aarch64 is registered" >&2
  exit 1
fi
echo "binfmt: qemu-aarch64 registered (flags: $(sed -n 's/^flags: //p' "$dir/qemu-aarch64"))"

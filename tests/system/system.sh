#!/usr/bin/env bash
# tests/system/system.sh ci|all|CASE,... — the system test, run from the repository root
# by `make test-system` (all cases) and `make test-system-ci` (the CI subset). Needs
# root (binfmt_misc, chroot, loop-free image building), `make deps-system`, and the
# arm64 kiosk (make cross-arm64).
#
#   build/system/cache/rootfs-<key>.tar   Debian bookworm arm64, by mmdebstrap (cached
#                                         on its package list: KIOSK_SYSTEM_CACHE moves it)
#   build/system/image-<key>/             the disks, remade when the kiosk, board/,
#                                         lessons/, assets/ or the root file system change
#   build/system/run/                     this run: logs, screendumps, the data disk
set -euo pipefail

cases=${1:-all}
repo=$(pwd)
here=$repo/tests/system
sys=$repo/build/system
cache=${KIOSK_SYSTEM_CACHE:-$sys/cache}
kiosk=$repo/build/arm64/kiosk
t0=$SECONDS

if [ "$(id -u)" -ne 0 ]; then # binfmt_misc, chroot and mkfs of a root file system
  command -v sudo >/dev/null || { echo "system: needs root (binfmt_misc, chroot)" >&2; exit 1; }
  exec sudo -E bash "$0" "$@"
fi
for tool in qemu-system-aarch64 qemu-aarch64-static mmdebstrap arch-test mkfs.vfat mcopy mkfs.ext4 debugfs minisign python3; do
  command -v "$tool" >/dev/null || { echo "system: $tool is missing: make deps-system" >&2; exit 1; }
done
file "$kiosk" | grep -q 'ARM aarch64' || { echo "system: $kiosk is not an arm64 kiosk: make cross-arm64" >&2; exit 1; }

# ---- the root file system (cached) ---------------------------------------------------------
read -r -a runtime <<<"$(make -s --no-print-directory -f Makefile -f - print-runtime <<'EOF'
print-runtime:
	@echo $(DEB_RUNTIME)
EOF
)"
mapfile -t board < <(bash board/rpi/install.sh --print-packages --read-only-root)
# a Debian system that boots on a virt machine, and the two test helpers
base=(systemd systemd-sysv udev dbus kmod linux-image-arm64 initramfs-tools e2fsprogs dosfstools procps)
tools=(qemu-guest-agent sqlite3)
rootfs=$(bash "$here/rootfs.sh" "$cache" "${base[@]}" "${runtime[@]}" "${board[@]}" "${tools[@]}")
t_rootfs=$((SECONDS - t0))

# ---- keys and lesson packs for the pack cases ------------------------------------------------
keys=$sys/keys
if [ ! -f "$keys/program.pub" ]; then
  mkdir -p "$keys"
  minisign -G -W -p "$keys/program.pub" -s "$keys/program.sec" >/dev/null
fi

# ---- the disks (remade when what goes into them changed) -------------------------------------
key=$( {
  sha256sum "$kiosk" "$rootfs" "$keys/program.pub"
  find board lessons assets tests/system/image.sh -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum
} | sha256sum | cut -c1-16)
images=$sys/image-$key
if [ ! -f "$images/done" ]; then
  echo "system: making the disks (install.sh inside the image; log: $images/install.log)"
  find "$sys" -maxdepth 1 -name 'image-*' ! -name "image-$key" -exec rm -rf {} +
  mkdir -p "$images"
  KIOSK_SYSTEM_KEY=$keys/program.pub bash "$here/image.sh" "$rootfs" "$kiosk" "$images"
  rm -rf "$images/root"
  touch "$images/done"
fi
t_image=$((SECONDS - t0 - t_rootfs))

run=$sys/run
rm -rf "$run"
mkdir -p "$run"
# two signed versions of the bundled pack on a FAT stick, each with 16 MiB of filler so
# that an install takes long enough to be cut in the middle
stage=$run/packs
mkdir -p "$stage/kiosk-packs"
for v in 2 3; do
  p=$stage/kiosk-packs/core-$v
  cp -R lessons/core "$p"
  sed -i "s/^  version = \"[0-9.]*\",/  version = \"$v.0.0\",/" "$p/pack.lua"
  mkdir -p "$p/assets"
  head -c 16M /dev/urandom >"$p/assets/filler.bin"
  QEMU_LD_PREFIX=/ qemu-aarch64-static "$kiosk" pack build "$p" >/dev/null
  QEMU_LD_PREFIX=/ qemu-aarch64-static "$kiosk" pack sign "$p" -s "$keys/program.sec" >/dev/null
done
mkfs.vfat -F 32 -n PACKS -C "$run/stick-packs.img" $((96 * 1024)) >/dev/null
mcopy -s -i "$run/stick-packs.img" "$stage/kiosk-packs" ::/
rm -rf "$stage"

echo "system: root file system ${t_rootfs} s, disks ${t_image} s; booting (qemu-system-aarch64, TCG)"
status=0
# KIOSK_SYSTEM_TIMEOUT: seconds for a boot to reach the first frame (a busier machine
# needs more: at a load of 14 on 2 cores one boot took 800 s to get near it)
python3 "$here/run.py" "$images" "$run" --kiosk "$kiosk" --cases "$cases" \
  --timeout "${KIOSK_SYSTEM_TIMEOUT:-420}" || status=$?
echo "system: took $((SECONDS - t0)) s in all (logs, console and screendumps in $run)"
exit "$status"

#!/usr/bin/env bash
# tests/system/rootfs.sh CACHE_DIR PACKAGE... — prints the path of a Debian bookworm arm64
# root file system (a tar) holding PACKAGE..., making it only when CACHE_DIR has none for
# exactly this package list and this script. Packages come from Debian's mirrors only.
#
# Two ways to make one, the cheap one first:
#   - grow a cached one: when a cached root file system already holds all but a few of
#     the packages (the kiosk's list grows as the engine links a library more), they are
#     installed into a copy of it with apt-get inside a chroot (a minute or two);
#   - from nothing, by mmdebstrap: the packages' arm64 maintainer scripts run under
#     qemu-user (binfmt_misc, see binfmt.sh), which took 55 to 75 minutes on a loaded
#     2-core machine. The kernel's initramfs is built with MODULES=list and the few
#     modules a virt machine needs, set *before* the kernel is installed: the default
#     MODULES=most takes about 25 minutes more under emulation.
# Each tar has a list beside it (rootfs-KEY.holds) of the packages it holds.
set -euo pipefail

cache=$1
shift
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
mirror=${KIOSK_SYSTEM_MIRROR:-http://deb.debian.org/debian}
security=${KIOSK_SYSTEM_SECURITY:-http://deb.debian.org/debian-security}

# one sorted list: the same packages in any order give the same cache entry
mapfile -t pkgs < <(printf '%s\n' "$@" | LC_ALL=C sort -u)
key=$( { printf '%s\n' "${pkgs[@]}" "$mirror" "$security"; cat "${BASH_SOURCE[0]}"; } | sha256sum | cut -c1-16)
out=$cache/rootfs-$key.tar
if [ -s "$out" ] && [ -s "$cache/rootfs-$key.holds" ]; then
  echo "$out"
  exit 0
fi

mkdir -p "$cache"
bash "$here/binfmt.sh" >&2
log=$cache/rootfs-$key.log
t0=$SECONDS

# ---- grow a cached root file system ------------------------------------------------------
# the cached tar that holds the most of the packages and no more than a few fewer
best=''
missing=()
for holds in "$cache"/rootfs-*.holds; do
  if [ ! -f "$holds" ] || [ ! -s "${holds%.holds}.tar" ]; then continue; fi
  mapfile -t lack < <(printf '%s\n' "${pkgs[@]}" | LC_ALL=C comm -23 - <(LC_ALL=C sort -u "$holds"))
  if [ "${#lack[@]}" -le 20 ] && { [ -z "$best" ] || [ "${#lack[@]}" -lt "${#missing[@]}" ]; }; then
    best=${holds%.holds}.tar
    missing=("${lack[@]}")
  fi
done
if [ -n "$best" ]; then
  echo "system: growing the cached root file system $(basename "$best") by ${#missing[@]} package(s): ${missing[*]} (log: $log)" >&2
  root=$cache/grow-$key
  cleanup() {
    for m in "$root/proc" "$root/dev"; do
      if mountpoint -q "$m" 2>/dev/null; then umount -l "$m"; fi
    done
    return 0
  }
  trap 'cleanup; rm -rf "$root"' EXIT
  rm -rf "$root"
  mkdir -p "$root"
  tar -C "$root" --numeric-owner --xattrs --xattrs-include='*' -xf "$best"
  mount -t proc proc "$root/proc"
  mount --rbind /dev "$root/dev"
  cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
  if ! chroot "$root" /bin/sh -c "apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
      --no-install-recommends -o Dpkg::Options::=--force-unsafe-io $(printf '%q ' "${missing[@]}") && apt-get clean \
      && rm -rf /var/lib/apt/lists/*" >"$log" 2>&1; then
    tail -n 30 "$log" >&2
    echo "system: apt-get install inside the cached root file system failed (log: $log)" >&2
    exit 1
  fi
  : >"$root/etc/resolv.conf"
  cleanup
  tar -C "$root" --numeric-owner --xattrs --xattrs-include='*' -cf "$out.part" .
  rm -rf "$root"
  trap - EXIT
else
  echo "system: building the arm64 root file system ($(wc -w <<<"${pkgs[*]}") packages; log: $log)" >&2
  # The modules the initramfs needs to find the root disk on a virt machine (and the
  # overlay for overlayroot); everything else is loaded by udev from the root file system.
  modules='virtio_pci virtio_blk virtio_mmio ext4 overlay'
  # shellcheck disable=SC2016 # $1 is the hooks' argument: expanded by mmdebstrap's shell
  if ! mmdebstrap --arch=arm64 --variant=apt --mode=root \
    --aptopt='Apt::Install-Recommends "false"' --dpkgopt=force-unsafe-io \
    --dpkgopt='path-exclude=/usr/share/man/*' \
    --dpkgopt='path-exclude=/usr/share/info/*' \
    --dpkgopt='path-exclude=/usr/share/doc/*' \
    --dpkgopt='path-include=/usr/share/doc/*/copyright' \
    --dpkgopt='path-exclude=/usr/share/locale/*' \
    --essential-hook='mkdir -p "$1/etc/initramfs-tools/conf.d" "$1/usr/share/initramfs-tools/modules.d"' \
    --essential-hook='printf "MODULES=list\nCOMPRESS=gzip\n" >"$1/etc/initramfs-tools/conf.d/kiosk-vm.conf"' \
    --essential-hook="printf '%s\n' $modules >\"\$1/usr/share/initramfs-tools/modules.d/kiosk-vm\"" \
    --format=tar --include="$(IFS=,; echo "${pkgs[*]}")" \
    bookworm "$out.part" \
    "deb $mirror bookworm main" "deb $mirror bookworm-updates main" \
    "deb $security bookworm-security main" >"$log" 2>&1; then
    tail -n 30 "$log" >&2
    rm -f "$out.part"
    echo "system: mmdebstrap failed (log: $log)" >&2
    exit 1
  fi
fi
# what it holds: the packages asked for (and, grown, those of the one it grew from)
{ printf '%s\n' "${pkgs[@]}"; if [ -n "$best" ]; then cat "${best%.tar}.holds"; fi; } | LC_ALL=C sort -u \
  >"$cache/rootfs-$key.holds"
mv "$out.part" "$out"
# older root file systems of this cache are of no more use
find "$cache" -maxdepth 1 \( -name 'rootfs-*.tar' -o -name 'rootfs-*.holds' -o -name 'rootfs-*.tar.part' \) \
  ! -name "rootfs-$key.*" -delete
echo "system: root file system made in $((SECONDS - t0)) s" >&2
echo "$out"

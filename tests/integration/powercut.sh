#!/usr/bin/env bash
# Real power cuts, simulated: a SIGKILL leaves the page cache intact, a power cut does
# not. Each job the kiosk must survive a cut in runs once under tests/powercut/shim.c,
# which logs every write, fsync, rename and acknowledgement; tests/powercut/powercut.c
# then rebuilds the disk as a cut after each logged operation would have left it (only
# what was made durable) and checks it as the kiosk would find it at its next start:
#   recording     lesson runs in 3 sessions (each ending with a lesson cut short)
#   packs         a signed pack installed over the version in the library, then rolled back
#   exports       three exports of the statistics to a USB stick
# Every crash point must pass; together they must number at least POWERCUT_MIN_POINTS
# (1000). Uses the sanitized objects of `make build/asan/kiosk` (build/asan/engine).
# shellcheck disable=SC2317 # the checks are functions called through expect
set -u
shopt -s nullglob
# shellcheck source=tests/lib/checks.sh
. "$(dirname "$0")/../lib/checks.sh"
min_points=${POWERCUT_MIN_POINTS:-1000}
# the disks rebuilt at every crash point go to memory when there is a tmpfs for it
scratch=$work
[ -d /dev/shm ] && [ -w /dev/shm ] && scratch=$(mktemp -d /dev/shm/kiosk-powercut-XXXXXX)
trap 'rm -rf "$work" "$scratch"' EXIT

# ---- build: the shim, and the drivers and checks on the kiosk's own code --------------
bin=$work/bin
mkdir -p "$bin"
asan=$(gcc -print-file-name=libasan.so)
read -r -a pkg_cflags <<<"$(pkg-config --cflags lua5.4 sqlite3 libsodium zlib)"
read -r -a pkg_libs <<<"$(pkg-config --libs lua5.4 sqlite3 libsodium zlib)"
objs=()
for m in core lesson screen stats packs; do objs+=(build/asan/engine/"$m"/*.o); done
built() {
  cc -std=c11 -O1 -g -Wall -Wextra -Werror -shared -fPIC -o "$bin/libpowercut.so" \
    tests/powercut/shim.c -ldl -lpthread &&
    cc -std=c11 -D_GNU_SOURCE -O1 -g -Wall -Wextra -Werror -fsanitize=address,undefined \
      -fno-sanitize-recover=undefined -Iengine -Ibuild/gen -Itests/powercut "${pkg_cflags[@]}" \
      -o "$bin/powercut" tests/powercut/powercut.c tests/powercut/model.c "${objs[@]}" \
      "${pkg_libs[@]}" -lpthread -lm -lgcov # the sanitized objects count their lines
}
if built; then ok "the harness builds"; else bad "the harness builds"; exit 1; fi
pc=$bin/powercut
# under_cut LOG ROOT CMD...: runs CMD with every change under ROOT logged to LOG
under_cut() {
  local log=$1 dir=$2
  shift 2
  LD_PRELOAD="$asan:$bin/libpowercut.so" POWERCUT_LOG=$log POWERCUT_ROOTS=$dir "$@" >"$log.out"
}
# replay KIND LOG ROOT SNAPSHOT [ARGS]: checks every crash point; keeps the summary line
total=0
replay() {
  local kind=$1
  shift
  "$pc" replay "$kind" "$@" >"$work/$kind.txt" 2>&1
  local rc=$?
  cat "$work/$kind.txt"
  local points
  points=$(sed -n "s/^$kind: \([0-9]*\) crash points.*/\1/p" "$work/$kind.txt")
  total=$((total + ${points:-0}))
  return "$rc"
}

# ---- the harness itself: a job whose syncs it does not see must fail ------------------
data=$scratch/self-data
mkdir -p "$data" "$scratch/self-snap" "$scratch/self-work"
POWERCUT_DROP_SYNCS=1 under_cut "$work/self.log" "$data" "$pc" record "$data" 3 1
selftest() {
  ! "$pc" replay stats "$work/self.log" "$data" "$scratch/self-snap" "$scratch/self-work" >"$work/self.txt" &&
    grep -q "acknowledged before the cut but is missing" "$work/self.txt"
}
expect "the harness catches a job that never syncs (acknowledged runs lost)" selftest

# ---- recording ------------------------------------------------------------------------
data=$scratch/rec-data
mkdir -p "$data" "$scratch/rec-snap" "$scratch/rec-work"
expect "recording: 45 lesson runs in 3 sessions, under the shim" \
  under_cut "$work/rec.log" "$data" "$pc" record "$data" 45 3
expect "... each run acknowledged" test "$(grep -c '^ack ' "$work/rec.log.out")" -eq 45
expect "recording: every crash point keeps every acknowledged run" \
  replay stats "$work/rec.log" "$data" "$scratch/rec-snap" "$scratch/rec-work"

# ---- pack install and rollback --------------------------------------------------------
minisign -G -W -p "$work/key.pub" -s "$work/key.sec" >/dev/null
make_pack() { # VERSION: a signed copy of the example pack (with core's strings for size)
  local dir=$work/pack-$1
  cp -R tests/lessons/example "$dir"
  sed -i "s/version = \"[0-9.]*\"/version = \"$1\"/" "$dir/pack.lua"
  cp lessons/core/strings/*.lua "$dir/assets/" # more files to install: more crash points
  "$kiosk" pack build "$dir" >/dev/null && "$kiosk" pack sign "$dir" -s "$work/key.sec" >/dev/null
}
data=$scratch/pack-data
mkdir -p "$data" "$scratch/pack-work"
expect "packs: two signed versions of a pack" bash -c "$(declare -f make_pack); kiosk='$kiosk' work='$work' make_pack 1.0.0 && kiosk='$kiosk' work='$work' make_pack 1.1.0"
expect "packs: 1.0.0 installed" "$kiosk" pack install "$work/pack-1.0.0" --data "$data" --trust "$work/key.pub"
cp -R "$data" "$scratch/pack-snap"
expect "packs: 1.1.0 installed over it, then rolled back, under the shim" \
  under_cut "$work/pack.log" "$data" "$pc" packs "$work/pack-1.1.0" "$data" "$work/key.pub"
expect "packs: every crash point leaves 1.0.0 or 1.1.0, whole" \
  replay packs "$work/pack.log" "$data" "$scratch/pack-snap" "$scratch/pack-work" "$work/key.pub" example 1.0.0

# ---- exports to a USB stick -------------------------------------------------------------
data=$work/export-data usb=$scratch/usb
mkdir -p "$usb" "$scratch/usb-snap" "$scratch/usb-work"
"$pc" record "$data" 6 1 >/dev/null
expect "exports: three exports to the stick, under the shim" \
  under_cut "$work/export.log" "$usb" "$pc" export "$data" "$usb" 3
expect "exports: every crash point leaves each export whole or absent, and each one called safe there" \
  replay exports "$work/export.log" "$usb" "$scratch/usb-snap" "$scratch/usb-work"

echo "power cuts: $total crash points in all"
expect "at least $min_points crash points" test "$total" -ge "$min_points"
exit $fail

#!/usr/bin/env bash
# The aarch64 build (build/arm64/, made by `make cross-arm64`) tested on an x86-64 machine
# under qemu-user: every Check unit test (the sandbox's budget tests included;
# test_lessons and test_lessons_b explore every bundled lesson headless, in ARM64_LANGS at
# 800x480), every hostile lesson, and one scripted walk through the whole kiosk. Run from
# the repository root by `make test-arm64`. What qemu-user cannot stand for (DRM/KMS,
# evdev touch, udev, the hardware watchdog, real fsync, speed) is tested on a board: see
# board/rpi/CROSS.md.
#
#   ARM64_QEMU   the emulator (default qemu-aarch64-static; "" runs the binaries
#                directly, e.g. on an arm64 machine or through binfmt_misc)
#   ARM64_ONLY   space-separated unit test names to run (default: all of build/arm64/tests)
#   ARM64_LANGS  languages test_lessons (both halves) explores (default "en th": Latin
#                script, and Thai for libthai and complex shaping); "all" plays every
#                language of every pack
#   ARM64_SLOWDOWN  how much the lesson sandbox's wall-clock limits are stretched under
#                emulation (default 6; the instruction and memory budgets never are)
set -euo pipefail

qemu=${ARM64_QEMU-qemu-aarch64-static}
langs=${ARM64_LANGS:-en th}
bin=build/arm64
fail=0
passed=0
failed=0
skipped=0

# The sandbox's budget tests (an endless loop, one in a coroutine, pcall swallowing the
# budget, the memory ceiling) must be stopped by the instruction and memory budgets, not
# by the wall clock, which emulation (5-20x slower) would reach first:
# KIOSK_TEST_SLOWDOWN stretches only the wall-clock limits (lesson/runner.c).

[ -x "$bin/kiosk" ] || {
  echo "no $bin/kiosk: run make cross-arm64 first"
  exit 1
}
if ! file "$bin/kiosk" | grep -q 'ARM aarch64'; then
  echo "$bin/kiosk is not an aarch64 binary"
  exit 1
fi
if [ -n "$qemu" ] && ! command -v "$qemu" >/dev/null; then
  echo "$qemu is missing: apt-get install qemu-user-static (or make deps-arm64)"
  exit 1
fi

# Multiarch libc6:arm64 puts the loader at /lib/ld-linux-aarch64.so.1: no -L needed.
export QEMU_LD_PREFIX=/
export SDL_VIDEODRIVER=offscreen SDL_AUDIODRIVER=dummy
export CK_TIMEOUT_MULTIPLIER=10 KIOSK_TEST_SLOWDOWN=${ARM64_SLOWDOWN:-6}
export KIOSK_TEST_BIN=$bin/kiosk
# Under qemu-user /proc/self/exe is qemu itself, so a binary cannot find the engine's
# words beside it (play_default_assets): name them.
export KIOSK_ASSETS=${KIOSK_ASSETS:-$PWD/assets}
export KIOSK_TEST_LANGS=$langs KIOSK_TEST_SIZES=800x480 # test_lessons: the lessons' one exploration
[ "$langs" = all ] && unset KIOSK_TEST_LANGS

run() { # run CMD... under the emulator
  if [ -n "$qemu" ]; then "$qemu" "$@"; else "$@"; fi
}

result() { # result STATUS LABEL SECONDS
  if [ "$1" -eq 0 ]; then
    passed=$((passed + 1))
    printf 'ok   %-52s %4ss\n' "$2" "$3"
  else
    failed=$((failed + 1))
    fail=1
    printf 'FAIL %-52s %4ss\n' "$2" "$3"
  fi
}

t_all=$SECONDS
if [ -n "${ARM64_ONLY:-}" ]; then
  read -r -a units <<<"$ARM64_ONLY"
else
  units=()
  for t in "$bin"/tests/test_*; do
    [ -x "$t" ] && units+=("$(basename "$t")")
  done
fi
# one per core at a time, as `make unit` does
paths=()
for name in "${units[@]}"; do
  if [ -x "$bin/tests/$name" ]; then
    paths+=("$bin/tests/$name")
  else
    echo "skip $name: not built"
    skipped=$((skipped + 1))
  fi
done
TEST_RUNNER=$qemu LOGDIR=$bin bash tests/unit/run.sh "${paths[@]}" >"$bin/units.out" 2>&1 || fail=1
cat "$bin/units.out"
passed=$((passed + $(grep -c '^ok ' "$bin/units.out" || true)))
failed=$((failed + $(grep -c '^FAIL ' "$bin/units.out" || true)))
t_units=$((SECONDS - t_all))

# Every hostile lesson (tests/hostile/), as aarch64 code: each must end with its one
# clear line, never a crash, a hang or a file written (tests/integration/hostile.sh).
t0=$SECONDS
status=0
KIOSK=$bin/kiosk KIOSK_RUNNER=$qemu bash tests/integration/hostile.sh >"$bin/hostile.out" 2>&1 || status=$?
grep -v '^ok ' "$bin/hostile.out" || true
result "$status" "hostile lessons ($(grep -c '^ok ' "$bin/hostile.out") stopped as they should)" $((SECONDS - t0))
t_hostile=$((SECONDS - t0))

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The lessons are explored by test_lessons, above (every bundled lesson, every branch,
# in $langs, at 800x480, drawn to PNG in turn): SDL_ttf, HarfBuzz, libthai, libpng, Lua
# and the lesson sandbox all run as aarch64 code. Nothing else plays them again.

# The whole kiosk, headless, from the attract screen through a lesson and back.
t0=$SECONDS
data=$work/data
mkdir -p "$data"
sed 's/LANG_ITEM/0/' tests/kiosk/walk.txt >"$work/walk.txt"
status=0
run "$bin/kiosk" run --headless --size 800x480 --data "$data" --input "$work/walk.txt" \
  >"$work/walk.log" 2>&1 || status=$?
result "$status" "kiosk run --headless (walk.txt)" $((SECONDS - t0))
[ "$status" -eq 0 ] || tail -n 10 "$work/walk.log"

echo "arm64 timings: unit tests (lessons explored in test_lessons) ${t_units}s, hostile lessons ${t_hostile}s, total $((SECONDS - t_all))s"
echo "arm64: $passed passed, $failed failed, $skipped skipped"
exit $fail

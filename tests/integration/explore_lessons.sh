#!/usr/bin/env bash
# shellcheck disable=SC2317 # explore runs through xargs
# Every bundled lesson, explored branch by branch headless, in every language it has
# strings for, at the smallest and the largest supported screens: no script error, no
# missing string or asset, no text that does not fit. Screenshots (PNG rendering is
# most of the time under the sanitizers) are taken in one language per lesson, turn
# and turn about, at both sizes, so every language of a pack is drawn; they must be
# real PNGs. Plays run JOBS at a time (default: one per core).
set -u
kiosk=$(realpath "${KIOSK:-build/kiosk}")
jobs=${JOBS:-$(nproc)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# explore LESSON LANG SIZE DRAW: one play; fails with a FAIL line
explore() {
  local lesson=$1 lang=$2 size=$3 draw=$4
  local shots
  shots="$work/$(basename "$lesson" .lua)-$lang-$size"
  local args=(--transcript "$shots.jsonl")
  [ "$draw" = 1 ] && args+=(--screenshots "$shots")
  if ! "$kiosk" play "$lesson" --headless --auto explore --lang "$lang" --size "$size" "${args[@]}"; then
    echo "FAIL $lesson [$lang $size]"
    return 1
  fi
  [ "$draw" = 1 ] || return 0
  local pngs bad
  pngs=$(find "$shots" -name '*.png' | wc -l)
  bad=$(for f in "$shots"/*.png; do head -c 8 "$f" | od -An -tx1 | tr -d ' \n'; echo; done |
        grep -vc '^89504e470d0a1a0a$')
  if [ "$pngs" -lt 5 ] || [ "$bad" -ne 0 ]; then
    echo "FAIL $lesson [$lang $size]: $pngs screenshots, $bad not PNG"
    return 1
  fi
}

# the plays, one per line: LESSON LANG SIZE DRAW
for pack in lessons/*/ tests/lessons/*/; do
  [ -f "$pack/pack.lua" ] || continue
  langs=("$pack"strings/*.lua)
  turn=0
  for lesson in "$pack"lessons/*.lua; do
    drawn=$(basename "${langs[turn % ${#langs[@]}]}" .lua)
    turn=$((turn + 1))
    for strings in "${langs[@]}"; do
      lang=$(basename "$strings" .lua)
      draw=0
      [ "$lang" = "$drawn" ] && draw=1
      for size in 800x480 1920x1080; do echo "$lesson $lang $size $draw"; done
    done
  done
done >"$work/plays.txt"
plays=$(wc -l <"$work/plays.txt")
export kiosk work
export -f explore
fail=0
xargs -P "$jobs" -L 1 bash -c 'explore "$@"' _ <"$work/plays.txt" || fail=1
[ "$plays" -gt 0 ] || { echo "FAIL no lessons found"; fail=1; }
echo "explore: $plays plays, $([ $fail = 0 ] && echo 'all passed' || echo 'some FAILED')"
exit $fail

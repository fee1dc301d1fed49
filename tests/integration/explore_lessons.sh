#!/usr/bin/env bash
# Every bundled lesson, explored branch by branch headless, in every language it has
# strings for, at the smallest and the largest supported screens: no script error, no
# missing string or asset, no text that does not fit. Screenshots (PNG rendering is
# most of the time under the sanitizers) are taken in one language per lesson, turn
# and turn about, at both sizes, so every language of a pack is drawn; they must be
# real PNGs.
set -u
kiosk=$(realpath "${KIOSK:-build/kiosk}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0
for pack in lessons/*/ tests/lessons/*/; do
  [ -f "$pack/pack.lua" ] || continue
  langs=("$pack"strings/*.lua)
  turn=0
  for lesson in "$pack"lessons/*.lua; do
    drawn=$(basename "${langs[turn % ${#langs[@]}]}" .lua)
    turn=$((turn + 1))
    for strings in "${langs[@]}"; do
      lang=$(basename "$strings" .lua)
      for size in 800x480 1920x1080; do
        shots="$work/$(basename "$lesson" .lua)-$lang-$size"
        args=(--transcript "$shots.jsonl")
        [ "$lang" = "$drawn" ] && args+=(--screenshots "$shots")
        if ! "$kiosk" play "$lesson" --headless --auto explore --lang "$lang" --size "$size" "${args[@]}"; then
          echo "FAIL $lesson [$lang $size]"
          fail=1
          continue
        fi
        [ "$lang" = "$drawn" ] || continue
        pngs=$(find "$shots" -name '*.png' | wc -l)
        bad=$(for f in "$shots"/*.png; do head -c 8 "$f" | od -An -tx1 | tr -d ' \n'; echo; done |
              grep -vc '^89504e470d0a1a0a$')
        if [ "$pngs" -lt 5 ] || [ "$bad" -ne 0 ]; then
          echo "FAIL $lesson [$lang $size]: $pngs screenshots, $bad not PNG"
          fail=1
        fi
      done
    done
  done
done
exit $fail

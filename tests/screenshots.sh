#!/usr/bin/env bash
# Every kiosk screen and every lesson screen, in every language, at 800x480 and
# 1280x720, as PNGs in out/screenshots/ — for a reviewer to read the kiosk as pictures
# (staff screens for packs and statistics in out/screenshots/staff/, with report.html;
# a practice passphrase being typed in out/screenshots/kiosk/typing-*, and on each
# on-screen keyboard (Latin, Thai, Nepali, Bengali, Burmese, with Shift and typed text) in
# out/screenshots/keyboards/LANG-SIZE/; every kiosk screen with Larger text in
# out/screenshots/larger-text/).
set -eu
kiosk=$(realpath "${KIOSK:-build/kiosk}")
out=${OUT:-out/screenshots}
rm -rf "$out"
mkdir -p "$out"
# every language the kiosk has words for, offered in this order (LANGS=... for fewer)
all=(en ms th ne id my bn)
read -r -a langs <<<"${LANGS:-${all[*]}}"
for size in 800x480 1280x720; do
  for lang in "${langs[@]}"; do
    for i in "${!all[@]}"; do [ "${all[$i]}" = "$lang" ] && break; done
    dir="$out/kiosk/$lang-$size"
    data=$(mktemp -d)
    echo 'return { languages = { "en", "ms", "th", "ne", "id", "my", "bn" } }' >"$data/kiosk.lua"
    sed "s/LANG_ITEM/$i/" tests/kiosk/walk.txt >"$data/walk.txt"
    "$kiosk" run --headless --size "$size" --data "$data" --input "$data/walk.txt" --screenshots "$dir" ||
      echo "screenshots: the kiosk walk in $lang at $size stopped (above)"
    if [ "$lang" = en ]; then
      "$kiosk" run --headless --size "$size" --data "$data" --input tests/kiosk/staff.txt --screenshots "$dir"
    fi
    rm -rf "$data"
    for lesson in lessons/*/lessons/*.lua; do
      "$kiosk" play "$lesson" --headless --auto explore --lang "$lang" --size "$size" \
        --screenshots "$out/lessons/$lang-$size" >/dev/null ||
        echo "screenshots: $lesson in $lang at $size has problems (above)"
    done
  done
done
# the staff's lesson-pack and statistics screens, and a passphrase typed on the kiosk's
# keyboard, from the end-to-end tests
for size in 800x480 1280x720; do
  SIZE=$size SHOTS="$out/staff/$size" KIOSK=$kiosk bash tests/integration/usb_pack.sh >/dev/null
  SIZE=$size SHOTS="$out/staff/$size" KIOSK=$kiosk bash tests/integration/stats_flow.sh >/dev/null
  SIZE=$size SHOTS="$out/kiosk/typing-$size" KIOSK=$kiosk bash tests/integration/privacy.sh >/dev/null
done
# each on-screen keyboard at 800x480 and 1920x1080 (tests/integration/keyboard.sh)
SHOTS="$out/keyboards" KIOSK=$kiosk bash tests/integration/keyboard.sh >/dev/null ||
  echo "screenshots: an on-screen keyboard failed (tests/integration/keyboard.sh)"
# every kiosk screen with Larger text, in every language, at 800x480, 1024x600 and
# 1920x1080 (out/screenshots/larger-text/SIZE/LANG-NN-screen.png)
SHOTS="$out/larger-text" KIOSK=$kiosk bash tests/integration/larger_text.sh >/dev/null ||
  echo "screenshots: a kiosk screen does not fit with Larger text (tests/integration/larger_text.sh)"
echo "screenshots in $out: $(find "$out" -name '*.png' | wc -l) PNG files"

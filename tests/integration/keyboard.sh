#!/usr/bin/env bash
# Keyboards (issue 15): a practice passphrase in the learner's own script, tapped on
# the on-screen Thai (Kedmanee) and Nepali (romanized) keys and typed on a USB keyboard
# through SDL text input; the rating counts Thai and Nepali words; Space types a space
# and Return checks the phrase; Return submits a staff PIN; a double tap on "Check it"
# shows the feedback once; a press that slides off a control presses nothing.
set -u
kiosk=$(realpath "${KIOSK:-build/kiosk}")
fail=0
for lang in en th ne; do
  for size in 800x480 1920x1080; do
    data=$(mktemp -d)
    if "$kiosk" run --headless --size "$size" --data "$data" --input "tests/kiosk/keyboard_$lang.txt"; then
      echo "ok   keyboard in $lang at $size"
    else
      echo "FAIL keyboard in $lang at $size"
      fail=1
    fi
    rm -rf "$data"
  done
done
exit $fail

#!/usr/bin/env bash
# Touch as thumbs make it (issue 15): fast double and triple taps on every kind of
# screen change nothing they should not, and fail without the tap guard; red flags are
# found by a touch 20 dp off their line, at 800x480 and 1920x1080; a press before a
# screen change and released after it does nothing; feedback teaches
# (choose-all marks and partial credit, verdicts that fit, what a passphrase lacked).
set -u
kiosk=$(realpath "${KIOSK:-build/kiosk}")
fail=0
run() { # NAME SIZE SCRIPT [DATA]
  local data=${4:-$(mktemp -d)}
  if "$kiosk" run --headless --size "$2" --data "$data" --input "$3"; then
    echo "ok   $1 at $2"
  else
    echo "FAIL $1 at $2"
    fail=1
  fi
  [ -n "${4:-}" ] || rm -rf "$data"
}
run "fast taps on every kind of screen" 800x480 tests/kiosk/fast_taps.txt
run "red flags found 20 dp off their line" 800x480 tests/kiosk/flags.txt
run "red flags found 20 dp off their line" 1920x1080 tests/kiosk/flags.txt
run "feedback that teaches: choose-all marks, verdicts, passphrase reasons" 800x480 tests/kiosk/feedback.txt
# a finger down before a screen change (the idle notice came, a touch sent it away) and
# lifted after it does nothing: on a red-flag screen's "I'm done" and on an answer
for size in 800x480 1280x720; do
  data=$(mktemp -d)
  printf 'return { idle_seconds = 30 }\n' >"$data/kiosk.lua"
  run "a press before a screen change, released after it, does nothing" "$size" tests/kiosk/press_across_change.txt "$data"
  rm -rf "$data"
done
# the same fast taps with the guard set to 0 must go wrong: the test can fail
data=$(mktemp -d)
printf 'return { tap_guard_ms = 0 }\n' >"$data/kiosk.lua"
if "$kiosk" run --headless --data "$data" --input tests/kiosk/fast_taps.txt 2>/dev/null; then
  echo "FAIL fast taps pass even without the tap guard: the script tests nothing"
  fail=1
else
  echo "ok   without the tap guard the fast taps go wrong (as they did)"
fi
rm -rf "$data"
exit $fail

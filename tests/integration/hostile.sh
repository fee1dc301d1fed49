#!/usr/bin/env bash
# Hostile lessons: each must end with exit status 1 and one clear line naming the lesson
# and the reason given in its "-- expect:" header: never a crash, a hang, a file
# written or a silent success.
set -u
kiosk=$(realpath "${KIOSK:-build/kiosk}")
root=$(pwd)
fail=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for lesson in "$root"/tests/hostile/*.lua; do
  name=$(basename "$lesson" .lua)
  expect=$(sed -n '1s/^-- expect: //p' "$lesson")
  cwd="$work/$name"
  mkdir -p "$cwd"
  start=$(date +%s)
  (cd "$cwd" && timeout 60 "$kiosk" play "$lesson" --headless --auto first \
     >"$work/$name.out" 2>"$work/$name.err")
  rc=$?
  took=$(( $(date +%s) - start ))
  err=$(cat "$work/$name.err")
  problem=""
  if [ "$rc" -eq 124 ]; then problem="hung (killed after 60 s)"
  elif [ "$rc" -gt 128 ]; then problem="crashed with signal $((rc - 128))"
  elif [ "$rc" -ne 1 ]; then problem="exit status $rc, expected 1"
  elif ! grep -qF "lesson $lesson: " <<<"$err"; then problem="no 'lesson FILE: reason' line"
  elif ! grep -qF -- "$expect" <<<"$err"; then problem="reason does not say '$expect'"
  elif grep -q "ERROR: AddressSanitizer\|runtime error:" <<<"$err"; then problem="sanitizer report"
  elif [ -n "$(ls -A "$cwd")" ]; then problem="wrote files: $(ls -A "$cwd")"
  fi
  if [ -n "$problem" ]; then
    echo "FAIL $name: $problem"
    sed 's/^/    /' "$work/$name.err" | head -5
    fail=1
  else
    echo "ok   $name (${took}s): $(grep -F -- "$expect" <<<"$err" | head -1 | sed "s|lesson $lesson: ||")"
  fi
done
exit $fail

#!/usr/bin/env bash
# Hostile lessons: each must end with exit status 1 and one clear line naming the lesson
# and the reason given in its "-- expect:" header: never a crash, a hang, a file
# written or a silent success.
#   KIOSK_RUNNER         runs the kiosk (make test-arm64: qemu-aarch64-static)
#   KIOSK_TEST_SLOWDOWN  scales the lesson's time limits, never its instruction or
#                        memory budgets (default 4 for the sanitizers; on a machine
#                        with more than two runnable processes per core, 4 x half that).
#                        The in-VM clock counts the child's processor time, so waiting
#                        for a core never stops a lesson before its instruction budget;
#                        only a child kept off the CPU for nearly the whole watchdog
#                        (5 s x the slowdown, wall clock) could be stopped by it instead
#   JOBS                 lessons played at a time (default: one per core)
# shellcheck disable=SC2317 # one() is called through xargs
set -u
kiosk=$(realpath "${KIOSK:-build/kiosk}")
# A child that gets a sixth of a core for the watchdog's 20 s cannot use up its budget
# of instructions, and would be stopped by the watchdog for a reason it did not give.
share=$(awk -v n="$(nproc)" '{ l = $1 / n / 2; print (l > 1 ? int(l + 0.999) : 1) }' /proc/loadavg)
export KIOSK_TEST_SLOWDOWN=${KIOSK_TEST_SLOWDOWN:-$((4 * (share < 25 ? share : 25)))}
limit=$((60 * KIOSK_TEST_SLOWDOWN)) # a watchdog stop takes 5 s x the slowdown
jobs=${JOBS:-$(nproc)}
root=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export kiosk limit work KIOSK_RUNNER

# one LESSON: plays it; writes WORK/NAME.result (the lines to print) and, when it did not
# end as it should, WORK/NAME.failed
one() {
  local lesson=$1 name expect cwd start rc took err problem=""
  local -a runner
  read -r -a runner <<<"${KIOSK_RUNNER:-}"
  name=$(basename "$lesson" .lua)
  expect=$(sed -n '1s/^-- expect: //p' "$lesson")
  cwd="$work/$name"
  mkdir -p "$cwd"
  start=$(date +%s)
  (cd "$cwd" && timeout "$limit" "${runner[@]}" "$kiosk" play "$lesson" --headless --auto first \
     >"$work/$name.out" 2>"$work/$name.err")
  rc=$?
  took=$(( $(date +%s) - start ))
  err=$(cat "$work/$name.err")
  if [ "$rc" -eq 124 ]; then problem="hung (killed after $limit s)"
  elif [ "$rc" -gt 128 ]; then problem="crashed with signal $((rc - 128))"
  elif [ "$rc" -ne 1 ]; then problem="exit status $rc, expected 1"
  elif ! grep -qF "lesson $lesson: " <<<"$err"; then problem="no 'lesson FILE: reason' line"
  elif ! grep -qF -- "$expect" <<<"$err"; then problem="reason does not say '$expect'"
  elif grep -q "ERROR: AddressSanitizer\|runtime error:" <<<"$err"; then problem="sanitizer report"
  elif [ -n "$(ls -A "$cwd")" ]; then problem="wrote files: $(ls -A "$cwd")"
  fi
  if [ -n "$problem" ]; then
    { echo "FAIL $name: $problem"; sed 's/^/    /' "$work/$name.err" | head -5; } >"$work/$name.result"
    touch "$work/$name.failed"
  else
    echo "ok   $name (${took}s): $(grep -F -- "$expect" <<<"$err" | head -1 | sed "s|lesson $lesson: ||")" \
      >"$work/$name.result"
  fi
}
export -f one

# JOBS at a time (default one per core): a watchdog stop is mostly waiting
lessons=("$root"/tests/hostile/*.lua)
# shellcheck disable=SC2016 # $1 is the inner shell's
printf '%s\0' "${lessons[@]}" | xargs -0 -P "$jobs" -I{} bash -c 'one "$1"' _ {}
fail=0
for lesson in "${lessons[@]}"; do
  name=$(basename "$lesson" .lua)
  if [ -f "$work/$name.result" ]; then cat "$work/$name.result"; else echo "FAIL $name: no result"; fail=1; fi
  [ -f "$work/$name.failed" ] && fail=1
done
exit $fail

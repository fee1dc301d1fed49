#!/usr/bin/env bash
# Runs the Check test binaries given as arguments, JOBS at a time (default: one per
# core), each with its output in LOGDIR/NAME.log (default build/tests). The lesson
# explorations (test_lessons and test_lessons_b, each half of it) start first: they take
# most of the time, so they overlap and the short ones fill in around them. Then prints one
# line per binary, the whole log of any that failed, and fails if any did — or if any
# left no exit status behind. TEST_RUNNER, when set, runs each binary (make test-arm64
# sets it to qemu-user).
set -u
export LOGDIR=${LOGDIR:-build/tests}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
jobs=${JOBS:-$(nproc)}
runner=()
[ -n "${TEST_RUNNER:-}" ] && runner=("$TEST_RUNNER")
mkdir -p "$LOGDIR"
for t in "$@"; do rm -f "$LOGDIR/$(basename "$t").status"; done
first=() rest=()
for t in "$@"; do
  case $(basename "$t") in test_lessons*) first+=("$t") ;; *) rest+=("$t") ;; esac
done

# one binary: its log, then "STATUS SECONDS" in NAME.status
# shellcheck disable=SC2016 # expanded by the inner bash
one='n=$(basename "$1"); s=$SECONDS; "${@:2}" "$1" >"$LOGDIR/$n.log" 2>&1; echo "$? $((SECONDS - s))" >"$LOGDIR/$n.status"'
printf '%s\0' "${first[@]}" "${rest[@]}" | xargs -0 -P "$jobs" -I{} bash -c "$one" _ {} "${runner[@]}"

failed=()
for t in "$@"; do
  name=$(basename "$t")
  status=missing took='?'
  [ -f "$LOGDIR/$name.status" ] && read -r status took <"$LOGDIR/$name.status"
  if [ "$status" = 0 ]; then
    echo "ok   $name (${took}s): $(grep -E '^[0-9]+%: Checks' "$LOGDIR/$name.log" | tail -n 1)"
  else
    echo "FAIL $name (${took}s, status $status):"
    sed 's/^/     /' "$LOGDIR/$name.log" 2>/dev/null
    failed+=("$name")
  fi
done
if [ "${#failed[@]}" -gt 0 ]; then
  echo "unit: ${#failed[@]} of $# failed: ${failed[*]}"
  exit 1
fi
echo "unit: all $# passed"

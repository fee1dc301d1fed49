#!/usr/bin/env bash
# Runs the Check test binaries given as arguments, JOBS at a time (default: one per
# core), each under the sanitizers with its output in build/tests/NAME.log. Prints one
# line per binary as it ends, the whole log of any that failed, and fails if any did.
set -u
jobs=${JOBS:-$(nproc)}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
failed=()
declare -A started

finish() { # PID NAME STATUS
  local name=$2 status=$3 log=build/tests/$2.log
  local took=$((SECONDS - started[$1]))
  if [ "$status" -eq 0 ]; then
    echo "ok   $name (${took}s): $(grep -E '^[0-9]+%: Checks' "$log" | tail -n 1)"
  else
    echo "FAIL $name (${took}s, status $status):"
    sed 's/^/     /' "$log"
    failed+=("$name")
  fi
}

# Every binary started and not yet reported, by pid: counted from here, not from
# `jobs`, so one that ends before we look is still reported.
declare -A names
reap() {
  local done_pid status
  wait -n -p done_pid
  status=$?
  finish "$done_pid" "${names[$done_pid]}" "$status"
  unset "names[$done_pid]"
}
for t in "$@"; do
  while [ "${#names[@]}" -ge "$jobs" ]; do reap; done
  name=$(basename "$t")
  "$t" >"build/tests/$name.log" 2>&1 &
  names[$!]=$name
  started[$!]=$SECONDS
done
while [ "${#names[@]}" -gt 0 ]; do reap; done
if [ "${#failed[@]}" -gt 0 ]; then
  echo "unit: ${#failed[@]} of $# failed: ${failed[*]}"
  exit 1
fi
echo "unit: all $# passed"

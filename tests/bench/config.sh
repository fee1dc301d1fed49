#!/usr/bin/env bash
# The settings file against a kiosk start: config_load on kiosk.lua files made to stall
# it (tests/bench/config_load.c), RUNS rounds (default 10), medians (min–max). Target:
# every hostile file is refused within 5 s (the kiosk's start-up budget under systemd is
# 60 s, and a learner waits for it). Appends a section to build/bench/results.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${RUNS:-10}
LIMIT_S=5
out=build/bench
mkdir -p "$out" build/tmp build/gen
[ -f build/gen/prelude.inc ] || make -s build/gen/prelude.inc
work=$(mktemp -d "${TMPDIR:-/tmp}/kiosk-bench-config-XXXXXX")
trap 'rm -rf "$work"' EXIT
read -r -a cflags <<<"$(pkg-config --cflags lua5.4 libsodium)"
read -r -a libs <<<"$(pkg-config --libs lua5.4 libsodium)"
cc -std=c11 -D_GNU_SOURCE -O2 -Iengine -Ibuild/gen "${cflags[@]}" -o build/tmp/config_load \
  tests/bench/config_load.c engine/config/*.c engine/core/*.c engine/lesson/*.c engine/screen/*.c \
  "${libs[@]}" -lm
./build/tmp/config_load "$work" assets "$RUNS" >"$work/times.txt"
rows=""
for name in ordinary endless-loop string-past-memory 10-MiB-value 70-KiB-file; do
  read -r m lo hi < <(awk -v n="$name" '$1 == n {print $2}' "$work/times.txt" | sort -g |
    awk '{v[NR] = $1} END {m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
      print m, v[1], v[NR]}')
  verdict=$(awk -v v="$hi" -v l="$LIMIT_S" 'BEGIN {print (v < l) ? "pass" : "**MISSED**"}')
  target="slowest < $LIMIT_S s"
  [ "$name" = ordinary ] && verdict="–" && target="–"
  rows+=$(printf '\n| %s | %.1f (%.1f–%.1f) | %s | %s |' "$name" \
    "$(echo "$m * 1000" | bc)" "$(echo "$lo * 1000" | bc)" "$(echo "$hi * 1000" | bc)" "$target" "$verdict")
done
section=$(cat <<TABLE

## Settings file (config_load on kiosk.lua, $RUNS rounds)

| kiosk.lua | load, ms | target | result |
|---|---|---|---|$rows

Each hostile file ends with every setting at its default and one warning for staff.
TABLE
)
echo "$section"
[ -f "$out/results.md" ] && echo "$section" >>"$out/results.md"
exit 0

#!/usr/bin/env bash
# The engine's line coverage reached by the last run of the tests (make test, make
# coverage): the sanitized build counts lines with gcov (--coverage), unit test binaries,
# kiosk processes and lesson children alike, so one run of the suite both checks and
# measures. Prints one line per engine folder, "engine/<folder> NN.N%" (engine/main.c
# on its own), then "total NN.N%"; with --files, each file's line before them, lowest
# first. Files no test reached count as 0 %, not as absent.
set -euo pipefail
cd "$(dirname "$0")/.."
per_file=0
[ "${1:-}" = --files ] && per_file=1
dir=build/asan
if ! command -v lcov >/dev/null; then
  echo "coverage: lcov is not installed (make deps); no coverage table"
  exit 0
fi
if [ -z "$(find "$dir" -name '*.gcda' -print -quit 2>/dev/null)" ]; then
  echo "coverage: no counters in $dir (make test writes them)"
  exit 0
fi
out=build/coverage
mkdir -p "$out"
# every instrumented file at zero (--initial), plus what ran
if ! lcov --quiet --capture --initial --directory "$dir" --include "$PWD/engine/*" \
       --output-file "$out/base.info" >"$out/lcov.log" 2>&1 ||
   ! lcov --quiet --capture --directory "$dir" --include "$PWD/engine/*" \
       --output-file "$out/run.info" >>"$out/lcov.log" 2>&1 ||
   ! lcov --quiet --add-tracefile "$out/base.info" --add-tracefile "$out/run.info" \
       --output-file "$out/engine.info" >>"$out/lcov.log" 2>&1; then
  echo "coverage: lcov failed ($out/lcov.log):"
  tail -n 5 "$out/lcov.log"
  exit 1
fi
# LF/LH per file (lines found, lines hit) -> per file and per folder
awk -v root="$PWD/" -v per_file="$per_file" '
  function pct(h, f) { return f ? 100 * h / f : 100 }
  /^SF:/ { file = substr($0, 4); if (index(file, root) == 1) file = substr(file, length(root) + 1) }
  /^LF:/ { found[file] = substr($0, 4) }
  /^LH:/ { hit[file] = substr($0, 4) }
  END {
    for (f in found) {
      n = split(f, part, "/")
      group = n > 2 ? part[1] "/" part[2] : f
      gfound[group] += found[f]; ghit[group] += hit[f]
      tfound += found[f]; thit += hit[f]
      if (per_file) printf "%6.1f%% %5d of %5d  %s\n", pct(hit[f], found[f]), hit[f], found[f], f | "sort -n"
    }
    if (per_file) close("sort -n")
    for (g in gfound) printf "%s %.1f%%\n", g, pct(ghit[g], gfound[g]) | "sort"
    close("sort")
    printf "total %.1f%%\n", pct(thit, tfound)
  }' "$out/engine.info"

#!/usr/bin/env bash
# The kiosk's data work, timed with the kiosk binary itself (build/kiosk, optimised):
#   - lesson pack import: `kiosk pack install` (verify signature and every SHA-256,
#     copy, fsync, switch atomically) of a pack of the core lessons plus 48 MiB of
#     narration, against `cp -R` + `sha256sum -c` of the same files;
#   - statistics for 100,000 lesson runs: `kiosk stats export` (CSV, xAPI, database
#     copy, SHA512SUMS, all synced) and `kiosk stats report` (report.html).
# RUNS rounds (default 5), baseline and kiosk interleaved; medians (min–max). Appends a
# Markdown section to build/bench/results.md (run after tests/bench/run.sh) and prints it.
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${RUNS:-5}
STATS_RUNS=${STATS_RUNS:-100000}
kiosk=$(realpath build/kiosk)
out=build/bench
mkdir -p "$out" build/tmp
work=$(mktemp -d "${TMPDIR:-/tmp}/kiosk-bench-data-XXXXXX")
trap 'rm -rf "$work"' EXIT
log() { echo "bench: $*" >&2; }
now() { date +%s.%N; }
# median_min_max: numbers on stdin -> "median min max"
median_min_max() {
  sort -g | awk '{v[NR] = $1} END {m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
    printf "%s %s %s\n", m, v[1], v[NR]}'
}
fmt() { # "median min max" [scale] -> "m (min–max)"
  awk -v s="${2:-1}" '{printf "%.2f (%.2f–%.2f)", $1 * s, $2 * s, $3 * s}' <<<"$1"
}
first() { echo "${1%% *}"; }

# ---- lesson pack import ----------------------------------------------------------------
log "import: making a signed pack (core lessons + 48 MiB of narration)"
pack=$work/pack
cp -R lessons/core "$pack"
rm -f "$pack/SHA256SUMS" "$pack/SHA256SUMS.minisig"
mkdir -p "$pack/assets/audio"
for i in $(seq -w 1 24); do head -c $((2 * 1024 * 1024)) /dev/urandom >"$pack/assets/audio/narration-$i.wav"; done
minisign -G -W -p "$work/program.pub" -s "$work/program.key" >/dev/null
"$kiosk" pack build "$pack" >/dev/null
"$kiosk" pack sign "$pack" -s "$work/program.key" >/dev/null
files=$(wc -l <"$pack/SHA256SUMS")
mib=$(du -sm "$pack" | cut -f1)
: >"$work/base.txt"
: >"$work/base_sync.txt"
: >"$work/kiosk.txt"
cat "$pack"/assets/audio/* >/dev/null # both start from the page cache
for round in $(seq 0 "$RUNS"); do       # round 0 warms up
  log "import: round $round of $RUNS"
  rm -rf "$work/copy" "$work/data"
  t=$(now)
  cp -R "$pack" "$work/copy" && (cd "$work/copy" && sha256sum --quiet -c SHA256SUMS)
  b=$(echo "$(now) - $t" | bc)
  rm -rf "$work/copy"
  t=$(now)
  cp -R "$pack" "$work/copy" && (cd "$work/copy" && sha256sum --quiet -c SHA256SUMS) && sync -f "$work/copy"
  bs=$(echo "$(now) - $t" | bc)
  mkdir -p "$work/data"
  t=$(now)
  "$kiosk" pack install "$pack" --data "$work/data" --trust "$work/program.pub" >/dev/null
  k=$(echo "$(now) - $t" | bc)
  [ "$round" -eq 0 ] && continue
  echo "$b" >>"$work/base.txt"
  echo "$bs" >>"$work/base_sync.txt"
  echo "$k / $bs" | bc -l >>"$work/ratio_sync.txt"
  echo "$k" >>"$work/kiosk.txt"
  echo "$k / $b" | bc -l >>"$work/ratio.txt"
done
imp_base=$(median_min_max <"$work/base.txt")
imp_kiosk=$(median_min_max <"$work/kiosk.txt")
imp_ratio=$(median_min_max <"$work/ratio.txt")
imp_base_sync=$(median_min_max <"$work/base_sync.txt")
imp_ratio_sync=$(median_min_max <"$work/ratio_sync.txt")

# ---- statistics ------------------------------------------------------------------------
log "stats: building the synthetic store ($STATS_RUNS runs)"
read -r -a cflags <<<"$(pkg-config --cflags sqlite3 libsodium zlib)"
read -r -a libs <<<"$(pkg-config --libs sqlite3 libsodium zlib)"
cc -std=c11 -D_GNU_SOURCE -O2 -Iengine "${cflags[@]}" \
  -o build/tmp/bench_stats tests/stats/bench_stats.c engine/stats/*.c engine/core/*.c \
  engine/screen/*.c "${libs[@]}" -lm
log "stats: exporting from the open store, as the staff screen does ($RUNS + 1 times)"
./build/tmp/bench_stats "$work/stats" "$STATS_RUNS" 3 fill $((RUNS + 1)) >"$work/fill.txt"
sed -n 's/^export-open: //p' "$work/fill.txt" | tail -n +2 | median_min_max >"$work/open.txt"
expo=$(cat "$work/open.txt")
data=$work/stats/data
: >"$work/export.txt"
: >"$work/report.txt"
for round in $(seq 0 "$RUNS"); do
  log "stats: round $round of $RUNS"
  rm -rf "$work/usb" "$work/report.html"
  mkdir -p "$work/usb"
  t=$(now)
  "$kiosk" stats export "$work/usb" --data "$data" >/dev/null
  e=$(echo "$(now) - $t" | bc)
  t=$(now)
  "$kiosk" stats report --data "$data" -o "$work/report.html" >/dev/null
  r=$(echo "$(now) - $t" | bc)
  [ "$round" -eq 0 ] && continue
  echo "$e" >>"$work/export.txt"
  echo "$r" >>"$work/report.txt"
done
export_mb=$(du -sm "$work/usb" | cut -f1)
exp=$(median_min_max <"$work/export.txt")
rep=$(median_min_max <"$work/report.txt")

verdict() { # VALUE LIMIT
  awk -v v="$1" -v l="$2" 'BEGIN {print (v <= l) ? "pass" : "**MISSED**"}'
}
section=$(cat <<TABLE

## Lesson packs and statistics (build/kiosk, $RUNS rounds after a warm-up)

| measure | baseline | kiosk | ratio | target | result |
|---|---|---|---|---|---|
| import a signed pack ($files files, $mib MiB), s | $(fmt "$imp_base") \`cp -R\` + \`sha256sum -c\` | $(fmt "$imp_kiosk") \`kiosk pack install\` | $(fmt "$imp_ratio") | – | – |
| the same against \`cp -R\` + \`sha256sum -c\` + \`sync\`, s | $(fmt "$imp_base_sync") | $(fmt "$imp_kiosk") | $(fmt "$imp_ratio_sync") | – | – |
| export $STATS_RUNS lesson runs from the staff screen ($export_mb MB: CSV, xAPI, database copy, sums; synced), s | – | $(fmt "$expo") | – | < 2 s | $(verdict "$(first "$expo")" 2) |
| the same with \`kiosk stats export\` (a process that opens and checks the database first), s | – | $(fmt "$exp") | – | < 2 s | $(verdict "$(first "$exp")" 2) |
| report.html of $STATS_RUNS lesson runs, s | – | $(fmt "$rep") | – | < 2 s | $(verdict "$(first "$rep")" 2) |

The import ratio is the median of the per-round ratios. \`kiosk pack install\` also
checks the minisign signature, reads the pack three times (the check staff see, the copy
hashed as it is written, the staged copy checked again as if it were a new stick),
fsyncs every file and folder, and switches versions with an atomic rename; \`cp\` and
\`sha256sum\` read it twice and sync nothing. \`kiosk stats export\` runs
\`PRAGMA quick_check\` on the database before it exports (about 0.3 s here). (Kolibri needed 193 s to
export 100,000 rows on a Celeron.)
TABLE
)
echo "$section"
[ -f "$out/results.md" ] && echo "$section" >>"$out/results.md"
exit 0

#!/usr/bin/env bash
# make bench, part: statistics for programmes with many kiosks (issue "Statistics for
# programmes with hundreds of kiosks"). On a store of STATS_RUNS synthetic runs (default
# 100,000, 3 answers each):
#   - bytes an incremental export takes for 100 new runs, against the empty incremental
#     export's fixed overhead (goal: at most 4 KB a new run);
#   - a second `kiosk stats merge` of the same export (goal: 50 ms or less), median of
#     RUNS, beside the first merge;
#   - `kiosk stats push` of PUSH_RUNS runs' statements (default: STATS_RUNS) into the
#     real LRS of tests/lrs (goal: 1,000 statements a second or more).
# Writes build/bench/stats.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${RUNS:-5}
STATS_RUNS=${STATS_RUNS:-100000}
PUSH_RUNS=${PUSH_RUNS:-$STATS_RUNS}
kiosk=$(realpath build/kiosk)
out=build/bench
mkdir -p "$out" build/tmp
work=$(mktemp -d "${TMPDIR:-/tmp}/kiosk-bench-stats-XXXXXX")
# shellcheck source=tests/lrs/lrs.sh
. tests/lrs/lrs.sh
trap 'lrs_stop; rm -rf "$work"' EXIT
log() { echo "bench: $*" >&2; }
now() { date +%s.%N; }
median_min_max() {
  sort -g | awk '{v[NR] = $1} END {m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
    printf "%s %s %s\n", m, v[1], v[NR]}'
}
fmt() { awk -v s="${2:-1}" '{printf "%.1f (%.1f–%.1f)", $1 * s, $2 * s, $3 * s}' <<<"$1"; }
first() { echo "${1%% *}"; }
verdict() { awk -v v="$1" -v g="$2" 'BEGIN { print (v <= g) ? "pass" : "**MISSED**" }'; }
bytes() { du -sb "$1" | cut -f1; }

read -r -a cflags <<<"$(pkg-config --cflags sqlite3 libsodium zlib)"
read -r -a libs <<<"$(pkg-config --libs sqlite3 libsodium zlib)"
cc -std=c11 -D_GNU_SOURCE -O2 -Iengine "${cflags[@]}" -o build/tmp/bench_stats tests/stats/bench_stats.c \
  engine/stats/*.c engine/core/*.c engine/screen/*.c "${libs[@]}" -lm
log "a store of $STATS_RUNS runs"
./build/tmp/bench_stats "$work/s" "$STATS_RUNS" 3 fill 0 >/dev/null
data=$work/s/data

log "export: everything, then an empty incremental one, then 100 new runs"
"$kiosk" stats export "$work/full" --data "$data" >/dev/null
full=$(ls -d "$work"/full/kiosk-export/*/*)
"$kiosk" stats export "$work/empty" --data "$data" >/dev/null
empty=$(ls -d "$work"/empty/kiosk-export/*/*)
./build/tmp/bench_stats "$work/s" 100 3 add >/dev/null
"$kiosk" stats export "$work/inc" --data "$data" >/dev/null
inc=$(ls -d "$work"/inc/kiosk-export/*/*)
full_b=$(bytes "$full") empty_b=$(bytes "$empty") inc_b=$(bytes "$inc")
per_run=$(( (inc_b - empty_b) / 100 ))

log "merge the full export, then the same again ($RUNS rounds)"
for _ in $(seq 1 "$RUNS"); do
  rm -f "$work/central.db"
  t0=$(now); "$kiosk" stats merge "$full" -o "$work/central.db" >/dev/null 2>&1; t1=$(now)
  "$kiosk" stats merge "$full" -o "$work/central.db" >/dev/null 2>&1; t2=$(now)
  "$kiosk" --version >/dev/null 2>&1; t3=$(now) # the same binary starting, doing nothing
  awk -v a="$t0" -v b="$t1" 'BEGIN { print (b - a) * 1000 }' >>"$work/merge1"
  awk -v a="$t1" -v b="$t2" 'BEGIN { print (b - a) * 1000 }' >>"$work/merge2"
  awk -v a="$t2" -v b="$t3" 'BEGIN { print (b - a) * 1000 }' >>"$work/start"
done
merge1=$(median_min_max <"$work/merge1") merge2=$(median_min_max <"$work/merge2")
start=$(median_min_max <"$work/start")
# Instructions (load-independent): the second merge against the bare start of the same
# binary, whose dynamic linking of SDL2, SDL2_ttf and their libraries is most of both.
instr() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null |
    awk '/Collected :/ { print $NF }'
}
merge2_i=$(instr "$kiosk" stats merge "$full" -o "$work/central.db")
start_i=$(instr "$kiosk" --version)

log "push $PUSH_RUNS runs' statements into the LRS"
./build/tmp/bench_stats "$work/p" "$PUSH_RUNS" 3 fill 0 >/dev/null
"$kiosk" stats export "$work/pu" --data "$work/p/data" >/dev/null
push_dirs=("$work"/pu/kiosk-export/*/*)
statements=$(cat "${push_dirs[@]/%//statements.jsonl}" | wc -l)
lrs_start "$work/lrs.log"
printf '%s\n' "$LRS_SECRET" >"$work/secret"
# CPU seconds of the LRS's two processes (the statements service and its login check)
lrs_cpu() {
  local p t=0 tick
  tick=$(getconf CLK_TCK)
  for p in "${lrs_pids[@]}"; do t=$((t + $(awk '{ print $14 + $15 }' "/proc/$p/stat" 2>/dev/null || echo 0))); done
  awk -v t="$t" -v k="$tick" 'BEGIN { printf "%.1f", t / k }'
}
lrs0=$(lrs_cpu)
t0=$(now)
TIMEFORMAT='%U %S'
{ time "$kiosk" stats push "${push_dirs[@]}" --lrs "$LRS_URL" --key "$LRS_KEY" --secret-file "$work/secret" \
  --acks "$work/acks.db" >"$work/push.out" 2>&1 || { cat "$work/push.out" >&2; exit 1; }; } 2>"$work/push.cpu"
t1=$(now)
lrs1=$(lrs_cpu)
lrs_stop
kiosk_cpu=$(awk '{ printf "%.1f", $1 + $2 }' "$work/push.cpu")
lrs_cpu_s=$(awk -v a="$lrs0" -v b="$lrs1" 'BEGIN { printf "%.1f", b - a }')
rate=$(awk -v n="$statements" -v a="$t0" -v b="$t1" 'BEGIN { printf "%.0f", n / (b - a) }')
secs=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.0f", b - a }')

{
  echo "| measure | baseline | kiosk | goal | result |"
  echo "|---|---|---|---|---|"
  echo "| bytes an incremental export takes per new run (100 new runs on a $STATS_RUNS-run store) | empty incremental export: $empty_b bytes; full export: $full_b bytes | $inc_b bytes: $per_run bytes a run above the empty one | ≤ 4096 a run | $(verdict "$per_run" 4096) |"
  echo "| second merge of the same $STATS_RUNS-run export, ms (median, min–max of $RUNS) | first merge: $(fmt "$merge1"); \`kiosk --version\` in the same rounds: $(fmt "$start") | $(fmt "$merge2") | ≤ 50 | $(verdict "$(first "$merge2")" 50) |"
  echo "| the same, instructions (callgrind) | \`kiosk --version\`: $start_i | $merge2_i: $((merge2_i - start_i)) more than starting | – | – |"
  echo "| push of $PUSH_RUNS runs ($statements statements) into Learning Locker's statements service here, statements/s | – | $rate ($secs s, batches of 50) | ≥ 1000 | $(verdict 1000 "$rate") |"
  echo "| CPU during that push, s | the LRS (service + login check): $lrs_cpu_s | the kiosk: $kiosk_cpu | – | – |"
} >"$out/stats.md"
cat "$out/stats.md"

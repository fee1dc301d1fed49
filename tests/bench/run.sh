#!/usr/bin/env bash
# run.sh — `make bench`: the kiosk against tests/bench/floor.c, a minimal SDL2 + SDL2_ttf
# program that draws the same first screen. Both run under X11 (our own Xvfb) and SDL's
# offscreen driver, interleaved floor, kiosk, floor, kiosk ... so slow stretches of a
# shared machine hit both. Prints a Markdown table and writes it to build/bench/results.md.
#
#   RUNS=10     counted rounds of start-up runs (at least 10), after 2 warm-up rounds
#   IDLE_S=10   seconds each idle run sits on a question screen (3 runs per program)
#   SKIP_IDLE=1 SKIP_CG=1   leave out the idle or the callgrind part (quick looks only)
#
# Exit status 0 with a report, even when the kiosk misses a target (it prints MISSED);
# 1 when the benchmark itself could not run. Method and caveats: tests/bench/README.md.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."

RUNS=${RUNS:-10}
IDLE_S=${IDLE_S:-10}
WARMUP=2
IDLE_REPS=3
CG_REPS=3
KIOSK_SOURCE=${KIOSK:-build/kiosk}
KIOSK=build/bench/kiosk # a snapshot: the tree may be rebuilt while the bench runs
FLOOR=build/bench/floor
OUT=build/bench
PACK=tests/bench/pack/lessons
RUN_LIMIT_S=120  # one start-up run takes well under a second; a hung one ends here
CG_LIMIT_S=300   # the kiosk under callgrind takes a few seconds

# targets (the engine core issue; figures from /work/shared/research/performance.md)
START_MAX_RATIO=1.5
RSS_MAX_RATIO=2
IDLE_MAX_PCT=0.2
IR_MAX_RATIO=1.5

die() {
  echo "bench: $*" >&2
  exit 1
}
say() { echo "bench: $*" >&2; }

if ! [[ $RUNS =~ ^[0-9]+$ ]] || ((RUNS < 10)); then
  die "RUNS=$RUNS: use at least 10 counted rounds (medians of fewer mislead on a shared machine)"
fi
if ! [[ $IDLE_S =~ ^[0-9]+$ ]] || ((IDLE_S < 1 || IDLE_S > 600)); then
  die "IDLE_S=$IDLE_S: use 1 to 600 seconds"
fi

# ---- tools ------------------------------------------------------------------------

missing=0
need() { # need COMMAND PACKAGE
  if ! command -v "$1" >/dev/null 2>&1; then
    echo "bench: missing tool: $1 (Debian package $2; \`make deps\` installs it)" >&2
    missing=1
  fi
}
need Xvfb xvfb
need valgrind valgrind
need timeout coreutils
need cc build-essential
need pkg-config pkg-config
if [[ ! -x /usr/bin/time ]]; then
  echo "bench: missing tool: /usr/bin/time (Debian package time; \`make deps\` installs it)" >&2
  missing=1
fi
((missing == 0)) || die "cannot run without the tools above"
[[ -x $KIOSK_SOURCE ]] || die "$KIOSK_SOURCE is missing: run \`make build/kiosk\` (or \`make bench\`)"

mkdir -p "$OUT"
# build/bench/kiosk finds the engine's assets at ../../assets, as build/asan/kiosk does
cp "$KIOSK_SOURCE" "$KIOSK.new" || die "cannot copy $KIOSK_SOURCE"
mv -f "$KIOSK.new" "$KIOSK"
"$KIOSK" version >/dev/null 2>&1 || die "$KIOSK_SOURCE does not run (being rebuilt? try again)"
say "building $FLOOR"
# shellcheck disable=SC2046  # pkg-config's flags are meant to split into words
cc -std=c11 -O2 -g -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
  -Wformat=2 -Wvla -o "$FLOOR" tests/bench/floor.c $(pkg-config --cflags --libs sdl2 SDL2_ttf) -lm ||
  die "cannot build $FLOOR (libsdl2-dev and libsdl2-ttf-dev installed?)"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/kiosk-bench.XXXXXX")
XVFB_PID=
# shellcheck disable=SC2317  # reached through the trap
cleanup() {
  if [[ -n $XVFB_PID ]]; then
    kill "$XVFB_PID" 2>/dev/null || true
    wait "$XVFB_PID" 2>/dev/null || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP

# ---- the environment both programs see -----------------------------------------------

# No session bus: SDL's D-Bus attempt costs the same in every run (research, Harness).
# The locale decides libX11's Compose table, a large share of the X11 start-up.
unset DBUS_SESSION_BUS_ADDRESS XCOMPOSEFILE XMODIFIERS WAYLAND_DISPLAY SDL_RENDER_DRIVER \
  SDL_FRAMEBUFFER_ACCELERATION KIOSK_RENDERER KIOSK_BENCH KIOSK_ASSETS
export LC_ALL=C.UTF-8

# Starts Xvfb on the first free display from :90; sets DISPLAY_NUM and XVFB_PID.
start_xvfb() {
  local n i
  for ((n = 90; n < 190; n++)); do
    [[ -e /tmp/.X$n-lock || -e /tmp/.X11-unix/X$n ]] && continue
    Xvfb ":$n" -screen 0 1024x768x24 -nolisten tcp >"$tmp/xvfb.log" 2>&1 &
    XVFB_PID=$!
    for ((i = 0; i < 100; i++)); do
      if [[ -S /tmp/.X11-unix/X$n ]]; then
        DISPLAY_NUM=$n
        return 0
      fi
      kill -0 "$XVFB_PID" 2>/dev/null || break # lost a race for :n: try the next
      sleep 0.05
    done
    kill "$XVFB_PID" 2>/dev/null || true
    wait "$XVFB_PID" 2>/dev/null || true
    XVFB_PID=
  done
  cat "$tmp/xvfb.log" >&2 2>/dev/null || true
  die "cannot start Xvfb on any display from :90 to :189"
}

use_backend() { # x11 | offscreen
  if [[ $1 == x11 ]]; then
    export SDL_VIDEODRIVER=x11 DISPLAY=":$DISPLAY_NUM"
  else
    export SDL_VIDEODRIVER=offscreen
    unset DISPLAY
  fi
}

xvfb_cpu_ticks() { # utime + stime of our Xvfb, in clock ticks
  awk '{print $14 + $15}' "/proc/$XVFB_PID/stat" 2>/dev/null || echo 0
}

# ---- one run ------------------------------------------------------------------------

RAW=$OUT/runs.tsv # one row per run; columns below
printf 'backend\tkind\tprogram\tscreen\tlang\tround\twall_ms\tcpu_ms\trss_kb\tvcsw\txvfb_ms\tir\n' >"$RAW"
C_WALL=7 C_CPU=8 C_RSS=9 C_VCSW=10 C_XVFB=11 C_IR=12

command_for() { # PROGRAM SCREEN LANG MODE(once|idle) -> CMD array
  local program=$1 screen=$2 lang=$3 mode=$4
  case $program in
  floor)
    CMD=("$FLOOR" --lang "$lang" --screen "$screen")
    if [[ $mode == idle ]]; then CMD+=(--idle "$IDLE_S"); else CMD+=(--once); fi
    ;;
  kiosk) CMD=("$KIOSK" play "$PACK/$screen.lua" --lang "$lang") ;;
  null) CMD=(true) ;;
  esac
}

fail_run() { # LOG WHAT
  echo "---- output of the failed run ----" >&2
  tail -n 20 "$1" >&2 || true
  die "$2"
}

# Times one run: wall and CPU (user+sys, with the children it waited for) from bash's
# `time`, peak RSS and voluntary context switches from GNU time. Appends a row.
measure() { # BACKEND KIND PROGRAM SCREEN LANG ROUND
  local backend=$1 kind=$2 program=$3 screen=$4 lang=$5 round=$6
  local mode=once limit=$RUN_LIMIT_S
  if [[ $kind == idle ]]; then
    mode=idle
    limit=$((IDLE_S + RUN_LIMIT_S))
  fi
  command_for "$program" "$screen" "$lang" "$mode"
  local log=$tmp/run.log status=0 x0 x1
  x0=$(if [[ $backend == x11 ]]; then xvfb_cpu_ticks; else echo 0; fi)
  # timeout stays outside the timed part: on this kind of VM every exec costs ~4 ms
  # shellcheck disable=SC2016  # expanded by the inner bash
  timeout -k 5 "$limit" bash -c 'TIMEFORMAT="%3R %3U %3S"
    { time /usr/bin/time -f "%M %w" -o "$1" "${@:4}" >"$2" 2>&1; } 2>"$3"' \
    measure "$tmp/gnutime" "$log" "$tmp/time" "${CMD[@]}" || status=$?
  x1=$(if [[ $backend == x11 ]]; then xvfb_cpu_ticks; else echo 0; fi)
  ((status == 0)) || fail_run "$log" "$backend $program ${CMD[*]} exited with status $status"
  local wall user sys rss vcsw
  read -r wall user sys <"$tmp/time"
  read -r rss vcsw < <(tail -n 1 "$tmp/gnutime")
  awk -v OFS='\t' -v b="$backend" -v k="$kind" -v p="$program" -v s="$screen" -v l="$lang" \
    -v r="$round" -v w="$wall" -v u="$user" -v y="$sys" -v m="$rss" -v c="$vcsw" \
    -v x="$((x1 - x0))" -v hz="$(getconf CLK_TCK)" \
    'BEGIN { print b, k, p, s, l, r, w * 1000, (u + y) * 1000, m, c, x * 1000 / hz, "" }' >>"$RAW"
}

# Counts the instructions of the main process under callgrind. The file name carries
# the pid, and `( exec ... ) &` keeps valgrind at the pid $! names; a forked child (the
# kiosk's lesson runner is killed, so writes nothing) cannot be mistaken for it.
measure_cg() { # BACKEND PROGRAM SCREEN LANG ROUND
  local backend=$1 program=$2 screen=$3 lang=$4 round=$5
  command_for "$program" "$screen" "$lang" once
  local log=$tmp/cg.log status=0 pid waited=0
  rm -f "$tmp"/callgrind.*
  (exec valgrind --tool=callgrind --callgrind-out-file="$tmp/callgrind.%p" "${CMD[@]}") >"$log" 2>&1 &
  pid=$!
  while kill -0 "$pid" 2>/dev/null; do # a watchdog that leaves no process behind
    sleep 0.1
    if ((++waited > CG_LIMIT_S * 10)); then
      kill -KILL "$pid" 2>/dev/null || true
      break
    fi
  done
  wait "$pid" || status=$?
  ((status == 0)) || fail_run "$log" "$backend $program under callgrind exited with status $status"
  local ir
  ir=$(awk '/^totals:/ { t = $2 } /^summary:/ { s = $2 } END { print t != "" ? t : s }' \
    "$tmp/callgrind.$pid" 2>/dev/null) || true
  [[ -n $ir ]] || fail_run "$log" "no callgrind totals for $program (pid $pid)"
  printf '%s\tcg\t%s\t%s\t%s\t%s\t\t\t\t\t\t%s\n' "$backend" "$program" "$screen" "$lang" "$round" "$ir" >>"$RAW"
}

# The pid of the descendant of ROOT called NAME whose parent is GNU time (so not the
# kiosk's forked lesson runner), walking /proc/PID/task/PID/children.
find_program() { # ROOT NAME
  local queue=("$1") p k comm parent kids
  while ((${#queue[@]} > 0)); do
    p=${queue[0]}
    queue=("${queue[@]:1}")
    kids=()
    read -r -a kids <"/proc/$p/task/$p/children" 2>/dev/null || true
    read -r parent <"/proc/$p/comm" 2>/dev/null || continue
    for k in "${kids[@]}"; do
      read -r comm <"/proc/$k/comm" 2>/dev/null || continue
      if [[ $comm == "$2" && $parent == time ]]; then
        echo "$k"
        return 0
      fi
      queue+=("$k")
    done
  done
  return 1
}

cpu_ns() { # PID: CPU time of all its threads, in ns (/proc/PID/task/*/schedstat)
  local sum=0 t ns
  for t in /proc/"$1"/task/*/schedstat; do
    read -r ns _ <"$t" 2>/dev/null && sum=$((sum + ns))
  done
  echo "$sum"
}

# Measures CPU over the idle stretch itself, from 2 s after the start to 1 s before the
# end: no start-up in it, and ns resolution. Appends an "idlewin" row.
sample_idle() { # JOB BACKEND PROGRAM REP
  local pid="" i c0 c1 t0 t1
  ((IDLE_S >= 5)) || return 0
  for ((i = 0; i < 40; i++)); do
    pid=$(find_program "$1" "$3") && break
    sleep 0.05
  done
  [[ -n $pid ]] || return 0
  sleep 2
  c0=$(cpu_ns "$pid")
  t0=$EPOCHREALTIME
  sleep $((IDLE_S - 3))
  c1=$(cpu_ns "$pid")
  t1=$EPOCHREALTIME
  [[ -d /proc/$pid ]] || return 0
  awk -v OFS='\t' -v b="$2" -v p="$3" -v r="$4" -v t0="$t0" -v t1="$t1" -v c0="$c0" -v c1="$c1" \
    'BEGIN { print b, "idlewin", p, "question", "en", r, (t1 - t0) * 1000, (c1 - c0) / 1e6, "", "", "", "" }' >>"$RAW"
}

# ---- the runs -----------------------------------------------------------------------

BACKENDS=(x11 offscreen)
# screen:lang pairs of the start-up rounds: the English page (start-up, instructions),
# the Thai page (peak RSS) and the English question (the idle runs' start-up share)
SCREENS=(page:en page:th question:en)

say "starting Xvfb"
start_xvfb
say "Xvfb :$DISPLAY_NUM (pid $XVFB_PID); RUNS=$RUNS IDLE_S=$IDLE_S"

for backend in "${BACKENDS[@]}"; do
  use_backend "$backend"
  export KIOSK_BENCH=first-frame
  for ((round = 1 - WARMUP; round <= RUNS; round++)); do
    say "$backend: start-up round $round of $RUNS$( ((round > 0)) || echo ' (warm-up)')"
    measure "$backend" once null - - "$round"
    for pair in "${SCREENS[@]}"; do
      for program in floor kiosk; do
        measure "$backend" once "$program" "${pair%%:*}" "${pair##*:}" "$round"
      done
    done
  done
  if [[ ${SKIP_IDLE:-0} != 1 ]]; then
    export KIOSK_BENCH=idle:$IDLE_S
    for ((rep = 1; rep <= IDLE_REPS; rep++)); do
      for program in floor kiosk; do
        say "$backend: idle run $rep of $IDLE_REPS, $program (${IDLE_S} s)"
        measure "$backend" idle "$program" question en "$rep" &
        job=$!
        sample_idle "$job" "$backend" "$program" "$rep"
        wait "$job" || die "the idle run of $program failed"
      done
    done
  fi
  if [[ ${SKIP_CG:-0} != 1 ]]; then
    export KIOSK_BENCH=first-frame
    for ((rep = 1; rep <= CG_REPS; rep++)); do
      for lang in en th; do
        for program in floor kiosk; do
          say "$backend: callgrind run $rep of $CG_REPS, $program ($lang page)"
          measure_cg "$backend" "$program" page "$lang" "$rep"
        done
      done
    done
  fi
  unset KIOSK_BENCH
done

# ---- the report ---------------------------------------------------------------------

# Prints "median min max" of column COL, less OFFSET, over counted runs matching.
stats() { # BACKEND KIND PROGRAM SCREEN LANG COL [OFFSET]
  awk -F'\t' -v b="$1" -v k="$2" -v p="$3" -v s="$4" -v l="$5" -v c="$6" -v o="${7:-0}" \
    'NR > 1 && $1 == b && $2 == k && $3 == p && $4 == s && $5 == l && $6 > 0 && $c != "" { print $c - o }' \
    "$RAW" | median_min_max
}

median_min_max() {
  sort -g | awk '{ v[NR] = $1 }
    END {
      if (NR == 0) { print "nan nan nan"; exit }
      m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
      print m, v[1], v[NR]
    }'
}

# Median of the kiosk/floor ratios of runs in the same round (start-up runs), each
# figure less OFFSET.
paired_ratio() { # BACKEND SCREEN LANG COL [OFFSET]
  awk -F'\t' -v b="$1" -v s="$2" -v l="$3" -v c="$4" -v o="${5:-0}" '
    NR > 1 && $1 == b && $2 == "once" && $4 == s && $5 == l && $6 > 0 {
      if ($3 == "floor") f[$6] = $c - o; else if ($3 == "kiosk") k[$6] = $c - o
    }
    END { for (r in f) if ((r in k) && f[r] > 0) print k[r] / f[r] }' "$RAW" | median_min_max
}

fmt() { # FORMAT "median min max" -> "m (min–max)"
  local f=$1 m lo hi
  read -r m lo hi <<<"$2"
  [[ $m == nan ]] && { echo "–"; return; }
  # shellcheck disable=SC2059  # the format is the caller's, e.g. %.1f
  printf "$f ($f–$f)" "$m" "$lo" "$hi"
}

scale() { # "m lo hi" DIVISOR -> each divided
  awk -v d="$2" '{ printf "%s %s %s\n", $1 / d, $2 / d, $3 / d }' <<<"$1"
}

first() { echo "${1%% *}"; }

le() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a != "nan" && a <= b) }'; }

missed=()
verdict() { # VALUE LIMIT LABEL -> sets RESULT (not in $(...): it records the miss)
  if le "$1" "$2"; then RESULT=pass; else
    RESULT="**MISSED**"
    missed+=("$3")
  fi
}

report=$tmp/report.md
{
  echo "# Kiosk benchmark: the kiosk against a minimal SDL2 program"
  echo
  echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  cpu=$(awk -F': *' '/^(model name|Model|Hardware)[[:space:]]*:/ { print $2; exit }' /proc/cpuinfo 2>/dev/null)
  echo "- machine: $(uname -m), $(nproc) cores, ${cpu:-unknown CPU}; Linux $(uname -r)"
  echo "- packages: SDL2 $(pkg-config --modversion sdl2), SDL2_ttf $(pkg-config --modversion SDL2_ttf)," \
    "$(valgrind --version), Xvfb $(dpkg-query -W -f '${Version}' xvfb 2>/dev/null || echo '?')"
  echo "- kiosk: $("$KIOSK" version 2>/dev/null || echo '?'), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo "- runs: $WARMUP warm-up + $RUNS counted rounds (floor, kiosk interleaved); idle $IDLE_REPS × $IDLE_S s;" \
    "callgrind $CG_REPS × each. LC_ALL=C.UTF-8, no session bus, software renderer."
  echo
  echo "Figures: median (min–max). Ratio = kiosk ÷ floor: for start-up the median of the"
  echo "ratios within each round, otherwise the ratio of the medians. Not a Pi: read the ratios."
  for backend in "${BACKENDS[@]}"; do
    echo
    if [[ $backend == x11 ]]; then echo "## X11 (Xvfb :$DISPLAY_NUM, no vsync)"; else echo "## SDL offscreen (no display server)"; fi
    echo
    echo "| measure | floor | kiosk | ratio | target | result |"
    echo "|---|---|---|---|---|---|"
    null_wall=$(first "$(stats "$backend" once null - - "$C_WALL")")
    null_cpu=$(first "$(stats "$backend" once null - - "$C_CPU")")
    for row in "wall:page:en" "cpu:page:en" "wall:page:th" "cpu:page:th" "rss:page:th"; do
      IFS=: read -r what screen lang <<<"$row"
      case $what in
      wall) col=$C_WALL off=$null_wall label="start to first frame, wall ms ($lang $screen)" f='%.0f' max=$START_MAX_RATIO d=1 ;;
      cpu) col=$C_CPU off=$null_cpu label="start to first frame, CPU ms ($lang $screen)" f='%.0f' max=$START_MAX_RATIO d=1 ;;
      rss) col=$C_RSS off=0 label="peak RSS, MiB (Thai $screen)" f='%.1f' max=$RSS_MAX_RATIO d=1024 ;;
      esac
      fl=$(scale "$(stats "$backend" once floor "$screen" "$lang" "$col" "$off")" "$d")
      ki=$(scale "$(stats "$backend" once kiosk "$screen" "$lang" "$col" "$off")" "$d")
      ratio=$(paired_ratio "$backend" "$screen" "$lang" "$col" "$off")
      r=$(first "$ratio")
      verdict "$r" "$max" "$backend: $label"
      printf '| %s | %s | %s | %.2f | ≤ %s× floor | %s |\n' "$label" "$(fmt "$f" "$fl")" \
        "$(fmt "$f" "$ki")" "$r" "$max" "$RESULT"
    done
    if [[ ${SKIP_IDLE:-0} != 1 ]]; then
      declare -A idle=()
      for program in floor kiosk; do
        base=$(first "$(stats "$backend" once "$program" question en "$C_CPU")")
        idle[$program]=$(awk -F'\t' -v b="$backend" -v p="$program" -v base="$base" -v s="$IDLE_S" \
          'NR > 1 && $1 == b && $2 == "idle" && $3 == p { print ($8 - base) / (s * 1000) * 100 }' \
          "$RAW" | median_min_max)
      done
      k=$(first "${idle[kiosk]}")
      label="idle CPU, % of one core (en question, $IDLE_S s)"
      verdict "$k" "$IDLE_MAX_PCT" "$backend: $label"
      printf '| %s | %s | %s | – | ≤ %s %% | %s |\n' "$label" "$(fmt '%.2f' "${idle[floor]}")" \
        "$(fmt '%.2f' "${idle[kiosk]}")" "$IDLE_MAX_PCT" "$RESULT"
      for program in floor kiosk; do
        idle[$program]=$(awk -F'\t' -v b="$backend" -v p="$program" \
          'NR > 1 && $1 == b && $2 == "idlewin" && $3 == p && $7 > 0 { print $8 / $7 * 100 }' \
          "$RAW" | median_min_max)
      done
      if [[ ${idle[kiosk]} != nan* ]]; then
        k=$(first "${idle[kiosk]}")
        label="idle CPU inside the idle stretch, % (schedstat, $((IDLE_S - 3)) s)"
        verdict "$k" "$IDLE_MAX_PCT" "$backend: $label"
        printf '| %s | %s | %s | – | ≤ %s %% | %s |\n' "$label" "$(fmt '%.2f' "${idle[floor]}")" \
          "$(fmt '%.2f' "${idle[kiosk]}")" "$IDLE_MAX_PCT" "$RESULT"
      fi
    fi
    for lang in en th; do
      [[ ${SKIP_CG:-0} != 1 ]] || break
      fl=$(scale "$(stats "$backend" cg floor page "$lang" "$C_IR")" 1e6)
      ki=$(scale "$(stats "$backend" cg kiosk page "$lang" "$C_IR")" 1e6)
      r=$(awk -v a="$(first "$ki")" -v b="$(first "$fl")" 'BEGIN { print (b > 0 ? a / b : "nan") }')
      label="instructions to first frame, M ($lang page, callgrind)"
      verdict "$r" "$IR_MAX_RATIO" "$backend: $label"
      printf '| %s | %s | %s | %.2f | ≤ %s× floor | %s |\n' "$label" "$(fmt '%.1f' "$fl")" \
        "$(fmt '%.1f' "$ki")" "$r" "$IR_MAX_RATIO" "$RESULT"
    done
    echo
    printf 'Start-up figures are net of the harness: GNU time running true took %.0f ms wall,' \
      "$null_wall"
    printf ' %.0f ms CPU (median), subtracted from every run.\n' "$null_cpu"
    if [[ ${SKIP_IDLE:-0} != 1 ]]; then
      for program in floor kiosk; do
        base=$(first "$(stats "$backend" once "$program" question en "$C_VCSW")")
        wakes=$(stats "$backend" idle "$program" question en "$C_VCSW")
        printf '%s idle: %s sleeps/s (voluntary context switches beyond a start-up run)' "$program" \
          "$(awk -v w="$(first "$wakes")" -v b="$base" -v s="$IDLE_S" 'BEGIN { printf "%.1f", (w - b) / s }')"
        if [[ $backend == x11 ]]; then
          printf '; Xvfb used %s ms CPU per run' "$(fmt '%.0f' "$(stats "$backend" idle "$program" question en "$C_XVFB")")"
        fi
        echo "."
      done
    fi
  done
  echo
  if ((${#missed[@]} == 0)); then
    echo "All targets met."
  else
    echo "MISSED ${#missed[@]} target(s):"
    for m in "${missed[@]}"; do echo "- $m"; done
  fi
  echo
  echo "Raw runs: $RAW. Took $((SECONDS / 60)) min $((SECONDS % 60)) s."
} >"$report"

cp "$report" "$OUT/results.md"
cat "$report"
if ((${#missed[@]} > 0)); then
  echo >&2
  echo "bench: MISSED ${#missed[@]} target(s); see above (a report, not a gate: exit 0)" >&2
fi
exit 0

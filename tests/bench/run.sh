#!/usr/bin/env bash
# run.sh — `make bench`: the kiosk against the design's floor (tests/bench/floor, a
# byte-for-byte copy of ../shared/bench: one font, one screen of text, SDL's own event
# wait), measured in one run, under X11 (an Xvfb of our own), SDL's offscreen driver and
# Mesa's software GL (GLES2 through EGL under Xvfb, the path a Pi takes on KMSDRM):
#
#   - instructions (callgrind) from `kiosk run` to the attract screen's first frame, and
#     of `kiosk play` of a real lesson, against `floor --once` on the same backend;
#     800x480 and 1920x1080, English and Thai, an empty data folder and ones holding
#     100,000 and 1,000,000 lesson runs;
#   - instructions of every tap of a whole visit (attract, languages, menu, a whole
#     lesson, back to the menu), one callgrind run per visit with its counts dumped as
#     each script line starts: a tap is its line and the frames of its transition until
#     the screen is still (`still`: drawn on the kiosk's own schedule, ~60 a second);
#     the first four, attract to the first answer, as medians of FOUR_REPS runs, and
#     beside them on the script's 100 ms clock (2 frames a transition);
#   - idle CPU of the attract screen from its first second (schedstat of the whole
#     process tree), against `floor --idle`;
#   - peak memory of the process tree, lesson child included (PSS and RSS summed), on
#     a Thai lesson at 1920x1080;
#   - start-up wall and CPU time, floor and kiosk interleaved.
#
# Prints a Markdown report and writes it to build/bench/results.md (raw figures beside
# it). Knobs:
#   RUNS=10            start-up timing rounds, after 2 warm-up rounds
#   IDLE_S=10 IDLE_REPS=3   seconds and runs of each idle measurement
#   CG_JOBS=2          callgrind runs side by side (their counts do not depend on load)
#   FOUR_REPS=3        runs of the first four taps (a lesson tap waits on its child: the
#                      parent's polling, and so its count, varies a little from run to run)
#   BENCH_DISPLAYS=90-189   Xvfb display numbers the bench may take (the first free one)
#   FLOOR_REFERENCE=/work/shared/bench   the floor's original, compared byte for byte
#   STATS_BIG="100000 1000000"   sizes of the stored-runs folders (kept in build/bench/data)
#   SKIP_GL=1 SKIP_X11=1 SKIP_IDLE=1 SKIP_TIMING=1 SKIP_MEMORY=1 SKIP_BIG=1   leave parts out
#   QUICK=1            taps at 800x480 in English only, no 1080p, no Thai rows
# Exit status 0 with a report, even when a goal is missed (it says MISSED); 1 when the
# benchmark itself could not run. Method and caveats: tests/bench/README.md.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

RUNS=${RUNS:-10}
IDLE_S=${IDLE_S:-10}
IDLE_REPS=${IDLE_REPS:-3}
FOUR_REPS=${FOUR_REPS:-3}
CG_JOBS=${CG_JOBS:-2}
BENCH_DISPLAYS=${BENCH_DISPLAYS:-90-189}
FLOOR_REFERENCE=${FLOOR_REFERENCE:-/work/shared/bench}
STATS_BIG=${STATS_BIG:-100000 1000000}
WARMUP=2
OUT=build/bench
KIOSK_SOURCE=${KIOSK:-build/kiosk}
KIOSK=$OUT/kiosk # a snapshot: the tree may be rebuilt while the bench runs
FLOOR=$OUT/floor/floor
LESSON=lessons/core/l01_message_real
RUN_LIMIT_S=120
CG_LIMIT_S=1800 # a whole visit under callgrind with llvmpipe takes minutes

# the goals (issue 16)
GOAL_FIRST_X11=2      # instructions to the first frame, x floor, X11
GOAL_FIRST_OFF=3      # the same, offscreen
GOAL_STORED=1.1       # 1,000,000 (and 100,000) runs stored, x an empty data folder
GOAL_TAP_SMALL=15     # M instructions per tap at 800x480
GOAL_TAP_BIG=30       # M instructions, worst tap at 1920x1080
GOAL_IDLE_PCT=0.2     # % of one core, attract screen from its first second
GOAL_PSS_MIB=64       # peak PSS of the process tree, a Thai lesson at 1920x1080

die() {
  echo "bench: $*" >&2
  exit 1
}
say() { echo "bench: $*" >&2; }

for v in RUNS IDLE_S IDLE_REPS CG_JOBS FOUR_REPS; do
  if ! [[ ${!v} =~ ^[0-9]+$ ]] || ((${!v} == 0)); then die "$v=${!v}: a positive whole number, please"; fi
done
[[ $BENCH_DISPLAYS =~ ^([0-9]+)-([0-9]+)$ ]] || die "BENCH_DISPLAYS=$BENCH_DISPLAYS: FIRST-LAST, e.g. 300-319"
DISPLAY_FIRST=${BASH_REMATCH[1]} DISPLAY_LAST=${BASH_REMATCH[2]}

# ---- tools, the programs, the floor ---------------------------------------------------

missing=0
need() { # COMMAND PACKAGE
  command -v "$1" >/dev/null 2>&1 && return 0
  echo "bench: missing tool: $1 (Debian package $2; \`make deps\` installs it)" >&2
  missing=1
}
need Xvfb xvfb
need valgrind valgrind
need timeout coreutils
need cc build-essential
need make make
need pkg-config pkg-config
need sha256sum coreutils
[[ -x /usr/bin/time ]] || need /usr/bin/time time
((missing == 0)) || die "cannot run without the tools above"
[[ -x $KIOSK_SOURCE ]] || die "$KIOSK_SOURCE is missing: run \`make build/kiosk\` (or \`make bench\`)"

mkdir -p "$OUT" "$OUT/cg" "$OUT/data"
cp "$KIOSK_SOURCE" "$KIOSK.new" || die "cannot copy $KIOSK_SOURCE"
mv -f "$KIOSK.new" "$KIOSK"
"$KIOSK" version >/dev/null 2>&1 || die "$KIOSK_SOURCE does not run"

# The floor is the design's program, unmodified: our copy must be it, byte for byte.
(cd tests/bench/floor && sha256sum --quiet -c SHA256SUMS) ||
  die "tests/bench/floor differs from its SHA256SUMS: the floor must stay the design's program"
if [[ -d $FLOOR_REFERENCE ]]; then
  for f in floor.c Makefile; do
    cmp -s "tests/bench/floor/$f" "$FLOOR_REFERENCE/$f" ||
      die "tests/bench/floor/$f differs from $FLOOR_REFERENCE/$f: copy the reference again"
  done
  FLOOR_CHECKED="identical to $FLOOR_REFERENCE (cmp) and to tests/bench/floor/SHA256SUMS"
else
  FLOOR_CHECKED="as tests/bench/floor/SHA256SUMS records ($FLOOR_REFERENCE is not here)"
fi
rm -rf "$OUT/floor"
mkdir -p "$OUT/floor"
cp tests/bench/floor/floor.c tests/bench/floor/Makefile "$OUT/floor/"
say "building the floor: make -C $OUT/floor"
make -s -C "$OUT/floor" >/dev/null || die "cannot build the floor (libsdl2-dev and libsdl2-ttf-dev installed?)"
READY_WAIT=$OUT/ready_wait
cc -std=c11 -D_GNU_SOURCE -O2 -o "$READY_WAIT" tests/bench/ready_wait.c || die "cannot build tests/bench/ready_wait.c"

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

# ---- the environment every program sees ------------------------------------------------

# No session bus: SDL's D-Bus attempt costs the same in every run (research, Harness).
# The locale decides libX11's Compose table, a large share of the X11 start-up.
unset DBUS_SESSION_BUS_ADDRESS XCOMPOSEFILE XMODIFIERS WAYLAND_DISPLAY SDL_RENDER_DRIVER \
  SDL_FRAMEBUFFER_ACCELERATION SDL_VIDEODRIVER SDL_VIDEO_X11_FORCE_EGL KIOSK_RENDERER \
  KIOSK_BENCH KIOSK_ASSETS MESA_SHADER_CACHE_DISABLE DISPLAY
export LC_ALL=C.UTF-8
# A lesson step under callgrind (the lesson child runs under it too) takes far longer
# than the 5 s process watchdog allows (engine/lesson/runner.c).
export KIOSK_LESSON_STEP_MS=600000

start_xvfb() { # the first free display of BENCH_DISPLAYS; sets DISPLAY_NUM, XVFB_PID
  local n i
  for ((n = DISPLAY_FIRST; n <= DISPLAY_LAST; n++)); do
    [[ -e /tmp/.X$n-lock || -e /tmp/.X11-unix/X$n ]] && continue
    Xvfb ":$n" -screen 0 1920x1080x24 -nolisten tcp >"$tmp/xvfb.log" 2>&1 &
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
  die "cannot start Xvfb on any display from :$DISPLAY_FIRST to :$DISPLAY_LAST (BENCH_DISPLAYS)"
}

# The environment of a backend, for the floor or the kiosk, as `env` arguments.
backend_env() { # BACKEND PROGRAM
  case $1 in
  x11) ENVV=(SDL_VIDEODRIVER=x11 "DISPLAY=:$DISPLAY_NUM") ;;
  offscreen) ENVV=(SDL_VIDEODRIVER=offscreen) ;;
  gl) # the accelerated path a Pi takes (KMSDRM: EGL + GLES2), on llvmpipe; Mesa's shader
    # cache off, so every run compiles the same shaders (counts repeat; the research's
    # "nocache" rows)
    ENVV=(SDL_VIDEODRIVER=x11 "DISPLAY=:$DISPLAY_NUM" SDL_RENDER_DRIVER=opengles2
      SDL_VIDEO_X11_FORCE_EGL=1 MESA_SHADER_CACHE_DISABLE=true)
    [[ $2 == kiosk* ]] && ENVV+=(KIOSK_RENDERER=gpu)
    ;;
  esac
  # the floor's software rows as the research defines them (no GL probe)
  [[ $2 == floor && $1 != gl ]] && ENVV+=(SDL_RENDER_DRIVER=software SDL_FRAMEBUFFER_ACCELERATION=0)
  return 0
}

# ---- data folders ----------------------------------------------------------------------

DATA_EN=$OUT/data/en
DATA_TH=$OUT/data/th
make_data() {
  say "data folders: $DATA_EN (English first) and $DATA_TH (Thai first)"
  rm -rf "$DATA_EN" "$DATA_TH"
  : >"$tmp/empty.txt"
  "$KIOSK" run --headless --input "$tmp/empty.txt" --data "$DATA_EN" >/dev/null 2>&1 ||
    die "kiosk run cannot make a data folder in $DATA_EN"
  cp -R "$DATA_EN" "$DATA_TH"
  sed -i 's/^\(  default_language = \)"en"/\1"th"/' "$DATA_TH/kiosk.lua"
  grep -q 'default_language = "th"' "$DATA_TH/kiosk.lua" || die "cannot make Thai the default in $DATA_TH/kiosk.lua"
}

# A folder holding N synthetic lesson runs (engine/stats/synth.c through
# tests/stats/bench_stats.c), closed cleanly, as a kiosk leaves it. Kept between
# benches: 1,000,000 runs take minutes to make; remade when the maker or the schema changes.
big_data() { # N -> echoes the folder
  local n=$1 dir=$OUT/data/runs-$1 stamp
  stamp=$(cat engine/stats/synth.c engine/stats/schema.c engine/stats/internal.h tests/stats/bench_stats.c | sha256sum | cut -c1-16)
  if [[ ! -f $dir/stamp || $(cat "$dir/stamp") != "$stamp-$n" ]]; then
    say "data: making a folder of $n lesson runs (kept in $dir)"
    read -r -a cflags <<<"$(pkg-config --cflags sqlite3 libsodium zlib)"
    read -r -a libs <<<"$(pkg-config --libs sqlite3 libsodium zlib)"
    mkdir -p build/tmp
    cc -std=c11 -D_GNU_SOURCE -O2 -Iengine "${cflags[@]}" -o build/tmp/bench_stats tests/stats/bench_stats.c \
      engine/stats/*.c engine/core/*.c engine/screen/*.c "${libs[@]}" -lm || die "cannot build tests/stats/bench_stats.c"
    rm -rf "$dir"
    build/tmp/bench_stats "$tmp/fill-$n" "$n" 3 fill >&2 || die "cannot make $n synthetic runs"
    mv "$tmp/fill-$n/data" "$dir"
    echo "$stamp-$n" >"$dir/stamp"
  fi
  cp "$DATA_EN/kiosk.lua" "$dir/kiosk.lua"
  echo "$dir"
}

# ---- scripts ---------------------------------------------------------------------------

: >"$tmp/empty.txt"
printf 'wait 0.1\nwait 0\n' >"$tmp/settle.txt" # the second line: the first one's count on its own
# A whole visit, one tap a line, each followed by `still` (its transition's frames,
# drawn as the kiosk's loop draws them, until the screen is still: the tap's cost is
# both lines) and a second's pause (and the work a kiosk does in it) before the next:
# attract -> languages -> menu -> the first lesson, tapped through to its end as a
# learner giving the first answer would, back on the menu. AFTER (default `still`)
# replaces `still`: `wait 0.2` is the script's 100 ms clock, two frames a transition.
visit_script() { # LANGUAGE_ITEM TAPS [AFTER] -> stdout
  local after=${3:-still} k
  echo "wait 1"
  echo "press start"
  echo "$after"
  echo "wait 1"
  echo "press item $1"
  echo "$after"
  echo "wait 1"
  echo "lesson ${LESSON##*/}"
  echo "$after"
  for ((k = 0; k < $2; k++)); do
    echo "wait 1"
    echo "next"
    echo "$after"
  done
}
# How many single taps the lesson takes (headless, fast): until the menu shows again.
lesson_taps() { # LANGUAGE_ITEM
  local n
  for ((n = 1; n < 200; n++)); do
    { visit_script "$1" "$n"; echo "expect menu"; } >"$tmp/probe.txt"
    if "$KIOSK" run --headless --input "$tmp/probe.txt" --data "$DATA_EN" >/dev/null 2>&1; then
      echo "$n"
      return 0
    fi
  done
  die "the lesson $LESSON did not end within 200 taps"
}

# ---- callgrind ---------------------------------------------------------------------------

IR=$OUT/ir.tsv # name, part, instructions: part 0 is the whole process
: >"$IR"

# One program under callgrind. For the kiosk the counts are dumped as each script line
# starts (parts 1..n: 1 is start-up to the first frame, k+1 is line k) and at exit.
# The pid in the file names is valgrind's (`exec` keeps $!), so the forked lesson child
# (counted from the fork with its parent's count, and killed) is never read.
# shellcheck disable=SC2317  # run by xargs, through the exported function
cg_one() { # NAME BACKEND PROGRAM ARGS...
  local name=$1 backend=$2 program=$3
  shift 3
  backend_env "$backend" "$program"
  local dir=$tmp/cg-$name pid status=0 waited=0 cmd=() i
  mkdir -p "$dir"
  # Each run gets its own copy of the data folder: runs go side by side and must not
  # meet each other's records, open runs or unclean-shutdown marks (the big stored-runs
  # folders have one run each and are used as they are).
  for ((i = 1; i < $#; i++)); do
    local arg=${!i} next=$((i + 1))
    if [[ $arg == --data && ${!next} != */runs-* ]]; then
      cp -R "${!next}" "$dir/data"
      set -- "${@:1:i}" "$dir/data" "${@:next+1}"
      break
    fi
  done
  if [[ $program == floor ]]; then cmd=("$FLOOR" "$@"); else cmd=("$KIOSK" "$@"); fi
  [[ $program == kiosk-play ]] && ENVV+=(KIOSK_BENCH=first-frame) # play exits after its first frame
  local opts=(--tool=callgrind "--callgrind-out-file=$dir/cg.%p")
  [[ $program == kiosk ]] && opts+=(--dump-before=script_line)
  [[ $program == kiosk-play ]] && program=kiosk
  (exec env "${ENVV[@]}" valgrind "${opts[@]}" "${cmd[@]}") >"$dir/log" 2>&1 &
  pid=$!
  while kill -0 "$pid" 2>/dev/null; do # a watchdog that leaves nothing behind
    sleep 0.2
    if ((++waited > CG_LIMIT_S * 5)); then
      kill -KILL "$pid" 2>/dev/null || true
      break
    fi
  done
  wait "$pid" || status=$?
  if ((status != 0)); then
    tail -n 15 "$dir/log" >&2
    echo "bench: $name ($backend): ${cmd[*]} under callgrind exited with status $status" >&2
    return 1
  fi
  local f part total=0 ir
  for f in "$dir"/cg."$pid" "$dir"/cg."$pid".*; do
    [[ -f $f ]] || continue
    part=${f##*/cg."$pid"}
    part=${part#.}
    ir=$(awk '/^(summary|totals):/ { print $2; exit }' "$f")
    [[ -n $ir ]] || continue
    total=$((total + ir))
    # the final file (no number) holds the last line and the teardown
    printf '%s\t%s\t%s\n' "$name" "${part:-end}" "$ir"
  done >"$dir/parts.tsv"
  printf '%s\t0\t%s\n' "$name" "$total" >>"$dir/parts.tsv"
  rm -f "$dir"/cg.*
}

CG_JOBS_FILE=$tmp/cg-jobs
: >"$CG_JOBS_FILE"
# CG_ONLY (an extended regular expression) keeps only the runs whose names match, to
# measure a few rows again (e.g. '^(floor|first)-gl'); the report leaves the others out.
cg_job() { # NAME BACKEND PROGRAM ARGS... (no spaces inside)
  [[ -z ${CG_ONLY:-} || $1 =~ $CG_ONLY ]] || return 0
  printf '%s\n' "$*" >>"$CG_JOBS_FILE"
}

run_cg_jobs() {
  local n
  n=$(wc -l <"$CG_JOBS_FILE")
  ((n > 0)) || return 0
  say "callgrind: $n runs, $CG_JOBS at a time (a whole visit takes minutes)"
  export -f cg_one backend_env
  export KIOSK FLOOR DISPLAY_NUM tmp CG_LIMIT_S
  # shellcheck disable=SC2016  # expanded by the inner bash
  xargs -P "$CG_JOBS" -L 1 bash -c 'echo "bench: callgrind $0" >&2; cg_one "$0" "$@"' <"$CG_JOBS_FILE" ||
    die "a callgrind run failed (see above)"
  cat "$tmp"/cg-*/parts.tsv >>"$IR"
}

ir() { # NAME [PART] -> instructions (empty when missing)
  awk -F'\t' -v n="$1" -v p="${2:-0}" '$1 == n && $2 == p { print $3; exit }' "$IR"
}
ir_parts() { # NAME -> "part ir" lines of the numbered parts, in order
  awk -F'\t' -v n="$1" '$1 == n && $2 ~ /^[0-9]+$/ && $2 > 0 { print $2, $3 }' "$IR" | sort -n
}

# ---- idle and memory -------------------------------------------------------------------

# The pids of a process and all its descendants, from every process's parent (ps): the
# kernel's /proc/PID/task/TID/children needs CONFIG_PROC_CHILDREN, which this machine's
# kernel lacks, and it lists only the children a thread forked; the lesson child was
# missed through it.
tree() { # PID
  ps -e -o pid=,ppid= 2>/dev/null | awk -v root="$1" '
    { parent[$1] = $2; pids[NR] = $1 }
    END {
      inside[root] = 1
      do { # until no new descendant turns up (a parent may be listed after its child)
        grew = 0
        for (i = 1; i <= NR; i++) {
          p = pids[i]
          if (!(p in inside) && (parent[p] in inside)) { inside[p] = 1; grew = 1 }
        }
      } while (grew)
      for (p in inside) print p
    }'
}
tree_cpu_ns() { # PID: run time of every thread of the tree (schedstat, ns)
  local sum=0 p t ns
  for p in $(tree "$1"); do
    for t in /proc/"$p"/task/*/schedstat; do
      read -r ns _ <"$t" 2>/dev/null && sum=$((sum + ns))
    done
  done
  echo "$sum"
}
xvfb_ms() { awk -v hz="$(getconf CLK_TCK)" '{ print ($14 + $15) * 1000 / hz }' "/proc/$XVFB_PID/stat" 2>/dev/null || echo 0; }

IDLE=$OUT/idle.tsv # backend, program, rep, window_ms, cpu_ms, xvfb_ms, first_frame_ms
: >"$IDLE"
# CPU of the process tree for IDLE_S seconds from the attract screen's first second: the
# kiosk (no script: the real loop) from 1 s after it says READY=1, once its first frame
# is on the screen (sd_notify, to a socket of tests/bench/ready_wait.c), `floor --idle`
# from 1 s after its start (it says nothing). On llvmpipe the kiosk's first frame comes
# about a second after its start, so a window from the start held its start-up.
idle_one() { # BACKEND PROGRAM REP
  backend_env "$1" "$2"
  local pid c0 c1 t0 t1 x0 x1 cmd start waiter first_ms=0 sock=$tmp/notify.sock
  if [[ $2 == floor ]]; then cmd=("$FLOOR" --idle $((IDLE_S + 3))); else cmd=("$KIOSK" run --data "$DATA_EN"); fi
  if [[ $2 == kiosk ]]; then
    rm -f "$sock"
    "$READY_WAIT" "$sock" "$RUN_LIMIT_S" >"$tmp/ready.log" 2>&1 &
    waiter=$!
    until [[ -S $sock ]]; do
      kill -0 "$waiter" 2>/dev/null || die "ready_wait: $(cat "$tmp/ready.log")"
      sleep 0.01
    done
    ENVV+=("NOTIFY_SOCKET=$sock")
  fi
  start=$EPOCHREALTIME
  env "${ENVV[@]}" "${cmd[@]}" >"$tmp/idle.log" 2>&1 &
  pid=$!
  if [[ $2 == kiosk ]]; then
    wait "$waiter" || die "the kiosk ($1) showed no first frame within $RUN_LIMIT_S s: $(tail -n 3 "$tmp/idle.log")"
    first_ms=$(awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%d", (b - a) * 1000 }')
  fi
  sleep 1
  c0=$(tree_cpu_ns "$pid") t0=$EPOCHREALTIME x0=$(xvfb_ms)
  sleep "$IDLE_S"
  c1=$(tree_cpu_ns "$pid") t1=$EPOCHREALTIME x1=$(xvfb_ms)
  kill -0 "$pid" 2>/dev/null || die "$2 stopped during its idle run ($1): $(tail -n 3 "$tmp/idle.log")"
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" || true
  awk -v OFS='\t' -v b="$1" -v p="$2" -v r="$3" -v t0="$t0" -v t1="$t1" -v c0="$c0" -v c1="$c1" \
    -v x0="$x0" -v x1="$x1" -v f="$first_ms" 'BEGIN { print b, p, r, (t1 - t0) * 1000, (c1 - c0) / 1e6, x1 - x0, f }' >>"$IDLE"
}

MEM=$OUT/memory.tsv # what, rep, peak PSS kB (tree), peak RSS kB (tree), processes, samples
: >"$MEM"
# Peak of the tree's summed PSS and RSS, sampled every 20 ms (smaps_rollup).
mem_one() { # WHAT REP BACKEND PROGRAM ARGS...
  local what=$1 rep=$2
  backend_env "$3" "$4"
  local pid cmd
  if [[ $4 == floor ]]; then cmd=("$FLOOR" "${@:5}"); else cmd=("$KIOSK" "${@:5}"); fi
  env "${ENVV[@]}" "${cmd[@]}" >"$tmp/mem.log" 2>&1 &
  pid=$!
  local peak_pss=0 peak_rss=0 procs=0 samples=0 pss rss n p
  while kill -0 "$pid" 2>/dev/null; do
    pss=0 rss=0 n=0
    for p in $(tree "$pid"); do
      read -r a b < <(awk '/^Rss:/ { r = $2 } /^Pss:/ { s = $2 } END { print s + 0, r + 0 }' \
        "/proc/$p/smaps_rollup" 2>/dev/null || echo "0 0")
      pss=$((pss + a)) rss=$((rss + b)) n=$((n + 1))
    done
    ((pss > peak_pss)) && peak_pss=$pss
    ((rss > peak_rss)) && peak_rss=$rss
    ((n > procs)) && procs=$n
    samples=$((samples + 1))
    sleep 0.02
  done
  wait "$pid" || die "$what: ${cmd[*]} failed: $(tail -n 3 "$tmp/mem.log")"
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$what" "$rep" "$peak_pss" "$peak_rss" "$procs" "$samples" >>"$MEM"
}

# ---- start-up timing --------------------------------------------------------------------

TIMES=$OUT/times.tsv # backend, program, round, wall_ms, cpu_ms, rss_kb
: >"$TIMES"
time_one() { # BACKEND PROGRAM ROUND
  backend_env "$1" "$2"
  local cmd
  case $2 in
  floor) cmd=("$FLOOR" --once) ;;
  kiosk) cmd=("$KIOSK" run --input "$tmp/empty.txt" --data "$DATA_EN") ;;
  null) cmd=(true) ;;
  esac
  local status=0 wall user sys rss
  # shellcheck disable=SC2016  # expanded by the inner bash
  timeout -k 5 "$RUN_LIMIT_S" bash -c 'TIMEFORMAT="%3R %3U %3S"
    { time /usr/bin/time -f "%M" -o "$1" env "${@:4}" >"$2" 2>&1; } 2>"$3"' \
    time_one "$tmp/gnutime" "$tmp/time.log" "$tmp/time" "${ENVV[@]}" "${cmd[@]}" || status=$?
  ((status == 0)) || die "$1 $2 start-up run failed ($status): $(tail -n 3 "$tmp/time.log")"
  read -r wall user sys <"$tmp/time"
  rss=$(tail -n 1 "$tmp/gnutime")
  awk -v OFS='\t' -v b="$1" -v p="$2" -v r="$3" -v w="$wall" -v u="$user" -v s="$sys" -v m="$rss" \
    'BEGIN { print b, p, r, w * 1000, (u + s) * 1000, m }' >>"$TIMES"
}

# ==== the runs ===========================================================================

BACKENDS=(offscreen)
[[ ${SKIP_X11:-0} == 1 ]] || BACKENDS+=(x11)
[[ ${SKIP_GL:-0} == 1 ]] || BACKENDS+=(gl)
SIZES=(800x480 1920x1080)
LANGS=(en th)
if [[ ${QUICK:-0} == 1 ]]; then
  SIZES=(800x480)
  LANGS=(en)
fi
lang_item() { [[ $1 == th ]] && echo 2 || echo 0; } # the language's button (en ms th ne)
data_of() { [[ $1 == th ]] && echo "$DATA_TH" || echo "$DATA_EN"; }

say "starting Xvfb"
start_xvfb
say "Xvfb :$DISPLAY_NUM (pid $XVFB_PID)"
make_data
BIG=()
if [[ ${SKIP_BIG:-0} != 1 ]]; then
  for n in $STATS_BIG; do BIG+=("$n:$(big_data "$n")"); done
fi
TAPS=$(lesson_taps 0)
say "the visit: 3 kiosk taps and $TAPS taps through $LESSON"
# (a last pause, so the last tap's count is not mixed with the exit's)
for lang in "${LANGS[@]}"; do { visit_script "$(lang_item "$lang")" "$TAPS"; echo "wait 1"; } >"$tmp/visit-$lang.txt"; done
# the first four taps, attract to the first answer: the English visit's first 12 lines
# (and a pause), with their transitions drawn as the kiosk draws them, and on the
# script's 100 ms clock
{ head -n 12 "$tmp/visit-en.txt"; echo "wait 1"; } >"$tmp/four.txt"
{ visit_script 0 1 "wait 0.2" | head -n 12; echo "wait 1"; } >"$tmp/four-clock.txt"

# -- callgrind jobs: first frames, stored runs, play, taps --
if [[ " ${BACKENDS[*]} " == *" gl "* ]]; then # llvmpipe under callgrind is slow: the first four taps, queued first
  cp "$tmp/four.txt" "$tmp/visit-gl.txt"
  cg_job "visit-gl-800x480-en" gl kiosk run --input "$tmp/visit-gl.txt" --data "$DATA_EN"
fi
for b in "${BACKENDS[@]}"; do
  cg_job "floor-$b" "$b" floor --once
  cg_job "first-$b-800x480-en" "$b" kiosk run --input "$tmp/empty.txt" --data "$DATA_EN"
done
# the work put off until the kiosk idles, and kiosk play, offscreen only (GL under
# callgrind takes many minutes a run)
cg_job "settle-offscreen-800x480-en" offscreen kiosk run --input "$tmp/settle.txt" --data "$DATA_EN"
cg_job "play-offscreen-800x480-en" offscreen kiosk-play play "$LESSON" --lang en
for size in "${SIZES[@]}"; do
  for lang in "${LANGS[@]}"; do
    [[ $size == 800x480 && $lang == en ]] && continue
    cg_job "first-offscreen-$size-$lang" offscreen kiosk run --size "$size" --input "$tmp/empty.txt" --data "$(data_of "$lang")"
  done
done
[[ " ${LANGS[*]} " == *" th "* ]] && cg_job "play-offscreen-800x480-th" offscreen kiosk-play play "$LESSON" --lang th
for nb in "${BIG[@]}"; do
  cg_job "first-offscreen-800x480-en-${nb%%:*}" offscreen kiosk run --input "$tmp/empty.txt" --data "${nb#*:}"
done
for size in "${SIZES[@]}"; do
  for lang in "${LANGS[@]}"; do
    cg_job "visit-offscreen-$size-$lang" offscreen kiosk run --size "$size" --input "$tmp/visit-$lang.txt" --data "$(data_of "$lang")"
  done
done
[[ " ${BACKENDS[*]} " == *" x11 "* ]] && cg_job "visit-x11-800x480-en" x11 kiosk run --input "$tmp/visit-en.txt" --data "$DATA_EN"
for ((rep = 1; rep <= FOUR_REPS; rep++)); do
  cg_job "four-$rep" offscreen kiosk run --input "$tmp/four.txt" --data "$DATA_EN"
  cg_job "fourclock-$rep" offscreen kiosk run --input "$tmp/four-clock.txt" --data "$DATA_EN"
done
run_cg_jobs

# -- idle --
if [[ ${SKIP_IDLE:-0} != 1 ]]; then
  for ((rep = 1; rep <= IDLE_REPS; rep++)); do
    for b in "${BACKENDS[@]}"; do
      for program in floor kiosk; do
        say "idle: $b $program, run $rep of $IDLE_REPS ($IDLE_S s from the first second)"
        idle_one "$b" "$program" "$rep"
      done
    done
  done
fi

# -- memory: a Thai lesson at 1920x1080 (with its child), and the floor --
if [[ ${SKIP_MEMORY:-0} != 1 ]]; then
  { visit_script 2 8; echo "pause 2"; } >"$tmp/mem-th.txt"
  for rep in 1 2; do
    say "memory: a Thai lesson at 1920x1080, run $rep of 2"
    mem_one "kiosk-th-1080-offscreen" "$rep" offscreen kiosk run --size 1920x1080 --input "$tmp/mem-th.txt" --data "$DATA_TH"
    [[ " ${BACKENDS[*]} " == *" x11 "* ]] &&
      mem_one "kiosk-th-1080-x11" "$rep" x11 kiosk run --size 1920x1080 --input "$tmp/mem-th.txt" --data "$DATA_TH"
    mem_one "floor-offscreen" "$rep" offscreen floor --idle 2
  done
fi

# -- start-up time, interleaved --
if [[ ${SKIP_TIMING:-0} != 1 ]]; then
  for b in "${BACKENDS[@]}"; do
    [[ $b == gl ]] && continue
    for ((round = 1 - WARMUP; round <= RUNS; round++)); do
      say "$b: start-up round $round of $RUNS$( ((round > 0)) || echo ' (warm-up)')"
      time_one "$b" null "$round"
      time_one "$b" floor "$round"
      time_one "$b" kiosk "$round"
    done
  done
fi

# ==== the report ==========================================================================

median_min_max() {
  sort -g | awk '{ v[NR] = $1 }
    END {
      if (NR == 0) { print "nan nan nan"; exit }
      m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
      print m, v[1], v[NR]
    }'
}
first() { echo "${1%% *}"; }
M() { awk -v v="$1" 'BEGIN { if (v == "") print "–"; else printf "%.1f", v / 1e6 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b == 0) print "nan"; else printf "%.2f", a / b }'; }
le() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a != "nan" && a != "" && a + 0 <= b + 0) }'; }

missed=()
verdict() { # VALUE LIMIT LABEL -> sets RESULT
  if le "$1" "$2"; then RESULT=met; else
    RESULT="**MISSED**"
    missed+=("$3")
  fi
}

# Tap costs of a visit run: "line ir text" per tap, its line (not a wait, not `still`)
# plus the line after it when that is its transition (`still`, or `wait 0.2` in the
# 100 ms-clock script); a tap's count is kept until that line's is added.
taps_of() { # NAME SCRIPT
  local name=$1 script=$2
  ir_parts "$name" | while read -r part ir; do
    ((part >= 2)) || continue
    echo "$((part - 1))"$'\t'"$ir"$'\t'"$(sed -n "$((part - 1))p" "$script")"
  done | awk -F'\t' '
    function out() { if (tap) print tap, cost, text; tap = 0 }
    $3 == "still" || $3 == "wait 0.2" { if (tap) { cost += $2; out() } next }
    $3 ~ /^wait/ || $3 == "" { out(); next }
    { out(); tap = $1; cost = $2; text = $3 }
    END { out() }'
}
# The first four taps' costs over the runs NAME-1..NAME-FOUR_REPS: "median min max" per
# tap, one line each.
four_of() { # NAME SCRIPT
  local rep k
  for ((rep = 1; rep <= FOUR_REPS; rep++)); do taps_of "$1-$rep" "$2" | awk '{ print NR, $2 }'; done >"$tmp/four-$1"
  for k in 1 2 3 4; do awk -v k="$k" '$1 == k { print $2 }' "$tmp/four-$1" | median_min_max; done
}

report=$tmp/report.md
{
  echo "# make bench: the kiosk against the floor"
  echo
  cpu=$(awk -F': *' '/^(model name|Model|Hardware)[[:space:]]*:/ { print $2; exit }' /proc/cpuinfo 2>/dev/null)
  echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC'); kiosk $("$KIOSK" version 2>/dev/null || echo '?'), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD 2>/dev/null || echo ' (with uncommitted changes)')"
  echo "- machine: $(uname -m), $(nproc) cores, ${cpu:-unknown CPU}; Linux $(uname -r); load average $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- packages: SDL2 $(pkg-config --modversion sdl2), SDL2_ttf $(pkg-config --modversion SDL2_ttf), FreeType $(pkg-config --modversion freetype2), Mesa $(dpkg-query -W -f '${Version}' libegl-mesa0 2>/dev/null || echo '?'), $(valgrind --version)"
  echo "- the floor: tests/bench/floor, $FLOOR_CHECKED; built with its own Makefile, run unmodified"
  echo "- backends: offscreen = SDL_VIDEODRIVER=offscreen; x11 = Xvfb :$DISPLAY_NUM; gl = X11 with SDL_RENDER_DRIVER=opengles2 through EGL on Mesa llvmpipe, shader cache off. The floor's software rows use SDL_RENDER_DRIVER=software SDL_FRAMEBUFFER_ACCELERATION=0."
  echo "- LC_ALL=C.UTF-8, no session bus. Instructions: callgrind, main process (the forked lesson child is not counted); they repeat to a few thousand."
  echo
  echo "## Goals (issue 16)"
  echo
  echo "| figure | measured | goal | result |"
  echo "|---|---|---|---|"
  for b in x11 offscreen gl; do
    [[ " ${BACKENDS[*]} " == *" $b "* ]] || continue
    f=$(ir "floor-$b") k=$(ir "first-$b-800x480-en")
    [[ -n $f && -n $k ]] || continue # not run (CG_ONLY)
    r=$(ratio "$k" "$f")
    goal=$GOAL_FIRST_OFF
    [[ $b == x11 ]] && goal=$GOAL_FIRST_X11
    if [[ $b == gl ]]; then
      echo "| instructions, \`kiosk run\` to the first frame, 800x480, $b (llvmpipe) | $(M "$k") M = ${r}× the floor ($(M "$f") M) | (none; shown) | – |"
      continue
    fi
    verdict "$r" "$goal" "first frame, $b: ${r}× the floor"
    echo "| instructions, \`kiosk run\` to the attract screen's first frame, 800x480, $b | $(M "$k") M = **${r}×** the floor ($(M "$f") M) | ≤ ${goal}× | $RESULT |"
  done
  e=$(ir "first-offscreen-800x480-en")
  for nb in "${BIG[@]}"; do
    n=${nb%%:*}
    s=$(ir "first-offscreen-800x480-en-$n")
    [[ -n $s && -n $e ]] || continue
    r=$(ratio "$s" "$e")
    verdict "$r" "$GOAL_STORED" "$n stored runs: ${r}× an empty folder"
    echo "| the same with $n lesson runs stored, offscreen | $(M "$s") M = **${r}×** an empty folder ($(M "$e") M) | ≤ ${GOAL_STORED}× | $RESULT |"
  done
  for size in "${SIZES[@]}"; do
    for lang in "${LANGS[@]}"; do
      name=visit-offscreen-$size-$lang
      [[ -n $(ir "$name") ]] || continue
      taps_of "$name" "$tmp/visit-$lang.txt" >"$tmp/taps-$name"
      read -r med lo hi <<<"$(awk '{ print $2 }' "$tmp/taps-$name" | median_min_max)"
      worst=$(sort -k2 -n "$tmp/taps-$name" | tail -n 1 | cut -d' ' -f3-)
      if [[ $size == 800x480 ]]; then goal=$GOAL_TAP_SMALL; else goal=$GOAL_TAP_BIG; fi
      verdict "$(awk -v v="$hi" 'BEGIN { print v / 1e6 }')" "$goal" "taps $size $lang: worst $(M "$hi") M ($worst)"
      echo "| instructions per tap with its transition, $size, $lang, offscreen ($(wc -l <"$tmp/taps-$name") taps) | median $(M "$med") M, worst **$(M "$hi") M** ($worst) | every tap ≤ $goal M | $RESULT |"
    done
  done
  if [[ -s $IDLE ]]; then
    for b in "${BACKENDS[@]}"; do
      k=$(awk -F'\t' -v b="$b" '$1 == b && $2 == "kiosk" { print $5 / $4 * 100 }' "$IDLE" | median_min_max)
      verdict "$(first "$k")" "$GOAL_IDLE_PCT" "idle $b: $(first "$k") %"
      read -r m lo hi <<<"$k"
      ff=$(awk -F'\t' -v b="$b" '$1 == b && $2 == "kiosk" { print $7 }' "$IDLE" | median_min_max)
      echo "| idle CPU of the attract screen from its first second (1 s after its first frame, $(first "$ff") ms after the start), $b ($IDLE_S s, median of $IDLE_REPS) | **$(printf '%.3f' "$m") %** of a core ($(printf '%.3f–%.3f' "$lo" "$hi")) | ≤ $GOAL_IDLE_PCT % | $RESULT |"
    done
  fi
  if [[ -s $MEM ]]; then
    p=$(awk -F'\t' '$1 == "kiosk-th-1080-offscreen" { print $3 }' "$MEM" | median_min_max)
    pm=$(awk -v v="$(first "$p")" 'BEGIN { printf "%.1f", v / 1024 }')
    verdict "$pm" "$GOAL_PSS_MIB" "peak PSS $pm MiB"
    echo "| peak memory of the process tree (PSS summed, lesson child included), a Thai lesson at 1920x1080, offscreen | **$pm MiB** | ≤ $GOAL_PSS_MIB MiB | $RESULT |"
  fi
  fours() { awk '{ printf "%s%.1f", (NR > 1 ? ", " : ""), $1 / 1e6 }' "$1"; }
  spread() { awk '{ d = ($3 - $2) / 1e6; if (d > m) m = d } END { printf "%.1f", m }' "$1"; }
  if [[ -n $(ir four-1) && -n $(ir fourclock-1) ]]; then
    four_of four "$tmp/four.txt" >"$tmp/four-med"
    four_of fourclock "$tmp/four-clock.txt" >"$tmp/fourclock-med"
    worst4=$(sort -g "$tmp/four-med" | tail -n 1 | cut -d' ' -f1)
    verdict "$(awk -v v="$worst4" 'BEGIN { print v / 1e6 }')" "$GOAL_TAP_SMALL" "first four taps with their transitions: worst $(M "$worst4") M"
    echo "| the first four taps, attract to the first answer, 800x480 offscreen: each tap with its transition's frames until the screen is still, drawn on the kiosk's own schedule (~60 a second), median of $FOUR_REPS runs | **$(fours "$tmp/four-med") M** (runs within $(spread "$tmp/four-med") M); on the script's 100 ms clock (2 frames a transition): $(fours "$tmp/fourclock-med") M | each ≤ $GOAL_TAP_SMALL M | $RESULT |"
  fi
  echo
  if ((${#missed[@]} == 0)); then echo "Every goal met."; else
    echo "MISSED ${#missed[@]}:"
    for m in "${missed[@]}"; do echo "- $m"; done
  fi

  echo
  echo "## Instructions to the first frame (whole process: start, first frame, clean exit)"
  echo
  echo "| run | backend | size | language | data | M instructions | × floor | settled (+ the put-off work), M |"
  echo "|---|---|---|---|---|---|---|---|"
  while IFS=$'\t' read -r name part value; do
    [[ $part == 0 && $name == first-* ]] || continue
    IFS=- read -r _ b size lang n <<<"$name"
    f=$(ir "floor-$b")
    s=""
    if [[ -z $n && $lang == en && $size == 800x480 && -n $(ir "settle-$b-800x480-en" 2) ]]; then
      s=$(M $(($(ir "settle-$b-800x480-en" 1) + $(ir "settle-$b-800x480-en" 2))))
    fi
    echo "| kiosk run | $b | $size | $lang | ${n:-empty} | $(M "$value") | $(ratio "$value" "$f") | ${s:-} |"
  done <"$IR"
  for b in "${BACKENDS[@]}"; do
    [[ -n $(ir "floor-$b") ]] || continue
    echo "| floor --once | $b | 800x480 | – | – | $(M "$(ir "floor-$b")") | 1.00 | |"
  done
  while IFS=$'\t' read -r name part value; do
    [[ $part == 0 && $name == play-* ]] || continue
    IFS=- read -r _ b size lang <<<"$name"
    echo "| kiosk play $LESSON | $b | $size | $lang | – | $(M "$value") | $(ratio "$value" "$(ir "floor-$b")") | |"
  done <"$IR"

  echo
  echo "## Every tap of a visit (M instructions, each with its transition's frames until the screen is still; a second's pause before each, its put-off work not counted)"
  echo
  for f in "$tmp"/taps-visit-*; do
    [[ -f $f ]] || continue
    name=${f##*/taps-}
    echo "- $name: $(awk '{ printf "%s%.1f", (NR > 1 ? ", " : ""), $2 / 1e6 }' "$f")"
  done
  for name in visit-x11-800x480-en visit-gl-800x480-en; do
    [[ -n $(ir "$name") ]] || continue
    script=$tmp/visit-en.txt
    [[ $name == visit-gl* ]] && script=$tmp/visit-gl.txt
    echo "- $name: $(taps_of "$name" "$script" | awk '{ printf "%s%.1f", (NR > 1 ? ", " : ""), $2 / 1e6 }')"
  done
  echo
  echo "The taps, in order: start (attract), the language, the first lesson in the menu, then"
  echo "one tap at a time through $LESSON as a learner giving the first answer ($TAPS taps: pages,"
  echo "five safe-or-scam messages, red flags, a choice, two chats, a tick-all question, the"
  echo "result) until the menu shows again."

  if [[ -s $IDLE ]]; then
    echo
    echo "## Idle ($IDLE_S s from the first second: the kiosk's from 1 s after its first frame (READY=1), the floor's from 1 s after its start; % of one core, median (min–max) of $IDLE_REPS)"
    echo
    echo "| backend | floor --idle | kiosk (attract screen) | Xvfb during the kiosk's run, ms |"
    echo "|---|---|---|---|"
    for b in "${BACKENDS[@]}"; do
      fl=$(awk -F'\t' -v b="$b" '$1 == b && $2 == "floor" { print $5 / $4 * 100 }' "$IDLE" | median_min_max)
      ki=$(awk -F'\t' -v b="$b" '$1 == b && $2 == "kiosk" { print $5 / $4 * 100 }' "$IDLE" | median_min_max)
      xv=$(awk -F'\t' -v b="$b" '$1 == b && $2 == "kiosk" { print $6 }' "$IDLE" | median_min_max)
      echo "| $b | $(awk '{ printf "%.3f (%.3f–%.3f)", $1, $2, $3 }' <<<"$fl") | $(awk '{ printf "%.3f (%.3f–%.3f)", $1, $2, $3 }' <<<"$ki") | $(if [[ $b == offscreen ]]; then echo –; else awk '{ printf "%.0f", $1 }' <<<"$xv"; fi) |"
    done
  fi

  if [[ -s $MEM ]]; then
    echo
    echo "## Memory (peak of the process tree, sampled every 20 ms; median of 2)"
    echo
    echo "| what | PSS, MiB | RSS summed, MiB | processes |"
    echo "|---|---|---|---|"
    for what in kiosk-th-1080-offscreen kiosk-th-1080-x11 floor-offscreen; do
      p=$(awk -F'\t' -v w="$what" '$1 == w { print $3 }' "$MEM" | median_min_max)
      [[ $(first "$p") == nan ]] && continue
      r=$(awk -F'\t' -v w="$what" '$1 == w { print $4 }' "$MEM" | median_min_max)
      n=$(awk -F'\t' -v w="$what" '$1 == w { print $5 }' "$MEM" | sort -n | tail -n 1)
      echo "| $what | $(awk -v v="$(first "$p")" 'BEGIN { printf "%.1f", v / 1024 }') | $(awk -v v="$(first "$r")" 'BEGIN { printf "%.1f", v / 1024 }') | $n |"
    done
  fi

  if [[ -s $TIMES ]]; then
    echo
    echo "## Start-up time (start to first frame and exit; $RUNS rounds, median (min–max); net of the harness)"
    echo
    echo "| backend | floor wall ms | kiosk wall ms | ratio | floor CPU ms | kiosk CPU ms | ratio | peak RSS floor / kiosk, MiB |"
    echo "|---|---|---|---|---|---|---|---|"
    for b in "${BACKENDS[@]}"; do
      [[ $b == gl ]] && continue
      nw=$(first "$(awk -F'\t' -v b="$b" '$1 == b && $2 == "null" && $3 > 0 { print $4 }' "$TIMES" | median_min_max)")
      nc=$(first "$(awk -F'\t' -v b="$b" '$1 == b && $2 == "null" && $3 > 0 { print $5 }' "$TIMES" | median_min_max)")
      row="| $b"
      for col in 4 5; do
        off=$nw
        ((col == 5)) && off=$nc
        fl=$(awk -F'\t' -v b="$b" -v c="$col" -v o="$off" '$1 == b && $2 == "floor" && $3 > 0 { print $c - o }' "$TIMES" | median_min_max)
        ki=$(awk -F'\t' -v b="$b" -v c="$col" -v o="$off" '$1 == b && $2 == "kiosk" && $3 > 0 { print $c - o }' "$TIMES" | median_min_max)
        ra=$(awk -F'\t' -v b="$b" -v c="$col" -v o="$off" '$1 == b && $3 > 0 && $2 == "floor" { f[$3] = $c - o }
          $1 == b && $3 > 0 && $2 == "kiosk" { k[$3] = $c - o }
          END { for (r in f) if ((r in k) && f[r] > 0) print k[r] / f[r] }' "$TIMES" | median_min_max)
        row+=" | $(awk '{ printf "%.0f (%.0f–%.0f)", $1, $2, $3 }' <<<"$fl") | $(awk '{ printf "%.0f (%.0f–%.0f)", $1, $2, $3 }' <<<"$ki") | $(printf '%.2f' "$(first "$ra")")"
      done
      fr=$(first "$(awk -F'\t' -v b="$b" '$1 == b && $2 == "floor" && $3 > 0 { print $6 }' "$TIMES" | median_min_max)")
      kr=$(first "$(awk -F'\t' -v b="$b" '$1 == b && $2 == "kiosk" && $3 > 0 { print $6 }' "$TIMES" | median_min_max)")
      echo "$row | $(awk -v f="$fr" -v k="$kr" 'BEGIN { printf "%.1f / %.1f", f / 1024, k / 1024 }') |"
    done
    echo
    echo "Wall and CPU include the kiosk's forked lesson runner; RSS is the largest single process (GNU time)."
  fi

  echo
  echo "## On a Pi: the instruction counts at an assumed rate"
  echo
  echo "Assumptions: a Pi 4 (Cortex-A72, 1.5 GHz) retires about 1 G instructions a second, a"
  echo "Zero 2 W (Cortex-A53, 1 GHz) about 0.45 G; the offscreen software counts model KMSDRM"
  echo "without the GPU driver's own work; reading files from an SD card and the display's"
  echo "vsync come on top. Arm code differs from x86-64 in instruction count by some tens of per cent."
  echo
  echo "| what | M instructions (offscreen) | Pi 4, ms | Zero 2 W, ms |"
  echo "|---|---|---|---|"
  pi() { awk -v v="$2" -v l="$1" 'BEGIN { if (v == "") exit; printf "| %s | %.1f | %.0f | %.0f |\n", l, v / 1e6, v / 1e6, v / 1e6 / 0.45 }'; }
  pi "kiosk run to the attract screen, 800x480, English" "$(ir first-offscreen-800x480-en)"
  for nb in "${BIG[@]}"; do pi "the same with ${nb%%:*} runs stored" "$(ir "first-offscreen-800x480-en-${nb%%:*}")"; done
  if [[ -n $(ir settle-offscreen-800x480-en 2) ]]; then
    s=$(($(ir settle-offscreen-800x480-en 1) + $(ir settle-offscreen-800x480-en 2)))
    pi "... and the work put off until it idles (titles, Thai dictionary)" "$s"
  fi
  for f in "$tmp"/taps-visit-offscreen-*; do
    [[ -f $f ]] || continue
    name=${f##*/taps-visit-offscreen-}
    read -r med lo hi <<<"$(awk '{ print $2 }' "$f" | median_min_max)"
    pi "a tap, $name, median" "$med"
    pi "a tap, $name, worst" "$hi"
  done
  echo
  echo "Raw figures: $IR (callgrind), $IDLE, $MEM, $TIMES. Took $((SECONDS / 60)) min $((SECONDS % 60)) s."
} >"$report"

cp "$report" "$OUT/results.md"
cat "$report"
if ((${#missed[@]} > 0)); then
  echo >&2
  echo "bench: MISSED ${#missed[@]} goal(s); see above (a report, not a gate: exit 0)" >&2
fi
exit 0

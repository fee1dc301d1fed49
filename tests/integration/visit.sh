#!/usr/bin/env bash
# Progress and reward, transitions and Reduce motion (issue 15), as a learner meets them:
# the menu's "N of 19 done" and badges, a badge earned on the result, the visit's summary
# after "I'm finished" and after the idle reset (tests/kiosk/visit.txt); screens and
# chat messages that rise in within 200 ms and then stop drawing, and none of that under
# Reduce motion, set in kiosk.lua or in the staff's Settings (tests/kiosk/motion*.txt).
set -u
kiosk=$(realpath "${KIOSK:-build/kiosk}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0
last= # the data folder of the last run
run() { # NAME SIZE SCRIPT [KIOSK.LUA]
  local data
  data=$(mktemp -d -p "$work")
  last=$data
  [ -z "${4:-}" ] || printf '%s\n' "$4" >"$data/kiosk.lua"
  if "$kiosk" run --headless --size "$2" --data "$data" --input "$3" 2>"$work/log"; then
    echo "ok   $1 at $2"
  else
    echo "FAIL $1 at $2"; sed 's/^/    /' "$work/log"
    fail=1
  fi
}
run "progress, badges and the visit's summary" 800x480 tests/kiosk/visit.txt
# the statistics count the take-home cards shown (5 in that visit: three results, Get
# help's card, ...) and nothing else about them; the count survives export and merge
counted=$last
if "$kiosk" stats summary --data "$counted" 2>&1 | grep -qx 'Take-home cards shown: 5' &&
   "$kiosk" stats export "$work/usb" --data "$counted" >/dev/null 2>&1 &&
   "$kiosk" stats merge "$work"/usb/kiosk-export/*/* -o "$work/central.db" >/dev/null 2>&1 &&
   "$kiosk" stats merge "$work"/usb/kiosk-export/*/* -o "$work/central.db" >/dev/null 2>&1 &&
   "$kiosk" stats summary "$work/central.db" 2>&1 | grep -qx 'Take-home cards shown: 5'; then
  echo "ok   5 take-home cards counted, exported and merged (twice) as 5"
else
  echo "FAIL the take-home cards shown are not counted as 5 through export and merge"
  "$kiosk" stats summary --data "$counted" 2>&1 | sed 's/^/    /' | head -n 8
  fail=1
fi
run "progress, badges and the visit's summary" 1920x1080 tests/kiosk/visit.txt
sed 's/MOTION/yes/' tests/kiosk/motion.txt >"$work/moving.txt"
sed 's/MOTION/no/' tests/kiosk/motion.txt >"$work/still.txt"
run "screens and chat messages rise in, then stop drawing" 800x480 "$work/moving.txt"
run "Reduce motion in kiosk.lua: no transition frame" 800x480 "$work/still.txt" 'return { reduce_motion = true }'
run "Reduce motion from the staff's Settings" 800x480 tests/kiosk/motion_setting.txt
# a screen coming in, frame by frame: at the tap only the top bar, 50 ms later the top
# of the content revealed (each differs from the screen before, from the other and
# from the screen as it stands); under Reduce motion every frame is the screen as it
# stands
frames() { # DIR [KIOSK.LUA]
  local data
  data=$(mktemp -d -p "$work")
  [ -z "${2:-}" ] || printf '%s\n' "$2" >"$data/kiosk.lua"
  "$kiosk" run --headless --size 800x480 --data "$data" --input tests/kiosk/transition_frames.txt \
    --screenshots "$1" 2>"$work/log" || { sed 's/^/    /' "$work/log"; return 1; }
}
same() { cmp -s "$1.png" "$2.png"; }
if frames "$work/moving" && frames "$work/reduced" 'return { reduce_motion = true }'; then
  bad=""
  before=attract
  for s in language menu lesson; do
    m=$work/moving/$s r=$work/reduced/$s
    same "$m-0" "$m" && bad+=" $s: the frame at the tap is the screen as it stands;"
    same "$m-50" "$m" && bad+=" $s: the frame at 50 ms is the screen as it stands;"
    same "$m-0" "$m-50" && bad+=" $s: nothing changed from the tap to 50 ms;"
    same "$m-50" "$work/moving/$before" && bad+=" $s: the frame at 50 ms is the screen before;"
    { same "$r-0" "$r" && same "$r-50" "$r"; } || bad+=" $s: a transition frame under Reduce motion;"
    same "$r" "$m" || bad+=" $s: the screen as it stands differs under Reduce motion;"
    before=$s
  done
  if [ -z "$bad" ]; then echo "ok   a screen comes in over frames that differ; none under Reduce motion"; else
    echo "FAIL transition frames:$bad"
    fail=1
  fi
else
  echo "FAIL transition frames: the script failed"
  fail=1
fi
# the scripts can fail: with Reduce motion on, the moving script must not pass
data=$(mktemp -d -p "$work")
printf 'return { reduce_motion = true }\n' >"$data/kiosk.lua"
if "$kiosk" run --headless --data "$data" --input "$work/moving.txt" 2>/dev/null; then
  echo "FAIL the transitions script passes under Reduce motion: it tests nothing"
  fail=1
else
  echo "ok   under Reduce motion the transitions script fails (nothing moves)"
fi
exit $fail

#!/usr/bin/env bash
# A headless kiosk script (kiosk run --headless --input FILE, the driver of every kiosk
# test and of make bench) that asks for what cannot be done stops at that line: exit
# status 1 and one line "script FILE:LINE: what (the kiosk is on 'STATE')", so a broken
# test says where and why instead of walking on through the wrong screens. Each case
# is a short script whose last line is the mistake, after a comment line and the
# steps that reach the screen it needs; the line number must be that last line's.
# shellcheck disable=SC2317 # the checks are functions called through expect
set -u
# shellcheck source=tests/lib/checks.sh
. "$(dirname "$0")/../lib/checks.sh"
export SDL_VIDEODRIVER=offscreen SDL_AUDIODRIVER=dummy
menu=$'press start\npress item 0\nexpect menu'
lesson=$menu$'\npress item 0\nexpect lesson'

# stops STATE WORDS LINES: the script "# case", LINES stops at its last line, saying WORDS,
# with the kiosk on STATE
stops() {
  local state=$1 words=$2 lines=$3 status=0
  rm -rf "$work/data"
  printf '# case\n%s\n' "$lines" >"$work/s.txt"
  local last
  last=$(wc -l <"$work/s.txt")
  "$kiosk" run --headless --data "$work/data" --input "$work/s.txt" >"$work/out.txt" 2>"$work/err.txt" ||
    status=$?
  local want="script $work/s.txt:$last: $words (the kiosk is on '$state')"
  if [ "$status" -ne 1 ] || ! grep -qF -- "$want" "$work/err.txt"; then
    echo "     status $status; wanted: $want"
    sed 's/^/     /' "$work/err.txt" | head -n 3
    return 1
  fi
}
case_() { # STATE WORDS LINES
  expect "'${3##*$'\n'}' on $1 stops: $2" stops "$@"
}

case_ attract "unknown command 'frobnicate'" "frobnicate"
case_ attract "unknown control 'nosuch'" "press nosuch"
case_ attract "press needs a name" "press"
case_ attract "tap needs X and Y" "tap 10"
case_ attract "hold needs X and Y" "hold"
case_ attract "unknown key 'nokey'" "key nokey"
case_ attract "key needs a name" "key"
case_ attract "expected 'menu'" "expect menu"
case_ attract "shot needs a name" "shot"
case_ attract "taps needs COUNT MS NAME" "taps 2"
case_ attract "taps: 1 to 10 taps, 30 to 2000 ms apart" "taps 20 5 start"
case_ attract "lesson: not on the lesson menu" "lesson l01_message_real"
case_ attract "no lesson screen to answer" "answer"
case_ attract "unknown control ''" "finger-down"
case_ attract "finger-up: no finger is down" "finger-up"
case_ attract "finger-down: a finger is already down" $'finger-down start\nfinger-down start'
case_ attract "expect-view: no lesson screen" "expect-view ask"
case_ attract "expect-found: no lesson screen" "expect-found 1"
case_ attract "expected something to be read aloud" "expect-speaking yes"
case_ attract "no block of text holding 'no such words here' to tap" "tap-text no such words here"
case_ language "no 'digit' on this screen" $'press start\npress digit 7'
case_ menu "lesson: no lesson 'l99_not_there' in the menu" "$menu"$'\nlesson l99_not_there'
case_ menu "unknown screen kind 'poster'" "$menu"$'\nanswer-until poster'
case_ lesson "expected 3 screens on, found 1" "$lesson"$'\nexpect-advanced 3'
case_ lesson "no red flag 9 on this screen" "$lesson"$'\npress-flag 9'

# a script that is not there: one line naming it
missing_script() {
  local status=0
  "$kiosk" run --headless --data "$work/data" --input "$work/none.txt" 2>"$work/err.txt" || status=$?
  [ "$status" -eq 1 ] && head -n 1 "$work/err.txt" | grep -q "none.txt: No such file"
}
expect "a script that is not there is named" missing_script
exit $fail

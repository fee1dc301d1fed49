#!/usr/bin/env bash
# Files that are not files: a FIFO (or socket) where a pack, lesson, translation or
# export file should be is refused at once with one line naming it, never waited on.
# Before, `kiosk pack build` on a pack whose pack.lua was a FIFO hung for ever.
# shellcheck disable=SC2317 # the checks are functions called through expect
set -u
shopt -s nullglob
# shellcheck source=tests/lib/checks.sh
. "$(dirname "$0")/../lib/checks.sh"

# refused CMD...: CMD ends within 20 s with status 1 and a line saying it is not a regular file
refused() {
  local rc=0
  timeout 20 "$@" >"$work/out" 2>"$work/err" || rc=$?
  if [ "$rc" -eq 124 ]; then echo "     hung (killed after 20 s)"; return 1; fi
  [ "$rc" -eq 1 ] || { echo "     exit $rc: $(head -n 2 "$work/err")"; return 1; }
  grep -q "FIFO\|not a regular file" "$work/err" || { echo "     stderr: $(head -n 2 "$work/err")"; return 1; }
}

fifo_pack() { # NAME FILE: a copy of the example pack with FILE replaced by a FIFO
  cp -R tests/lessons/example "$work/$1"
  rm "$work/$1/$2"
  mkfifo "$work/$1/$2"
}

fifo_pack p1 pack.lua
expect "pack build: pack.lua a FIFO" refused "$kiosk" pack build "$work/p1"
expect "pack check: pack.lua a FIFO" refused "$kiosk" pack check "$work/p1"
expect "pack sign: pack.lua a FIFO" refused "$kiosk" pack sign "$work/p1" -s "$work/no.key"
fifo_pack p2 lessons/l99_example.lua
expect "play: the lesson a FIFO" refused "$kiosk" play "$work/p2/lessons/l99_example.lua" --headless --auto first
fifo_pack p3 strings/en.lua
expect "play: the translations a FIFO" refused "$kiosk" play "$work/p3/lessons/l99_example.lua" --headless --auto first

# an export folder with a FIFO for a file SHA512SUMS lists
lesson=$PWD/lessons/core/lessons/l01_message_real.lua
(cd "$work" && "$kiosk" play "$lesson" --headless --auto first --data "$work/data" >/dev/null)
"$kiosk" stats export "$work/usb" --data "$work/data" >/dev/null
exports=("$work"/usb/kiosk-export/*/*)
rm "${exports[0]}/runs.csv"
mkfifo "${exports[0]}/runs.csv"
expect "stats merge: runs.csv a FIFO" refused "$kiosk" stats merge "${exports[0]}" -o "$work/central.db"
exit $fail

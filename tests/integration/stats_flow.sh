#!/usr/bin/env bash
# Statistics from learner to programme office, end to end: two kiosks (headless, driven
# by scripted touches) each have visitors who finish lessons; staff open Statistics,
# look at the charts and export to a USB folder; on a laptop the two exports are
# merged, merged again (nothing changes), summarised and turned into report.html; the
# numbers must be the lessons actually played. Screenshots go to $SHOTS when set.
# shellcheck disable=SC2317 # the checks are functions called through expect
set -u
shopt -s nullglob
# shellcheck source=tests/lib/checks.sh
. "$(dirname "$0")/../lib/checks.sh"
# no /run/kiosk handshake here: the USB folder is an ordinary writable folder
export KIOSK_USB_CONTROL=$work/no-usb-helper

# visit LESSONS: a script for one visitor who finishes lessons 0..LESSONS-1 of the menu
visit() {
  echo "expect attract"
  echo "press start"
  echo "press item 0"
  echo "expect menu"
  for ((i = 0; i < $1; i++)); do
    echo "press item $i"
    echo "expect lesson"
    echo "answer-until result"
    echo "answer"
    echo "expect menu"
  done
  echo "wait 200" # walks away: idle reset
  echo "expect attract"
}
staff() { # KIOSK_NAME
  cat <<SCRIPT
expect attract
hold 10 10 3.2
expect new-pin
type 602718
press button 0
type 602718
press button 0
expect staff
press item 0
expect stats
shot $1-50-stats-lessons
press tab 1
shot $1-51-stats-weeks
press tab 2
shot $1-52-stats-scores
press tab 3
wait 1
shot $1-53-stats-missed
press tab 4
shot $1-54-stats-languages
press button 2
expect export
shot $1-55-export-choice
press button 0
expect staff
shot $1-56-exported
press button 0
expect attract
SCRIPT
}

# kiosk A: two visitors, 2 + 1 lessons finished; kiosk B: one visitor, 1 lesson
run_kiosk() { # NAME LESSONS...
  local name=$1
  shift
  local data=$work/$name usb=$work/usb-$name
  mkdir -p "$data" "$usb"
  for n in "$@"; do visit "$n"; done >"$work/$name-visits.txt"
  staff "$name" >"$work/$name-staff.txt"
  "$kiosk" run --headless --size "${SIZE:-800x480}" --data "$data" --lessons lessons --usb "$usb" \
    --input "$work/$name-visits.txt" 2>>"$work/$name.err" &&
    "$kiosk" run --headless --size "${SIZE:-800x480}" --data "$data" --lessons lessons --usb "$usb" \
      --input "$work/$name-staff.txt" --screenshots "$shots" 2>>"$work/$name.err"
}
expect "kiosk A: visitors played, staff looked at the charts and exported" run_kiosk a 2 1
expect "kiosk B: a visitor played, staff exported" run_kiosk b 1
[ "$fail" = 0 ] || tail -n 5 "$work"/a.err "$work"/b.err
grep -h "exported" "$work"/a.err "$work"/b.err

exports=("$work"/usb-a/kiosk-export/*/* "$work"/usb-b/kiosk-export/*/*)
expect "two export folders, one per kiosk" test "${#exports[@]}" -eq 2
expect "the exports carry SHA512SUMS that sha512sum accepts" \
  bash -c "cd '${exports[0]}' && sha512sum --quiet -c SHA512SUMS && cd '${exports[1]}' && sha512sum --quiet -c SHA512SUMS"

# ---- the programme office's laptop -----------------------------------------------------
central=$work/central.db
expect "merge of both exports" "$kiosk" stats merge "${exports[@]}" -o "$central"
"$kiosk" stats summary "$central" >"$work/summary1.txt"
expect "merging the same exports again changes nothing" "$kiosk" stats merge "${exports[@]}" -o "$central"
"$kiosk" stats summary "$central" >"$work/summary2.txt"
expect "the summary is the same after the second merge" cmp -s "$work/summary1.txt" "$work/summary2.txt"
cat "$work/summary1.txt"
runs_line() { grep -A3 "== Kiosk $1" "$work/summary1.txt" | grep -q "Lesson runs: $2 *Completed: $2"; }
kid() { sed -n 's/^ *kiosk_id = "\(.*\)",*$/\1/p' "$work/$1/kiosk.lua" | head -n 1; }
expect "2 kiosks in the central database" grep -q "^2 kiosks" "$work/summary1.txt"
expect "kiosk A: 3 lesson runs, all completed" runs_line "$(kid a)" 3
expect "kiosk B: 1 lesson run, completed" runs_line "$(kid b)" 1
expect "report.html is written" "$kiosk" stats report "$central" -o "$work/report.html"
expect "report.html names both kiosks" bash -c "grep -q '$(kid a)' '$work/report.html' && grep -q '$(kid b)' '$work/report.html'"
expect "report.html needs no network (no http(s) resources)" \
  bash -c "! grep -Eq '(src|href)=\"https?:' '$work/report.html'"
[ -n "${SHOTS:-}" ] && cp "$work/report.html" "$shots/report.html"
# privacy: the staff PIN's hash never leaves the kiosk
expect "the exports hold no staff PIN hash" bash -c "! grep -rqa argon2id '$work/usb-a' '$work/usb-b'"
exit $fail

#!/usr/bin/env bash
# A data card the kernel remounted read-only (as SD cards do after I/O errors): the
# kiosk still starts and teaches, its staff menu says the card is read-only, the staff
# export to USB works, and `kiosk stats export`, `stats summary` and `stats report` read
# the records without writing a byte to the card. Runs in a private mount namespace
# (unshare; as root, or in a user namespace) with a tmpfs as the card. Screenshots go
# to $SHOTS when set.
# shellcheck disable=SC2317 # the checks are functions called through expect
set -u
shopt -s nullglob
if [ -z "${KIOSK_IN_NAMESPACE:-}" ]; then
  flags=(--mount --propagation private)
  [ "$(id -u)" = 0 ] || flags+=(--map-root-user)
  exec env KIOSK_IN_NAMESPACE=1 unshare "${flags[@]}" bash "$0" "$@"
fi
# shellcheck source=tests/lib/checks.sh
. "$(dirname "$0")/../lib/checks.sh"
export KIOSK_USB_CONTROL=$work/no-usb-helper
card=$work/card usb=$work/usb
mkdir -p "$card" "$usb" "$shots"
mount -t tmpfs -o size=8m tmpfs "$card" || { echo "FAIL cannot mount a tmpfs card"; exit 1; }

visit() { # a visitor finishes the first lesson, walks away
  cat <<'SCRIPT'
press start
press item 0
expect menu
press item 0
expect lesson
answer-until result
answer
expect menu
wait 200
expect attract
SCRIPT
}

# On the writable card: staff choose a PIN, a visitor finishes a lesson.
{
  printf '%s\n' "expect attract" "hold 10 10 3.2" "expect new-pin" "type 602718" "press button 0" \
    "type 602718" "press button 0" "expect staff" "press button 0" "expect attract"
  visit
} >"$work/first.txt"
expect "a visit on the writable card" "$kiosk" run --headless --size 800x480 --data "$card" --input "$work/first.txt"
expect "the card is read-only now" mount -o remount,ro "$card"
expect "... and cannot be written" bash -c "! touch '$card/probe' 2>/dev/null"
find "$card" -printf '%p %s %T@\n' | sort >"$work/card-before.txt"

# On the read-only card: the kiosk starts, a visitor plays, staff look and export.
{
  echo "expect attract"
  visit
  cat <<'SCRIPT'
hold 10 10 3.2
expect pin
type 602718
press button 0
expect staff
shot readonly-staff
press item 0
expect stats
shot readonly-stats
press button 2
expect export
shot readonly-export-choice
press button 0
expect staff
shot readonly-exported
press button 0
expect attract
SCRIPT
} >"$work/second.txt"
expect "the kiosk runs on the read-only card" \
  "$kiosk" run --headless --size 800x480 --data "$card" --usb "$usb" --input "$work/second.txt" \
  --screenshots "$shots" 2>"$work/kiosk.err"
expect "its log says the card is read-only" grep -q "statistics: the card is read-only: nothing is saved" "$work/kiosk.err"
expect "... and each record it could not save" grep -q "statistics not saved: the card is read-only (a visit;" "$work/kiosk.err"
exports=("$usb"/kiosk-export/*/*)
expect "the staff export to USB was written" test "${#exports[@]}" -eq 1
expect "... with the visit recorded before" grep -q "completed" "${exports[0]}/runs.csv"
expect "... and its checksums hold" bash -c "cd '${exports[0]}' && sha512sum --quiet -c SHA512SUMS"
expect "the staff menu was shot" test -f "$shots/readonly-staff.png"

# The staff tools on a laptop, reading the card as it is.
expect "kiosk stats export reads the card" "$kiosk" stats export "$work/usb2" --data "$card"
cli=("$work"/usb2/kiosk-export/*/*)
expect "... one completed run in runs.csv" test "$(grep -c ",completed," "${cli[0]}/runs.csv")" -eq 1
expect "kiosk stats summary reads the card" bash -c "'$kiosk' stats summary --data '$card' >'$work/summary.txt'"
expect "... and counts the run" grep -q "Lesson runs: 1 *Completed: 1" "$work/summary.txt"
expect "kiosk stats report reads the card" "$kiosk" stats report --data "$card" -o "$work/report.html"
find "$card" -printf '%p %s %T@\n' | sort >"$work/card-after.txt"
expect "nothing on the card changed" cmp -s "$work/card-before.txt" "$work/card-after.txt"
umount "$card"
exit $fail

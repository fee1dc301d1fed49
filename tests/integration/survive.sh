#!/usr/bin/env bash
# The kiosk in the field, headless: after repeated failed starts it starts in safe mode
# (bundled lessons, default settings, staff PIN kept, the reason on the staff screen)
# and leaves the staff's settings file alone; without its data partition it still
# teaches and writes nothing under the empty mount point; the record of bad exits goes
# into the statistics export. The same paths run on the board (tests/system/).
set -u
# shellcheck source=tests/lib/checks.sh
source tests/lib/checks.sh

boot=$(cat /proc/sys/kernel/random/boot_id)
data=$work/data
mkdir -p "$data"

# a kiosk that has been used: a staff PIN, settings changed
"$kiosk" run --headless --data "$data" --input tests/kiosk/staff.txt >"$work/first.log" 2>&1
expect "a first run sets the PIN and the settings" grep -q argon2id "$data/kiosk.lua"
expect "a clean run leaves a start record with nothing failed" grep -qx 'failed 0' "$data/health"
cp "$data/kiosk.lua" "$work/kiosk.lua.before"

# two failed starts in this boot, the third under way when it crashed (as systemd's
# ExecStopPost records it): the next start is the fourth
sed -i -e "s/^boot .*/boot $boot/" -e 's/^failed .*/failed 2/' -e 's/^starting .*/starting 1/' "$data/health"
SERVICE_RESULT=core-dump EXIT_CODE=dumped EXIT_STATUS=SEGV "$kiosk" health --data "$data" --record-exit
expect "kiosk health --record-exit records a crash" grep -q ' core-dump dumped SEGV$' "$data/health"
SERVICE_RESULT=success "$kiosk" health --data "$data" --record-exit
expect "a clean stop is not recorded" test "$(grep -c '^exit ' "$data/health")" -eq 1

cat >"$work/safe.txt" <<'EOF'
expect attract
shot 30-safe-attract
key ctrl-alt-s
expect pin
type 602718
press button 0
expect staff
shot 31-safe-staff
press button 0
expect attract
press start
expect language
press item 0
expect menu
EOF
mkdir -p "$shots"
"$kiosk" run --headless --data "$data" --input "$work/safe.txt" --screenshots "$shots" >"$work/safe.log" 2>&1
status=$?
expect "safe mode: the kiosk starts, staff get in with their PIN, the menu shows" test "$status" -eq 0
expect "safe mode is logged with its reason" grep -q 'safe mode .*3 failed starts in a row; the last: core-dump (dumped SEGV)' "$work/safe.log"
expect "safe mode is in the start record" grep -qx "safe $boot" "$data/health"
expect "safe mode does not overwrite the staff's settings" cmp -s "$data/kiosk.lua" "$work/kiosk.lua.before"
"$kiosk" health --data "$data" >"$work/health.txt"
expect "kiosk health shows safe mode and the crash" grep -q 'Safe mode: 3 failed starts' "$work/health.txt"
expect "... and the crash" grep -q 'core-dump (dumped SEGV)' "$work/health.txt"

# the record of bad exits goes with the statistics
mkdir -p "$work/usb"
"$kiosk" stats export "$work/usb" --data "$data" >/dev/null
health_txt=$(find "$work/usb" -name HEALTH.txt | head -n 1)
expect "the export holds HEALTH.txt" test -n "$health_txt"
expect "... with the crash in it" grep -q 'dumped SEGV' "${health_txt:-/dev/null}"
expect "... listed in SHA512SUMS" grep -q ' HEALTH.txt$' "$(dirname "${health_txt:-/x}")/SHA512SUMS"

# the data partition is listed in fstab but not mounted: the kiosk teaches from a
# throw-away folder and writes nothing under the mount point
empty=$work/empty-mountpoint
mkdir -p "$empty"
printf 'LABEL=kiosk-data %s ext4 defaults,noatime,nofail 0 2\n' "$empty" >"$work/fstab"
sed 's/LANG_ITEM/0/' tests/kiosk/walk.txt >"$work/walk.txt"
KIOSK_FSTAB=$work/fstab "$kiosk" run --headless --data "$empty" --input "$work/walk.txt" >"$work/nodata.log" 2>&1
status=$?
expect "without its data partition the kiosk still teaches (a whole visit)" test "$status" -eq 0
expect "... and says why nothing is kept" grep -q 'data partition for .* is not mounted' "$work/nodata.log"
expect "... and writes nothing under the empty mount point" test -z "$(ls -A "$empty")"
# staff find out why: without the data partition there is no PIN (kiosk.lua is on it),
# so the first staff member sets one, and the staff menu then says the partition is
# missing (not "The new PIN is saved": it went to the throw-away folder too)
cat >"$work/nodata-staff.txt" <<'EOF'
expect attract
key ctrl-alt-s
expect new-pin
type 739164
key enter
type 739164
key enter
expect staff
expect-text The data partition is missing
shot 32-nodata-staff
EOF
KIOSK_FSTAB=$work/fstab "$kiosk" run --headless --data "$empty" --input "$work/nodata-staff.txt" \
  --screenshots "$shots" >"$work/nodata-staff.log" 2>&1
status=$?
expect "without its data partition the staff menu says so, after the first PIN" test "$status" -eq 0
expect "... and still writes nothing under the empty mount point" test -z "$(ls -A "$empty")"
KIOSK_FSTAB=$work/fstab "$kiosk" health --data "$empty" 2>"$work/nodata-health.log"
expect "kiosk health refuses a missing data partition with a reason" grep -q 'not mounted' "$work/nodata-health.log"
exit $fail

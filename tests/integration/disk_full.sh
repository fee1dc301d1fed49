#!/usr/bin/env bash
# A visit on a nearly full data folder (a 2 MB tmpfs with less than 48 KB left, the case
# where runs used to vanish without a word): the learner finishes two lessons without
# an interruption; each run is either on the card, completed, or every record of it that
# could not be written is in the log with its reason; the staff screen says how many
# records were lost; and once space is freed the next visit is recorded.
# Needs a private mount namespace (root, or unshare -rm); without one it uses a file-size
# limit (RLIMIT_FSIZE) instead of a real full disk, and says so.
set -u
source tests/lib/checks.sh

if [ -z "${KIOSK_DISK_FULL_NS:-}" ] && command -v unshare >/dev/null; then
  if [ "$(id -u)" = 0 ] && KIOSK_DISK_FULL_NS=1 unshare -m true 2>/dev/null; then
    KIOSK_DISK_FULL_NS=1 exec unshare -m --propagation private bash "$0" "$@"
  elif KIOSK_DISK_FULL_NS=1 unshare -rm true 2>/dev/null; then
    KIOSK_DISK_FULL_NS=1 exec unshare -rm --propagation private bash "$0" "$@"
  fi
fi

data=$work/data
mkdir -p "$data"
tmpfs=0
if [ -n "${KIOSK_DISK_FULL_NS:-}" ] && mount -t tmpfs -o size=2m tmpfs "$data" 2>/dev/null; then
  tmpfs=1
else
  echo "note no tmpfs here: a file-size limit stands in for the full disk"
fi

# first start on an empty card: settings, the staff PIN, an empty database
"$kiosk" run --headless --data "$data" --input tests/kiosk/staff.txt >"$work/setup.log" 2>&1 ||
  bad "first start (see below)"

cat >"$work/visit.txt" <<'EOF'
expect attract
press start
press item 0
expect menu
press item 0
expect lesson
finish
expect menu
press item 1
expect lesson
finish
expect menu
key ctrl-alt-s
expect pin
type 602718
press button 0
expect staff
shot staff-lost
press item 0
expect stats
shot stats-lost
EOF

if [ "$tmpfs" = 1 ]; then # leave less than 48 KB free
  dd if=/dev/zero of="$data/filler" bs=4k count=10000 status=none 2>/dev/null
  rm -f "$data/filler"
  free_kb=$(df -k --output=avail "$data" | tail -n 1)
  dd if=/dev/zero of="$data/filler" bs=1k count=$((free_kb - 40)) status=none 2>/dev/null
  expect "the data folder has less than 48 KB free ($(df -k --output=avail "$data" | tail -n 1) KB)" \
    test "$(df -k --output=avail "$data" | tail -n 1)" -lt 48
  "$kiosk" run --headless --data "$data" --input "$work/visit.txt" --screenshots "$work/shots" \
    >"$work/visit.log" 2>&1
  status=$?
else
  wal_kb=$(( ($(stat -c %s "$data/stats.db-wal" 2>/dev/null || echo 4096) + 1023) / 1024 ))
  (trap '' XFSZ; ulimit -f "$wal_kb"; exec "$kiosk" run --headless --data "$data" \
    --input "$work/visit.txt" --screenshots "$work/shots") >"$work/visit.log" 2>&1
  status=$?
fi
expect "the learner finished both lessons and staff got in (exit $status)" test "$status" = 0
rm -f "$data/filler"

completed=$(sqlite3 -batch "$data/stats.db" "SELECT count(*) FROM runs WHERE outcome = 'completed'")
lost_runs=$(grep -c '(a lesson run; ' "$work/visit.log")
lost_ends=$(grep -c '(the end of a lesson run; ' "$work/visit.log")
lost_all=$(grep -c 'records lost since start)' "$work/visit.log")
echo "note $completed runs completed on the card; $lost_runs run starts, $lost_ends run ends, $lost_all records in all logged as lost"
expect "each of the two runs is on the card completed or logged as lost" test $((completed + lost_runs + lost_ends)) -ge 2
if [ "$lost_all" -gt 0 ]; then
  expect "every lost record names its reason" \
    bash -c "! grep 'records lost since start)' '$work/visit.log' | grep -qv -e 'statistics not saved: the disk is full' -e 'statistics not saved: its .* could not be recorded' -e 'statistics not saved: disk error'"
  expect "the log counts the lost records ($lost_all)" grep -q "; $lost_all records lost since start)" "$work/visit.log"
  expect "the staff screens were shot" test -s "$work/shots/stats-lost.png"
fi
expect "the database is intact" test "$(sqlite3 -batch "$data/stats.db" 'PRAGMA integrity_check')" = ok

# space again: the next visit is recorded
printf '%s\n' 'expect attract' 'press start' 'press item 0' 'expect menu' 'press item 0' \
  'expect lesson' 'finish' 'expect menu' >"$work/again.txt"
"$kiosk" run --headless --data "$data" --input "$work/again.txt" >"$work/again.log" 2>&1 ||
  bad "a visit after space was freed (see below)"
after=$(sqlite3 -batch "$data/stats.db" "SELECT count(*) FROM runs WHERE outcome = 'completed'")
expect "recording resumed once space was freed" test "$after" -gt "$completed"
expect "nothing logged as lost once space was freed" bash -c "! grep -q 'records lost since start' '$work/again.log'"
[ -n "${SHOTS:-}" ] && mkdir -p "$SHOTS" && cp "$work"/shots/*.png "$SHOTS"/ 2>/dev/null
[ -n "${KIOSK_LOG_COPY:-}" ] && cp "$work/visit.log" "$KIOSK_LOG_COPY"
if [ "$fail" != 0 ]; then
  for f in setup visit again; do echo "--- $f.log"; tail -n 20 "$work/$f.log"; done
fi
[ "$tmpfs" = 1 ] && umount "$data"
exit $fail

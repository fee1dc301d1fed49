#!/usr/bin/env bash
# `kiosk stats` on the command line: a merge of 300 exports takes every one (the last
# holds a run no other has), numbers are numbers (`--suppress abc` is a usage error, not
# 0), options a command does not take are refused, and an export names the kiosk its
# records carry, whatever kiosk.lua says.
# shellcheck disable=SC2317 # the checks are functions called through expect
set -u
shopt -s nullglob
# shellcheck source=tests/lib/checks.sh
. "$(dirname "$0")/../lib/checks.sh"
lesson=$PWD/lessons/core/lessons/l01_message_real.lua

# status CODE CMD...: CMD exits with CODE; its stderr is kept in $work/err
status() {
  local want=$1 rc=0
  shift
  "$@" >"$work/out" 2>"$work/err" || rc=$?
  [ "$rc" -eq "$want" ] || { echo "     exit $rc, expected $want: $(head -n 2 "$work/err")"; return 1; }
}
said() { grep -qF -- "$1" "$work/err" || { echo "     stderr: $(head -n 2 "$work/err")"; return 1; }; }
played() { (cd "$work" && "$kiosk" play "$lesson" --headless --auto first --data "$work/data" >/dev/null); }

# two exports: the first with one run, the second with that run and one more
expect "a lesson played with --data records a run" played
expect "export 1" "$kiosk" stats export "$work/usb1" --data "$work/data"
expect "a second lesson played" played
expect "export 2" "$kiosk" stats export "$work/usb2" --data "$work/data"
first=("$work"/usb1/kiosk-export/*/*)
second=("$work"/usb2/kiosk-export/*/*)
mkdir -p "$work/many"
for i in $(seq -w 1 299); do cp -R "${first[0]}" "$work/many/e$i"; done
cp -R "${second[0]}" "$work/many/e300"
all=("$work"/many/e*)
expect "300 export folders to merge" test "${#all[@]}" -eq 300
expect "stats merge takes all 300 exports" status 0 "$kiosk" stats merge "${all[@]}" -o "$work/central.db"
expect "it says so" grep -qF "merged 300 of 300 exports" "$work/out"
"$kiosk" stats summary "$work/central.db" >"$work/summary.txt"
expect "the 300th export's run is in the central database (2 runs)" grep -q "Lesson runs: 2 " "$work/summary.txt"

# names staff can read: --lessons plays the lessons the records name and shows their
# titles and question words in --lang (the ids stay in the report as tooltips)
title_th=$(sed -n '/^  l01_message_real = {/,/^  },/s/^    title = "\(.*\)",$/\1/p' lessons/core/strings/th.lua)
expect "the Thai title of l01 is in the pack's strings" test -n "$title_th"
expect "stats summary --lessons --lang th" status 0 "$kiosk" stats summary "$work/central.db" --lessons lessons/core --lang th
expect "... names l01 by its Thai title" grep -qF "$title_th" "$work/out"
expect "... and no lesson by its id" bash -c "! grep -q 'core/l01_message_real' '$work/out'"
expect "stats report --lessons" status 0 "$kiosk" stats report "$work/central.db" -o "$work/named.html" --lessons lessons
expect "... names the parcel card by its message, its id as the tooltip" \
  grep -qF '<span title="inbox.parcel_fee">PosExpress: ' "$work/named.html"
expect "--lessons on a folder without packs is a usage error" status 2 "$kiosk" stats report "$work/central.db" -o "$work/x.html" --lessons "$work/many"
expect "... saying so" said "no lesson pack here"

# numbers and options
expect "--suppress abc is a usage error (exit 2)" status 2 "$kiosk" stats export "$work/usb3" --data "$work/data" --suppress abc
expect "... naming the option and the value" said '--suppress takes a whole number from 0 to 1000, not "abc"'
expect "--suppress -3 is a usage error" status 2 "$kiosk" stats export "$work/usb3" --data "$work/data" --suppress -3
expect "nothing was exported by the refused commands" test ! -e "$work/usb3"
expect "stats merge refuses --suppress (it does not take it)" status 2 "$kiosk" stats merge "${all[0]}" -o "$work/c2.db" --suppress 5
expect "... as an unknown option, naming those it takes" said "kiosk stats merge: unknown option --suppress; it takes -o"
expect "--size 800x48 is a usage error" status 2 "$kiosk" play "$lesson" --headless --auto first --size 800x48
expect "an unknown stats command is a usage error" status 2 "$kiosk" stats frobnicate
expect "a pack command refuses an option it does not take" status 2 "$kiosk" pack build lessons/core --data "$work/data"

# the export names the kiosk the records carry: a settings file that cannot be read
# changes nothing (it used to give a random kiosk id and rename the database's)
mkdir -p "$work/broken"
cp "$work/data/stats.db" "$work/broken/"
mkdir "$work/broken/kiosk.lua"
kid=$(sed -n 's/^ *kiosk_id = "\(.*\)",*$/\1/p' "$work/data/kiosk.lua" | head -n 1)
expect "stats export with an unreadable kiosk.lua exports" status 0 "$kiosk" stats export "$work/usb4" --data "$work/broken"
expect "... under the database's kiosk id" test -d "$work/usb4/kiosk-export/$kid"
expect "a data folder without a database is an error (exit 1)" status 1 "$kiosk" stats export "$work/usb5" --data "$work/usb4"
expect "... saying so" said "stats.db: no statistics database here"
# totals to share outside the programme: no record of any visit, small counts hidden
agg=$work/share/totals
expect "stats aggregate writes totals" status 0 "$kiosk" stats aggregate --data "$work/data" -o "$agg"
expect "... lessons, questions, weeks, languages, a summary and their sums" \
  bash -c "cd '$agg' && ls | tr '\n' ' ' | grep -qx 'SHA512SUMS SUMMARY.txt languages.csv lessons.csv questions.csv weeks.csv ' && sha512sum --quiet -c SHA512SUMS"
visits=$(cut -d, -f2 "${second[0]}/runs.csv" | tail -n +2 | sort -u)
no_visit_ids() { for v in $visits; do ! grep -rq "$v" "$agg" || return 1; done; }
expect "... with no visit id in any file" no_visit_ids
expect "... every count of these 2 visits shown as <5" \
  bash -c "tr -d '\r' <'$agg/lessons.csv' | grep -q '^all,core,l01_message_real,<5,<5,0,\$' && grep -q 'Lesson runs: <5' '$agg/SUMMARY.txt'"
expect "... and shown with --suppress 1" bash -c "'$kiosk' stats aggregate --data '$work/data' -o '$work/share/k1' --suppress 1 >/dev/null && grep -q '^all,core,l01_message_real,2,2,0,' '$work/share/k1/lessons.csv'"
expect "an aggregate never overwrites a folder" status 1 "$kiosk" stats aggregate --data "$work/data" -o "$agg"
expect "stats aggregate --suppress abc is a usage error" status 2 "$kiosk" stats aggregate --data "$work/data" -o "$work/x" --suppress abc
exit $fail

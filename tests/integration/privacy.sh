#!/usr/bin/env bash
# Privacy by construction, end to end: a learner types practice passphrases in the
# "Lock your accounts" lesson — once on the on-screen keyboard, once on a real keyboard —
# and finishes it; staff export the statistics to a USB folder. Then the data folder,
# the export and everything the kiosk wrote to stderr (its log) are searched for the
# typed words: none may be there. The level the kiosk gave (weak, fair, strong) is
# recorded, as it should be. Then the same visit with every screen read aloud into a
# WAV, twice, with other letters typed (the same shape: same taps, same level): the two
# WAVs are the same to the byte, so no typed letter is ever heard, while the same
# letters spoken are seconds of sound; nor is any in the WAV's timeline or the log.
# Screenshots go to $SHOTS when set.
# shellcheck disable=SC2317 # the checks are functions called through expect
set -u
# shellcheck source=tests/lib/checks.sh
. "$(dirname "$0")/../lib/checks.sh"
export KIOSK_USB_CONTROL=$work/no-usb-helper
data=$work/data usb=$work/usb
mkdir -p "$data" "$usb"

# the words typed: unusual enough that finding one anywhere means it leaked
tapped="Quokka zeppelin 42 marzipan thimble wombat!"
typed="xylophone"
cat >"$work/learner.txt" <<SCRIPT
expect attract
press start
press item 0
expect menu
lesson l03_lock_accounts
expect lesson
answer-until password
tap-type $tapped
shot 60-password-typed
press check
shot 61-password-strong
answer
expect lesson
SCRIPT
# then the learner starts the lesson again (the menu is still on its page) and types on a
# real keyboard, a single word: weak, then a page of advice and another try
cat >>"$work/learner.txt" <<SCRIPT
press back
expect leave
press button 1
expect menu
lesson l03_lock_accounts
expect lesson
answer-until password
type $typed
key enter
shot 62-password-weak
finish
expect menu
wait 200
expect attract
SCRIPT
cat >"$work/staff.txt" <<SCRIPT
expect attract
hold 10 10 3.2
expect new-pin
type 507319
press button 0
type 507319
press button 0
expect staff
press item 0
expect stats
press button 2
expect export
press button 0
expect staff
SCRIPT
k() { "$kiosk" "$@" 2>>"$work/kiosk.log"; } # the kiosk, its stderr (its log) kept
expect "a learner typed passphrases and finished the lesson" \
  k run --headless --size "${SIZE:-800x480}" --data "$data" --lessons lessons --usb "$usb" \
  --input "$work/learner.txt" --screenshots "$shots"
expect "staff exported the statistics" \
  k run --headless --size "${SIZE:-800x480}" --data "$data" --lessons lessons --usb "$usb" \
  --input "$work/staff.txt"
k stats summary --data "$data" >"$work/summary.txt"
exports=("$usb"/kiosk-export/*/*)
expect "one export on the stick" test -f "${exports[0]}/answers.csv"

# the levels are recorded: strong for the on-screen keyboard, weak for the real one
answers() { sqlite3 -batch "$data/stats.db" "SELECT group_concat(chosen) FROM answers WHERE question_id = '$1'"; }
expect "the tapped passphrase was recorded as 'strong', nothing more" test "$(answers try_phrase)" = "strong,weak"
expect "the export lists the levels" grep -q "try_phrase" "${exports[0]}/answers.csv"

# and the words themselves are nowhere: data folder (database, WAL, settings), export, log
for word in Quokka quokka zeppelin marzipan thimble wombat xylophone; do
  expect "no trace of '$word' in the data folder, the export or the log" \
    bash -c "! grep -rqai -- '$word' '$data' '$usb' '$work/kiosk.log' '$work/summary.txt'"
done

# read aloud: the switch on the language screen, then the same learner; the second
# passphrase is the first with each letter moved 13 along the alphabet (rot13)
rot13() { tr 'A-Za-z' 'N-ZA-Mn-za-m' <<<"$1"; }
aloud() { # $1: the passphrase tapped, $2: the word typed, $3: the WAV
  sed -e 's/^press item 0$/press read-aloud\nwait-read\npress item 0/' \
    -e "s/^tap-type .*/tap-type $1/" -e "s/^type .*/type $2/" "$work/learner.txt" >"$work/aloud.txt"
  k run --headless --size "${SIZE:-800x480}" --data "$work/data-aloud" --lessons lessons \
    --input "$work/aloud.txt" --audio-out "$3"
}
expect "with read-aloud on, a learner typed passphrases and finished the lesson" \
  aloud "$tapped" "$typed" "$work/aloud-1.wav"
expect "...and again with other letters typed" \
  aloud "$(rot13 "$tapped")" "$(rot13 "$typed")" "$work/aloud-2.wav"
expect "the password screen was read aloud (its question and the meter's level)" \
  grep -q " read screen [0-9]* password$" "$work/aloud-1.wav.timeline"
expect "the two visits sound the same to the byte: nothing typed was heard" \
  cmp -s "$work/aloud-1.wav" "$work/aloud-2.wav"
# what the letters would sound like if they were spoken: seconds of sound, so a WAV
# that held them would differ
espeak-ng -v en --stdout "$tapped" >"$work/letters.wav" 2>/dev/null
letters=$(($(wc -c <"$work/letters.wav") / 44100)) # 22050 Hz, 16-bit mono
expect "the typed letters spoken are seconds of sound ($letters s)" [ "$letters" -ge 2 ]
expect "both visits typed and were rated as the first (strong, then weak)" \
  test "$(sqlite3 -batch "$work/data-aloud/stats.db" "SELECT group_concat(chosen) FROM answers WHERE question_id = 'try_phrase'")" = "strong,weak,strong,weak"
for word in Quokka quokka zeppelin marzipan thimble wombat xylophone; do
  expect "read aloud: no trace of '$word' in the timeline, the data folder or the log" \
    bash -c "! grep -rqai -- '$word' '$work'/aloud-*.timeline '$work/data-aloud' '$work/kiosk.log'"
done
[ "$fail" = 0 ] || tail -n 20 "$work/kiosk.log"
exit $fail

#!/usr/bin/env bash
# The kiosk reading aloud, end to end, headless, in English, Malay, Thai and Nepali, at
# 800x480, everything it would have played written as one WAV (kiosk run --audio-out):
# the speaker button reads the first lesson screen with every word lit in order on the
# screen (the script's read-along), the word lit and the speaker shown speaking
# (screenshots), speech stops the moment the screen changes (silence from 100 ms after
# Get help is tapped), and the language screen's "read aloud to me" switch has every
# screen read as it shows, one voice at a time. Screenshots go to $SHOTS when set.
# shellcheck disable=SC2317 # the checks are functions called through expect
set -u
# shellcheck source=tests/lib/checks.sh
. "$(dirname "$0")/../lib/checks.sh"

# RMS (of 32767) of a mono 16-bit WAV from second $2, $3 seconds long
rms() { sox "$1" -n trim "$2" "$3" stat 2>&1 | awk '/RMS +amplitude/ { printf "%d", $3 * 32767 }'; }
above() { [ "$1" -gt "$2" ]; }
below() { [ "$1" -lt "$2" ]; }
# every voice starts after the one before it stopped or ended: never two at once
one_voice() {
  awk '/ voice start$/ { if (open) bad = 1; open = 1 } / voice (stop|end)$/ { open = 0 }
       END { exit bad }' "$1"
}
# the time (ms) of the first line of the timeline that is exactly "MS $2"
at() { awk -v w="$2" '{ t = $1; $1 = ""; if (substr($0, 2) == w) { print t; exit } }' "$1"; }

langs=(en ms th ne)
for i in "${!langs[@]}"; do
  lang=${langs[$i]}
  wav=$work/voice-$lang.wav
  cat >"$work/$lang.txt" <<SCRIPT
expect attract
press start
expect language
press item $i
expect menu
lesson l01_message_real
expect lesson
expect-speaking no
press speaker
read-along
expect-speaking no
expect-highlight none
press speaker
wait 1.2
expect-speaking yes
shot 30-read-along-$lang
press help
expect help
expect-speaking no
expect-highlight none
wait 2
press button 0
expect lesson
press back
expect leave
press button 1
expect menu
press back
expect language
press read-aloud
wait-read
shot 31-read-aloud-switch-$lang
press item $i
expect menu
expect-speaking yes
wait-read
lesson l01_message_real
expect lesson
expect-speaking yes
wait 1
answer
expect-speaking yes
wait-read
SCRIPT
  expect "$lang: the kiosk read aloud as the script asked" \
    "$kiosk" run --headless --size 800x480 --data "$work/data-$lang" --input "$work/$lang.txt" \
    --screenshots "$shots" --audio-out "$wav" 2>"$work/$lang.log"
  grep -q "read-along: [0-9]* words lit in order" "$work/$lang.log" ||
    bad "$lang: the script saw no read-along"
  tl=$wav.timeline
  help=$(at "$tl" "screen help")
  expect "$lang: the speaker stopped at the tap on Get help" [ "$(at "$tl" "voice stop")" = "$help" ]
  before=$(rms "$wav" "$(awk -v t="$help" 'BEGIN { print (t - 1000) / 1000 }')" 1)
  after=$(rms "$wav" "$(awk -v t="$help" 'BEGIN { print (t + 100) / 1000 }')" 1.9)
  expect "$lang: speech before Get help (RMS $before)" above "$before" 300
  expect "$lang: silence from 100 ms after it (RMS $after)" below "$after" 20
  expect "$lang: the switch had the menu read as it showed" grep -q " read menu$" "$tl"
  expect "$lang: ...and the lesson's screens, one after another" \
    bash -c "grep -q ' read screen 1 page$' '$tl' && grep -q ' read screen 2 ' '$tl'"
  expect "$lang: never two voices at once" one_voice "$tl"
  expect "$lang: no voice problem logged" bash -c "! grep -qi 'problem\|espeak' '$tl' '$work/$lang.log'"
  for shot in 30-read-along-$lang 31-read-aloud-switch-$lang; do
    expect "$lang: screenshot $shot" test -s "$shots/$shot.png"
  done
done
[ "$fail" = 0 ] || tail -n 5 "$work"/*.log
exit "$fail"

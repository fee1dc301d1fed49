#!/usr/bin/env bash
# Read aloud, end to end: the first core lesson played by the "first" driver with every
# screen and feedback read aloud into a WAV, in English, Malay, Thai, Nepali and Indonesian — at
# least 30 s of speech each (silences cut out by sox), its timeline in order; and
# `kiosk pack check` on a pack with recordings: a good one counted, a bad one and one
# named after no text reported, every text read once.
# shellcheck disable=SC2317 # the checks are functions called through expect
set -u
# shellcheck source=tests/lib/checks.sh
. "$(dirname "$0")/../lib/checks.sh"

# seconds of sound in a WAV once every pause of 0.1 s or more is cut out
speech_seconds() {
  sox "$1" "$work/voiced.wav" silence 1 0.05 1% -1 0.1 1% 2>/dev/null &&
    soxi -D "$work/voiced.wav"
}
at_least() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a + 0 >= b + 0) }'; }
timeline_in_order() { # times never go back, each screen starts a voice
  awk 'NR > 1 && $1 < last { bad = 1 } { last = $1 } END { exit bad }' "$1" &&
    grep -q '^0 screen 1 page$' "$1" && grep -q ' voice end$' "$1"
}

for lang in en ms th ne id; do
  wav=$work/l01-$lang.wav
  if "$kiosk" play lessons/core/l01_message_real --headless --auto first --lang "$lang" \
    --read-aloud --audio-out "$wav" >"$work/play-$lang.log" 2>&1; then
    ok "$lang: the lesson played, read aloud"
  else
    bad "$lang: the lesson played, read aloud"
    cat "$work/play-$lang.log"
  fi
  s=$(speech_seconds "$wav" || echo 0)
  expect "$lang: at least 30 s of speech in the WAV (${s} s)" at_least "$s" 30
  expect "$lang: the timeline runs forward, screen by screen" timeline_in_order "$wav.timeline"
  expect "$lang: no espeak-ng error" bash -c "! grep -qi 'espeak' '$work/play-$lang.log'"
done
expect "--audio-out needs a driver" bash -c "! '$kiosk' play lessons/core/l01_message_real --audio-out '$work/x.wav' 2>/dev/null"

# pack check: recordings and the voice
pack=$work/talk
cp -R tests/lessons/scripts "$pack"
mkdir -p "$pack/audio/en" "$pack/audio/th"
section=sample key=intro # strings/en.lua: sample = { intro = "Scammers send texts..." }
"$kiosk" play "$pack/lessons/sample.lua" --headless --auto first --lang en --read-aloud \
  --audio-out "$work/sample.wav" >/dev/null 2>&1
sox "$work/sample.wav" -r 22050 -c 1 "$pack/audio/en/$section.$key.ogg" trim 0 2
head -c 3000 "$pack/audio/en/$section.$key.ogg" >"$pack/audio/th/$section.$key.ogg" # cut short
cp "$pack/audio/en/$section.$key.ogg" "$pack/audio/en/$section.no_such_text.ogg"
"$kiosk" pack check "$pack" >"$work/check.out" 2>"$work/check.err"
status=$?
expect "pack check fails on bad recordings" [ "$status" = 1 ]
expect "pack check: a recording cut short" grep -q "audio/th/$section.$key.ogg: the file is cut short" "$work/check.err"
expect "pack check: a recording of no text" grep -q "audio/en/$section.no_such_text.ogg: strings/en.lua has no text" "$work/check.err"
expect "pack check: recorded texts counted per language" grep -q '^recorded voices: en: 1 of ' "$work/check.out"
expect "pack check: the Thai texts have none" grep -q '^recorded voices: th: 0 of ' "$work/check.out"
rm "$pack/audio/th/$section.$key.ogg" "$pack/audio/en/$section.no_such_text.ogg"
expect "pack check passes with a good recording" "$kiosk" pack check "$pack"

exit "$fail"

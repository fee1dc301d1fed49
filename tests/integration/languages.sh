#!/usr/bin/env bash
# The seven languages on the kiosk, headless at 800x480: the picker offers them all
# (each name in its own script, none too big for its button: the script's fit check);
# Indonesian, Burmese and Bengali each open the first lesson and the speaker reads it
# (Burmese in short clauses: espeak-ng 1.51 aborts on its long ones, speech/prepare.c);
# with espeak-ng's data lacking the Bengali
# voice, Bengali loses its speaker too (the log says why) while Indonesian keeps its.
# Get help from the picker, before a language is chosen, opens in the language the
# learner last touched or moved the keyboard's focus to (else the kiosk's default), and
# its row switches it, help-line names too, in one tap. Screenshots go to $SHOTS.
# shellcheck disable=SC2317 # the checks are functions called through expect
set -u
# shellcheck source=tests/lib/checks.sh
. "$(dirname "$0")/../lib/checks.sh"
size=${SIZE:-800x480}

data=$work/data
"$kiosk" run --headless --size "$size" --data "$data" --input /dev/null >/dev/null 2>&1
sed -i 's/languages = { "en", "ms", "th", "ne" }/languages = { "en", "ms", "th", "ne", "id", "my", "bn" }/' \
  "$data/kiosk.lua"
expect "kiosk.lua lists seven languages" grep -q '"id", "my", "bn"' "$data/kiosk.lua"

visit() { # ITEM NAME [SPEAKER]: choose the language, open the first lesson, tap the speaker
  cat <<SCRIPT
expect attract
press start
expect language
shot languages
press item $1
expect menu
shot menu-$2
lesson l01_message_real
expect lesson
shot lesson-$2
SCRIPT
  [ "${3:-yes}" = yes ] && printf 'press speaker\nexpect-speaking yes\n'
}
for pair in 4:id 5:my 6:bn; do
  item=${pair%%:*} lang=${pair#*:}
  visit "$item" "$lang" >"$work/$lang.txt"
  if "$kiosk" run --headless --size "$size" --data "$data" --input "$work/$lang.txt" \
    --audio-out "$work/$lang.wav" --screenshots "$shots/$lang" >"$work/$lang.log" 2>&1; then
    ok "$lang: chosen, its first lesson opened, the speaker reads it"
  else
    bad "$lang: chosen, its first lesson opened, the speaker reads it"
    cat "$work/$lang.log"
  fi
done
expect "my: no word of the log says reading aloud is off" bash -c "! grep -q 'reading aloud in .my. is off' '$work/my.log'"
expect "my: the lesson's reading is heard (a WAV of more than a second)" \
  test "$(stat -c %s "$work/my.wav")" -gt 44100

# espeak-ng's data without Bengali: the same folder, bn_dict left out
espeak=$(dirname "$(find /usr/lib /usr/share -name en_dict -path '*espeak-ng-data*' 2>/dev/null | head -n 1)")
mkdir -p "$work/espeak/espeak-ng-data"
for f in "$espeak"/*; do
  [ "$(basename "$f")" = bn_dict ] || ln -s "$f" "$work/espeak/espeak-ng-data/"
done
visit 6 bn >"$work/nobn.txt"
ESPEAK_DATA_PATH=$work/espeak "$kiosk" run --headless --size "$size" --data "$data" \
  --input "$work/nobn.txt" --audio-out "$work/nobn.wav" >"$work/nobn.log" 2>&1
expect "no Bengali voice: no speaker in Bengali" grep -q "no 'speaker' on this screen" "$work/nobn.log"
expect "no Bengali voice: the log says why" \
  grep -q "reading aloud in 'bn' is off: espeak-ng has no voice for it (Debian package espeak-ng-data)" "$work/nobn.log"
visit 4 id >"$work/id-still.txt"
expect "no Bengali voice: Indonesian still reads" env ESPEAK_DATA_PATH="$work/espeak" "$kiosk" run \
  --headless --size "$size" --data "$data" --input "$work/id-still.txt" --audio-out "$work/id2.wav"

# Get help from the picker: nothing chosen yet
cat >"$work/picker-help.txt" <<'SCRIPT'
expect attract
press start
expect language
press help
expect help
expect-fits
expect-text Get help
expect-text MAPO human trafficking hotline
shot picker-help-default
press button 0
expect language
key tab
key tab
key tab
press help
expect help
expect-fits
expect-text ขอความช่วยเหลือ
expect-text สายด่วนแจ้งการค้ามนุษย์ MAPO
expect-no-text MAPO human trafficking hotline
shot picker-help-th-focus
press language 3
expect help
expect-fits
expect-text सहयोग लिनुहोस्
expect-text MAPO मानव बेचबिखन हटलाइन
shot picker-help-ne
press button 0
expect language
expect-text आफ्नो भाषा छान्नुहोस्
slide item 5 item 6
expect language
press help
expect help
expect-text အကူအညီ ရယူပါ
expect-text MAPO လူကုန်ကူးမှု ဟော့လိုင်း
shot picker-help-my-touched
press button 0
press item 2
expect menu
press help
expect help
expect-no-text Bahasa Melayu
SCRIPT
expect "Get help from the picker: in the language touched or focused, switched in one tap (help-line names too)" \
  "$kiosk" run --headless --size "$size" --data "$data" --input "$work/picker-help.txt" --screenshots "$shots/picker-help"

exit "$fail"

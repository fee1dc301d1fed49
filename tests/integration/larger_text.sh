#!/usr/bin/env bash
# Larger text on every kiosk screen, in every language, at 800x480, 1024x600 and
# 1920x1080: the attract screen, the language picker and its Get help (with the row of
# languages), each page of the lesson menu (with
# the text-size button off and on), Get help, "Leave this lesson?", "Are you still
# there?", every lesson's result, and the staff screens (the first-PIN pad and its notes,
# the staff menu, settings and a setting's choices, the languages setting, each
# statistics chart, lesson packs). On each, `expect-fits` fails on text that does not
# fit (a wrapped bar label, a word cut, a long text) and on anything a person reads or
# taps that lies under something else or off the screen (engine/ui/overlap.c): Larger
# text once pushed Get help's last line under Close. One kiosk run per size walks all
# seven languages (the visit resets to the attract screen between them), so this costs
# seconds. A portrait screen (480x800) is walked too, as far as a learner goes: the
# language picker, every page of the lesson menu with the text-size button off and on,
# and Get help (a wrapped heading and a bottom row of four buttons once stopped the
# Burmese menu there). SHOTS=DIR keeps a screenshot of each screen.
set -u
kiosk=$(realpath "${KIOSK:-build/kiosk}")
langs=(en ms th ne id my bn)
fail=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# no /run/kiosk handshake: the USB folder is an ordinary writable folder
export KIOSK_USB_CONTROL=$work/no-usb-helper

walk() { # walk SIZE: the script for every language in turn
  local i lang
  for i in "${!langs[@]}"; do
    lang=${langs[$i]}
    cat <<SCRIPT
# ---- $lang
expect attract
expect-fits
shot $lang-01-attract
press start
expect language
expect-fits
shot $lang-02-language
press help
expect help
press language $i
expect-fits
shot $lang-02-picker-help
press button 0
expect language
press item $i
expect menu
expect-fits
shot $lang-03-menu
press more
expect-page 2
expect-fits
shot $lang-04-menu-2
press prev
press text-size
expect-fits
shot $lang-05-menu-normal-text
press text-size
expect-fits
press help
expect help
expect-fits
shot $lang-06-help
press button 0
expect menu
lesson l01_message_real
expect lesson
press back
expect leave
expect-fits
shot $lang-07-leave
press button 0
expect lesson
wait 95
expect-fits
shot $lang-08-still-there
SCRIPT
    # the countdown's plural: "in 1 second" in English, not "in 1 seconds"
    [ "$i" -eq 0 ] && printf '%s\n' "wait 4" "expect-text in 1 second." "expect-no-text 1 seconds"
    cat <<SCRIPT
press button 0
SCRIPT
    printf '%s\n' "answer-until result" "expect-fits" "shot $lang-09-result"
    cat <<SCRIPT
key ctrl-alt-s
SCRIPT
    if [ "$i" -eq 0 ]; then
      cat <<SCRIPT
expect new-pin
expect-fits
shot $lang-10-pin-first
type 123456
press button 0
expect new-pin
expect-fits
shot $lang-11-pin-weak
type 602718
press button 0
type 602718
press button 0
SCRIPT
    else
      cat <<SCRIPT
expect pin
expect-fits
shot $lang-10-pin
type 602718
press button 0
SCRIPT
    fi
    cat <<SCRIPT
expect staff
expect-fits
shot $lang-12-staff
press item 1
expect settings
expect-fits
shot $lang-13-settings
press item 0
expect-fits
shot $lang-14-setting-choices
press button 0
press item 1
expect languages-setting
expect-fits
press button 0
press button 0
expect staff
press item 0
expect stats
expect-fits
shot $lang-15-stats
press tab 2
expect-fits
shot $lang-16-scores
press tab 3
expect-fits
press tab 4
expect-fits
key escape
expect staff
press item 2
expect packs
expect-fits
key escape
expect staff
press button 0
expect attract
SCRIPT
  done
}

# play SIZE NAME LARGE WHAT [USB]: the script in $work/NAME.txt at SIZE, Larger text to
# start with or not, with a USB folder USB (a stick to export to); says ok or FAIL for WHAT.
play() {
  local size=$1 name=$2 large=$3 what=$4 data=$work/data-$2 usb=()
  [ -n "${5:-}" ] && mkdir -p "$5" && usb=(--usb "$5")
  mkdir -p "$data"
  echo "return { languages = { \"en\", \"ms\", \"th\", \"ne\", \"id\", \"my\", \"bn\" }, large_text = $large }" \
    >"$data/kiosk.lua"
  if "$kiosk" run --headless --size "$size" --data "$data" --input "$work/$name.txt" "${usb[@]}" \
    ${SHOTS:+--screenshots "$SHOTS/$size"} 2>"$work/log-$name"; then
    echo "ok   $what"
  else
    echo "FAIL $what:"
    grep -v 'kiosk_id' "$work/log-$name" | tail -n 5
    fail=1
  fi
}

for size in 800x480 1024x600 1920x1080; do
  walk "$size" >"$work/walk-$size.txt"
  play "$size" "walk-$size" true "every kiosk screen fits with Larger text in ${langs[*]} at $size"
done
# Every lesson's result, the longest screen a learner reads, in every language with
# Larger text at 800x480, 1024x600 and 1920x1080, each a first finish (its badge shown):
# `expect-fits` fails on a result longer than three screens of scrolling, as the
# results of Thai L04, L05 and L06 and Burmese L04 were at every size (and Burmese L06
# at 1024x600 and 1920x1080). One visit per language and size. Malay's longer lesson
# titles (L07 "Terlalu indah untuk jadi kenyataan", L10) once wrapped out of the top bar
# on every screen of the lesson: a title now takes two lines of the bar, and Back yields
# its label before that.
results() { # results LANG_INDEX
  local i=$1 id
  printf '%s\n' "expect attract" "press start" "expect language" "press item $i" "expect menu"
  for id in "${lessons[@]}"; do
    # a sensitive lesson's content note first (Return: Continue)
    printf '%s\n' "lesson $id" "enter-until lesson" "answer-until result" "expect-fits" \
      "shot ${langs[$i]}-${id%%_*}-result" "press continue" "expect menu"
  done
}
mapfile -t lessons < <(find lessons/core/lessons -name 'l*.lua' -printf '%f\n' | sed 's/\.lua$//' | sort)
for size in 800x480 1024x600 1920x1080; do
  for i in "${!langs[@]}"; do
    results "$i" >"$work/results-$size-$i.txt"
    play "$size" "results-$size-$i" true "every lesson's result fits in ${langs[$i]} at $size, Larger text"
  done
done
# Portrait: the learner's screens in every language, each menu page with Larger text
# off and on.
portrait() { # portrait LANG_INDEX
  local i=$1 lang=${langs[$1]} page
  printf '%s\n' "expect attract" "expect-fits" "press start" "expect language" "expect-fits" \
    "press item $i" "expect menu"
  for size in normal larger; do
    printf '%s\n' "expect-fits" "shot $lang-menu-$size-1"
    for page in 2 3 4 5 6; do
      printf '%s\n' "press more" "expect-page $page" "expect-fits" "shot $lang-menu-$size-$page"
    done
    printf '%s\n' "press help" "expect help" "expect-fits" "shot $lang-help-$size" "press button 0" \
      "expect menu" "press text-size"
    for page in 5 4 3 2 1; do printf '%s\n' "press prev" "expect-page $page"; done
  done
}
for i in "${!langs[@]}"; do
  portrait "$i" >"$work/portrait-$i.txt"
  play 480x800 "portrait-$i" false "the learner's screens fit in ${langs[$i]} at 480x800, Larger text off and on"
done
# Portrait staff screens, in every language, Larger text off and on: the PIN pad and its
# notes, the staff menu, settings and each setting's choices, the languages setting,
# each statistics chart (a lesson was played: its rows) and its period, export without
# a stick, packs, and a new PIN. The chart tabs once ran off a portrait screen.
staff_portrait() {
  local i lang s t
  for i in "${!langs[@]}"; do
    lang=${langs[$i]}
    printf '%s\n' "# ---- $lang" "expect attract" "press start" "expect language" "press item $i" "expect menu" \
      "lesson l01_message_real" "expect lesson" "answer-until result" "key ctrl-alt-s"
    if [ "$i" -eq 0 ]; then
      printf '%s\n' "expect new-pin" "expect-fits" "shot $lang-staff-10-pin-first" "type 123456" "press button 0" \
        "expect new-pin" "expect-fits" "shot $lang-staff-11-pin-weak" "type 602718" "press button 0" \
        "type 602718" "press button 0"
    else
      printf '%s\n' "expect pin" "expect-fits" "shot $lang-staff-10-pin" "type 111111" "press button 0" \
        "expect pin" "expect-fits" "shot $lang-staff-11-pin-wrong" "type 602718" "press button 0"
    fi
    printf '%s\n' "expect staff" "expect-fits" "shot $lang-staff-12-menu" "press item 1" "expect settings" \
      "expect-fits" "shot $lang-staff-13-settings"
    for s in 0 2 3 4 5 6 7 8 9; do # each setting's choices (1, the languages, has its own screen)
      printf '%s\n' "press item $s" "expect settings" "expect-fits" "shot $lang-staff-14-setting-$s" "press button 0" \
        "expect settings"
    done
    printf '%s\n' "press item 1" "expect languages-setting" "expect-fits" "shot $lang-staff-15-languages" \
      "press button 0" "press button 0" "expect staff" "press item 0" "expect stats" "expect-fits" \
      "shot $lang-staff-16-stats-0"
    for t in 1 2 3 4; do printf '%s\n' "press tab $t" "wait 1" "expect-fits" "shot $lang-staff-16-stats-$t"; done
    printf '%s\n' "press button 1" "expect-fits" "shot $lang-staff-17-period" "press button 2" "expect export" \
      "expect-fits" "shot $lang-staff-18-export" "press button 0" "expect staff" "expect-fits" \
      "shot $lang-staff-18-exported" "press item 2" "expect packs" \
      "expect-fits" "shot $lang-staff-19-packs" "key escape" "expect staff" "press item 3" "expect new-pin" \
      "expect-fits" "shot $lang-staff-20-new-pin" "press button 1" "expect staff" "press button 0" "expect attract"
  done
}
staff_portrait >"$work/staff-portrait.txt"
for large in false true; do
  sed "s/^shot .*/&-$large/" "$work/staff-portrait.txt" >"$work/staff-portrait-$large.txt"
  play 480x800 "staff-portrait-$large" "$large" "the staff screens fit in ${langs[*]} at 480x800, Larger text $large" \
    "$work/usb-$large"
done
exit $fail

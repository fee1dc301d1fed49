#!/usr/bin/env bash
# Larger text on every kiosk screen, in every language, at 800x480, 1024x600 and
# 1920x1080: the attract screen, the language picker and its Get help (with the row of
# languages), each page of the lesson menu (with
# the text-size button off and on), Get help, "Leave this lesson?", "Are you still
# there?", a lesson's result, and the staff screens (the first-PIN pad and its notes,
# the staff menu, settings and a setting's choices, the languages setting, each
# statistics chart, lesson packs). On each, `expect-fits` fails on text that does not
# fit (a wrapped bar label, a word cut, a long text) and on anything a person reads or
# taps that lies under something else or off the screen (engine/ui/overlap.c): Larger
# text once pushed Get help's last line under Close. One kiosk run per size walks all
# seven languages (the visit resets to the attract screen between them), so this costs
# seconds. SHOTS=DIR keeps a screenshot of each screen.
set -u
kiosk=$(realpath "${KIOSK:-build/kiosk}")
langs=(en ms th ne id my bn)
fail=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

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

for size in 800x480 1024x600 1920x1080; do
  walk "$size" >"$work/walk.txt"
  data=$work/data-$size
  mkdir -p "$data"
  echo 'return { languages = { "en", "ms", "th", "ne", "id", "my", "bn" }, large_text = true }' >"$data/kiosk.lua"
  shots=${SHOTS:+$SHOTS/$size}
  if "$kiosk" run --headless --size "$size" --data "$data" --input "$work/walk.txt" \
    ${shots:+--screenshots "$shots"} 2>"$work/log-$size"; then
    echo "ok   every kiosk screen fits with Larger text in ${langs[*]} at $size"
  else
    echo "FAIL a kiosk screen with Larger text at $size:"
    grep -v 'kiosk_id' "$work/log-$size" | tail -n 5
    fail=1
  fi
done
exit $fail

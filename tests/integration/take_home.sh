#!/usr/bin/env bash
# The take-home card (issue 15): a lesson played to its end shows, on its result
# screen, a QR code that zbarimg reads from the screenshot as plain text: the lesson's
# take-aways word for word and a help-line number of the kiosk's country (Malaysia:
# 997), and no link, in every language, on the smallest screen and a large one. Get
# help's "Take the numbers home" shows one too: the country's lines in the learner's
# language (997 and the emergency 999 under Get help's own title), and no link.
set -u
kiosk=$(realpath "${KIOSK:-build/kiosk}")
command -v zbarimg >/dev/null || { echo "FAIL zbarimg is missing (make deps installs zbar-tools)"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0
for play in "en 800x480" "ms 800x480" "th 800x480" "ne 800x480" "en 1920x1080" "th 1920x1080"; do
  read -r lang size <<<"$play"
  name="$lang-$size"
  shots="$work/$name"
  if ! "$kiosk" play lessons/core/l01_message_real --headless --auto first --lang "$lang" --size "$size" \
       --country MY --screenshots "$shots" --transcript "$work/$name.jsonl" >"$work/$name.log" 2>&1; then
    echo "FAIL $name: the lesson did not play"; sed 's/^/    /' "$work/$name.log"; fail=1; continue
  fi
  result=$(find "$shots" -name '*-result.png' | sort | tail -n 1)
  if [ -z "$result" ] || ! zbarimg --quiet --raw -Sbinary "$result" >"$work/$name.txt" 2>/dev/null; then
    echo "FAIL $name: no QR code read from the result screen ${result:+($(basename "$result"))}"; fail=1; continue
  fi
  problems=""
  grep -q ': 997$' "$work/$name.txt" || problems+=" no help-line number (997);"
  grep -qiE 'https?:|www\.|://|\.(org|com|my|gov)\b|@' "$work/$name.txt" && problems+=" a link or an address;"
  # each take-away on the result screen is on the card, word for word
  takeaways=0
  while IFS= read -r t; do
    takeaways=$((takeaways + 1))
    grep -qxF -- "- $t" "$work/$name.txt" || problems+=" take-away missing: $t;"
  done < <(grep '^{"screen":"result"' "$work/$name.jsonl" | tail -n 1 |
           python3 -c 'import json,sys
for t in json.loads(sys.stdin.read()).get("takeaways", []): print(t)')
  [ "$takeaways" -gt 0 ] || problems+=" no take-aways in the transcript;"
  if [ -n "$problems" ]; then
    echo "FAIL $name:$problems"; sed 's/^/    /' "$work/$name.txt"; fail=1
  else
    echo "ok   $name: the card reads as plain text with 997 and $takeaways take-aways"
  fi
done
# Get help's card, in the kiosk (languages in their default order: en ms th ne)
item=0
for lang in en ms th ne; do
  name="help-$lang"
  data="$work/$name.data"
  mkdir -p "$data"
  printf '%s\n' 'press start' "press item $item" 'expect menu' 'press help' 'expect help' 'press button 1' \
    'expect card' 'expect-cards 1' 'shot card' >"$work/$name.txt"
  item=$((item + 1))
  if ! "$kiosk" run --headless --size 800x480 --data "$data" --input "$work/$name.txt" \
       --screenshots "$work/$name" >"$work/$name.log" 2>&1; then
    echo "FAIL $name: the kiosk did not show Get help's card"; sed 's/^/    /' "$work/$name.log"; fail=1; continue
  fi
  if ! zbarimg --quiet --raw -Sbinary "$work/$name/card.png" >"$work/$name.txt" 2>/dev/null; then
    echo "FAIL $name: no QR code read from Get help's card"; fail=1; continue
  fi
  problems=""
  title=$(sed -n 's/^ *help_title = "\(.*\)",$/\1/p' "assets/strings/$lang.lua" | head -n 1)
  [ "$(head -n 1 "$work/$name.txt")" = "$title" ] || problems+=" it does not start with Get help's title ($title);"
  grep -q ': 997$' "$work/$name.txt" || problems+=" no scam line (997);"
  grep -q ': 999$' "$work/$name.txt" || problems+=" no emergency line (999);"
  grep -qiE 'https?:|www\.|://|\.(org|com|my|gov)\b|@' "$work/$name.txt" && problems+=" a link or an address;"
  if [ -n "$problems" ]; then
    echo "FAIL $name:$problems"; sed 's/^/    /' "$work/$name.txt"; fail=1
  else
    echo "ok   $name: Get help's card reads as plain text with $(grep -c ': ' "$work/$name.txt") lines, 997 and 999"
  fi
done
exit $fail

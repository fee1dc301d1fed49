#!/usr/bin/env bash
# The take-home card (issue 15): a lesson played to its end shows, on its result
# screen, a QR code that zbarimg reads from the screenshot as plain text: the lesson's
# take-aways word for word and a help-line number of the kiosk's country (Malaysia:
# 997), and no link, in every language, on the smallest screen and a large one.
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
exit $fail

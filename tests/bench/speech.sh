#!/usr/bin/env bash
# tests/bench/speech.sh — the speech figures of make bench, beside a plain
# `espeak-ng --stdout` of the same text in the same run (interleaved, medians of
# ROUNDS), into build/bench/speech.md:
#   - a screen's text read whole, start-up included: instructions (callgrind) and wall
#     time, the kiosk's speech module against espeak-ng's own program (aim: +20 % at most)
#   - a tap on the speaker to the first sound queued, espeak-ng already loaded (as the
#     kiosk loads it at start), against the whole text: the first sound comes first;
#     its instructions (worker thread included) are a run with the tap minus one without
#   - CPU while idle after speaking (aim: 0.2 % of a core at most)
#   - peak RSS grown by speaking en, ms, th and ne, against the size of espeak-ng's data
#     for them (aim: no more)
set -euo pipefail
ROUNDS=${ROUNDS:-5}
bench=build/bench/speech_bench
out=build/bench/speech.md
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ -x "$bench" ] || make -s "$bench"
command -v valgrind >/dev/null || { echo "speech bench: valgrind is not installed" >&2; exit 1; }

# a screen of the first core lesson: title, text, question
printf '%s\n' "Is this message real?" "Scammers send texts that look like they come from a bank, a parcel company or a friend. Most messages you get are real. Let's practise telling the two apart." "Safe or scam?" >"$work/en.txt"
printf '%s\n' "ข้อความนี้จริงไหม" "มิจฉาชีพส่งข้อความที่ดูเหมือนมาจากธนาคาร บริษัทขนส่ง หรือเพื่อน แต่ข้อความส่วนใหญ่ที่คุณได้รับเป็นของจริง มาฝึกแยกสองแบบนี้กันเถอะ" "ปลอดภัยหรือหลอกลวง" >"$work/th.txt"

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
wall_ms() { # CMD...: wall time of one run in ms
  local t0 t1
  t0=$(date +%s%N)
  "$@" >/dev/null 2>&1
  t1=$(date +%s%N)
  echo $(((t1 - t0) / 1000000))
}
instructions() { # CMD...: instructions (callgrind), in millions
  local f=$work/cg.out
  valgrind --tool=callgrind --callgrind-out-file="$f" "$@" >/dev/null 2>&1
  awk '/^summary:/ { printf "%.1f", $2 / 1e6 }' "$f"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
verdict() { awk -v r="$1" -v aim="$2" 'BEGIN { print (r <= aim ? "pass" : "**MISSED**") }'; }

{
  echo "## Speech (tests/bench/speech.sh, $(date -u +%Y-%m-%d), $ROUNDS rounds)"
  echo
  echo "| measure | espeak-ng --stdout | kiosk | ratio | target | result |"
  echo "|---|---|---|---|---|---|"
} >"$out"

for lang in en th; do
  txt=$work/$lang.txt
  rate=$(awk -v l="$lang" 'BEGIN { print (l == "th" ? 135 : 140) }') # speech_default_voice
  plain=(espeak-ng -v "$lang" -s "$rate" -f "$txt" --stdout)
  ours=("$bench" whole "$lang" "$txt")
  : >"$work/plain.ms"
  : >"$work/ours.ms"
  for _ in $(seq "$ROUNDS"); do
    wall_ms "${plain[@]}" >>"$work/plain.ms"
    wall_ms "${ours[@]}" >>"$work/ours.ms"
  done
  pw=$(median <"$work/plain.ms")
  ow=$(median <"$work/ours.ms")
  pi=$(instructions "${plain[@]}")
  oi=$(instructions "${ours[@]}")
  r=$(ratio "$oi" "$pi")
  echo "| $lang screen read whole, instructions (M, callgrind) | $pi | $oi | $r | ≤ 1.2× | $(verdict "$r" 1.2) |" >>"$out"
  r=$(ratio "$ow" "$pw")
  echo "| $lang screen read whole, wall ms | $pw | $ow | $r | ≤ 1.2× | $(verdict "$r" 1.2) |" >>"$out"
  : >"$work/first.ms"
  : >"$work/all.ms"
  for _ in $(seq "$ROUNDS"); do
    "$bench" first "$lang" "$txt" | awk '/^first_ms/ { print $2 }' >>"$work/first.ms"
    "$bench" all "$lang" "$txt" | awk '/^all_ms/ { print $2 }' >>"$work/all.ms"
  done
  fm=$(median <"$work/first.ms")
  am=$(median <"$work/all.ms")
  fi_=$(awk -v a="$(instructions "$bench" first "$lang" "$txt")" -v b="$(instructions "$bench" warm "$lang" "$txt")" \
    'BEGIN { printf "%.1f", a - b }')
  echo "| $lang tap to first sound queued (espeak-ng loaded), wall ms / M instructions | whole text: $am ms | $fm ms / $fi_ M | $(ratio "$fm" "$am") | first sound before the whole screen | $(awk -v f="$fm" -v a="$am" 'BEGIN { print (f < a ? "pass" : "**MISSED**") }') |" >>"$out"
done

idle=$("$bench" idle en "$work/en.txt" | awk '/^idle_cpu_percent/ { print $2 }')
echo "| CPU while idle after speaking, % of a core (5 s) | – | $idle | – | ≤ 0.2 % | $(verdict "$idle" 0.2) |" >>"$out"

data=$(dirname "$(find /usr/lib -maxdepth 3 -name phontab -path '*espeak-ng-data*' | head -n 1)")
data_kb=$(du -ckL "$data"/phondata "$data"/phonindex "$data"/phontab "$data"/intonations \
  "$data"/en_dict "$data"/ms_dict "$data"/th_dict "$data"/ne_dict | awk 'END { print $1 }')
read -r before after < <("$bench" rss en ms th ne | awk '{ v[NR] = $2 } END { print v[1], v[2] }')
grown=$((after - before))
echo "| peak RSS grown by speaking en, ms, th, ne, KiB | espeak-ng data for them: $data_kb | $grown | $(ratio "$grown" "$data_kb") | ≤ the data | $(verdict "$(ratio "$grown" "$data_kb")" 1.0) |" >>"$out"
cli_kb=$(/usr/bin/time -f %M espeak-ng -v en --stdout "OK." 2>&1 >/dev/null | tail -n 1)
echo "| peak RSS of espeak-ng's own program saying \"OK.\" (for scale), KiB | $cli_kb | – | – | – | – |" >>"$out"

cat "$out"

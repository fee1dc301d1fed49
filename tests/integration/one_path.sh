#!/usr/bin/env bash
# One way to play and record a lesson: the kiosk's touchscreen (a scripted visit that
# answers each screen as the "first" driver would) and `kiosk play --auto first --data`
# are two drivers of the same PlaySession, so the same lesson leaves the same records:
# the lesson, its outcome, its score and every answer, question by question.
set -u
source tests/lib/checks.sh

kiosk_data=$work/kiosk play_data=$work/play
printf '%s\n' 'expect attract' 'press start' 'press item 0' 'expect menu' 'press item 0' \
  'expect lesson' 'finish' 'expect menu' >"$work/visit.txt"
expect "a visit through the kiosk's screens" \
  "$kiosk" run --headless --data "$kiosk_data" --input "$work/visit.txt"
lesson=$(sqlite3 -batch "$kiosk_data/stats.db" "SELECT lesson_id FROM runs")
expect "kiosk play of the same lesson ($lesson)" \
  "$kiosk" play "lessons/core/$lesson" --headless --auto first --data "$play_data"
records() {
  sqlite3 -batch "$1/stats.db" "SELECT pack_id, lesson_id, lang, outcome, score, max_score FROM runs;
    SELECT question_id, chosen, correct, points, max_points, attempts FROM answers ORDER BY seq"
}
records "$kiosk_data" >"$work/kiosk.txt"
records "$play_data" >"$work/play.txt"
expect "the run and its answers were recorded ($(wc -l <"$work/kiosk.txt") rows)" \
  test "$(wc -l <"$work/kiosk.txt")" -gt 2
expect "both drivers recorded the same run and answers" diff "$work/kiosk.txt" "$work/play.txt"
exit $fail

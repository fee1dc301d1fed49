#!/usr/bin/env bash
# shellcheck disable=SC2317 # the checks are functions called through expect
# A lesson pack from a trainer's machine to the kiosk, end to end, as staff do it:
# a key made with the stock minisign tool, the pack built and signed with kiosk pack,
# then on the headless kiosk: the hidden staff gesture, the PIN, Lesson packs, the
# stick's packs, the check report, Install (progress bar), a newer version, one-tap
# rollback; a tampered pack on the same stick is refused with its reason and the
# library is unchanged. Screenshots of each step go to $SHOTS when set.
set -u
# shellcheck source=tests/lib/checks.sh
. "$(dirname "$0")/../lib/checks.sh"

command -v minisign >/dev/null || { echo "FAIL minisign is missing (make deps)"; exit 1; }

# ---- the trainer's machine ------------------------------------------------------------
minisign -G -W -p "$work/program.pub" -s "$work/program.key" >/dev/null
stick=$work/stick
# make_pack NAME VERSION: tests/lessons/example at VERSION, built and signed
make_pack() {
  local dir=$stick/kiosk-packs/$1
  mkdir -p "$stick/kiosk-packs"
  cp -R tests/lessons/example "$dir"
  sed -i "s/version = \"[^\"]*\"/version = \"$2\"/" "$dir/pack.lua"
  "$kiosk" pack build "$dir" >/dev/null && "$kiosk" pack sign "$dir" -s "$work/program.key" >/dev/null
}
make_pack a-example-1 1.0.0 || bad "pack build and sign"
make_pack b-example-2 1.1.0 || bad "pack build and sign (newer)"
make_pack c-tampered 1.2.0 || bad "pack build and sign (to tamper with)"
echo "-- an extra line" >>"$stick/kiosk-packs/c-tampered/lessons/l99_example.lua"
# the stock tools agree with the kiosk about the good pack
stock_check() {
  (cd "$stick/kiosk-packs/a-example-1" && minisign -Vqm SHA256SUMS -p "$work/program.pub" &&
    sha256sum --quiet -c SHA256SUMS)
}
expect "stock minisign and sha256sum accept the pack" stock_check

# ---- the kiosk ------------------------------------------------------------------------
data=$work/data
mkdir -p "$data/trusted-keys" "$work/bundled"
cp "$work/program.pub" "$data/trusted-keys/"
cp -R lessons/core "$work/bundled/"
# The library lists bundled packs first (core), then installed ones; the stick's packs
# follow in name order. So the stick's items are 1, 2, 3 before the first install.
cat >"$work/staff.txt" <<'SCRIPT'
expect attract
hold 10 10 3.2
expect new-pin
type 602718
press button 0
type 602718
press button 0
expect staff
press item 2
wait 2.5
expect packs
shot 40-packs-stick
# the tampered pack: a report with the reason, no Install button
press item 3
expect pack-report
shot 41-pack-tampered
press button 0
expect packs
# version 1.0.0: report, install, done
press item 1
expect pack-report
shot 42-pack-report
press button 0
expect pack-report
shot 43-pack-installed
press button 0
expect packs
# version 1.1.0 (the installed pack is now item 1, the stick's from item 2)
press item 3
expect pack-report
press button 0
expect pack-report
press button 0
expect packs
shot 44-packs-after
# the installed pack: roll back to 1.0.0 with one tap
press item 1
expect pack-installed
shot 45-pack-installed
press item 0
expect packs
press button 0
expect staff
press button 0
expect attract
# a learner's menu now has the pack's lesson
press start
expect language
press item 0
expect menu
shot 46-menu
# the new pack's lesson, found by its id (the menu's order is the packs' to choose),
# played to its end
lesson l99_example
expect lesson
answer-until result
answer
expect menu
SCRIPT
if "$kiosk" run --headless --size "${SIZE:-800x480}" --data "$data" --lessons "$work/bundled" --usb "$stick" \
     --input "$work/staff.txt" --screenshots "$shots" 2>"$work/kiosk.err"; then
  ok "staff installed, upgraded and rolled back a pack from the stick"
else
  bad "the staff script stopped: $(tail -n 3 "$work/kiosk.err")"
fi
refused_with_reason() {
  grep c-tampered "$work/kiosk.err" | grep -q "l99_example"
}
expect "the tampered pack is refused naming the changed file" refused_with_reason
grep -m1 c-tampered "$work/kiosk.err"
list=$("$kiosk" pack list --data "$data" --lessons "$work/bundled")
echo "$list"
expect "after rollback the active version is 1.0.0" grep -q "example 1.0.0" <<<"$list"
expect "the newer version is kept" test -d "$data/packs/example@1.1.0"
expect "nothing of the tampered pack is in the library" test ! -e "$data/packs/example@1.2.0"
played_from_pack() { "$kiosk" stats summary --data "$data" | grep -q "^example/l99_example  *1  *1 "; }
expect "a learner found the pack's lesson in the menu and finished it" played_from_pack
for f in 40-packs-stick 41-pack-tampered 42-pack-report 43-pack-installed 44-packs-after 45-pack-installed; do
  [ "$(head -c 4 "$shots/$f.png" 2>/dev/null | od -An -tx1 | tr -d ' ')" = 89504e47 ] ||
    bad "screenshot $f.png missing"
done
exit $fail

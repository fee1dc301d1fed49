#!/usr/bin/env bash
# kiosk stats push against a real Learning Record Store (Learning Locker's statements
# service, tests/lrs/): an export of 20,000 statements delivered; a second push sends
# nothing; a statement changed under an old id is a conflict (409) while the rest of its
# batch lands; an invalid statement is named and the rest lands; a wrong secret and a
# server that is down fail with a clear line; a push killed half-way resumes where it
# stopped. The LRS runs on loopback only and is stopped at the end.
set -u
# shellcheck source=tests/lib/checks.sh
. "$(dirname "$0")/../lib/checks.sh"
# shellcheck source=tests/lrs/lrs.sh
. "$(dirname "$0")/../lrs/lrs.sh"
trap 'lrs_stop; rm -rf "$work"' EXIT

# a store of 4,000 synthetic runs (3 answers each: 5 statements a run), exported
read -r -a cflags <<<"$(pkg-config --cflags sqlite3 libsodium zlib)"
read -r -a libs <<<"$(pkg-config --libs sqlite3 libsodium zlib)"
cc -std=c11 -D_GNU_SOURCE -O1 -Iengine "${cflags[@]}" -o "$work/fill" tests/stats/bench_stats.c \
  engine/stats/*.c engine/core/*.c engine/screen/*.c "${libs[@]}" -lm ||
  { bad "build the synthetic store maker"; exit 1; }
"$work/fill" "$work/store" 4000 3 fill 0 >/dev/null || bad "make 4,000 synthetic runs"
"$kiosk" stats export "$work/usb" --data "$work/store/data" >/dev/null || bad "export them"
export1=$(ls -d "$work"/usb/kiosk-export/*/*)
total=$(wc -l <"$export1/statements.jsonl")
expect "the export holds 20,000 statements ($total)" test "$total" -eq 20000

lrs_start "$work/lrs.log" || exit 1
printf '%s\n' "$LRS_SECRET" >"$work/secret"
push() { # EXPORT_DIR... : pushes with the test's key; the output in $work/out, status in $?
  timeout 600 "$kiosk" stats push "$@" --lrs "$LRS_URL" --key "$LRS_KEY" --secret-file "$work/secret" \
    --acks "${ACKS:-$work/acks.db}" --retries 1 >"$work/out" 2>&1
}
# shellcheck disable=SC2317 # called through expect
said() { grep -q -- "$1" "$work/out"; }

start=$(date +%s.%N)
push "$export1"
echo "note the first push took $(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }') s (speed is measured in make bench)"
expect "the first push delivers all 20,000 statements" said "20000 accepted, 0 already there, 0 conflicts"
first_id=$(head -n 1 "$export1/statements.jsonl" | cut -c 8-43)
last_id=$(tail -n 1 "$export1/statements.jsonl" | cut -c 8-43)
expect "the LRS has the first statement" test "$(lrs_get_status "$first_id")" = 200
expect "the LRS has the last statement" test "$(lrs_get_status "$last_id")" = 200

push "$export1"
expect "a second push sends nothing new (exit $?)" said "0 accepted, 20000 already there"

# a copy of the export edited as a tool on a staff laptop might: 59 new statements, one
# statement changed under an id the LRS already has; the sums are remade so the copy
# passes the export check and only the LRS can tell
edited=$work/edited
cp -R "$export1" "$edited"
head -n 60 "$export1/statements.jsonl" |
  awk 'NR == 10 { sub(/"display":\{"en-US":"[a-z]+"\}/, "\"display\":{\"en-US\":\"changed\"}"); print; next }
       { printf "{\"id\":\"%08x%s\n", 3735928559 - NR, substr($0, 16) }' >"$edited/statements.jsonl"
(cd "$edited" && sed -i "s|^[0-9a-f]*  statements.jsonl$|$(sha512sum statements.jsonl | cut -c 1-128)  statements.jsonl|" SHA512SUMS)
push "$edited"
expect "a changed statement under an old id is a conflict, the other 59 land" said "59 accepted, 0 already there, 1 conflicts"
expect "the conflict is named" said "the LRS already holds another version under this id"
push "$edited"
expect "pushing the edited copy again sends nothing" said "0 accepted, 60 already there"

# one invalid statement (no actor) among 20 new ones
invalid=$work/invalid
cp -R "$export1" "$invalid"
head -n 20 "$export1/statements.jsonl" |
  awk 'NR == 7 { printf "{\"id\":\"%08x%s\n", 2882400000 + NR, substr($0, 16); next }
       { printf "{\"id\":\"%08x%s\n", 2882400000 + NR, substr($0, 16) }' |
  sed '7s/"actor":{[^}]*}},//' >"$invalid/statements.jsonl"
(cd "$invalid" && sed -i "s|^[0-9a-f]*  statements.jsonl$|$(sha512sum statements.jsonl | cut -c 1-128)  statements.jsonl|" SHA512SUMS)
push "$invalid"
status=$?
expect "an invalid statement is refused by name and the other 19 land" said "19 accepted, 0 already there, 0 conflicts, 1 invalid"
expect "the invalid statement is named with the LRS's reason" said "refused as invalid: .*actor"
expect "a push with an invalid statement exits 1 ($status)" test "$status" = 1

# an edited copy whose sums were not remade is refused whole, like merge refuses it
broken=$work/broken
cp -R "$edited" "$broken"
sed -i '1s/$/ /' "$broken/statements.jsonl"
push "$broken"
expect "an export that fails its checksums is refused whole" said "1 exports refused"

printf 'not-the-secret\n' >"$work/wrong"
"$kiosk" stats push "$export1" --lrs "$LRS_URL" --key "$LRS_KEY" --secret-file "$work/wrong" \
  --acks "$work/other.db" >"$work/out" 2>&1
status=$?
expect "a wrong secret fails with a clear line (exit $status)" said "refused the key and secret (HTTP 401"
expect "a wrong secret sends nothing" said "0 accepted"
"$kiosk" stats push "$export1" --lrs "$LRS_URL" --key "$LRS_KEY" --acks "$work/other.db" >"$work/out" 2>&1
expect "no secret at all is a clear error" said "no LRS secret"

# a push killed half-way, then resumed: nothing lost, nothing sent twice
"$work/fill" "$work/store2" 3000 3 fill 0 >/dev/null
"$kiosk" stats export "$work/usb2" --data "$work/store2/data" >/dev/null
export2=$(ls -d "$work"/usb2/kiosk-export/*/*)
sed -i 's/kiosk-bench/kiosk-bench-2/g' "$export2/statements.jsonl" # another kiosk's ids
awk '{ printf "{\"id\":\"%08x%s\n", 1000000 + NR, substr($0, 16) }' "$export2/statements.jsonl" >"$work/s2"
mv "$work/s2" "$export2/statements.jsonl"
(cd "$export2" && sed -i "s|^[0-9a-f]*  statements.jsonl$|$(sha512sum statements.jsonl | cut -c 1-128)  statements.jsonl|" SHA512SUMS)
"$kiosk" stats push "$export2" --lrs "$LRS_URL" --key "$LRS_KEY" --secret-file "$work/secret" \
  --acks "$work/acks2.db" >"$work/killed" 2>&1 &
pid=$!
for _ in $(seq 1 600); do
  n=$(sqlite3 -batch "$work/acks2.db" "SELECT count(*) FROM acks" 2>/dev/null || echo 0)
  [ "${n:-0}" -ge 1000 ] && break
  sleep 0.1
done
kill -KILL "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
before=$(sqlite3 -batch "$work/acks2.db" "SELECT count(*) FROM acks")
expect "the killed push had delivered part of the export ($before of 15000)" test "$before" -gt 0 -a "$before" -lt 15000
ACKS=$work/acks2.db push "$export2"
expect "the resumed push sends only the rest ($((15000 - before)))" said "$((15000 - before)) accepted, $before already there"
expect "every statement of the export is acknowledged" \
  test "$(sqlite3 -batch "$work/acks2.db" "SELECT count(*) FROM acks WHERE state = 'acked'")" = 15000

lrs_stop
"$kiosk" stats push "$edited" --lrs "$LRS_URL" --key "$LRS_KEY" --secret-file "$work/secret" \
  --acks "$work/down.db" --retries 1 >"$work/out" 2>&1
status=$?
expect "a server that is down fails with a clear line (exit $status)" said "the LRS did not answer"
expect "it was tried again before giving up" said "trying again in"
[ "$fail" = 0 ] || { echo "--- last output"; tail -n 5 "$work/out"; echo "--- LRS log"; tail -n 20 "$work/lrs.log"; }
exit $fail

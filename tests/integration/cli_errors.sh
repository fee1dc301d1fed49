#!/usr/bin/env bash
# Bad input on the command line gets one clear line and loses nothing:
#   - a usage error (a missing operand or option, one too many, a word the command does
#     not know) exits 2, prints nothing on stdout, and its first line on stderr says what
#     is missing, naming the option to give;
#   - work that cannot be done (a lesson that is not there, a database that is not one, no
#     trusted key, a key that cannot be read) exits 1 with one line saying why, and the
#     files it was given are as they were.
# Each case names the words kiosk must say; a reworded message is updated here on purpose.
# shellcheck disable=SC2317 # the checks are functions called through expect
set -u
# shellcheck source=tests/lib/checks.sh
. "$(dirname "$0")/../lib/checks.sh"
cd "$work" || exit 1
export SDL_VIDEODRIVER=offscreen SDL_AUDIODRIVER=dummy

# says STATUS WORDS ARGS...: kiosk ARGS exits STATUS, stdout empty, stderr's first line
# holds WORDS
says() {
  local want=$1 words=$2 status=0
  shift 2
  "$kiosk" "$@" >out.txt 2>err.txt || status=$?
  local first
  first=$(head -n 1 err.txt)
  if [ "$status" -ne "$want" ] || [ -s out.txt ] || [[ "$first" != *"$words"* ]]; then
    echo "     kiosk $*: status $status (wanted $want), stdout $(wc -c <out.txt) bytes, stderr: $first"
    return 1
  fi
}
usage_error() { # WORDS ARGS...
  local words=$1
  shift
  expect "kiosk $* is a usage error: $words" says 2 "$words" "$@"
}

# the commands
expect "kiosk with no command is a usage error" says 2 "usage: kiosk <command>"
usage_error "unknown command 'frobnicate'" frobnicate
usage_error "version takes no operands" version now
usage_error "help takes no operands" help me
usage_error "unknown option" version --verbose
# play
usage_error "play needs a lesson" play
usage_error "play takes one lesson" play a.lua b.lua
usage_error "--auto takes first, random:SEED, explore or script:FILE" play a.lua --auto sideways
usage_error "--headless needs --auto" play a.lua --headless
usage_error "--read-aloud and --audio-out need --auto first" play a.lua --headless --auto explore --read-aloud
usage_error "--size" play a.lua --size 10x10
usage_error "--size" play a.lua --size wide
# run
usage_error "run takes no operands" run now
usage_error "run --headless needs --input FILE" run --headless
usage_error "run --audio-out needs --headless" run --audio-out a.wav
# pack
usage_error "pack needs a command" pack
usage_error "unknown pack command" pack frobnicate
usage_error "pack needs a pack folder" pack build
usage_error "unexpected b" pack build a b
usage_error "this pack command needs --data DIR" pack install somewhere
usage_error "pack sign needs -s KEY" pack sign somewhere
usage_error "pack verify needs --trust KEY.pub" pack verify somewhere
usage_error "pack guide needs -o FILE.html" pack guide somewhere
# stats
usage_error "stats needs a command" stats
usage_error "unknown stats command" stats frobnicate
usage_error "stats summary needs one database or --data DIR" stats summary
usage_error "stats summary needs one database or --data DIR" stats summary a.db --data d
usage_error "stats export needs DIR and --data DIR" stats export out
usage_error "stats merge needs EXPORT_DIR... and -o CENTRAL.db" stats merge exports
usage_error "stats aggregate needs a database (or --data DIR) and -o FOLDER" stats aggregate a.db
usage_error "stats report needs a database (or --data DIR) and -o FILE.html" stats report a.db
usage_error "stats push needs EXPORT_DIR..., --lrs URL and --key KEY" stats push exports
usage_error "--suppress" stats export out --data d --suppress many
# health
usage_error "health needs --data DIR (and nothing else)" health
usage_error "health needs --data DIR (and nothing else)" health --data d extra
mkdir -p health
record_exit_outside_systemd() {
  (unset SERVICE_RESULT && KIOSK_FSTAB=/dev/null says 2 "health --record-exit reads SERVICE_RESULT" \
    health --data health --record-exit) && [ -z "$(ls health)" ]
}
expect "kiosk health --record-exit outside systemd is a usage error and records nothing" record_exit_outside_systemd

# work that cannot be done: status 1, one line, nothing lost
expect "a lesson that is not there is named" says 1 "nothere.lua" play nothere.lua --headless --auto first
mkdir -p pack
expect "pack verify with a key that cannot be read says so" says 1 "missing.pub" \
  pack verify pack --trust missing.pub
mkdir -p data
expect "pack install with no trusted key says where to put one" says 1 "no trusted keys" \
  pack install pack --data data

# a database that is not one: refused with one line, and the file is as it was
head -c 4096 /dev/urandom >garbage.db
sum_before=$(sha256sum garbage.db)
garbage_refused() {
  says 1 "garbage.db" stats summary garbage.db && [ "$(sha256sum garbage.db)" = "$sum_before" ] &&
    [ "$(wc -l <err.txt)" -eq 1 ]
}
expect "stats summary of a file that is not a database: one line naming it, the file untouched" garbage_refused
report_refused() {
  says 1 "garbage.db" stats report garbage.db -o report.html && [ ! -e report.html ] &&
    [ "$(sha256sum garbage.db)" = "$sum_before" ]
}
expect "stats report of it writes no report and leaves it untouched" report_refused
exit $fail

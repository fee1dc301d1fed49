#!/usr/bin/env bash
# The command line is described once, by `kiosk help`, and the description is true:
#   - README.md's "Command line" block is `kiosk help`'s output, word for word;
#   - every command `kiosk help` names exists, and takes exactly the options it lists
#     for it: each is asked with an option no command has, and its parser answers with
#     the options it does take ("unknown option --x; it takes --a, --b").
# A command or option added to the parser but not to the help (or the README), or
# documented but gone, fails here with the difference.
# shellcheck disable=SC2317 # the checks are functions called through expect
set -u
# shellcheck source=tests/lib/checks.sh
. "$(dirname "$0")/../lib/checks.sh"

"$kiosk" help >"$work/help.txt"
# the first ``` block after "## Command line"
awk '/^## Command line/ {on = 1; next} on && /^```/ {if (block) exit; block = 1; next} block' README.md \
  >"$work/readme.txt"
readme_is_help() { diff -u "$work/readme.txt" "$work/help.txt"; }
expect "README.md's Command line block is what kiosk help prints" readme_is_help
dash_help_is_help() { "$kiosk" --help | diff -u "$work/help.txt" - && "$kiosk" -h | diff -q "$work/help.txt" -; }
expect "kiosk --help and kiosk -h print the same" dash_help_is_help

# help's commands and their options: "CMD<TAB>--opt --opt" per command. A command line
# is indented two spaces ("  pack install DIR --data DIR [--trust KEY.pub]   what"), its
# option lines six ("      --data DIR   what"), a synopsis's own next line starts with
# "[-" ("             [--batch N]"); the synopsis ends at two spaces.
awk '
  function options(synopsis,   out, n, i, w) {
    n = split(synopsis, w, /[ |\[\]]+/)
    out = ""
    for (i = 1; i <= n; i++) if (w[i] ~ /^--?[a-z][a-z0-9-]*$/) out = out " " w[i]
    return out
  }
  function flush(   n, i, name) {
    if (!ncmd) return
    for (i = 1; i <= ncmd; i++) print cmd[i] "\t" opts
    ncmd = 0
  }
  /^  [a-z]/ {
    flush()
    line = substr($0, 3); sub(/  .*/, "", line)
    split(line, w, " ")
    if (w[1] == "pack" || w[1] == "stats") { ncmd = split(w[2], sub_, "|"); for (i = 1; i <= ncmd; i++) cmd[i] = w[1] " " sub_[i] }
    else { ncmd = 1; cmd[1] = w[1] }
    opts = options(line)
    next
  }
  /^      -/ { line = substr($0, 7); sub(/  .*/, "", line); opts = opts options(line); next }
  /^ +\[-/ { line = $0; sub(/^ +/, "", line); sub(/  .*/, "", line); opts = opts options(line); next }
  END { flush() }' "$work/help.txt" >"$work/commands.txt"

# sorted, unique, one line: "--a --b"
words() { tr ' ' '\n' | grep -v '^$' | sort -u | tr '\n' ' ' | sed 's/ $//'; }

takes_what_help_says() {
  local cmd=$1 listed=$2 err accepted
  # shellcheck disable=SC2086 # cmd is "pack build": two words
  err=$("$kiosk" $cmd --no-such-option-anywhere 2>&1 >/dev/null)
  case $err in
  *"unknown option --no-such-option-anywhere; it takes no options"*) accepted= ;;
  *"unknown option --no-such-option-anywhere; it takes "*)
    accepted=${err#*; it takes }
    accepted=${accepted%% (kiosk help*}
    accepted=$(tr -d ',' <<<"$accepted" | words)
    ;;
  *)
    echo "     kiosk $cmd did not refuse an unknown option: $(head -n 1 <<<"$err")"
    return 1
    ;;
  esac
  listed=$(words <<<"$listed")
  [ "$accepted" = "$listed" ] && return 0
  echo "     kiosk help lists: ${listed:-(none)}"
  echo "     the parser takes: ${accepted:-(none)}"
  return 1
}
n=0
while IFS=$'\t' read -r cmd opts; do
  n=$((n + 1))
  expect "kiosk $cmd takes the options kiosk help lists" takes_what_help_says "$cmd" "$opts"
done <"$work/commands.txt"
expect "kiosk help names the commands (run, play, pack ..., stats ..., version, help)" \
  test "$n" -ge 17
unknown_command() { "$kiosk" no-such-command >/dev/null 2>&1; [ $? -eq 2 ]; }
expect "an unknown command is a usage error" unknown_command
exit $fail

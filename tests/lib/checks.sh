# checks.sh — sourced by the end-to-end shell tests: the kiosk under test ($KIOSK,
# default build/kiosk), a work folder removed at exit, where screenshots go ($SHOTS),
# and `expect LABEL CMD...`, which prints "ok LABEL" when CMD succeeds and "FAIL LABEL"
# otherwise; the test exits with $fail.
# shellcheck shell=bash
# shellcheck disable=SC2034 # kiosk, shots and fail are for the sourcing script
kiosk=$(realpath "${KIOSK:-build/kiosk}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
shots=${SHOTS:-$work/shots}
fail=0
ok() { echo "ok   $*"; }
bad() { echo "FAIL $*"; fail=1; }
expect() {
  local label=$1
  shift
  if "$@"; then ok "$label"; else bad "$label"; fi
}

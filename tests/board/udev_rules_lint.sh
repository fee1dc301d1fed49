#!/usr/bin/env bash
# udev_rules_lint.sh FILE.rules — a syntax check of a udev rules file for machines whose
# udevadm has no `verify` (it came in systemd 254; bookworm has 252), modelled on the
# rules parser of udev(7): every line is comma-separated KEY[{attr}]OP"value" pairs, known
# keys only, match keys only with ==/!=, assignment keys only with =/+=/-=/:=, every GOTO
# has its LABEL, every RUN{program} names an existing absolute program, and the options
# passed to systemd-mount are ones that systemd-mount --help lists.
# Prints one line per problem; exit 1 if any.
set -euo pipefail

file=${1:?usage: udev_rules_lint.sh FILE.rules}
problems=0
bad() {
  echo "$file:$lineno: $*"
  problems=$((problems + 1))
}

match_only=" ACTION DEVPATH KERNEL KERNELS SUBSYSTEM SUBSYSTEMS DRIVER DRIVERS ATTRS TAGS TEST PROGRAM RESULT CONST "
assign_only=" OWNER GROUP MODE SECLABEL RUN LABEL GOTO IMPORT OPTIONS "
both=" NAME SYMLINK ENV ATTR SYSCTL TAG "
needs_attr=" ENV ATTR ATTRS SYSCTL SECLABEL IMPORT CONST "

mount_help=$(systemd-mount --help 2>/dev/null || true)
declare -A labels=() gotos=()
lineno=0
logical=
start=0
while IFS= read -r raw || [ -n "$raw" ]; do
  lineno=$((lineno + 1))
  if [ -z "$logical" ]; then start=$lineno; fi
  if [[ $raw == *\\ ]]; then
    logical+="${raw%\\} "
    continue
  fi
  logical+=$raw
  line=$logical
  logical=
  save=$lineno
  lineno=$start
  trimmed=${line#"${line%%[![:space:]]*}"}
  if [ -z "$trimmed" ] || [[ $trimmed == \#* ]]; then
    lineno=$save
    continue
  fi
  rest=$trimmed
  npairs=0
  while [ -n "$rest" ]; do
    re='^[[:space:]]*([A-Z_]+)(\{([^}]*)\})?[[:space:]]*(==|!=|\+=|-=|:=|=)[[:space:]]*"(([^"\\]|\\.)*)"[[:space:]]*(,[[:space:]]*)?(.*)$'
    if ! [[ $rest =~ $re ]]; then
      bad "cannot parse near: ${rest:0:60}"
      break
    fi
    key=${BASH_REMATCH[1]}
    attr=${BASH_REMATCH[3]}
    op=${BASH_REMATCH[4]}
    value=${BASH_REMATCH[5]}
    sep=${BASH_REMATCH[7]}
    rest=${BASH_REMATCH[8]}
    npairs=$((npairs + 1))
    if [ -n "$rest" ] && [ -z "$sep" ]; then bad "missing comma after $key"; fi
    if [[ $match_only == *" $key "* ]]; then
      [[ $op == "==" || $op == "!=" ]] || bad "$key is a match key: use == or !=, not $op"
    elif [[ $assign_only == *" $key "* ]]; then
      [[ $op != "==" && $op != "!=" ]] || bad "$key is an assignment key: $op is not allowed"
    elif [[ $both != *" $key "* ]]; then
      bad "unknown key $key"
    fi
    if [[ $needs_attr == *" $key "* ]] && [ -z "${BASH_REMATCH[2]}" ]; then bad "$key needs {name}"; fi
    case $key in
    LABEL) labels[$value]=1 ;;
    GOTO) gotos[$value]=$lineno ;;
    RUN)
      case ${attr:-program} in
      program)
        prog=${value%% *}
        [[ $prog == /* ]] || bad "RUN program must be an absolute path: $prog"
        if [ ! -x "$prog" ]; then echo "$file:$lineno: note: $prog is not on this machine"; fi
        if [[ $prog == */systemd-mount ]]; then
          for opt in $value; do
            case $opt in
            --*)
              name=${opt%%=*}
              if [ -n "$mount_help" ] && ! grep -q -- "$name\\b" <<<"$mount_help"; then
                bad "systemd-mount has no option $name"
              fi
              ;;
            esac
          done
          [[ $value == *--no-block* ]] || bad "systemd-mount from udev needs --no-block (udev kills slow RUN programs)"
          opts=$(sed -n 's/.*--options=\([^ ]*\).*/\1/p' <<<"$value")
          for o in ro nosuid nodev noexec; do
            [[ ,$opts, == *,$o,* ]] || bad "mount options lack $o: $opts"
          done
        fi
        ;;
      builtin) ;;
      *) bad "RUN{$attr}: only program or builtin" ;;
      esac
      ;;
    esac
  done
  [ "$npairs" -gt 0 ] || bad "no key in line"
  lineno=$save
done <"$file"
for g in "${!gotos[@]}"; do
  [ -n "${labels[$g]:-}" ] || {
    lineno=${gotos[$g]}
    bad "GOTO=\"$g\" has no LABEL"
  }
done
[ "$problems" -eq 0 ] || exit 1
exit 0

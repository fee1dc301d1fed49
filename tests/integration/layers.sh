#!/usr/bin/env bash
# The engine's folders are layers (DESIGN.md): a folder includes only the folders below
# it, so there is no circle between folders and each can be read, tested and replaced
# from the bottom up. The order, lowest first:
#   core < qr < screen < text < lesson < render < config < help < speech < stats < ui < packs < play < guide < app < main.c
# and what the design keeps in one place:
#   - Lua only in lesson/, SQLite only in stats/, SDL only in render/ and text/;
#   - no public header of text/ or ui/ (any but internal.h) includes SDL or render/;
#   - statistics of a lesson run are recorded only through the PlaySession: no call of
#     stats_visit_begin/stats_run_begin/stats_record_answer/stats_run_end outside
#     play/ and stats/.
# A new #include that breaks the order fails here, naming the file and the line.
set -u
cd "$(dirname "$0")/../.." || exit 1
fail=0
ok() { echo "ok   $*"; }
bad() { echo "FAIL $*"; fail=1; }

order=(core qr screen text lesson render config help speech stats ui packs play guide app)
rank() { # rank FOLDER: its place in $order, or -1
  local i
  for i in "${!order[@]}"; do [ "${order[$i]}" = "$1" ] && { echo "$i"; return; }; done
  echo -1
}

# every folder of engine/ has its place
for d in engine/*/; do
  f=$(basename "$d")
  if [ "$(rank "$f")" -lt 0 ]; then bad "engine/$f has no place in the order (tests/integration/layers.sh)"; fi
done

# each #include "folder/..." points down (or into its own folder)
broken=$(
  for file in engine/*/*.[ch]; do
    here=$(basename "$(dirname "$file")")
    r=$(rank "$here")
    grep -n '^#include "[a-z_]*/' "$file" | while IFS= read -r line; do
      to=${line#*#include \"}
      to=${to%%/*}
      [ "$to" = "$here" ] && continue
      t=$(rank "$to")
      if [ "$t" -lt 0 ] || [ "$t" -ge "$r" ]; then echo "     $file:${line%%:*}: $here includes $to"; fi
    done
  done
)
if [ -z "$broken" ]; then ok "every folder includes only the folders below it (${order[*]})"; else
  bad "an include runs up the layers:"
  echo "$broken"
fi

# only_in PATTERN WHAT FOLDER...: the files matching PATTERN are all in those folders
only_in() {
  local pattern=$1 what=$2 found allowed f d
  shift 2
  found=$(grep -rlE "$pattern" engine --include='*.[ch]' | sort)
  allowed=1
  for f in $found; do
    d=$(basename "$(dirname "$f")")
    [[ " $* " == *" $d "* ]] && continue
    [ "$allowed" = 1 ] && bad "$what outside $*:"
    allowed=0
    echo "     $f"
  done
  [ "$allowed" = 1 ] && ok "$what only in $*"
}
only_in '#include <(lua|lauxlib|lualib)\.h>' "Lua" lesson
only_in '#include <sqlite3\.h>' "SQLite" stats
only_in '#include <SDL' "SDL" render text
only_in '\bstats_(visit_begin|run_begin|record_answer|run_end)\(' "recording a lesson run" play stats

# the public faces of text/ and ui/ carry no SDL or render type
public=$(grep -lE '#include (<SDL|"render/)' engine/text/*.h engine/ui/*.h 2>/dev/null | grep -v '/internal\.h$')
if [ -z "$public" ]; then ok "no public header of text/ or ui/ includes SDL or render/"; else
  bad "a public header of text/ or ui/ includes SDL or render/:"
  while IFS= read -r f; do echo "     $f"; done <<<"$public"
fi
# pack tools are not drawn: packs/ includes no render/
if grep -q '#include "render/' engine/packs/*.[ch]; then bad "engine/packs includes render/"; else
  ok "engine/packs includes nothing of render/"
fi
exit $fail

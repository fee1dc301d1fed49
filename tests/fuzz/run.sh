#!/bin/bash
# tests/fuzz/run.sh — `make fuzz`: libFuzzer on what reaches the kiosk from outside:
#   pubkey, minisig, sums   minisign keys and signatures, a pack's SHA256SUMS (packs/)
#   screen                  screen_decode: what a (compromised) lesson process sends
#   packinfo, strings       pack.lua and strings/<lang>.lua, read in the data sandbox
#   config                  DATA/kiosk.lua, the settings staff edit by hand
#   mergedb                 an export's database given to `stats merge`
#   exportfiles             an export's SHA512SUMS and MANIFEST
# The engine is compiled once into build/fuzz/ (clang, ASan + UBSan); each target runs for
# FUZZ_SECONDS (default 60) from the seeds kept in tests/fuzz/corpus/<target>/ (small,
# in the repository, with every crash ever found: they are replayed first, as regression
# cases) plus a few made here with the stock tools. What a run finds grows
# build/fuzz/corpus-<target>/. A crash, leak or timeout leaves build/fuzz/crash-* (or
# leak-*, timeout-*) and fails the script; copy it into tests/fuzz/corpus/<target>/.
#   FUZZ_SECONDS=600 bash tests/fuzz/run.sh          every target, ten minutes each
#   bash tests/fuzz/run.sh screen mergedb            some targets
# Needs clang and libclang-rt-14-dev (make deps-fuzz).
set -euo pipefail
cd "$(dirname "$0")/../.."

SECS=${FUZZ_SECONDS:-60}
# the targets write their input to files: in memory when there is a tmpfs for it
[ -z "${TMPDIR:-}" ] && [ -d /dev/shm ] && [ -w /dev/shm ] && export TMPDIR=/dev/shm
CC=${FUZZ_CC:-clang}
OUT=build/fuzz
ALL=(pubkey minisig sums screen packinfo strings config mergedb exportfiles)
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=("${ALL[@]}")
command -v "$CC" >/dev/null || { echo "fuzz: $CC is missing: make deps-fuzz"; exit 1; }

mkdir -p "$OUT/obj" build/gen
[ -f build/gen/prelude.inc ] ||
  od -An -v -tx1 engine/lesson/prelude.lua | sed -e 's/ \([0-9a-f][0-9a-f]\)/0x\1,/g' > build/gen/prelude.inc

# The engine's modules that read outside input, compiled once with coverage for the
# fuzzer (fuzzer-no-link) and linked into each target from one archive.
# shellcheck disable=SC2054 # the commas belong to -fsanitize's value
SAN=(-fsanitize=address,undefined -fno-sanitize-recover=undefined)
CFLAGS=(-std=c11 -D_GNU_SOURCE -g -O1 "${SAN[@]}" -DKIOSK_VERSION='"0.1.0"' -Iengine -Ibuild/gen)
read -r -a PKG_CFLAGS <<< "$(pkg-config --cflags lua5.4 libsodium sqlite3 zlib)"
read -r -a PKG_LIBS <<< "$(pkg-config --libs lua5.4 libsodium sqlite3 zlib)"
SRC=(engine/core/*.c engine/lesson/*.c engine/screen/*.c engine/config/*.c engine/stats/*.c
     engine/packs/keys.c engine/packs/verify.c engine/packs/build.c)
echo "== build the engine for fuzzing (${#SRC[@]} files, those changed since the last run)"
objs=() pids=()
for src in "${SRC[@]}"; do
  obj=$OUT/obj/$(echo "${src%.c}" | tr / _).o
  objs+=("$obj")
  [ -f "$obj" ] && [ "$obj" -nt "$src" ] && [ "$obj" -nt build/gen/prelude.inc ] && continue
  "$CC" "${CFLAGS[@]}" "${PKG_CFLAGS[@]}" -fsanitize=fuzzer-no-link -c -o "$obj" "$src" &
  pids+=($!)
  while [ "$(jobs -rp | wc -l)" -ge "$(nproc)" ]; do wait -n || true; done
done
for pid in "${pids[@]}"; do wait "$pid" || { echo "fuzz: compiling failed"; exit 1; }; done
rm -f "$OUT/engine.a"
ar rcs "$OUT/engine.a" "${objs[@]}"
for t in "${TARGETS[@]}"; do
  [ -f "tests/fuzz/fuzz_$t.c" ] || { echo "fuzz: no target $t (have: ${ALL[*]})"; exit 2; }
  echo "== build fuzz_$t"
  "$CC" "${CFLAGS[@]}" "${PKG_CFLAGS[@]}" -fsanitize=fuzzer -Itests/fuzz -o "$OUT/fuzz_$t" \
    "tests/fuzz/fuzz_$t.c" "$OUT/engine.a" "${PKG_LIBS[@]}" -lpthread -lm
done

# Seeds made here: what minisign and sha256sum really write, and the project's own
# pack.lua and strings files.
SEEDS=$OUT/seeds
rm -rf "$SEEDS" && mkdir -p "$SEEDS"/{pubkey,minisig,sums,packinfo,strings,work}
W=$SEEDS/work
minisign -G -W -p "$W/key.pub" -s "$W/key.sec" > /dev/null
cp "$W/key.pub" "$SEEDS/pubkey/key.pub"
printf 'untrusted comment: minisign public key 0\r\n%s\r\n' "$(sed -n 2p "$W/key.pub")" > "$SEEDS/pubkey/crlf.pub"
mkdir -p "$W/pack/lessons" "$W/pack/assets"
echo "return {}" > "$W/pack/pack.lua"
echo "page {}" > "$W/pack/lessons/a.lua"
echo "x" > "$W/pack/assets/a b.png"
(cd "$W/pack" && find . -type f | sed 's|^\./||' | LC_ALL=C sort | tr '\n' '\0' | xargs -0 sha256sum > SHA256SUMS)
cp "$W/pack/SHA256SUMS" "$SEEDS/sums/text"
(cd "$W/pack" && sha256sum -b pack.lua lessons/a.lua) > "$SEEDS/sums/binary"
tr a-f A-F < "$W/pack/SHA256SUMS" | sed 's/  \(.*\)$/  \L\1/' > "$SEEDS/sums/upper"
minisign -S -s "$W/key.sec" -m "$W/pack/SHA256SUMS" -t "pack=core version=1.0.0" > /dev/null
cp "$W/pack/SHA256SUMS.minisig" "$SEEDS/minisig/prehashed"
minisign -S -l -s "$W/key.sec" -m "$W/pack/SHA256SUMS" -x "$SEEDS/minisig/legacy" \
  -t "pack=core version=1.0.0 date=2024-05-01" > /dev/null
rm -rf "$W"
for p in lessons/*/pack.lua tests/lessons/*/pack.lua; do cp "$p" "$SEEDS/packinfo/$(echo "$p" | tr / _)"; done
for s in lessons/*/strings/*.lua tests/lessons/*/strings/*.lua; do cp "$s" "$SEEDS/strings/$(echo "$s" | tr / _)"; done

declare -A MAXLEN=([pubkey]=4096 [minisig]=16384 [sums]=65536 [screen]=65536 [packinfo]=16384
                   [strings]=65536 [config]=16384 [mergedb]=131072 [exportfiles]=8192)
declare -A DICT=([pubkey]=minisign [minisig]=minisign [sums]=sums [packinfo]=lua [strings]=lua [config]=lua)
status=0
for t in "${TARGETS[@]}"; do
  echo "== fuzz_$t for ${SECS}s"
  mkdir -p "$OUT/corpus-$t"
  seeds=()
  for d in tests/fuzz/corpus/"$t" "$SEEDS/$t"; do [ -d "$d" ] && seeds+=("$d"); done
  dict=()
  [ -n "${DICT[$t]:-}" ] && dict=(-dict="tests/fuzz/${DICT[$t]}.dict")
  scratch=$(mktemp -d) # where the target writes its inputs as files; removed after
  if ! TMPDIR=$scratch "$OUT/fuzz_$t" -max_total_time="$SECS" -max_len="${MAXLEN[$t]}" -timeout=30 -rss_limit_mb=2560 \
      "${dict[@]}" -artifact_prefix="$OUT/" -print_final_stats=1 \
      "$OUT/corpus-$t" "${seeds[@]}" > "$OUT/fuzz_$t.log" 2>&1; then
    echo "fuzz_$t FAILED: see $OUT/fuzz_$t.log; keep the input it names in tests/fuzz/corpus/$t/"
    status=1
  fi
  rm -rf "$scratch"
  { grep -E '^#[0-9]+' "$OUT/fuzz_$t.log" | tail -1; grep -E '^stat::(number_of_executed_units|average_exec_per_sec|new_units_added|peak_rss_mb)|ERROR|SUMMARY' "$OUT/fuzz_$t.log"; } || true
done
exit $status

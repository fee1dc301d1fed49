#!/bin/bash
# tests/fuzz/run.sh — builds the libFuzzer targets for the parsers of the files a USB
# stick brings (minisign public keys and signatures, SHA256SUMS) into build/fuzz/ and
# runs each for FUZZ_SECONDS (default 60) from a seed corpus made with the stock tools.
# The corpus grows in build/fuzz/corpus-<target>/ from one run to the next; a crash
# leaves its input in build/fuzz/crash-* and makes this script fail.
#   FUZZ_SECONDS=600 bash tests/fuzz/run.sh          all three, ten minutes each
#   bash tests/fuzz/run.sh sums                      one target
set -euo pipefail
cd "$(dirname "$0")/../.."

SECS=${FUZZ_SECONDS:-60}
CC=${FUZZ_CC:-clang}
OUT=build/fuzz
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(pubkey minisig sums)

mkdir -p "$OUT" build/gen
[ -f build/gen/prelude.inc ] ||
  od -An -v -tx1 engine/lesson/prelude.lua | sed -e 's/ \([0-9a-f][0-9a-f]\)/0x\1,/g' > build/gen/prelude.inc

# The parsers live in engine/packs; the rest of the engine is linked for what they call
# (errors, allocation, version numbers).
# shellcheck disable=SC2054 # the commas belong to -fsanitize's value
CFLAGS=(-std=c11 -D_GNU_SOURCE -g -O1 -fsanitize=fuzzer,address,undefined
        -fno-sanitize-recover=undefined -DKIOSK_VERSION='"0.1.0"' -Iengine -Ibuild/gen)
read -r -a PKG_CFLAGS <<< "$(pkg-config --cflags lua5.4 libsodium sdl2)"
read -r -a PKG_LIBS <<< "$(pkg-config --libs lua5.4 libsodium)"
SRC=(engine/packs/keys.c engine/packs/verify.c engine/packs/build.c engine/core/*.c
     engine/lesson/*.c engine/screen/*.c)
for t in "${TARGETS[@]}"; do
  echo "== build fuzz_$t"
  "$CC" "${CFLAGS[@]}" "${PKG_CFLAGS[@]}" -o "$OUT/fuzz_$t" "tests/fuzz/fuzz_$t.c" "${SRC[@]}" \
    "${PKG_LIBS[@]}" -lm
done

# Seeds: what minisign and sha256sum really write, plus a few near misses.
SEEDS=$OUT/seeds
rm -rf "$SEEDS" && mkdir -p "$SEEDS"/{pubkey,minisig,sums,work}
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

declare -A MAXLEN=([pubkey]=4096 [minisig]=16384 [sums]=65536)
declare -A DICT=([pubkey]=minisign [minisig]=minisign [sums]=sums)
status=0
for t in "${TARGETS[@]}"; do
  echo "== fuzz_$t for ${SECS}s"
  mkdir -p "$OUT/corpus-$t"
  if ! "$OUT/fuzz_$t" -max_total_time="$SECS" -max_len="${MAXLEN[$t]}" \
      -dict="tests/fuzz/${DICT[$t]}.dict" -artifact_prefix="$OUT/" -print_final_stats=1 \
      "$OUT/corpus-$t" "$SEEDS/$t" > "$OUT/fuzz_$t.log" 2>&1; then
    echo "fuzz_$t FAILED: see $OUT/fuzz_$t.log"
    status=1
  fi
  { grep -E '^#[0-9]+' "$OUT/fuzz_$t.log" | tail -1; grep -E '^stat::(number_of_executed_units|average_exec_per_sec|new_units_added|peak_rss_mb)|ERROR|SUMMARY' "$OUT/fuzz_$t.log"; } || true
done
exit $status

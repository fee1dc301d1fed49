#!/bin/sh
# Times export, report, summary and merge of a big synthetic store (optimised build, as
# the kiosk ships). Usage: tests/stats/bench.sh [RUNS [ANSWERS_PER_RUN]]
set -e
cd "$(dirname "$0")/../.."
mkdir -p build/tmp
# shellcheck disable=SC2046 # pkg-config's flags are meant to be split into words
cc -std=c11 -D_GNU_SOURCE -O2 -g -Iengine $(pkg-config --cflags sqlite3 libsodium zlib) \
  -o build/tmp/bench_stats tests/stats/bench_stats.c engine/stats/*.c engine/core/*.c \
  engine/screen/*.c $(pkg-config --libs sqlite3 libsodium zlib) -lm
dir=$(mktemp -d "${TMPDIR:-/tmp}/kiosk-bench-stats-XXXXXX")
trap 'rm -rf "$dir"' EXIT
./build/tmp/bench_stats "$dir" "${1:-100000}" "${2:-3}"

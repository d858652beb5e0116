#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for
# SECONDS (default 600), starting from the seeds in fuzz/seeds/.
#   bash fuzz/run.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDRAGOMAN_BUILD_TESTS=OFF \
  -DDRAGOMAN_BUILD_TOOLS=OFF -DDRAGOMAN_BUILD_FUZZ=ON -DCMAKE_CXX_FLAGS="-fsanitize=address,undefined,fuzzer-no-link" >/dev/null
cmake --build build-fuzz -j "$(nproc)" --target text_pipeline_fuzz lexicon_loader_fuzz >/dev/null
for t in text_pipeline_fuzz:text lexicon_loader_fuzz:lexicon; do
  name=${t%%:*} seeds=${t##*:}
  mkdir -p "build-fuzz/corpus-$seeds"
  echo "== $name for ${seconds}s"
  build-fuzz/$name "build-fuzz/corpus-$seeds" "fuzz/seeds/$seeds" -max_total_time="$seconds" -max_len=20000 \
    -rss_limit_mb=4096 -print_final_stats=1 2>&1 | grep -E "^#[0-9]+.*DONE|stat::number_of_executed_units|ERROR|SUMMARY" || true
done

#!/usr/bin/env bash
# Throughput benchmark: codes each corpus in ../shared/corpora/*/articles.jsonl
# with 1 and 2 threads and prints documents, sentences, events, sentences/s
# (per core), MB/s, dictionary load time and peak memory. Skips when the
# corpora are absent. Builds an optimised binary in build-bench/.
#   bash bench/run.sh [THREADS...]
set -euo pipefail
cd "$(dirname "$0")/.."
corpora=../shared/corpora
if [ ! -d "$corpora" ]; then
  echo "bench: $corpora not found; skipping (the corpora live in the shared folder)"
  exit 0
fi
cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DDRAGOMAN_BUILD_TESTS=OFF -DDRAGOMAN_BUILD_TOOLS=OFF >/dev/null
cmake --build build-bench -j "$(nproc)" --target dragoman >/dev/null
threads=("$@")
[ ${#threads[@]} -gt 0 ] || threads=(1 2)
for f in "$corpora"/*/articles.jsonl; do
  for t in "${threads[@]}"; do
    echo "== $(basename "$(dirname "$f")") threads=$t"
    build-bench/dragoman code --jsonl "$f" --threads "$t" --stats 2>&1 >/dev/null | grep -E '^stats:|bad inputs'
  done
done

#!/usr/bin/env bash
# Legacy-dictionary benchmark: writes a TABARI/PETRARCH-1 dictionary set with
# at least 10,000 verb patterns (bench/make_legacy_dictionaries.py, derived
# from the native lexicon), then codes the Reuters corpus with it on one
# thread and prints load time, sentences/s and peak memory, beside the same
# run with the native lexicon. Skips when the corpus is absent. Builds an
# optimised binary in build-bench/.
#   bash bench/legacy.sh [PATTERNS]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=../shared/corpora/reuters21578/articles.jsonl
if [ ! -f "$corpus" ]; then
  echo "bench: $corpus not found; skipping (the corpora live in the shared folder)"
  exit 0
fi
cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DDRAGOMAN_BUILD_TESTS=OFF -DDRAGOMAN_BUILD_TOOLS=OFF >/dev/null
cmake --build build-bench -j "$(nproc)" --target dragoman >/dev/null
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
python3 bench/make_legacy_dictionaries.py "$dir" --patterns "${1:-10000}"
legacy=(--verbs "$dir/bench.verbs.txt" --actors "$dir/bench.actors.txt" --agents "$dir/bench.agents.txt")
echo "== legacy dictionaries, reuters21578, 1 thread"
build-bench/dragoman code "${legacy[@]}" --jsonl "$corpus" --threads 1 --stats 2>&1 >/dev/null | grep -E '^stats:|bad inputs'
echo "== native lexicon, reuters21578, 1 thread"
build-bench/dragoman code --jsonl "$corpus" --threads 1 --stats 2>&1 >/dev/null | grep -E '^stats:|bad inputs'

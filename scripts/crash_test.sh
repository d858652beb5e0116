#!/usr/bin/env bash
# Crash test for `dragoman ingest`: five runs killed with kill -9 at random
# moments, each resumed, must end with exactly the documents, events and
# counts of one clean run. Uses a generated corpus (no outside data).
#   bash scripts/crash_test.sh [build/dragoman]
set -euo pipefail
dragoman=$(readlink -f "${1:-build/dragoman}")
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cd "$(dirname "$0")/.."
# 30,000 documents: the bundled example article under different ids and dates.
text=$(sed ':a;N;$!ba;s/\n/\\n/g; s/"/\\"/g' examples/geneva-talks.txt)
for i in $(seq 1 30000); do
  printf '{"id":"doc-%05d","date":"2026-03-%02d","text":"%s"}\n' "$i" $(( i % 28 + 1 )) "$text"
done > "$dir/corpus.jsonl"
snapshot() {
  sqlite3 "$1" "SELECT count(*) FROM documents; SELECT count(*) FROM events; SELECT count(*) FROM actors;
                SELECT count(*) FROM sentences;" | tr '\n' ' '
  sqlite3 "$1" "SELECT doc, idx, cameo, source_code, target_code, modality, date, evidence_start FROM events
                ORDER BY doc, idx" | md5sum | cut -c1-16
}
"$dragoman" ingest --quiet --threads 2 --db "$dir/clean.db" "$dir/corpus.jsonl"
clean=$(snapshot "$dir/clean.db")
echo "clean run: $clean"
for round in 1 2 3 4 5; do
  "$dragoman" ingest --quiet --threads 2 --db "$dir/crash.db" "$dir/corpus.jsonl" &
  pid=$!
  # Kill somewhere in the first second: mid-batch or mid-commit.
  sleep "0.$(( RANDOM % 9 + 1 ))"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  echo "round $round: killed after $(sqlite3 "$dir/crash.db" 'SELECT count(*) FROM documents' 2>/dev/null || echo 0) documents"
done
"$dragoman" ingest --quiet --threads 2 --db "$dir/crash.db" "$dir/corpus.jsonl"
crashed=$(snapshot "$dir/crash.db")
echo "resumed:   $crashed"
if [ "$clean" = "$crashed" ]; then echo "crash test: 1 passed, 0 failed"; exit 0; fi
echo "crash test: 0 passed, 1 failed"
exit 1

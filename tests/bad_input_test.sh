#!/usr/bin/env bash
# Bad input never crashes the engine and never loses data. One JSON Lines
# input holds good documents around an invalid UTF-8 document, a raw NUL
# byte, a malformed line, a line without text, a 5,000-token sentence and a
# 50 MB document. The run must name each bad line, code every good document,
# and exit with status 65 (some input was bad).
#   bash tests/bad_input_test.sh build/dragoman
set -uo pipefail
dragoman=${1:-build/dragoman}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
in=$dir/input.jsonl

good='{"id":"good-%s","date":"2024-02-01","text":"Russia attacked Ukraine on Monday. Poland condemned Russia."}\n'
{
  printf "$good" 1
  printf '{"id":"bad-utf8","date":"2024-02-01","text":"Russia attacked Ukraine \xff\xfe on Monday."}\n'
  printf '{"id":"raw-nul","text":"Russia \0 attacked Ukraine."}\n'
  printf '{"id":"escaped-nul","date":"2024-02-01","text":"Russia \\u0000 attacked Ukraine."}\n'
  printf '{"id":"malformed", "text": "no closing brace"\n'
  printf '{"id":"no-text","date":"2024-02-01"}\n'
  printf "$good" 2
  printf '{"id":"long-sentence","text":"'
  for _ in $(seq 1 1000); do printf 'Russia attacked Ukraine and '; done
  printf 'stopped."}\n'
  printf '{"id":"huge","date":"2024-02-01","text":"'
  head -c 52428800 /dev/zero | tr '\0' 'a' | fold -w 60 | tr '\n' ' '
  printf ' Russia attacked Ukraine."}\n'
  printf "$good" 3
} > "$in"

out=$dir/out.jsonl err=$dir/err.txt
"$dragoman" code --jsonl "$in" > "$out" 2> "$err"
status=$?
fail=0
check() { if ! eval "$2"; then echo "FAIL: $1"; fail=1; else echo "ok: $1"; fi; }
check "exit status 65 (some input bad), got $status" '[ "$status" = 65 ]'
check "no crash (status below 128)" '[ "$status" -lt 128 ]'
check "invalid UTF-8 named" 'grep -q "input.jsonl:2: invalid UTF-8" "$err"'
check "raw NUL line named" 'grep -q "input.jsonl:3: malformed JSON" "$err"'
check "escaped NUL named" 'grep -q "document escaped-nul: byte .*: NUL byte" "$err"'
check "malformed line named" 'grep -q "input.jsonl:5: malformed JSON" "$err"'
check "line without text named" 'grep -q "input.jsonl:6: document has no \"text\" field" "$err"'
for id in good-1 good-2 good-3 bad-utf8 escaped-nul long-sentence huge; do
  check "document $id coded" 'grep -q "\"doc\":\"$id\"" "$out"'
done
check "summary counts 7 or 8 documents" 'grep -qE "dragoman: [78] documents coded" "$err"'
n=$(grep -c . "$out")
check "every output line is a JSON object ($n)" '[ "$(grep -c "^{\"doc\":" "$out")" = "$n" ]'
# A broken legacy (PETRARCH) dictionary is named with its line, and nothing
# is coded with it (exit status 78: bad resources).
printf -- '--- MEET [040] ---\nMEET\n- * WITH +\n' > "$dir/broken.verbs.txt"
printf 'Aldoria met Brevia.\n' > "$dir/article.txt"
"$dragoman" code "$dir/article.txt" --verbs "$dir/broken.verbs.txt" > "$dir/legacy.out" 2> "$dir/legacy.err"
status=$?
check "broken legacy dictionary: exit status 78, got $status" '[ "$status" = 78 ]'
check "broken legacy dictionary named with its line" 'grep -q "broken.verbs.txt:3: pattern without a \[CODE\]" "$dir/legacy.err"'
if [ $fail = 0 ]; then echo "bad input: 1 passed, 0 failed"; exit 0; fi
echo "bad input: 0 passed, 1 failed"
exit 1

#!/usr/bin/env bash
# Runs the whole test suite: unit tests, end-to-end coding cases and the
# lexicon check. Installs and builds first if needed.
#   bash test.sh
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDRAGOMAN_BUILD_TESTS=ON >/dev/null
cmake --build build -j "$(nproc)"
# The store tests run on SQLite and, against a throw-away server, PostgreSQL.
bash scripts/with-postgres.sh ctest --test-dir build --output-on-failure -j "$(nproc)"
bash tests/bad_input_test.sh build/dragoman
bash scripts/crash_test.sh build/dragoman

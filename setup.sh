#!/usr/bin/env bash
# Set-up and first run: installs the dependencies, builds Dragoman, and codes
# the bundled example article, printing its events as a table.
#   bash setup.sh
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDRAGOMAN_BUILD_TESTS=ON >/dev/null
cmake --build build -j "$(nproc)"
echo
echo "== dragoman code examples/geneva-talks.txt --date 2026-03-12 --format table"
./build/dragoman code examples/geneva-talks.txt --date 2026-03-12 --format table

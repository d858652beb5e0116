#!/usr/bin/env bash
# Installs the Debian 12 packages Dragoman builds and runs with. Idempotent:
# does nothing when every package is already installed. Needs root.
set -euo pipefail
packages=(
  g++ cmake make pkg-config          # toolchain
  libutf8proc-dev                    # Unicode normalisation
  libsimdjson-dev                    # JSON Lines input
  libpugixml-dev                     # PETRARCH validation records (XML)
  libcli11-dev libfmt-dev            # command line, formatting
  libgtest-dev libgmock-dev          # tests
  libbenchmark-dev                   # benchmarks
  libsqlite3-dev sqlite3             # the event store (sqlite3: the crash test reads it)
  libpq-dev postgresql               # the shared PostgreSQL store, and a server for its tests
  wordnet-base                       # irregular verb forms (verb.exc)
  libtimezonemap-data                # GeoNames cities15000: the gazetteer for event places
  iso-codes                          # ISO 3166-1 list for tools/check_iso_countries.py (not read at run time)
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

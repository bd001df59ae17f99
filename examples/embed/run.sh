#!/usr/bin/env bash
# The installed package end to end (ctest's examples/embed): installs a build tree's pyco into a scratch prefix,
# builds this folder's project against that prefix alone, runs host and tool and compares each one's output
# with NAME.expected. Exit status 1 on any difference.
#   examples/embed/run.sh [BUILD_DIR]     (default: $PYCO_BUILD_DIR, or build/ at the repository's root)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
BUILD_DIR=$(cd "${1:-${PYCO_BUILD_DIR:-$ROOT/build}}" && pwd)
TMP=$(mktemp -d "${TMPDIR:-/tmp}/pyco-embed-XXXXXX")
trap 'rm -rf "$TMP"' EXIT
# pyco's cache keys its precompiled header (55 MB) on the headers' folder, a new one each run: in the user's
# cache every run would leave one behind.
export PYCO_CACHE_DIR=$TMP/cache

cmake --install "$BUILD_DIR" --prefix "$TMP/prefix" >"$TMP/install.log"

SOURCE=$HERE
PROGRAMS=(host tool)
cmake -S "$SOURCE" -B "$TMP/build" -G Ninja -DCMAKE_PREFIX_PATH="$TMP/prefix"
# A pyco installed elsewhere on the machine must not stand in for the one under test.
found=$(sed -n 's/^pyco_DIR:PATH=//p' "$TMP/build/CMakeCache.txt")
if [[ "$found" != "$TMP/prefix/"* ]]; then
  echo "examples/embed: find_package(pyco) found $found, not the scratch prefix" >&2
  exit 1
fi
cmake --build "$TMP/build" -j2

status=0
for program in "${PROGRAMS[@]}"; do
  rc=0
  # Tracebacks name the .py files by absolute path: written @SRC@ in the expected files.
  "$TMP/build/$program" | sed "s|$(cd "$HERE" && pwd -P)/|@SRC@/|g" >"$TMP/$program.out" || rc=$?
  if [ $rc -ne 0 ]; then
    echo "examples/embed: $program exited with status $rc" >&2
    status=1
  fi
  diff -u "$HERE/$program.expected" "$TMP/$program.out" || status=1
done
exit $status

#!/usr/bin/env bash
# Python calling C++ end to end (ctest's examples/cpp_interop): installs a build tree's pyco into a scratch
# prefix, builds this folder's project against that prefix alone (libhost_api.a, then app with the module
# pyco writes for include/host_api.hpp), runs app and compares its output with app.expected, recorded from
# CPython by record.sh. Exit status 1 on any difference.
#   examples/cpp_interop/run.sh [BUILD_DIR]     (default: $PYCO_BUILD_DIR, or build/ at the repository's root)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
BUILD_DIR=$(cd "${1:-${PYCO_BUILD_DIR:-$ROOT/build}}" && pwd)
TMP=$(mktemp -d "${TMPDIR:-/tmp}/pyco-cpp-interop-XXXXXX")
trap 'rm -rf "$TMP"' EXIT
# pyco's cache keys its precompiled header (55 MB) on the headers' folder, a new one each run: in the user's
# cache every run would leave one behind.
export PYCO_CACHE_DIR=$TMP/cache

cmake --install "$BUILD_DIR" --prefix "$TMP/prefix" >"$TMP/install.log"

cmake -S "$HERE" -B "$TMP/build" -G Ninja -DCMAKE_PREFIX_PATH="$TMP/prefix"
# A pyco installed elsewhere on the machine must not stand in for the one under test.
found=$(sed -n 's/^pyco_DIR:PATH=//p' "$TMP/build/CMakeCache.txt")
if [[ "$found" != "$TMP/prefix/"* ]]; then
  echo "examples/cpp_interop: find_package(pyco) found $found, not the scratch prefix" >&2
  exit 1
fi

cmake --build "$TMP/build" -j2

rc=0
# A C++ awaitable that never comes back to the loop would hang app: 120 s is far beyond its 0.3 s.
# Tracebacks name the .py files by absolute path: written @SRC@ in the expected file (app.py prints none).
timeout 120 "$TMP/build/app" | sed "s|$(cd "$HERE" && pwd -P)/|@SRC@/|g" >"$TMP/app.out" || rc=$?
status=0
if [ $rc -ne 0 ]; then
  echo "examples/cpp_interop: app exited with status $rc" >&2
  status=1
fi
diff -u "$HERE/app.expected" "$TMP/app.out" || status=1
exit $status

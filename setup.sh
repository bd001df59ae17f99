#!/usr/bin/env bash
# Installs the Debian 12 packages pyco needs (only those missing), builds pyco, and runs an example.
#   ./setup.sh              install + build + run examples/hello.py
#   ./setup.sh --no-example install + build only
set -euo pipefail
cd "$(dirname "$0")"

# libclang-14-dev with libclang-cpp14-dev, llvm-14-dev and clang-14: reading C++ headers (compiler/cxx/); CMake's
# Clang package needs libclang-14-dev even though pyco links only the shared libclang-cpp.
PACKAGES=(g++ cmake ninja-build python3 antlr4 libantlr4-runtime-dev uuid-dev libfmt-dev catch2 libcli11-dev
          libgmp-dev libboost-context-dev lld libclang-14-dev libclang-cpp14-dev llvm-14-dev clang-14)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "setup: all packages present"
fi

BUILD_DIR=${PYCO_BUILD_DIR:-build}
# $PYCO_CMAKE_ARGS: extra configure options (run-tests.sh --sanitize passes -DPYCO_SANITIZE=ON).
if [ ! -f "$BUILD_DIR/build.ninja" ] || [ -n "${PYCO_CMAKE_ARGS:-}" ]; then
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo ${PYCO_CMAKE_ARGS:-} >/dev/null
fi
# $PYCO_BUILD_TARGETS: only these targets (run-tests.sh --tsan builds what its tests need).
if [ -n "${PYCO_BUILD_TARGETS:-}" ]; then
  cmake --build "$BUILD_DIR" -j "$(nproc)" --target ${PYCO_BUILD_TARGETS}
else
  cmake --build "$BUILD_DIR" -j "$(nproc)"
fi

if [ "${1:-}" != "--no-example" ]; then
  echo "setup: ./pyco run examples/hello.py"
  ./pyco run examples/hello.py
fi

#!/usr/bin/env bash
# Runs every test: unit tests, conformance programs recorded from CPython, and rejected inputs.
# Installs and builds first (./setup.sh), so this is the one command a fresh Debian 12 machine needs.
set -euo pipefail
cd "$(dirname "$0")"
./setup.sh --no-example
BUILD_DIR=${PYCO_BUILD_DIR:-build}
ctest --test-dir "$BUILD_DIR" -j "$(nproc)" --output-on-failure "$@"

#!/usr/bin/env bash
# Runs every test: unit tests, conformance programs recorded from CPython, and rejected inputs.
# Installs and builds first (./setup.sh), so this is the one command a fresh Debian 12 machine needs.
#   ./run-tests.sh [ctest args...]             the normal build (build/, or $PYCO_BUILD_DIR)
#   ./run-tests.sh --sanitize [ctest args...]  a separate build (build-sanitize/, or $PYCO_SANITIZE_BUILD_DIR)
#       with -DPYCO_SANITIZE=ON: compiler, runtime, unit tests and the conformance programs of the asyncio
#       machinery run under ASan+LSan+UBSan, and any sanitizer report fails its test (docs/toolchain.md,
#       "Sanitizers": which conformance programs it leaves to the normal run, and why).
#   ./run-tests.sh --tsan [ctest args...]      a ThreadSanitizer build (build-tsan/, or $PYCO_TSAN_BUILD_DIR) of the
#       runtime, compiler and the threads unit tests, running those and the threads programs (docs/threads.md).
set -euo pipefail
cd "$(dirname "$0")"
BUILD_TARGETS=()
if [ "${1:-}" = "--tsan" ]; then
  shift
  export PYCO_BUILD_DIR=${PYCO_TSAN_BUILD_DIR:-build-tsan}
  export PYCO_CMAKE_ARGS="-DPYCO_TSAN=ON"
  # halt_on_error: the first race fails its test; the runners fail a test whose stderr holds a report.
  export TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1
  export PYCO_SANITIZER_CHECK=1
  # Only what the threads programs and the scheduler's tests need: the rest of the tree stays unbuilt.
  export PYCO_BUILD_TARGETS="pyco pyco_runtime unit_threads"
  set -- -R "^unit/threads/|^conformance/(threads|executors)/|^conformance/tutorial/s6_" "$@"
elif [ "${1:-}" = "--sanitize" ]; then
  shift
  export PYCO_BUILD_DIR=${PYCO_SANITIZE_BUILD_DIR:-build-sanitize}
  export PYCO_CMAKE_ARGS="-DPYCO_SANITIZE=ON"
  # Leaks are errors; UBSan stops at the first report with a stack; the runners fail a test whose stderr
  # holds a report (testsuite/tools/sanitizer_check.py). The LSan suppressions list deliberate immortals only;
  # allocator_may_return_null lets a refused huge request raise MemoryError as in CPython.
  export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:allocator_may_return_null=1:detect_stack_use_after_return=0
  export LSAN_OPTIONS=suppressions=$PWD/testsuite/lsan.supp:print_suppressions=0
  export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
  export PYCO_SANITIZER_CHECK=1
  # The conformance programs whose runtime paths are the intricate ones: coroutines, tasks and the loop,
  # exceptions and tracebacks, greenlets' stack switching, and the one that shows symmetric transfer stays a tail
  # call under the sanitizers' flags
  # (docs/toolchain.md, "Sanitizers": the topics where they found bugs; the rest of the asyncio machinery is built
  # on these and runs in the normal mode, CI's budget being what it is).
  SANITIZED_TOPICS="cancel|coroutines|exceptions|futures|generators|greenlet|loop|tasks|tracebacks"
  set -- -R "^(unit|fuzz|driver|rejected)/|^conformance/(${SANITIZED_TOPICS})/|^conformance/limits/sync_await_chain$" "$@"
fi
./setup.sh --no-example
BUILD_DIR=${PYCO_BUILD_DIR:-build}
ctest --test-dir "$BUILD_DIR" -j "$(nproc)" --output-on-failure "$@"

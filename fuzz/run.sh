#!/usr/bin/env bash
# Builds the fuzz target with clang 14 and fuzzes pyco's front end on one core for DURATION seconds:
#   fuzz/run.sh 3600
# Environment (all optional):
#   PYCO_FUZZ_BUILD  build folder            (default /tmp/pyco-fuzz-build)
#   PYCO_FUZZ_WORK   corpus, crashes, logs   (default /tmp/pyco-fuzz; the corpus grows across runs)
#   PYCO_FUZZ_KEEP_GOING=1  fork mode that records a crash, timeout or OOM and goes on fuzzing instead of
#                    stopping at the first one (still one core)
# Seeds: the conformance programs, the rejected inputs, fuzz/regressions and fuzz/corpus. New crashes land in
# $PYCO_FUZZ_WORK/artifacts/ (crash-*, timeout-*, oom-*); see fuzz/README.md for what to do with them.
set -euo pipefail
FUZZ_DIR=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$FUZZ_DIR")
DURATION=${1:?usage: fuzz/run.sh DURATION_SECONDS}
BUILD=${PYCO_FUZZ_BUILD:-/tmp/pyco-fuzz-build}
WORK=${PYCO_FUZZ_WORK:-/tmp/pyco-fuzz}

command -v clang++-14 >/dev/null || { echo "run.sh: clang++-14 missing: run fuzz/setup-fuzz.sh" >&2; exit 1; }
if [ ! -f "$BUILD/build.ninja" ]; then
  CC=clang-14 CXX=clang++-14 cmake -S "$FUZZ_DIR" -B "$BUILD" -G Ninja >/dev/null
fi
ninja -C "$BUILD" -j 2 fuzz_compiler

# Seeds are copied under flat names (TOPIC_NAME.py) into a folder the fuzzer only reads.
mkdir -p "$WORK/seeds" "$WORK/corpus" "$WORK/artifacts"
for f in "$ROOT"/testsuite/conformance/*/*.py "$ROOT"/testsuite/conformance/*/*/*.py "$ROOT"/testsuite/rejected/*.py; do
  [ -f "$f" ] || continue
  rel=${f#"$ROOT"/testsuite/}
  cp "$f" "$WORK/seeds/${rel//\//_}"
done

FLAGS=(-max_total_time="$DURATION" -rss_limit_mb=2048 -timeout=10 -max_len=4096 -dict="$FUZZ_DIR/python.dict"
       -artifact_prefix="$WORK/artifacts/" -print_final_stats=1)
if [ "${PYCO_FUZZ_KEEP_GOING:-0}" = 1 ]; then
  FLAGS+=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
else
  FLAGS+=(-jobs=1)
fi
# The first folder is the corpus the fuzzer writes to; the others are read-only seeds. With -jobs the fuzzer's
# own output goes to fuzz-0.log in the current folder.
cd "$WORK"
echo "run.sh: fuzzing for ${DURATION}s; corpus $WORK/corpus, crashes $WORK/artifacts/"
status=0
"$BUILD/fuzz_compiler" "${FLAGS[@]}" "$WORK/corpus" "$WORK/seeds" "$FUZZ_DIR/regressions" "$FUZZ_DIR/corpus" || status=$?
[ -f fuzz-0.log ] && [ "${PYCO_FUZZ_KEEP_GOING:-0}" != 1 ] && tail -n 25 fuzz-0.log
ls "$WORK/artifacts/" | sed 's/^/run.sh: artifact: /'
exit $status

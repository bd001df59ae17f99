#!/usr/bin/env bash
# Records app.expected, what app prints, by running app.py under CPython 3.11 against twin/host_api.py, the
# library written in Python. Never edit app.expected by hand: change app.py or the twin, then run this.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
PYTHON=${PYTHON:-python3}
version=$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
if [ "$version" != 3.11 ]; then
  echo "record.sh: $PYTHON is Python $version, not 3.11" >&2
  exit 1
fi
out=$(mktemp)
trap 'rm -f "$out"' EXIT
rc=0
(cd "$HERE" && PYTHONPATH="$HERE/twin" PYTHONDONTWRITEBYTECODE=1 "$PYTHON" app.py >"$out") || rc=$?
if [ $rc -ne 0 ]; then
  echo "record.sh: app.py exited with status $rc under CPython; app.expected left as it was" >&2
  exit 1
fi
cp "$out" "$HERE/app.expected"
echo "record.sh: wrote $HERE/app.expected ($(wc -l <"$HERE/app.expected") lines)"

"""Sanitizer reports in a captured stderr (./run-tests.sh --sanitize and --tsan set PYCO_SANITIZER_CHECK=1).

A program built by a sanitized pyco prints ASan, LSan, UBSan and TSan reports on stderr; a test whose stderr holds one
fails even when the rest matches (and even when the program is in KNOWN_FAILURES), so that the suite's
sanitized run shows zero reports.
"""
import os

MARKERS = (b'ERROR: AddressSanitizer', b'ERROR: LeakSanitizer', b'runtime error:', b'WARNING: ThreadSanitizer')


def enabled():
    return os.environ.get('PYCO_SANITIZER_CHECK') == '1'


def report(stderr):
    """The part of `stderr` (bytes) from the first sanitizer report on, as text, or '' when there is none."""
    if not enabled():
        return ''
    starts = [i for i in (stderr.find(m) for m in MARKERS) if i >= 0]
    if not starts:
        return ''
    begin = stderr.rfind(b'\n', 0, min(starts)) + 1
    return stderr[begin:].decode('utf-8', 'replace')

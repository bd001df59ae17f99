#!/usr/bin/env python3
"""Record NAME.expected for the rejected inputs testsuite/rejected/NAME.py that CPython rejects too.

    regen_rejected.py                        every rejected/*.py and rejected/*/main.py not `# pyco-only`
    regen_rejected.py NAME.py|NAME ...       only these (a folder input by its main.py or its folder)

The expected diagnostic is the one CPython gives when it runs the file, `python3 NAME.py` (`python3 NAME/main.py`)
with the rejected folder as cwd (what `compile()` says differs for null bytes and undecodable bytes): a
sitecustomize installs a sys.excepthook that reports the SyntaxError's class, msg, filename, lineno and offset
(1-based). NAME.expected (NAME/main.expected) becomes

    FILE:LINE:COL: error: Class: msg

FILE is the file at fault relative to the rejected folder: NAME.py, NAME/main.py, or a module the input imports,
NAME/mod.py (CPython compiles an imported module when the import runs, pyco before the program runs; the error is
the same). Absolute paths under the rejected folder in a message become relative the same way. When CPython gives
no line (undecodable bytes), LINE comes from the message's "on line N"; when it gives no column or 0 (null bytes,
undecodable bytes), COL is 1. `# pyco-only` inputs are valid Python that pyco rejects (unsupported constructs, a
module that does not exist: CPython fails only when the import runs); their .expected files are written by hand.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True  # keep the source tree clean of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import layout  # noqa: E402
import normalize  # noqa: E402
import regen  # noqa: E402

TESTSUITE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # this script is in testsuite/tools/
REJECTED = os.path.join(TESTSUITE, 'rejected')
MARKER = 'RECORDED-SYNTAX-ERROR:'
RUN_TIME_IMPORT_ERRORS = ('ImportError', 'ModuleNotFoundError')

SITECUSTOMIZE = f'''
import json, sys
def _hook(cls, exc, tb):
    info = [cls.__name__, getattr(exc, 'msg', str(exc)), getattr(exc, 'filename', None),
            getattr(exc, 'lineno', None), getattr(exc, 'offset', None)]
    sys.stderr.write({MARKER!r} + json.dumps(info) + '\\n')
sys.excepthook = _hook
'''


def is_pyco_only(program):
    with open(program, 'rb') as f:
        return f.readline().strip() == b'# pyco-only'


def cpython_error(program, python, hookdir):
    """(class, msg, filename, lineno, offset) of the error CPython raises before running the program."""
    env = normalize.program_env()
    env['PYTHONPATH'] = hookdir
    top, name = layout.as_given(program)
    proc = subprocess.run([python, name], cwd=top, env=env, stdin=subprocess.DEVNULL,
                          capture_output=True, timeout=normalize.PROGRAM_TIMEOUT)
    for line in proc.stderr.decode('utf-8', 'replace').splitlines():
        if line.startswith(MARKER):
            cls, msg, filename, lineno, offset = json.loads(line[len(MARKER):])
            # ModuleNotFoundError ends in Error too, but CPython raises it only when the import runs.
            if not cls.endswith('Error') or cls in RUN_TIME_IMPORT_ERRORS:
                break
            return cls, msg, filename, lineno, offset
    sys.exit(f'regen_rejected.py: CPython does not reject {name} at compile time (exit {proc.returncode}); '
             f'if pyco must reject it, start it with `# pyco-only` and write {name[:-3]}.expected by hand')


def expected_line(program, python, hookdir):
    cls, msg, filename, lineno, offset = cpython_error(program, python, hookdir)
    top, given = layout.as_given(program)
    # CPython names files by their absolute paths ("Non-UTF-8 code ... in file /abs/NAME.py"); pyco names the
    # main file as given on its command line and the modules beside it relative to that.
    msg = msg.replace(top + os.sep, '')
    where = os.path.relpath(filename, top) if filename else given
    if not lineno:
        m = re.search(r' on line (\d+)', msg)
        lineno = int(m.group(1)) if m else 1
    if not offset or offset < 1:
        offset = 1
    return f'{where}:{lineno}:{offset}: error: {cls}: {msg}'


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('programs', nargs='*', help='inputs to record (default: all rejected/*.py, rejected/*/main.py)')
    parser.add_argument('--python', default='python3', help='reference interpreter (default: python3)')
    args = parser.parse_args()
    regen.check_interpreter(args.python)
    try:
        programs = [layout.program_file(p) for p in args.programs] or layout.find(REJECTED, 1)
    except SystemExit as e:
        sys.exit(f'regen_rejected.py: {e}')
    recorded = 0
    with tempfile.TemporaryDirectory() as hookdir:
        with open(os.path.join(hookdir, 'sitecustomize.py'), 'w') as f:
            f.write(SITECUSTOMIZE)
        for program in programs:
            name = layout.as_given(program)[1]
            if is_pyco_only(program):
                print(f'{name}: pyco-only, .expected kept as written')
                continue
            line = expected_line(program, args.python, hookdir)
            with open(layout.stem(program) + '.expected', 'w', encoding='utf-8') as f:
                f.write(line + '\n')
            recorded += 1
            print(line)
    print(f'regen_rejected.py: recorded {recorded} input(s)')


if __name__ == '__main__':
    main()

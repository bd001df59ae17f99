#!/usr/bin/env python3
"""Record NAME.expected for the rejected inputs testsuite/rejected/NAME.py that CPython rejects too.

    regen_rejected.py                every rejected/*.py whose first line is not `# pyco-only`
    regen_rejected.py NAME.py ...    only these

The expected diagnostic is the one CPython gives when it runs the file, `python3 NAME.py` with the rejected folder
as cwd (what `compile()` says differs for null bytes and undecodable bytes): a sitecustomize installs a
sys.excepthook that reports the SyntaxError's class, msg, lineno and offset (1-based). NAME.expected becomes

    NAME.py:LINE:COL: error: Class: msg

The program's absolute path in a message becomes NAME.py, the path pyco is given. When CPython gives no line (undecodable bytes), LINE comes from the message's "on line N"; when it gives no
column or 0 (null bytes, undecodable bytes), COL is 1. `# pyco-only` inputs are valid Python that pyco rejects;
their .expected files are written by hand.
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True  # keep the source tree clean of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import normalize  # noqa: E402
import regen  # noqa: E402

TESTSUITE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # this script is in testsuite/tools/
REJECTED = os.path.join(TESTSUITE, 'rejected')
MARKER = 'RECORDED-SYNTAX-ERROR:'

SITECUSTOMIZE = f'''
import json, sys
def _hook(cls, exc, tb):
    info = [cls.__name__, getattr(exc, 'msg', str(exc)), getattr(exc, 'lineno', None), getattr(exc, 'offset', None)]
    sys.stderr.write({MARKER!r} + json.dumps(info) + '\\n')
sys.excepthook = _hook
'''


def is_pyco_only(program):
    with open(program, 'rb') as f:
        return f.readline().strip() == b'# pyco-only'


def cpython_error(program, python, hookdir):
    """(class, msg, lineno, offset) of the error CPython raises before running the program."""
    env = normalize.program_env()
    env['PYTHONPATH'] = hookdir
    name = os.path.basename(program)
    proc = subprocess.run([python, name], cwd=os.path.dirname(program), env=env, stdin=subprocess.DEVNULL,
                          capture_output=True, timeout=normalize.PROGRAM_TIMEOUT)
    for line in proc.stderr.decode('utf-8', 'replace').splitlines():
        if line.startswith(MARKER):
            cls, msg, lineno, offset = json.loads(line[len(MARKER):])
            if not cls.endswith('Error'):
                break
            return cls, msg, lineno, offset
    sys.exit(f'regen_rejected.py: CPython does not reject {name} at compile time (exit {proc.returncode}); '
             f'if pyco must reject it, start it with `# pyco-only` and write {name[:-3]}.expected by hand')


def expected_line(program, python, hookdir):
    cls, msg, lineno, offset = cpython_error(program, python, hookdir)
    # CPython names the main script by its absolute path ("Non-UTF-8 code ... in file /abs/NAME.py");
    # pyco names it as given on its command line.
    msg = msg.replace(program, os.path.basename(program))
    if not lineno:
        m = re.search(r' on line (\d+)', msg)
        lineno = int(m.group(1)) if m else 1
    if not offset or offset < 1:
        offset = 1
    return f'{os.path.basename(program)}:{lineno}:{offset}: error: {cls}: {msg}'


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('programs', nargs='*', help='inputs to record (default: all rejected/*.py)')
    parser.add_argument('--python', default='python3', help='reference interpreter (default: python3)')
    args = parser.parse_args()
    regen.check_interpreter(args.python)
    programs = [os.path.abspath(p) for p in args.programs] or sorted(glob.glob(os.path.join(REJECTED, '*.py')))
    recorded = 0
    with tempfile.TemporaryDirectory() as hookdir:
        with open(os.path.join(hookdir, 'sitecustomize.py'), 'w') as f:
            f.write(SITECUSTOMIZE)
        for program in programs:
            name = os.path.basename(program)
            if is_pyco_only(program):
                print(f'{name}: pyco-only, .expected kept as written')
                continue
            line = expected_line(program, args.python, hookdir)
            with open(program[:-len('.py')] + '.expected', 'w', encoding='utf-8') as f:
                f.write(line + '\n')
            recorded += 1
            print(line)
    print(f'regen_rejected.py: recorded {recorded} input(s)')


if __name__ == '__main__':
    main()

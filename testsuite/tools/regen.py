#!/usr/bin/env python3
"""Record the goldens of conformance programs from the reference CPython 3.11.

    regen.py                      every testsuite/conformance/TOPIC/NAME.py and TOPIC/NAME/main.py
    regen.py PROGRAM.py|FOLDER ...  only these (a folder program by its main.py or its folder)

Each program runs as `python3 /abs/path/NAME.py` (`python3 /abs/path/NAME/main.py`) with its file's folder as
cwd, no stdin, a 60 s timeout and the environment of normalize.program_env(); NAME.out (NAME/main.out) gets
stdout, NAME.err the normalised stderr, NAME.rc the exit code and a newline. A program whose first lines hold
`# reference: /usr/bin/python3` runs under that interpreter instead. Goldens are only ever written by this script.
"""
import argparse
import os
import subprocess
import sys

sys.dont_write_bytecode = True  # keep the source tree clean of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import layout  # noqa: E402
import normalize  # noqa: E402

TESTSUITE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # this script is in testsuite/tools/
CONFORMANCE = os.path.join(TESTSUITE, 'conformance')

_checked = {}
_has_greenlet = {}


def imports_greenlet(program):
    """Whether the program (any file of a folder program) imports the greenlet module."""
    files = [program]
    if layout.is_folder_program(program):
        files = [os.path.join(d, f) for d, _, fs in os.walk(layout.folder(program)) for f in fs if f.endswith('.py')]
    for path in files:
        with open(path, encoding='utf-8', errors='replace') as f:
            for line in f:
                words = line.split()
                if words[:2] in (['import', 'greenlet'], ['from', 'greenlet']):
                    return True
    return False


def check_greenlet(python, program):
    """Refuse to record a greenlet program with an interpreter that lacks greenlet: the golden would hold a
    ModuleNotFoundError instead of the program's output."""
    if python not in _has_greenlet:
        _has_greenlet[python] = subprocess.run([python, '-c', 'import greenlet'], capture_output=True,
                                               timeout=30).returncode == 0
    if not _has_greenlet[python]:
        sys.exit(f'regen.py: {program} imports greenlet, which {python} cannot import; install it '
                 f'(Debian: apt-get install python3-greenlet, for /usr/bin/python3) and record again')


def check_interpreter(python):
    """Refuse an interpreter that is not CPython 3.11: goldens must come from the dialect pyco targets."""
    if python not in _checked:
        try:
            out = subprocess.run([python, '-c', 'import sys, platform; '
                                  'print(platform.python_implementation(), *sys.version_info[:3])'],
                                 capture_output=True, text=True, timeout=30, check=True).stdout.split()
        except (OSError, subprocess.SubprocessError) as e:
            sys.exit(f'regen.py: cannot run reference interpreter {python!r}: {e}')
        if out[:3] != ['CPython', '3', '11']:
            sys.exit(f'regen.py: {python!r} is {out[0] if out else "?"} {".".join(out[1:])}, not CPython 3.11; refusing to record goldens')
        _checked[python] = '.'.join(out[1:])
    return _checked[python]


def record(program, default_python):
    program = os.path.abspath(program)
    python = normalize.reference_interpreter(program, default_python)
    check_interpreter(python)
    if imports_greenlet(program):
        check_greenlet(python, program)
    try:
        proc = subprocess.run([python, program], cwd=layout.folder(program), env=normalize.program_env(),
                              stdin=subprocess.DEVNULL, capture_output=True, timeout=normalize.PROGRAM_TIMEOUT)
    except subprocess.TimeoutExpired:
        sys.exit(f'regen.py: {program} did not finish in {normalize.PROGRAM_TIMEOUT} s')
    if proc.returncode < 0:
        sys.exit(f'regen.py: {program} was killed by signal {-proc.returncode}')
    stem = layout.stem(program)
    with open(stem + '.out', 'wb') as f:
        f.write(normalize.normalize_stdout(proc.stdout, program))
    with open(stem + '.err', 'wb') as f:
        f.write(normalize.normalize_stderr(proc.stderr, program))
    with open(stem + '.rc', 'w') as f:
        f.write(f'{proc.returncode}\n')
    return proc.returncode


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('programs', nargs='*', help='programs to record (default: all conformance programs)')
    parser.add_argument('--python', default='python3', help='reference interpreter (default: python3)')
    args = parser.parse_args()
    check_interpreter(args.python)
    try:
        programs = [layout.program_file(p) for p in args.programs] or layout.find(CONFORMANCE, 2)
    except SystemExit as e:
        sys.exit(f'regen.py: {e}')
    for program in programs:
        rc = record(program, args.python)
        print(f'{os.path.relpath(program, CONFORMANCE)}: exit {rc}')
    print(f'regen.py: recorded {len(programs)} program(s)')


if __name__ == '__main__':
    main()

#!/usr/bin/env python3
"""Check that pyco rejects one input with the expected diagnostic.

    run_rejected.py --pyco PATH --program rejected/NAME.py|rejected/NAME/main.py --workdir DIR

Runs `PATH build NAME.py -o DIR/x` (`PATH build NAME/main.py ...`) with the rejected folder as cwd. Passes when
pyco exits with status 1 (not a signal, no "internal error", no core file) and the first line of its stderr
equals NAME.expected (NAME/main.expected), which names the file at fault as pyco was given it or, for a module
of a folder input, beside it: `NAME/mod.py:3:5: error: ...`.
"""
import argparse
import glob
import os
import subprocess
import sys
import time

sys.dont_write_bytecode = True  # keep the source tree clean of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import layout  # noqa: E402
import normalize  # noqa: E402
import sanitizer_check  # noqa: E402
from run_conformance import describe_status  # noqa: E402


def check(pyco, program, workdir):
    """Problems with pyco's answer, as a list of messages (empty when it is the expected rejection)."""
    folder, given = layout.as_given(program)
    with open(layout.stem(program) + '.expected', encoding='utf-8') as f:
        expected = f.read().rstrip('\n')
    exe = os.path.join(workdir, 'x')
    started = time.time()
    try:
        proc = subprocess.run([pyco, 'build', given, '-o', exe], cwd=folder, stdin=subprocess.DEVNULL,
                              capture_output=True, timeout=normalize.BUILD_TIMEOUT)
    except subprocess.TimeoutExpired:
        return [f'pyco build timed out after {normalize.BUILD_TIMEOUT} s']
    except OSError as e:
        return [f'cannot run pyco: {e}']
    stderr = proc.stderr.decode('utf-8', 'replace')
    problems = []
    if proc.returncode != 1:
        problems.append(f'pyco build: expected exit 1, got {describe_status(proc.returncode)}')
    if sanitizer_check.report(proc.stderr):
        problems.append('sanitizer report in pyco build')
    if 'internal error' in stderr.lower():
        problems.append('pyco reported an internal error')
    for path in glob.glob(os.path.join(folder, 'core')) + glob.glob(os.path.join(folder, 'core.*')):
        if os.path.getmtime(path) >= started - 1:
            problems.append(f'pyco dumped core: {path}')
    first = stderr.split('\n', 1)[0].rstrip('\r')
    if first != expected:
        problems.append(f'first line of stderr:\n  expected: {expected}\n  actual:   {first}')
    if problems:
        problems.append('full stderr:\n' + stderr + ('stdout:\n' + proc.stdout.decode('utf-8', 'replace')
                                                    if proc.stdout else ''))
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--pyco', required=True, help='the pyco compiler')
    parser.add_argument('--program', required=True, help='rejected input rejected/NAME.py or rejected/NAME/main.py')
    parser.add_argument('--workdir', required=True, help='folder for the (never expected) executable')
    args = parser.parse_args()
    program = os.path.abspath(args.program)
    workdir = os.path.abspath(args.workdir)
    os.makedirs(workdir, exist_ok=True)
    name = 'rejected/' + layout.as_given(program)[1]
    problems = check(os.path.abspath(args.pyco) if os.sep in args.pyco else args.pyco, program, workdir)
    if problems:
        print(f'{name}: FAILED')
        for problem in problems:
            print(problem.rstrip('\n'))
        return 1
    print(f'{name}: ok')
    return 0


if __name__ == '__main__':
    sys.exit(main())

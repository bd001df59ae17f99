#!/usr/bin/env python3
"""Build one conformance program with pyco, run it, and compare with the goldens recorded by regen.py.

    run_conformance.py --pyco PATH --program TOPIC/NAME.py|TOPIC/NAME/main.py --workdir DIR [--known-failures FILE]

Builds with `PATH build /abs/NAME.py -o DIR/NAME` (`/abs/NAME/main.py`, same executable name; 300 s), runs
DIR/NAME with the program file's folder as cwd, no stdin, 60 s and the goldens' environment plus
PYCO_VIRTUAL_TIME=1 (virtual time); then stdout must equal NAME.out byte for byte (after the {DIR}
substitution), the exit code NAME.rc, the normalised stderr NAME.err (NAME/main.out, ... for a folder program).
Exit 0 on a match, 1 with a diff otherwise.
A program listed in KNOWN_FAILURES (default: testsuite/KNOWN_FAILURES) is expected to fail: its failure
exits 0 ("known failure: REASON"), its success exits 1 so the stale entry gets removed.
"""
import argparse
import difflib
import os
import signal
import subprocess
import sys

sys.dont_write_bytecode = True  # keep the source tree clean of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import layout  # noqa: E402
import normalize  # noqa: E402
import sanitizer_check  # noqa: E402

TESTSUITE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # this script is in testsuite/tools/
CONFORMANCE = os.path.join(TESTSUITE, 'conformance')
SANITIZER = 'sanitizer report'  # how problems found by sanitizer_check begin


def read_known_failures(path):
    """{'TOPIC/NAME.py': reason} from lines `TOPIC/NAME.py  reason` (`TOPIC/NAME/main.py  reason`); `#` starts
    a comment."""
    known = {}
    if not path or not os.path.exists(path):
        return known
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.split('#', 1)[0].strip()
            if line:
                name, _, reason = line.partition(' ')
                known[name] = reason.strip() or '(no reason given)'
    return known


def describe_status(rc):
    if rc < 0:
        try:
            return f'killed by signal {signal.Signals(-rc).name}'
        except ValueError:
            return f'killed by signal {-rc}'
    return f'exit {rc}'


def diff(name, expected, actual):
    lines = difflib.unified_diff(expected.decode('utf-8', 'replace').splitlines(keepends=True),
                                 actual.decode('utf-8', 'replace').splitlines(keepends=True),
                                 f'expected {name}', f'actual {name}')
    text = ''.join(line if line.endswith('\n') else line + '\n\\ No newline at end of file\n' for line in lines)
    if not text:  # Same text after decoding: the bytes differ in encoding or line ends only.
        text = f'--- expected {name}\n+++ actual {name}\n-{expected!r}\n+{actual!r}\n'
    return text


def build(pyco, program, exe):
    """Problems building the program, as a list of messages (empty on success)."""
    try:
        proc = subprocess.run([pyco, 'build', program, '-o', exe], stdin=subprocess.DEVNULL,
                              capture_output=True, timeout=normalize.BUILD_TIMEOUT)
    except subprocess.TimeoutExpired:
        return [f'pyco build timed out after {normalize.BUILD_TIMEOUT} s']
    except OSError as e:
        return [f'cannot run pyco: {e}']
    if sanitizer_check.report(proc.stderr):
        return [f'{SANITIZER} in pyco build:\n{sanitizer_check.report(proc.stderr)}']
    if proc.returncode != 0 or not os.path.isfile(exe):
        out = (proc.stdout + proc.stderr).decode('utf-8', 'replace')
        return [f'pyco build failed ({describe_status(proc.returncode)}):\n{out}']
    return []


def run(program, exe, keeps_cycles=False):
    """Problems running the executable against the goldens, as a list of messages (empty on a match)."""
    try:
        # Virtual time (README, "Running programs"): the loop jumps to its next timer instead of sleeping, so
        # programs with long sleeps finish at once and print the same.
        env = dict(normalize.program_env(), PYCO_VIRTUAL_TIME='1')
        if keeps_cycles and 'ASAN_OPTIONS' in env:
            env['ASAN_OPTIONS'] += ':detect_leaks=0'
        proc = subprocess.run([exe], cwd=layout.folder(program), env=env,
                              stdin=subprocess.DEVNULL, capture_output=True, timeout=normalize.PROGRAM_TIMEOUT)
    except subprocess.TimeoutExpired:
        return [f'the program did not finish in {normalize.PROGRAM_TIMEOUT} s']
    except OSError as e:
        return [f'cannot run {exe}: {e}']
    stem = layout.stem(program)
    with open(stem + '.out', 'rb') as f:
        want_out = f.read()
    with open(stem + '.err', 'rb') as f:
        want_err = f.read()
    with open(stem + '.rc') as f:
        want_rc = int(f.read().strip())
    problems = []
    if sanitizer_check.report(proc.stderr):
        problems.append(f'{SANITIZER} in the program:\n{sanitizer_check.report(proc.stderr)}')
    if proc.returncode != want_rc:
        problems.append(f'exit status: expected {describe_status(want_rc)}, got {describe_status(proc.returncode)}')
    out = normalize.normalize_stdout(proc.stdout, program)
    if out != want_out:
        problems.append('stdout differs:\n' + diff('stdout', want_out, out))
    err = normalize.normalize_stderr(proc.stderr, program)
    if err != want_err:
        problems.append('stderr differs (normalised):\n' + diff('stderr', want_err, err))
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--pyco', required=True, help='the pyco compiler')
    parser.add_argument('--program', required=True, help='conformance program TOPIC/NAME.py or TOPIC/NAME/main.py')
    parser.add_argument('--workdir', required=True, help='folder for the executable')
    parser.add_argument('--known-failures', default=os.path.join(TESTSUITE, 'KNOWN_FAILURES'))
    args = parser.parse_args()

    program = os.path.abspath(args.program)
    key = layout.key(program)
    os.makedirs(args.workdir, exist_ok=True)
    exe = os.path.join(os.path.abspath(args.workdir), layout.name(program))
    if os.path.exists(exe):
        os.remove(exe)  # never run a stale executable when the build fails to write one

    # Programs whose own data forms reference cycles (a list that contains itself) leak them: pyco counts
    # references and has no cycle collector. testsuite/REFERENCE_CYCLES lists them, with the reason; under
    # sanitizers they run without leak detection, every other check stays.
    keeps_cycles = key in read_known_failures(os.path.join(TESTSUITE, 'REFERENCE_CYCLES'))
    problems = build(args.pyco, program, exe) or run(program, exe, keeps_cycles)
    reason = read_known_failures(args.known_failures).get(key)
    if any(p.startswith(SANITIZER) for p in problems):
        reason = None  # a sanitizer report fails a known failure too
    if reason is not None:
        if problems:
            print(f'{key}: known failure: {reason}')
            for problem in problems:
                print(problem.rstrip('\n'))
            return 0
        print(f'{key}: unexpectedly passes; remove it from KNOWN_FAILURES')
        return 1
    if problems:
        print(f'{key}: FAILED')
        for problem in problems:
            print(problem.rstrip('\n'))
        return 1
    print(f'{key}: ok')
    # A passing program's executable is not needed again, and hundreds of them (statically linked, with debug
    # information; 30 MB each under sanitizers) would fill the disk. A failing one is kept to debug.
    os.remove(exe)
    return 0


if __name__ == '__main__':
    sys.exit(main())

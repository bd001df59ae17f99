#!/usr/bin/env python3
"""Long inputs the fuzzer cannot make (its inputs stay under 4096 bytes): each repeatable construct of Python
repeated N times, run through the front end by the replay driver, next to what CPython's compile() says.

    fuzz/long_inputs.py --replay BUILD/testsuite/pyco_fuzz_replay [--count 50000] [--only NAME ...] [--no-cpython]

For each construct it prints pyco's outcome (first diagnostic line, or the size of the C++), the time it took,
and CPython's outcome. A crash (signal), an abort (such as std::bad_alloc past the 4 GiB address-space budget) or
a run over the time budget is reported as FAIL and makes the exit status 1. Differences from CPython are printed for reading, not failed: CPython rejects
some of these for its own limits (RecursionError, MemoryError, "too many statically nested blocks").
"""
import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time

TIME_BUDGET = 60        # seconds per input
MEMORY_BUDGET = 4 << 30  # bytes of address space per input


def constructs(n):
    """name -> source, each with n repetitions of one construct."""
    names = ", ".join(f"a{i}" for i in range(n))
    return {
        "elif_chain": "x = 1\nif x:\n pass\n" + "elif x:\n pass\n" * n,
        "and_chain": "x = 1\nprint(" + "x and " * n + "x)\n",
        "or_chain": "x = 0\nprint(" + "x or " * n + "x)\n",
        "comparison_chain": "x = " + "1 < " * n + "2\n",
        "binary_chain": "x = " + "1 + " * n + "1\n",
        "attribute_chain": "x = print" + ".__class__" * n + "\n",
        "call_chain": "x = print" + "()" * n + "\n",
        "subscript_chain": "x = [0]\nx = x" + "[0]" * n + "\n",
        "conditional_chain": "x = " + "1 if 1 else " * n + "1\n",
        "power_chain": "x = " + "1 ** " * n + "1\n",
        "unary_chain": "x = " + "-" * n + "1\n",
        "not_chain": "x = " + "not " * n + "1\n",
        "comprehension_for": "x = [0 " + "for a in () " * n + "]\n",
        "comprehension_if": "x = [0 for a in () " + "if a " * n + "]\n",
        "with_items": "with " + ", ".join(["open('x')"] * n) + ":\n    pass\n",
        "except_clauses": "try:\n    pass\n" + "except ValueError:\n    pass\n" * n,
        "decorators": "@print\n" * n + "def f(): pass\n",
        "assign_targets": "x = " * n + "1\n",
        "unpack_targets": names + f" = range({n})\n",
        "call_arguments": "print(" + "1, " * n + ")\n",
        "parameters": "def f(" + ", ".join(f"a{i}=1" for i in range(n)) + "): pass\n",
        "list_display": "x = [" + "1, " * n + "]\n",
        "dict_display": "x = {" + "1: 2, " * n + "}\n",
        "string_concatenation": "x = " + "'a' " * n + "\n",
        "fstring_concatenation": "x = " + "f'{1}' " * n + "\n",
        "global_names": "def f():\n    global " + names + "\n",
        "semicolons": "x = 1; " * n + "\n",
        "statements": "x = 1\n" * n,
        "functions": "".join(f"def f{i}(): return {i}\n" for i in range(n // 5)),
        "parentheses": "x = " + "(" * n + "1" + ")" * n + "\n",
        "lambdas": "x = " + "lambda: " * n + "1\n",
        "match_line": "match " + "a + " * n + "a:\n    case 1: pass\n",
    }


def limit_resources():
    # AddressSanitizer reserves terabytes of address space for its shadow memory, so under PYCO_SANITIZE the
    # address-space limit would stop every run; LeakSanitizer and the time budget still apply there.
    if os.environ.get("PYCO_SANITIZER_CHECK"):
        return
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_BUDGET, MEMORY_BUDGET))


def run_pyco(replay, path):
    start = time.monotonic()
    try:
        proc = subprocess.run([replay, "--show", path], capture_output=True, text=True, errors="replace",
                              timeout=TIME_BUDGET, preexec_fn=limit_resources)
    except subprocess.TimeoutExpired:
        return False, f"over {TIME_BUDGET} s", TIME_BUDGET
    elapsed = time.monotonic() - start
    lines = proc.stdout.splitlines()
    if proc.returncode != 0:
        reason = f"signal {-proc.returncode}" if proc.returncode < 0 else f"exit {proc.returncode}"
        return False, f"{reason}: {proc.stderr.strip()[-200:]}", elapsed
    return True, lines[1].strip() if len(lines) > 1 else "?", elapsed


def run_cpython(path):
    # In a child process: CPython itself can exhaust memory or recurse deeply on these.
    code = ("import sys\nsrc = open(sys.argv[1], 'rb').read()\n"
            "try:\n    compile(src, 'long.py', 'exec'); print('compiles')\n"
            "except BaseException as e:\n    print(type(e).__name__ + ': ' + str(e)[:100])\n")
    try:
        proc = subprocess.run([sys.executable, "-c", code, path], capture_output=True, text=True,
                              timeout=TIME_BUDGET, preexec_fn=limit_resources)
    except subprocess.TimeoutExpired:
        return f"over {TIME_BUDGET} s"
    return proc.stdout.strip() or proc.stderr.strip()[-100:] or f"exit {proc.returncode}"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--replay", required=True, help="path of pyco_fuzz_replay (normal build)")
    parser.add_argument("--count", type=int, default=50000, help="repetitions of each construct")
    parser.add_argument("--only", nargs="*", help="construct names to run")
    parser.add_argument("--no-cpython", action="store_true", help="skip CPython's outcome (ctest uses this)")
    args = parser.parse_args()
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name, source in constructs(args.count).items():
            if args.only and name not in args.only:
                continue
            path = os.path.join(tmp, name + ".py")
            with open(path, "w") as f:
                f.write(source)
            ok, outcome, elapsed = run_pyco(args.replay, path)
            failures += not ok
            print(f"{'ok  ' if ok else 'FAIL'} {name:22} {len(source):>8} B  {elapsed:6.2f} s  pyco: {outcome[:110]}")
            if not args.no_cpython:
                print(f"     {'':22} {'':>8}             CPython: {run_cpython(path)}")
    print(f"{failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

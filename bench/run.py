#!/usr/bin/env python3
"""Compares pyco with CPython 3.11 (and uvloop, and the hand-written C++ lower bound) on bench/programs, and
with CPython, Cython and mypyc on the CPU kernels of bench/kernels (each plain and annotated).

For each program: builds it with pyco, runs pyco's executable, `python3 program.py` and, when /usr/bin/python3
can import uvloop, the program under uvloop; runs bench/lean's C++ version where there is one. Prints the median
wall time and the median CPU time (user+sys of the child, from os.wait4) over --runs runs, the ratios, and the
peak memory (ru_maxrss); checks every implementation printed the same output as CPython. Ratios use CPU time,
which a machine shared with other builds disturbs far less than wall time.

    python3 bench/run.py [--pyco ./pyco] [--runs 5] [--quick] [--only NAME ...] [--compile-time] [--no-peers]

The kernels' peers run as their users would: `cython3` then the C compiler (Cython 0.29, Debian's cython3) and
`mypyc` (Debian's python3-mypy), both for /usr/bin/python3; a peer that is not installed is left out (said so).

--quick runs small sizes once per implementation and exits 1 unless every program builds and agrees with
CPython (the ctest test bench/quick); it never checks times.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
UVLOOP_PYTHON = "/usr/bin/python3"

# name -> (full size, quick size); the size is the program's first argument.
PROGRAMS = {
    "spawn_gather": (200000, 2000),
    "sleep0": (1000000, 10000),
    "pingpong": (200000, 2000),
    "timers": (100000, 1000),
    "pipeline": (100000, 1000),
    "cpu_tasks": (200, 3),
}
LEAN = {"spawn_gather", "sleep0"}
# bench/kernels: CPU-bound code inside a task (issue 14), each also as NAME_typed.py with mypyc-style annotations.
KERNELS = {
    "fib": (30, 15),
    "sumloop": (10000000, 1000),
    "nbody": (100000, 100),
    "wordcount": (1000000, 1000),
    "strings": (300000, 100),
    "classes": (1000000, 1000),
}
PEER_PYTHON = "/usr/bin/python3"


class Sample:
    def __init__(self, wall, cpu, rss_kb, rc, out):
        self.wall, self.cpu, self.rss_kb, self.rc, self.out = wall, cpu, rss_kb, rc, out


def run_once(cmd):
    """Runs cmd; returns its wall time, CPU time (os.wait4, the child and what it waited for) and peak RSS.

    Linux charges a child's ru_maxrss with the RSS its forking parent had (this Python, about 15 MB), so the
    peak comes from GNU time started in between, whose own RSS is about 2 MB."""
    with tempfile.TemporaryFile() as out, tempfile.NamedTemporaryFile("r") as rss:
        start = time.perf_counter()
        wrapper = ["/usr/bin/time", "-q", "-f", "%M", "-o", rss.name] if os.path.exists("/usr/bin/time") else []
        proc = subprocess.Popen(wrapper + cmd, stdout=out, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        text = rss.read().split()
        rss_kb = int(text[-1]) if text and text[-1].isdigit() else usage.ru_maxrss  # no GNU time: an upper bound
        return Sample(wall, usage.ru_utime + usage.ru_stime, rss_kb, proc.returncode, out.read())


def measure(cmd, runs):
    """Median wall and CPU time over runs; the output and exit code of the first run (all must agree)."""
    samples = [run_once(cmd) for _ in range(runs)]
    first = samples[0]
    consistent = all(s.out == first.out and s.rc == first.rc for s in samples)
    return Sample(statistics.median(s.wall for s in samples), statistics.median(s.cpu for s in samples),
                  statistics.median(s.rss_kb for s in samples), first.rc if consistent else "varies", first.out)


def build_pyco(pyco, src, exe):
    """Builds src with pyco; returns None or the reason it could not be built (first diagnostic line)."""
    res = subprocess.run([pyco, "build", src, "-o", exe], capture_output=True, text=True)
    if res.returncode == 0:
        return None
    lines = [l for l in (res.stderr + res.stdout).splitlines() if l.strip()]
    return next((l for l in lines if "error" in l), lines[0] if lines else f"exit {res.returncode}")


def build_lean(name, exe):
    src = os.path.join(HERE, "lean", name + ".cpp")
    res = subprocess.run([os.environ.get("CXX", "g++"), "-std=c++20", "-O2", "-o", exe, src],
                         capture_output=True, text=True)
    return None if res.returncode == 0 else res.stderr.strip().splitlines()[0]


def peer_module_cmd(folder, module):
    """Runs a compiled module's run(size) with the peers' Python (the size comes last)."""
    code = f"import sys; sys.path.insert(0, {folder!r}); import {module}; {module}.run(int(sys.argv[1]))"
    return [PEER_PYTHON, "-c", code]


def build_cython(src, work):
    """cython3, then the C compiler into an extension module; returns (cmd prefix or None, reason)."""
    if not shutil.which("cython3") or not os.path.exists(PEER_PYTHON):
        return None, "cython3 not installed (apt-get install cython3)"
    module = os.path.splitext(os.path.basename(src))[0]
    folder = os.path.join(work, "cython", module)
    os.makedirs(folder, exist_ok=True)
    c_file = os.path.join(folder, module + ".c")
    res = subprocess.run(["cython3", "-3", src, "-o", c_file], capture_output=True, text=True)
    if res.returncode != 0:
        return None, "cython3 failed: " + (res.stderr.strip().splitlines() or ["?"])[0]
    cfg = subprocess.run([PEER_PYTHON, "-c", "import sysconfig as s; print(s.get_paths()['include']); "
                          "print(s.get_config_var('EXT_SUFFIX'))"], capture_output=True, text=True).stdout.split()
    so = os.path.join(folder, module + cfg[1])
    res = subprocess.run(["cc", "-shared", "-fPIC", "-O2", "-I" + cfg[0], c_file, "-o", so],
                         capture_output=True, text=True)
    if res.returncode != 0:
        return None, "cc failed: " + (res.stderr.strip().splitlines() or ["?"])[0]
    return peer_module_cmd(folder, module), None


def build_mypyc(src, work):
    """mypyc, in a folder of its own (it writes the extension next to the source)."""
    if not shutil.which("mypyc"):
        return None, "mypyc not installed (apt-get install python3-mypy)"
    module = os.path.splitext(os.path.basename(src))[0]
    folder = os.path.join(work, "mypyc", module)
    os.makedirs(folder, exist_ok=True)
    shutil.copy(src, folder)
    res = subprocess.run(["mypyc", module + ".py"], cwd=folder, capture_output=True, text=True)
    if res.returncode != 0:
        lines = [l for l in (res.stdout + res.stderr).splitlines() if "error" in l] or ["?"]
        return None, "mypyc failed: " + lines[0]
    os.remove(os.path.join(folder, module + ".py"))  # so the import finds the extension
    return peer_module_cmd(folder, module), None


def cpython_and_pyco(name, src, size, args, work):
    """The row every benchmark starts with: src under CPython, and built with pyco into work/name and run."""
    row = {"name": name, "size": size, "notes": []}
    row["cpython"] = measure([sys.executable, src, str(size)], args.runs)
    exe = os.path.join(work, name)
    reason = build_pyco(args.pyco, src, exe)
    if reason:
        row["notes"].append(f"pyco: not buildable: {reason}")
    else:
        row["pyco"] = measure([exe, str(size)], args.runs)
    return row


def bench_kernel(name, size, args, work):
    """A kernel in CPython, pyco and, unless --quick or --no-peers, Cython and mypyc."""
    src = os.path.join(HERE, "kernels", name + ".py")
    row = cpython_and_pyco(name, src, size, args, work)
    if not args.quick and not args.no_peers:
        for peer, build in (("cython", build_cython), ("mypyc", build_mypyc)):
            cmd, reason = build(src, work)
            if cmd:
                row[peer] = measure(cmd + [str(size)], args.runs)
            else:
                row["notes"].append(f"{peer}: {reason}")
    check_outputs(row, ("pyco", "cython", "mypyc"))
    return row


def print_kernel_table(rows):
    print("| kernel | size | pyco cpu s | CPython | Cython | mypyc | CPython/pyco | Cython/pyco | mypyc/pyco "
          "| RSS pyco / CPython MB | outputs |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        p, c, cy, my = (r.get(k) for k in ("pyco", "cpython", "cython", "mypyc"))
        cpu = lambda s: f"{s.cpu:.3f}" if s else "-"
        rss = " / ".join(f"{s.rss_kb / 1024:.1f}" if s else "-" for s in (p, c))
        print(f"| {r['name']} | {r['size']} | {cpu(p)} | {cpu(c)} | {cpu(cy)} | {cpu(my)} "
              f"| {ratio(c and c.cpu, p and p.cpu)} | {ratio(cy and cy.cpu, p and p.cpu)} "
              f"| {ratio(my and my.cpu, p and p.cpu)} | {rss} | {verdict(r)} |")
    for r in rows:
        for n in r["notes"]:
            print(f"- {r['name']}: {n}")


def has_uvloop():
    if not os.path.exists(UVLOOP_PYTHON):
        return False
    return subprocess.run([UVLOOP_PYTHON, "-c", "import uvloop"], capture_output=True).returncode == 0


def bench_program(name, size, args, work, uvloop):
    """Measures one program in every implementation; returns a dict of Samples and notes."""
    src = os.path.join(HERE, "programs", name + ".py")
    row = cpython_and_pyco(name, src, size, args, work)
    exe = os.path.join(work, name)
    if uvloop:
        row["uvloop"] = measure([UVLOOP_PYTHON, os.path.join(HERE, "uvloop_run.py"), src, str(size)], args.runs)
    if name in LEAN:
        lean_exe = exe + "-lean"
        reason = build_lean(name, lean_exe)
        if reason:
            row["notes"].append(f"lean: not buildable: {reason}")
        else:
            row["lean"] = measure([lean_exe, str(size)], args.runs)
    check_outputs(row)
    return row


def check_outputs(row, impls=("pyco", "uvloop", "lean")):
    """Every implementation must print CPython's output and exit as it does."""
    ref = row["cpython"]
    if ref.rc != 0:
        row["notes"].append(f"cpython exited {ref.rc}")
    row["agree"] = True
    for impl in impls:
        s = row.get(impl)
        if s and (s.out != ref.out or s.rc != ref.rc):
            row["agree"] = False
            row["notes"].append(f"{impl} output differs from CPython (rc {s.rc}): {s.out[:80]!r}")
    if "pyco" not in row:
        row["agree"] = False


def ratio(a, b):
    return f"{a / b:.1f}" if a and b else "-"


def cell(s):
    return f"{s.cpu:.3f} / {s.wall:.2f}" if s else "-"


def verdict(row):
    if "pyco" not in row:
        return "not buildable"
    return "same" if row["agree"] else "DIFFER"


def print_table(rows):
    print("| program | size | pyco cpu/wall s | CPython cpu/wall s | uvloop cpu/wall s | lean cpu/wall s "
          "| CPython/pyco | uvloop/pyco | pyco/lean | RSS pyco / CPython / uvloop MB | outputs |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        p, c, u, l = (r.get(k) for k in ("pyco", "cpython", "uvloop", "lean"))
        rss = " / ".join(f"{s.rss_kb / 1024:.1f}" if s else "-" for s in (p, c, u))
        print(f"| {r['name']} | {r['size']} | {cell(p)} | {cell(c)} | {cell(u)} | {cell(l)} "
              f"| {ratio(c and c.cpu, p and p.cpu)} | {ratio(u and u.cpu, p and p.cpu)} "
              f"| {ratio(p and p.cpu, l and l.cpu)} | {rss} | {verdict(r)} |")
    for r in rows:
        for n in r["notes"]:
            print(f"- {r['name']}: {n}")


def compile_times(pyco, work):
    """`pyco build` CPU and wall time: hello.py warm (second build) and a generated 1,000-line program."""
    hello = os.path.join(ROOT, "examples", "hello.py")
    large = os.path.join(work, "large.py")
    subprocess.run([sys.executable, os.path.join(HERE, "gen_large.py"), large, "1000"], check=True)
    run_once([pyco, "build", hello, "-o", os.path.join(work, "hello")])  # warms the precompiled header
    for label, src in (("hello.py (warm)", hello), ("1,000-line program", large)):
        s = run_once([pyco, "build", src, "-o", os.path.join(work, "compiled")])
        print(f"- pyco build {label}: {s.cpu:.2f} s CPU (children of pyco included), {s.wall:.2f} s wall, "
              f"exit {s.rc}")


def parse_args():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pyco", default=os.path.join(ROOT, "pyco"))
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--quick", action="store_true", help="small sizes; exit 1 unless all build and agree")
    ap.add_argument("--only", nargs="*", help="program names to run")
    ap.add_argument("--scale", type=float, default=1.0, help="multiply the full sizes (not with --quick)")
    ap.add_argument("--compile-time", action="store_true", help="also time pyco build")
    ap.add_argument("--no-uvloop", action="store_true")
    ap.add_argument("--no-peers", action="store_true", help="kernels without Cython and mypyc")
    return ap.parse_args()


def main():
    args = parse_args()
    uvloop = has_uvloop() and not args.no_uvloop
    work = tempfile.mkdtemp(prefix="pyco-bench-")
    rows = []
    try:
        for name, (full, quick) in PROGRAMS.items():
            if args.only and name not in args.only:
                continue
            size = quick if args.quick else max(1, int(full * args.scale))
            rows.append(bench_program(name, size, args, work, uvloop))
        kernel_rows = []
        for name, (full, quick) in KERNELS.items():
            for variant in (name, name + "_typed"):
                if args.only and name not in args.only and variant not in args.only:
                    continue
                size = quick if args.quick else max(1, int(full * args.scale))
                kernel_rows.append(bench_kernel(variant, size, args, work))
        if rows:
            print_table(rows)
        if kernel_rows:
            print()
            print_kernel_table(kernel_rows)
        rows += kernel_rows
        if not uvloop and not args.no_uvloop:
            print(f"- uvloop: not measured ({UVLOOP_PYTHON} cannot import uvloop: apt-get install python3-uvloop)")
        if args.compile_time:
            compile_times(args.pyco, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if all(r["agree"] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())

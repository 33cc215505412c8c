#!/usr/bin/env python3
"""Run the benchmarks in bench/ under pyston-rt, CPython and (if present) PyPy.

Usage:
    python3 scripts/bench.py [--runs N] [--filter SUBSTR] [--bin PATH]
                             [--tier=T | --tier T] [--timeout SECS]
                             [--no-pypy] [--arg N] [-- extra pyston-rt args]

Every benchmark is run N times (default 3) per implementation; the best CPU
time (user + system of the child process) is reported. Each implementation's stdout must equal CPython's: a
mismatch or a non-zero exit is reported as FAIL/WRONG in that column and the
benchmark is left out of that implementation's geometric mean (with a note).
The script also works when pyston-rt is missing or fails everything.

--tier=T and anything after `--` are passed to pyston-rt only (before the
script path). --arg N passes N as the benchmark's size argument to every
implementation (default: each benchmark's own default size).
"""
import argparse
import math
import os
import resource
import shutil
import subprocess
import sys
import time

ROOT = os.path.realpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
BENCH_DIR = os.path.join(ROOT, "bench")


def find_benchmarks(filt):
    names = sorted(f[:-3] for f in os.listdir(BENCH_DIR) if f.endswith(".py") and not f.startswith("_"))
    return [n for n in names if not filt or filt in n]


def run_once(cmd, timeout):
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1")
    env.pop("PYTHONPATH", None)
    # CPU time (user + system) of the child, not wall time: a busy machine
    # stretches wall time but barely changes the CPU a run needs.
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    try:
        p = subprocess.run(cmd, cwd=BENCH_DIR, env=env, stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, None, "timeout", b""
    except OSError as e:
        return None, None, "cannot run: %s" % e, b""
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    elapsed = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if p.returncode != 0:
        return elapsed, p.stdout, "exit %d" % p.returncode, p.stderr
    return elapsed, p.stdout, None, p.stderr


class Impl:
    def __init__(self, name, argv_prefix):
        self.name = name
        self.argv_prefix = argv_prefix


def fmt_time(t):
    return "%.3fs" % t


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=3, help="runs per benchmark and implementation (best is kept)")
    ap.add_argument("--filter", default="", help="only benchmarks whose name contains this")
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "pyston-rt"), help="pyston-rt binary")
    ap.add_argument("--tier", default=None, help="execution tier passed to pyston-rt as --tier=T")
    ap.add_argument("--timeout", type=float, default=300, help="timeout per run in seconds")
    ap.add_argument("--no-pypy", action="store_true", help="do not run pypy3 even if it is on PATH")
    ap.add_argument("--arg", default=None, help="size argument passed to every benchmark")
    argv = sys.argv[1:]
    extra = []
    if "--" in argv:
        i = argv.index("--")
        argv, extra = argv[:i], argv[i + 1:]
    args = ap.parse_args(argv)

    benches = find_benchmarks(args.filter)
    if not benches:
        print("no benchmark matches %r" % args.filter)
        return 2

    pyston_args = ([("--tier=" + args.tier)] if args.tier else []) + extra
    impls = []
    args.bin = os.path.abspath(args.bin)  # benchmarks run with their own cwd
    pyston_ok = os.path.isfile(args.bin) and os.access(args.bin, os.X_OK)
    if pyston_ok:
        impls.append(Impl("pyston-rt", [args.bin] + pyston_args))
    cpython = shutil.which("python3") or sys.executable
    impls.append(Impl("cpython", [cpython]))
    pypy = None if args.no_pypy else shutil.which("pypy3")
    if pypy:
        impls.append(Impl("pypy3", [pypy]))

    print("benchmarks: %s" % " ".join(benches))
    print("implementations: %s" % ", ".join("%s (%s)" % (i.name, " ".join(i.argv_prefix)) for i in impls))
    if not pyston_ok:
        print("note: pyston-rt binary %s not found; its column shows MISSING (build with cargo build --release)" % args.bin)
    print("best CPU time (user + sys) of %d run(s)\n" % args.runs)

    # results[bench][impl] = (status, best_time) ; status None = ok
    results = {}
    notes = []
    for b in benches:
        script = os.path.join(BENCH_DIR, b + ".py")
        bench_args = [args.arg] if args.arg else []
        results[b] = {}
        reference = None
        # CPython first: its output is the reference.
        order = sorted(impls, key=lambda i: i.name != "cpython")
        for impl in order:
            best = None
            status = None
            out = None
            for _ in range(max(1, args.runs)):
                elapsed, stdout, err, stderr = run_once(impl.argv_prefix + [script] + bench_args, args.timeout)
                if err:
                    status = "FAIL"
                    first = stderr.decode("utf-8", "replace").strip().splitlines()[-1:] if stderr else []
                    notes.append("%s/%s: %s%s" % (b, impl.name, err, (" (" + first[0][:100] + ")") if first else ""))
                    break
                if out is None:
                    out = stdout
                best = elapsed if best is None else min(best, elapsed)
            if status is None and impl.name == "cpython":
                reference = out
            elif status is None and reference is not None and out != reference:
                status = "WRONG"
                notes.append("%s/%s: output differs from CPython (got %r...)" % (b, impl.name, out[:60]))
            elif status is None and reference is None:
                status = "NOREF"
                notes.append("%s/%s: no CPython reference output to compare with" % (b, impl.name))
            results[b][impl.name] = (status, best)
            sys.stderr.write("  %-16s %-10s %s\n" % (b, impl.name, status or fmt_time(best)))

    # Table.
    names = [i.name for i in impls]
    if not pyston_ok:
        names = ["pyston-rt"] + names
    header = "%-16s" % "benchmark" + "".join("%12s" % n for n in names)
    ratio_cols = [n for n in names if n != "cpython"]
    header += "".join("%14s" % (n + "/cpy") for n in ratio_cols)
    print(header)
    print("-" * len(header))
    logs = {n: [] for n in ratio_cols}
    excluded = {n: [] for n in ratio_cols}
    for b in benches:
        row = "%-16s" % b
        cpy_status, cpy_time = results[b].get("cpython", ("FAIL", None))
        for n in names:
            if n not in results[b]:
                row += "%12s" % "MISSING"
                continue
            st, t = results[b][n]
            row += "%12s" % (st if st else fmt_time(t))
        for n in ratio_cols:
            st, t = results[b].get(n, ("MISSING", None))
            if st or cpy_status or not t or not cpy_time:
                row += "%14s" % "-"
                excluded[n].append(b)
            else:
                r = t / cpy_time
                logs[n].append(math.log(r))
                row += "%14s" % ("%.3fx" % r)
        print(row)
    print("-" * len(header))
    gm = "%-16s" % "geomean" + " " * (12 * len(names))
    for n in ratio_cols:
        gm += "%14s" % (("%.3fx" % math.exp(sum(logs[n]) / len(logs[n]))) if logs[n] else "n/a")
    print(gm)
    print("(ratio = time / CPython time; lower is faster)")
    for n in ratio_cols:
        if excluded[n]:
            print("note: %s geomean excludes %d benchmark(s): %s" % (n, len(excluded[n]), ", ".join(excluded[n])))
    if notes:
        print("\nproblems:")
        for note in notes:
            print("  " + note)
    return 0


if __name__ == "__main__":
    sys.exit(main())

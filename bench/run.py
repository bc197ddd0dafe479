#!/usr/bin/env python3
"""Benchmark pyexe-compiled programs against CPython (and PyPy if present).

Usage:
    python3 bench/run.py [--pyexe PATH] [--runs N] [--markdown] [--only NAME ...]

For every bench/programs/*.py:
  * builds it once with `pyexe build` (build time and executable size recorded);
  * runs the executable, CPython (the interpreter running this script,
    sys.executable) and `pypy3` (if on PATH) N times each, interleaved;
  * reports the median wall time per implementation and the speedups
    CPython/pyexe and PyPy/pyexe;
  * checks that the executable's stdout equals CPython's (mismatches are
    flagged and make the script exit with status 1).

It also compares the compile time of `pyexe build examples/calc.py` with
`cc -O2 hello.c` (median of N builds each).

Run it from anywhere; paths are relative to the repository root.  Build the
compiler first: `cargo build --release`.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROGRAMS = ROOT / "bench" / "programs"
# `peak FD CMD...` runs CMD and writes its peak RSS in KiB to file descriptor FD. A process forked from Python would
# report Python's own RSS as its peak (Linux keeps the pre-exec high-water mark), so the
# measured program is started from this small launcher instead.
PEAK_C = r"""
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
int main(int argc, char **argv) {
    pid_t pid = fork();
    if (pid == 0) { execvp(argv[2], argv + 2); _exit(127); }
    int status; struct rusage ru;
    if (wait4(pid, &status, 0, &ru) < 0) return 126;
    dprintf(atoi(argv[1]), "%ld\n", ru.ru_maxrss);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}
"""
PEAK_LAUNCHER = None
HELLO_C = '#include <stdio.h>\nint main(void) { puts("hello, world"); return 0; }\n'
RUN_TIMEOUT = 600


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def timed(cmd, cwd=None, env=None):
    """Runs cmd; returns (seconds, returncode, stdout, stderr)."""
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, timeout=RUN_TIMEOUT)
    elapsed = time.perf_counter() - start
    return elapsed, proc.returncode, proc.stdout, proc.stderr


def setup_peak_launcher(tmp):
    """Compiles the peak-memory launcher (None without a C compiler)."""
    global PEAK_LAUNCHER
    cc = shutil.which("cc") or shutil.which("gcc") or shutil.which("clang")
    if not cc:
        return
    src, exe = tmp / "peak.c", tmp / "peak"
    src.write_text(PEAK_C)
    if subprocess.run([cc, "-O2", str(src), "-o", str(exe)], capture_output=True).returncode == 0:
        PEAK_LAUNCHER = str(exe)


def measured(cmd, cwd=None, env=None):
    """Runs cmd; returns (seconds, returncode, stdout, stderr, peak RSS in bytes or None)."""
    if PEAK_LAUNCHER is None:
        t, code, out, err = timed(cmd, cwd, env)
        return t, code, out, err, None
    r, w = os.pipe()
    start = time.perf_counter()
    try:
        proc = subprocess.run([PEAK_LAUNCHER, str(w)] + cmd, cwd=cwd, env=env, capture_output=True,
                              timeout=RUN_TIMEOUT, pass_fds=(w,))
    finally:
        os.close(w)
    elapsed = time.perf_counter() - start
    with os.fdopen(r) as f:
        text = f.read().strip()
    peak = int(text) * 1024 if text.isdigit() else None
    return elapsed, proc.returncode, proc.stdout, proc.stderr, peak


def fmt_time(t):
    if t is None:
        return "-"
    if t >= 10:
        return f"{t:.1f} s"
    if t >= 1:
        return f"{t:.2f} s"
    if t >= 0.01:
        return f"{t * 1000:.0f} ms"
    return f"{t * 1000:.1f} ms"


def fmt_ratio(r):
    if r is None:
        return "-"
    return f"{r:.1f}x" if r >= 10 else f"{r:.2f}x"


def fmt_size(n):
    if n is None:
        return "-"
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MiB"
    return f"{n / 1024:.0f} KiB"


def python_env():
    env = dict(os.environ)
    env["PYTHONUTF8"] = "1"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def find_pyexe(arg):
    p = Path(arg)
    if not p.is_absolute() and not p.exists():
        p = ROOT / arg
    return p.resolve()


def build(pyexe, source, out):
    """Builds source with pyexe; returns (seconds, error or None)."""
    t, code, stdout, stderr = timed([str(pyexe), "build", str(source), "-o", str(out)], cwd=ROOT)
    if code != 0 or not out.exists():
        msg = (stderr or stdout).decode("utf-8", "replace").strip()
        return t, f"build failed (exit {code}): {msg[-2000:]}"
    return t, None


def compile_time_comparison(pyexe, runs, tmp):
    """Median build time of examples/calc.py with pyexe vs hello.c with cc -O2."""
    calc = ROOT / "examples" / "calc.py"
    cc = shutil.which("cc") or shutil.which("gcc") or shutil.which("clang")
    result = {"pyexe": None, "cc": None, "error": None}
    if not calc.exists():
        result["error"] = "examples/calc.py not found"
        return result
    hello = tmp / "hello.c"
    hello.write_text(HELLO_C)
    pyexe_times, cc_times = [], []
    for i in range(runs):
        out = tmp / f"calc-{i}"
        t, err = build(pyexe, calc, out)
        if err:
            result["error"] = err
            return result
        pyexe_times.append(t)
        if cc:
            t, code, _, stderr = timed([cc, "-O2", str(hello), "-o", str(tmp / f"hello-{i}")])
            if code == 0:
                cc_times.append(t)
    result["pyexe"] = statistics.median(pyexe_times)
    result["cc"] = statistics.median(cc_times) if cc_times else None
    result["cc_path"] = cc
    return result


def render_table(headers, rows, markdown, align=None):
    align = align or ["<"] + [">"] * (len(headers) - 1)
    if markdown:
        lines = ["| " + " | ".join(headers) + " |",
                 "|" + "|".join(":---" if a == "<" else "---:" for a in align) + "|"]
        for r in rows:
            lines.append("| " + " | ".join(r) + " |")
        return "\n".join(lines)
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]

    def line(cells):
        return "  ".join(c.ljust(w) if a == "<" else c.rjust(w) for c, w, a in zip(cells, widths, align))

    out = [line(headers), "  ".join("-" * w for w in widths)]
    out.extend(line(r) for r in rows)
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pyexe", default="target/release/pyexe", help="the compiler (default: %(default)s)")
    ap.add_argument("--runs", type=int, default=5, help="repetitions per implementation (default: 5)")
    ap.add_argument("--markdown", action="store_true", help="print markdown tables (for the README)")
    ap.add_argument("--only", nargs="*", default=None, help="only these programs (file stems)")
    ap.add_argument("--no-compile-time", action="store_true", help="skip the pyexe vs cc compile-time comparison")
    opts = ap.parse_args()
    if opts.runs < 1:
        ap.error("--runs must be at least 1")

    pyexe = find_pyexe(opts.pyexe)
    if not pyexe.exists():
        log(f"bench: {pyexe} not found; build it with `cargo build --release` or pass --pyexe")
        return 2
    cpython = sys.executable
    if sys.implementation.name != "cpython":
        log(f"bench: warning: {cpython} is {sys.implementation.name}, not CPython")
    pypy = shutil.which("pypy3")
    log(f"bench: pyexe   {pyexe}")
    log(f"bench: CPython {cpython} ({sys.version.split()[0]})")
    log(f"bench: PyPy    {pypy or '(pypy3 not on PATH; skipped)'}")
    log(f"bench: {opts.runs} runs per implementation, interleaved")

    programs = sorted(PROGRAMS.glob("*.py"))
    if opts.only:
        programs = [p for p in programs if p.stem in opts.only]
    if not programs:
        log("bench: no programs selected")
        return 2

    problems = []
    results = []
    with tempfile.TemporaryDirectory(prefix="pyexe-bench-") as tmpname:
        tmp = Path(tmpname)
        setup_peak_launcher(tmp)
        for prog in programs:
            name = prog.stem
            exe = tmp / name
            log(f"bench: building {name} ...")
            build_time, err = build(pyexe, prog, exe)
            res = {"name": name, "build": build_time, "size": None, "times": {}, "error": err}
            results.append(res)
            if err:
                problems.append(f"{name}: {err}")
                continue
            res["size"] = exe.stat().st_size
            impls = [("pyexe", [str(exe)], None), ("cpython", [cpython, str(prog)], python_env())]
            if pypy:
                impls.append(("pypy", [pypy, str(prog)], python_env()))
            times = {k: [] for k, _, _ in impls}
            peaks = {k: [] for k, _, _ in impls}
            outputs = {}
            failed = set()
            for run in range(opts.runs):
                log(f"bench: {name}: run {run + 1}/{opts.runs}")
                for key, cmd, env in impls:
                    if key in failed:
                        continue
                    try:
                        t, code, stdout, stderr, peak = measured(cmd, cwd=tmp, env=env)
                    except subprocess.TimeoutExpired:
                        problems.append(f"{name}: {key} timed out after {RUN_TIMEOUT} s")
                        failed.add(key)
                        continue
                    if code != 0:
                        problems.append(f"{name}: {key} exited with {code}: "
                                        f"{stderr.decode('utf-8', 'replace').strip()[-500:]}")
                        failed.add(key)
                        continue
                    times[key].append(t)
                    if peak is not None:
                        peaks[key].append(peak)
                    outputs.setdefault(key, stdout)
            if "pyexe" in outputs and "cpython" in outputs and outputs["pyexe"] != outputs["cpython"]:
                problems.append(f"{name}: OUTPUT MISMATCH between pyexe and CPython:\n"
                                f"  pyexe:   {outputs['pyexe'].decode('utf-8', 'replace')[:300]!r}\n"
                                f"  CPython: {outputs['cpython'].decode('utf-8', 'replace')[:300]!r}")
                res["mismatch"] = True
            if "pypy" in outputs and "cpython" in outputs and outputs["pypy"] != outputs["cpython"]:
                log(f"bench: note: {name}: PyPy's output differs from CPython's")
            res["times"] = {k: statistics.median(v) for k, v in times.items() if v}
            res["peaks"] = {k: statistics.median(v) for k, v in peaks.items() if v}

        compile_cmp = None
        if not opts.no_compile_time:
            log("bench: compile time: pyexe build examples/calc.py vs cc -O2 hello.c ...")
            compile_cmp = compile_time_comparison(pyexe, opts.runs, tmp)
            if compile_cmp.get("error"):
                problems.append(f"compile time: {compile_cmp['error']}")

    # ---- report ----
    headers = ["program", "pyexe", "CPython", "CPython/pyexe"]
    if pypy:
        headers += ["PyPy", "PyPy/pyexe"]
    headers += ["peak memory pyexe", "CPython", "binary size", "build time"]
    rows = []
    for r in results:
        t = r["times"]
        p = t.get("pyexe")
        name = r["name"] + (" (MISMATCH)" if r.get("mismatch") else "") + (" (BUILD FAILED)" if r["error"] else "")
        row = [name, fmt_time(p), fmt_time(t.get("cpython")),
               fmt_ratio(t["cpython"] / p if p and "cpython" in t else None)]
        if pypy:
            row += [fmt_time(t.get("pypy")), fmt_ratio(t["pypy"] / p if p and "pypy" in t else None)]
        m = r.get("peaks", {})
        row += [fmt_size(m.get("pyexe")), fmt_size(m.get("cpython")), fmt_size(r["size"]), fmt_time(r["build"])]
        rows.append(row)

    print()
    print(f"Median wall time of {opts.runs} runs (CPython: {cpython}, {sys.version.split()[0]}"
          + (f"; PyPy: {pypy}" if pypy else "") + ")")
    print()
    print(render_table(headers, rows, opts.markdown))
    if compile_cmp and compile_cmp.get("pyexe") is not None:
        print()
        ratio = compile_cmp["pyexe"] / compile_cmp["cc"] if compile_cmp.get("cc") else None
        crow = [["pyexe build examples/calc.py", fmt_time(compile_cmp["pyexe"])],
                ["cc -O2 hello.c", fmt_time(compile_cmp.get("cc"))],
                ["ratio pyexe/cc", fmt_ratio(ratio)]]
        print(f"Compile time (median of {opts.runs})")
        print()
        print(render_table(["build", "time"], crow, opts.markdown))
    if problems:
        print()
        print("PROBLEMS:")
        for p in problems:
            print(f"  - {p}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

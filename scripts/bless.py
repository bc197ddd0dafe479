#!/usr/bin/env python3
"""Regenerate and verify the expected results of pyexe's test suite from CPython.

Usage: scripts/bless.sh [--check] [--write] [--python PYTHON] [NAME ...]

What it does (everything is relative to the repository root):

  tests/programs/NAME.py
      Runs the program under CPython with the arguments and stdin given by its
      header comments and writes stdout to tests/programs/NAME.out.  Verifies
      that the `# exit:` / `# stderr:` headers match what CPython does (exit
      code; last non-empty stderr line) and reports mismatches; with --write
      the headers are rewritten to match.

  tests/examples.txt
      One run per line: `SCRIPT.py ARG ...` (script in examples/).  Writes the
      run's stdout to tests/examples/SLUG.out and its exit code / last stderr
      line to tests/examples/SLUG.expect (only when the exit code is non-zero
      or stderr is non-empty; a stale .expect is removed).  Stale files whose
      run is no longer listed are removed.

  tests/diagnostics/NAME.py
      Checks that every case has a valid `# error: ID` header and that CPython
      agrees it is (or is not) a syntax error.

  All programs (tests/programs, examples, bench/programs)
      Checked with `pyexe check` (when target/release/pyexe or $PYEXE exists).  Test programs and example
      runs are also run under instrumented interpreters that report any int
      value outside the 64-bit range (pyexe raises OverflowError there,
      CPython does not).

--check   verify only: write nothing, report what would change (exit 1 if so).
--write   also rewrite `# exit:` / `# stderr:` headers of tests/programs/*.py.
NAME ...  restrict to programs / example slugs / diagnostics with these names.

Exit status: 0 when everything is consistent (after writing), 1 otherwise.
"""

import argparse
import ast
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROGRAMS = ROOT / "tests" / "programs"
EXAMPLES_TXT = ROOT / "tests" / "examples.txt"
EXAMPLES_OUT = ROOT / "tests" / "examples"
EXAMPLES_SRC = ROOT / "examples"
DIAGNOSTICS = ROOT / "tests" / "diagnostics"
BENCH_PROGRAMS = ROOT / "bench" / "programs"

TIMEOUT = 120
HEADER_KEYS = ("args", "stdin", "exit", "stderr")
DIAGNOSTIC_IDS = {
    "syntax-error", "unsupported-syntax", "unbound-name", "type-mismatch",
    "call-error", "unknown-attribute", "import-error",
}

# --------------------------------------------------------------------------
# Header parsing (must agree with tests/programs.rs)
# --------------------------------------------------------------------------


def parse_header(text, keys=HEADER_KEYS):
    """Leading comment block: `# key: value` lines.  Returns (dict, list of
    (line_index, key)).  `stdin` is repeatable (a list); `args` is split on
    whitespace.  Parsing stops at the first line that is neither blank nor a
    comment."""
    hdr = {"args": [], "stdin": None, "exit": None, "stderr": None}
    extra = {}
    positions = []
    for i, raw in enumerate(text.split("\n")):
        line = raw.rstrip("\r")
        if not line.strip():
            continue
        if not line.startswith("#"):
            break
        body = line[1:]
        if body.startswith(" "):
            body = body[1:]
        m = re.match(r"([a-z]+):(.*)$", body)
        if not m or m.group(1) not in keys:
            continue
        key, value = m.group(1), m.group(2)
        if value.startswith(" "):
            value = value[1:]
        positions.append((i, key))
        if key == "args":
            hdr["args"] = value.split()
        elif key == "stdin":
            if hdr["stdin"] is None:
                hdr["stdin"] = []
            hdr["stdin"].append(value)
        elif key == "exit":
            hdr["exit"] = int(value.strip())
        elif key == "stderr":
            hdr["stderr"] = value.strip()
        else:
            extra[key] = value.strip()
    hdr.update(extra)
    return hdr, positions


def stdin_bytes(lines):
    if not lines:
        return b""
    return ("\n".join(lines) + "\n").encode()


def last_stderr_line(err):
    lines = [l for l in err.replace("\r\n", "\n").split("\n") if l.strip()]
    return lines[-1].strip() if lines else None


def python_env():
    env = dict(os.environ)
    env["PYTHONUTF8"] = "1"
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.pop("PYTHONSTARTUP", None)
    env.pop("PYTHONINSPECT", None)
    return env


def run_python(python, script, args, stdin, extra=()):
    proc = subprocess.run(
        [python, *extra, str(script), *args],
        input=stdin,
        capture_output=True,
        timeout=TIMEOUT,
        cwd=ROOT,
        env=python_env(),
    )
    return proc.returncode, proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace")


# --------------------------------------------------------------------------
# Subset lint
# --------------------------------------------------------------------------

BUILTINS = {
    "print", "len", "str", "int", "float", "abs", "round", "min", "max",
    "divmod", "hex", "bin", "oct", "range", "input",
}
MATH_ATTRS = {
    "sqrt", "floor", "ceil", "trunc", "pi", "e", "inf", "nan", "sin", "cos",
    "tan", "atan2", "exp", "log", "log10", "pow", "fabs", "hypot", "isqrt",
    "gcd", "isclose", "isinf", "isnan",
}
SYS_ATTRS = {"argv", "exit", "stderr"}
KEYWORDS_OK = {"print": {"sep", "end", "file"}, "math.isclose": {"rel_tol", "abs_tol"}}

def find_pyexe():
    """The compiler to lint with: $PYEXE, else target/release/pyexe (None if absent)."""
    p = Path(os.environ.get("PYEXE", ROOT / "target" / "release" / "pyexe"))
    return p if p.exists() else None


def lint(path):
    """Problems `pyexe check` reports for a program (the compiler defines the subset)."""
    pyexe = find_pyexe()
    if pyexe is None:
        return []
    r = subprocess.run([str(pyexe), "check", str(path)], capture_output=True, text=True, cwd=ROOT)
    if r.returncode == 0:
        return []
    first = next((l for l in r.stderr.splitlines() if l.startswith("error")), r.stderr.strip()[:200])
    return [f"{path.relative_to(ROOT)}: pyexe check: {first}"]


# --------------------------------------------------------------------------
# int64 check: run the program with every int-producing expression wrapped
# --------------------------------------------------------------------------

INT64_RUNNER = r'''
import ast, sys
I64_MIN, I64_MAX = -(1 << 63), (1 << 63) - 1
def __pyexe_chk(v, line):
    if type(v) is int and not (I64_MIN <= v <= I64_MAX):
        sys.stdout.flush()
        sys.stderr.write(f"\nINT64-OVERFLOW at line {line}: value {v} does not fit in 64 bits\n")
        sys.stderr.flush()
        import os
        os._exit(99)
    return v

class W(ast.NodeTransformer):
    def wrap(self, node):
        return ast.copy_location(ast.Call(ast.Name("__pyexe_chk", ast.Load()),
                                          [node, ast.Constant(node.lineno)], []), node)
    def visit_BinOp(self, node):
        self.generic_visit(node); return self.wrap(node)
    def visit_UnaryOp(self, node):
        self.generic_visit(node); return self.wrap(node)
    def visit_Call(self, node):
        self.generic_visit(node); return self.wrap(node)
    def visit_Constant(self, node):
        return self.wrap(node) if type(node.value) is int else node
    def visit_AugAssign(self, node):
        self.generic_visit(node)
        load = ast.Name(node.target.id, ast.Load())
        value = self.wrap(ast.copy_location(ast.BinOp(load, node.op, node.value), node))
        return ast.copy_location(ast.Assign([node.target], value), node)
    def visit_JoinedStr(self, node):
        return node   # format specs must stay constant strings

path = sys.argv[1]
src = open(path, encoding="utf-8").read()
tree = ast.fix_missing_locations(W().visit(ast.parse(src, path)))
code = compile(tree, path, "exec")
sys.argv = sys.argv[1:]
g = {"__name__": "__main__", "__file__": path, "__pyexe_chk": __pyexe_chk}
exec(code, g)
'''


def int64_check(python, script, args, stdin):
    proc = subprocess.run(
        [python, "-c", INT64_RUNNER, str(script), *args],
        input=stdin, capture_output=True, timeout=TIMEOUT * 3, cwd=ROOT, env=python_env(),
    )
    if proc.returncode == 99 and b"INT64-OVERFLOW" in proc.stderr:
        return last_stderr_line(proc.stderr.decode("utf-8", "replace"))
    return None


# --------------------------------------------------------------------------
# Examples
# --------------------------------------------------------------------------

OP_NAMES = {
    "+": "plus", "-": "minus", "*": "times", "x": "x", "/": "div",
    "//": "floordiv", "%": "mod", "**": "pow", "^": "caret",
}


def example_slug(script, args):
    """Must agree with `example_slug` in tests/programs.rs."""
    parts = [script[:-3] if script.endswith(".py") else script]
    for a in args:
        if a in OP_NAMES:
            parts.append(OP_NAMES[a])
        else:
            parts.append("".join(c if c.isascii() and c.isalnum() else
                                 "p" if c == "." else "m" if c == "-" else "_" for c in a))
    return "_".join(parts)


def parse_examples():
    runs = []
    for lineno, line in enumerate(EXAMPLES_TXT.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        words = line.split()
        runs.append((lineno, words[0], words[1:], example_slug(words[0], words[1:])))
    return runs


# --------------------------------------------------------------------------


class Report:
    def __init__(self, check):
        self.check = check
        self.problems = []
        self.changed = []

    def problem(self, msg):
        self.problems.append(msg)
        print(f"  PROBLEM {msg}")

    def write(self, path, content):
        data = content.encode("utf-8")
        old = path.read_bytes() if path.exists() else None
        if old == data:
            return
        rel = path.relative_to(ROOT)
        if self.check:
            self.problem(f"{rel} is out of date")
        else:
            path.write_bytes(data)
            self.changed.append(str(rel))
            print(f"  wrote {rel}")

    def remove(self, path):
        rel = path.relative_to(ROOT)
        if self.check:
            self.problem(f"{rel} is stale")
        else:
            path.unlink()
            self.changed.append(f"removed {rel}")
            print(f"  removed {rel}")


def rewrite_headers(path, exit_code, stderr_line):
    """Set the # exit: / # stderr: headers of a program (insert after the
    existing header block or replace in place)."""
    with open(path, encoding="utf-8", newline="") as fh:
        text = fh.read()
    lines = text.split("\n")
    _, positions = parse_header(text)
    drop = {i for i, k in positions if k in ("exit", "stderr")}
    insert_at = 0
    for i, _k in positions:
        insert_at = i + 1
    new = []
    if exit_code != 0:
        new.append(f"# exit: {exit_code}")
    if stderr_line is not None:
        new.append(f"# stderr: {stderr_line}")
    out = []
    for i, l in enumerate(lines):
        if i == insert_at:
            out.extend(new)
            new = []
        if i not in drop:
            out.append(l)
    out.extend(new)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(out))


def bless_programs(python, rep, names, write_headers):
    files = sorted(PROGRAMS.glob("*.py"))
    if names:
        files = [f for f in files if f.stem in names]
    live = {f.stem for f in PROGRAMS.glob("*.py")}
    for f in files:
        rel = f.relative_to(ROOT)
        hdr, _ = parse_header(f.read_text(encoding="utf-8"))
        stdin = stdin_bytes(hdr["stdin"])
        code, out, err = run_python(python, f, hdr["args"], stdin)
        last = last_stderr_line(err)
        rep.write(f.with_suffix(".out"), out)
        want_exit = hdr["exit"] if hdr["exit"] is not None else 0
        bad = []
        if code != want_exit:
            bad.append(f"exit code: header says {want_exit}, python3 exits {code}")
        if last != hdr["stderr"]:
            bad.append(f"stderr: header says {hdr['stderr']!r}, python3's last stderr line is {last!r}")
        if bad:
            if write_headers and not rep.check:
                rewrite_headers(f, code, last)
                rep.changed.append(f"headers of {rel}")
                print(f"  fixed headers of {rel}")
            else:
                for b in bad:
                    rep.problem(f"{rel}: {b}")
        if code not in (0, 1, 2) and not (0 <= code < 128):
            rep.problem(f"{rel}: unusual exit code {code}")
        if "Traceback" in err and code != 1:
            rep.problem(f"{rel}: traceback but exit code {code}")
        over = int64_check(python, f, hdr["args"], stdin)
        if over:
            rep.problem(f"{rel}: {over}")
    if not names:
        for out in sorted(PROGRAMS.glob("*.out")):
            if out.stem not in live:
                rep.remove(out)
    return len(files)


def bless_examples(python, rep, names):
    runs = parse_examples()
    seen = {}
    count = 0
    EXAMPLES_OUT.mkdir(exist_ok=True)
    for lineno, script, args, slug in runs:
        if slug in seen:
            rep.problem(f"tests/examples.txt:{lineno}: slug {slug} duplicates line {seen[slug]}")
            continue
        seen[slug] = lineno
        if names and slug not in names:
            continue
        src = EXAMPLES_SRC / script
        if not src.exists():
            rep.problem(f"tests/examples.txt:{lineno}: no such example {script}")
            continue
        count += 1
        code, out, err = run_python(python, src, args, b"")
        last = last_stderr_line(err)
        rep.write(EXAMPLES_OUT / f"{slug}.out", out)
        expect = EXAMPLES_OUT / f"{slug}.expect"
        if code != 0 or last is not None:
            content = f"exit: {code}\n" + (f"stderr: {last}\n" if last is not None else "")
            rep.write(expect, content)
        elif expect.exists():
            rep.remove(expect)
        over = int64_check(python, src, args, b"")
        if over:
            rep.problem(f"example {slug}: {over}")
    if not names:
        for f in sorted(EXAMPLES_OUT.iterdir()):
            if f.suffix in (".out", ".expect") and f.stem not in seen:
                rep.remove(f)
    return count


def check_diagnostics(python, rep, names):
    files = sorted(DIAGNOSTICS.glob("*.py"))
    if names:
        files = [f for f in files if f.stem in names]
    for f in files:
        rel = f.relative_to(ROOT)
        text = f.read_text(encoding="utf-8")
        hdr, _ = parse_header(text, keys=("error", "line", "col"))
        eid = hdr.get("error")
        if not eid:
            rep.problem(f"{rel}: missing `# error: ID` header")
            continue
        if eid not in DIAGNOSTIC_IDS:
            rep.problem(f"{rel}: unknown diagnostic id {eid}")
        if "line" in hdr:
            n = int(hdr["line"])
            nlines = len(text.split("\n"))
            if not 1 <= n <= nlines:
                rep.problem(f"{rel}: # line: {n} is outside the file")
        proc = subprocess.run([python, "-c",
                               "import sys; compile(open(sys.argv[1], encoding='utf-8').read(), sys.argv[1], 'exec')",
                               str(f)], capture_output=True, env=python_env())
        is_syntax = proc.returncode != 0
        if (eid == "syntax-error") != is_syntax:
            rep.problem(f"{rel}: id {eid} but CPython "
                        + ("rejects it as a syntax error" if is_syntax else "compiles it"))
    return len(files)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="verify only, write nothing")
    ap.add_argument("--write", action="store_true", help="rewrite # exit: / # stderr: headers")
    ap.add_argument("--python", default=None, help="CPython to use (default: this interpreter)")
    ap.add_argument("names", nargs="*")
    opts = ap.parse_args()

    python = opts.python or sys.executable
    ver = subprocess.run([python, "-c", "import sys; print('%d.%d.%d' % sys.version_info[:3]); print(sys.implementation.name)"],
                         capture_output=True, text=True).stdout.split()
    print(f"bless: using {python} ({' '.join(ver)})")
    if not ver or not ver[0].startswith("3.11.") or ver[1] != "cpython":
        print("bless: WARNING: the oracle is CPython 3.11; outputs from another version may differ")

    rep = Report(opts.check)
    names = set(opts.names)

    print("lint: pyexe check" + ("" if find_pyexe() else " skipped (no target/release/pyexe; set PYEXE)"))
    linted = 0
    for d in (PROGRAMS, EXAMPLES_SRC, BENCH_PROGRAMS):
        for f in sorted(d.glob("*.py")) if d.exists() else []:
            if names and f.stem not in names:
                continue
            linted += 1
            for p in lint(f):
                rep.problem(p)

    print("programs: tests/programs/*.py")
    np = bless_programs(python, rep, names, opts.write)
    print("examples: tests/examples.txt")
    ne = bless_examples(python, rep, names) if EXAMPLES_TXT.exists() else 0
    print("diagnostics: tests/diagnostics/*.py")
    nd = check_diagnostics(python, rep, names)

    print(f"bless: {np} programs, {ne} example runs, {nd} diagnostics, {linted} files linted; "
          f"{len(rep.changed)} changed, {len(rep.problems)} problems")
    return 1 if rep.problems else 0


if __name__ == "__main__":
    sys.exit(main())

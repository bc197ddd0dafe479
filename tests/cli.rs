//! The `pyexe` command line as users run it: build, run, check, emit, and what the
//! produced executable depends on.
use std::path::PathBuf;
use std::process::{Command, Output};

fn pyexe(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pyexe")).args(args).current_dir(env!("CARGO_MANIFEST_DIR")).output().expect("runs pyexe")
}

fn tmp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pyexe-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir.join(name)
}

fn write(name: &str, src: &str) -> PathBuf {
    let p = tmp(name);
    std::fs::write(&p, src).expect("write");
    p
}

#[test]
fn executable_depends_on_libc_only() {
    let src = write("hello.py", "import math\nprint('hello', math.sqrt(2.0))\n");
    let exe = tmp("hello");
    let out = pyexe(&["build", src.to_str().unwrap(), "-o", exe.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let run = Command::new(&exe).output().expect("runs");
    assert_eq!(String::from_utf8_lossy(&run.stdout), "hello 1.4142135623730951\n");
    let ldd = Command::new("ldd").arg(&exe).output().expect("ldd");
    let text = String::from_utf8_lossy(&ldd.stdout);
    for line in text.lines() {
        let lib = line.split_whitespace().next().unwrap_or("");
        let allowed = ["linux-vdso.so", "libc.so", "libm.so", "ld-linux", "/lib64/ld-linux"].iter().any(|a| lib.contains(a));
        assert!(allowed, "unexpected dependency {lib} in:\n{text}");
    }
}

#[test]
fn run_passes_arguments_and_exit_code() {
    let src = write("exit.py", "import sys\nprint(sys.argv[1:])\nsys.exit(int(sys.argv[1]))\n");
    let out = pyexe(&["run", src.to_str().unwrap(), "3", "x"]);
    assert_eq!(out.status.code(), Some(3));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "['3', 'x']\n");
}

#[test]
fn check_reports_diagnostics_with_exit_code_1() {
    let src = write("bad.py", "x = 1\nprint('a' + x)\n");
    let out = pyexe(&["check", src.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("error[type-mismatch]"), "{err}");
    assert!(err.contains("bad.py:2:7"), "{err}");
}

#[test]
fn emit_writes_intermediate_artifacts() {
    let src = write("emit.py", "print(1 + 2)\n");
    let ll = tmp("emit.ll");
    let out = pyexe(&["build", src.to_str().unwrap(), "--emit", "llvm-ir", "-o", ll.to_str().unwrap()]);
    assert!(out.status.success());
    assert!(std::fs::read_to_string(&ll).expect("ll").contains("define"));
    let asm = tmp("emit.s");
    assert!(pyexe(&["build", src.to_str().unwrap(), "--emit", "asm", "-O", "0", "-o", asm.to_str().unwrap()]).status.success());
    assert!(std::fs::metadata(&asm).expect("asm").len() > 0);
}

#[test]
fn help_and_version() {
    let out = pyexe(&["--help"]);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    for cmd in ["build", "run", "check"] {
        assert!(text.contains(cmd), "{text}");
    }
    let out = pyexe(&["--version"]);
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("pyexe "));
}

#[test]
fn missing_file_is_an_error_not_a_panic() {
    let out = pyexe(&["build", "/nonexistent/x.py"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
}

/// Ints are 64-bit for now: every operation that would leave 64 bits raises OverflowError
/// (CPython would give a big int, so CPython cannot be the oracle here).
#[test]
fn int_overflow_raises_instead_of_wrapping() {
    let cases = [
        "x = 9223372036854775807\nprint(x + 1)\n",
        "x = -9223372036854775807 - 1\nprint(x - 1)\n",
        "x = 3037000500\nprint(x * x)\n",
        "x = 1\nprint(x << 63)\n",
        "print(2 ** 64)\n",
        "x = -9223372036854775807 - 1\nprint(-x)\n",
        "x = -9223372036854775807 - 1\nprint(abs(x))\n",
        "x = -9223372036854775807 - 1\nprint(x // -1)\n",
        "n = 0\nfor i in range(100):\n    n = n * 10 + 9\nprint(n)\n",
        // the accumulator of tail sums (`return 1 + f(n - 1)`) is range-checked too
        "def f(n):\n    if n == 0:\n        return 9223372036854775000\n    return 1 + f(n - 1)\nprint(f(10))\nprint(f(900))\n",
    ];
    for (i, src) in cases.iter().enumerate() {
        let file = write(&format!("ovf{i}.py"), src);
        let out = pyexe(&["run", file.to_str().unwrap()]);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "case {i}: {src}\n{err}");
        assert_eq!(err.lines().last(), Some("OverflowError: int too large (pyexe ints are 64-bit)"), "case {i}: {src}");
    }
}

/// Recursion without bound ends with RecursionError and exit code 1, not a signal.
#[test]
fn unbounded_recursion_is_a_recursion_error_not_a_crash() {
    let src = write("rec.py", "def rec(n):\n    return rec(n + 1) + 1\nprint('start')\nprint(rec(0))\n");
    let out = pyexe(&["run", src.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "start\n");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().last(), Some("RecursionError: maximum recursion depth exceeded"), "{err}");
}

/// The calculator example stays within 64 KiB (a size budget, not a timing: deterministic).
#[test]
fn calc_executable_is_at_most_64_kib() {
    let exe = tmp("calc");
    let out = pyexe(&["build", "examples/calc.py", "-o", exe.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let size = std::fs::metadata(&exe).expect("calc").len();
    assert!(size <= 64 * 1024, "calc is {size} bytes");
}

/// stdout is block-buffered into a pipe, but PYTHONUNBUFFERED writes it at every print, as
/// CPython does: it decides how stdout and stderr interleave in one pipe.
#[test]
fn pythonunbuffered_controls_stdout_buffering() {
    let src = write("unbuf.py", "import sys\nprint('out1')\nprint('err1', file=sys.stderr)\nprint('out2')\n");
    let exe = tmp("unbuf");
    assert!(pyexe(&["build", src.to_str().unwrap(), "-o", exe.to_str().unwrap()]).status.success());
    let run = |env: &str| {
        let script = format!("{env} {} 2>&1", exe.display());
        let out = Command::new("sh").arg("-c").arg(script).env_remove("PYTHONUNBUFFERED").output().expect("sh");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    assert_eq!(run("PYTHONUNBUFFERED=1"), "out1\nerr1\nout2\n");
    assert_eq!(run(""), "err1\nout1\nout2\n");
}

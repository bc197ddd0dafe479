//! End-to-end tests: compile Python programs with pyexe, run them and compare
//! with the behaviour of CPython 3.11 recorded by `scripts/bless.sh`.
//!
//! Trials (one per item, run in parallel by libtest-mimic):
//!
//! * `tests/programs/NAME.py` -> trial `NAME`.  Header comments at the top of
//!   the file configure the run:
//!       # args: 10 + 5        command-line arguments (whitespace-split)
//!       # stdin: some line    one line of standard input (repeatable)
//!       # exit: 1             expected exit status (default 0)
//!       # stderr: Type: msg   expected last non-empty line of stderr
//!   Expected stdout is `NAME.out`.  Without a `# stderr:` header stderr must
//!   be empty.
//! * every line `SCRIPT ARGS...` of `tests/examples.txt` -> trial
//!   `example_SLUG`, building `examples/SCRIPT`; expectations in
//!   `tests/examples/SLUG.out` and (optionally) `tests/examples/SLUG.expect`
//!   with lines `exit: N` / `stderr: LINE`.
//!
//! Each compiled program runs with `PYEXE_LEAKCHECK=1` and must end its
//! stderr with `pyexe-leakcheck: live=0` (that line is excluded from the
//! stderr comparison).  When a CPython 3.11 is found (`$PYEXE_PYTHON`, else
//! `python3` on PATH) the same program also runs under it and must agree with
//! the stored expectations, so the oracle cannot drift.
//!
//! Environment knobs:
//!   PYEXE_TEST_BUILD_FLAGS   extra flags for `pyexe build` (e.g. "-O 0")
//!   PYEXE_TEST_TIMEOUT       run timeout in seconds (default 20)
//!   PYEXE_TEST_NO_PYTHON=1   skip the CPython cross-check
//!   PYEXE_PYTHON             interpreter for the cross-check
//!   PYEXE_KEEP_TEMPS=1       keep the build directory (path is printed)

mod common;

use common::{run_with_timeout, RunOutput};
use libtest_mimic::{Arguments, Failed, Trial};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

const PYEXE: &str = env!("CARGO_BIN_EXE_pyexe");
const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const LEAK_PREFIX: &str = "pyexe-leakcheck:";
const BUILD_TIMEOUT: Duration = Duration::from_secs(300);

// ---------------------------------------------------------------------------
// Test case description
// ---------------------------------------------------------------------------

#[derive(Clone, Debug)]
struct Case {
    /// The Python source to compile.
    source: PathBuf,
    args: Vec<String>,
    stdin: Vec<u8>,
    /// File holding the expected stdout.
    expected_out: PathBuf,
    exit: i32,
    stderr_last: Option<String>,
    /// Where the expectations come from (for messages).
    origin: String,
    /// Key under which the build may be shared between trials (examples).
    shared_build: Option<String>,
}

#[derive(Default, Debug)]
struct Header {
    args: Vec<String>,
    stdin: Option<Vec<String>>,
    exit: Option<i32>,
    stderr: Option<String>,
}

/// Parses the leading comment block of a program: `# key: value` lines for
/// the keys args, stdin, exit, stderr.  Stops at the first line that is
/// neither blank nor a comment.  Must agree with `parse_header` in
/// scripts/bless.py.
fn parse_header(text: &str) -> Result<Header, String> {
    let mut h = Header::default();
    for (i, raw) in text.split('\n').enumerate() {
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        if line.trim().is_empty() {
            continue;
        }
        let Some(body) = line.strip_prefix('#') else { break };
        let body = body.strip_prefix(' ').unwrap_or(body);
        let Some((key, value)) = body.split_once(':') else { continue };
        if key.is_empty() || !key.bytes().all(|b| b.is_ascii_lowercase()) {
            continue;
        }
        let value = value.strip_prefix(' ').unwrap_or(value);
        match key {
            "args" => h.args = value.split_whitespace().map(String::from).collect(),
            "stdin" => h.stdin.get_or_insert_with(Vec::new).push(value.to_string()),
            "exit" => {
                h.exit = Some(value.trim().parse().map_err(|e| {
                    format!("line {}: bad `# exit:` value {value:?}: {e}", i + 1)
                })?)
            }
            "stderr" => h.stderr = Some(value.trim().to_string()),
            _ => {}
        }
    }
    Ok(h)
}

fn stdin_bytes(lines: &Option<Vec<String>>) -> Vec<u8> {
    match lines {
        Some(lines) if !lines.is_empty() => {
            let mut s = lines.join("\n");
            s.push('\n');
            s.into_bytes()
        }
        _ => Vec::new(),
    }
}

fn program_case(path: &Path) -> Result<Case, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let h = parse_header(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(Case {
        source: path.to_path_buf(),
        args: h.args,
        stdin: stdin_bytes(&h.stdin),
        expected_out: path.with_extension("out"),
        exit: h.exit.unwrap_or(0),
        stderr_last: h.stderr,
        origin: format!("headers of {}", rel(path)),
        shared_build: None,
    })
}

/// Slug of an example run; must agree with `example_slug` in scripts/bless.py.
fn example_slug(script: &str, args: &[String]) -> String {
    let mut parts = vec![script.strip_suffix(".py").unwrap_or(script).to_string()];
    for a in args {
        let op = match a.as_str() {
            "+" => Some("plus"),
            "-" => Some("minus"),
            "*" => Some("times"),
            "x" => Some("x"),
            "/" => Some("div"),
            "//" => Some("floordiv"),
            "%" => Some("mod"),
            "**" => Some("pow"),
            "^" => Some("caret"),
            _ => None,
        };
        parts.push(match op {
            Some(op) => op.to_string(),
            None => a
                .chars()
                .map(|c| match c {
                    c if c.is_ascii_alphanumeric() => c,
                    '.' => 'p',
                    '-' => 'm',
                    _ => '_',
                })
                .collect(),
        });
    }
    parts.join("_")
}

fn example_cases(root: &Path) -> Result<Vec<(String, Case)>, String> {
    let list = root.join("tests/examples.txt");
    let text = match std::fs::read_to_string(&list) {
        Ok(t) => t,
        Err(_) => return Ok(Vec::new()),
    };
    let mut out: Vec<(String, Case)> = Vec::new();
    for (lineno, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut words = line.split_whitespace().map(String::from);
        let script = words.next().unwrap();
        let args: Vec<String> = words.collect();
        let slug = example_slug(&script, &args);
        if out.iter().any(|(s, _)| *s == slug) {
            return Err(format!("tests/examples.txt:{}: duplicate slug {slug}", lineno + 1));
        }
        let expect_path = root.join(format!("tests/examples/{slug}.expect"));
        let mut exit = 0;
        let mut stderr_last = None;
        if let Ok(expect) = std::fs::read_to_string(&expect_path) {
            for l in expect.lines() {
                if let Some(v) = l.strip_prefix("exit:") {
                    exit = v.trim().parse().map_err(|e| format!("{}: {e}", expect_path.display()))?;
                } else if let Some(v) = l.strip_prefix("stderr:") {
                    stderr_last = Some(v.trim().to_string());
                }
            }
        }
        out.push((
            slug.clone(),
            Case {
                source: root.join("examples").join(&script),
                args,
                stdin: Vec::new(),
                expected_out: root.join(format!("tests/examples/{slug}.out")),
                exit,
                stderr_last,
                origin: if expect_path.exists() {
                    format!("tests/examples.txt:{} and tests/examples/{slug}.expect", lineno + 1)
                } else {
                    format!("tests/examples.txt:{} (no .expect: exit 0, empty stderr)", lineno + 1)
                },
                shared_build: Some(script),
            },
        ));
    }
    Ok(out)
}

// ---------------------------------------------------------------------------
// Running processes
// ---------------------------------------------------------------------------

fn run_timeout() -> Duration {
    std::env::var("PYEXE_TEST_TIMEOUT")
        .ok()
        .and_then(|s| s.parse::<f64>().ok())
        .map(Duration::from_secs_f64)
        .unwrap_or(Duration::from_secs(20))
}

// ---------------------------------------------------------------------------
// Temporary build directories
// ---------------------------------------------------------------------------

fn keep_temps() -> bool {
    std::env::var_os("PYEXE_KEEP_TEMPS").is_some_and(|v| v != "0" && !v.is_empty())
}

fn temp_root() -> &'static PathBuf {
    static ROOT_DIR: OnceLock<PathBuf> = OnceLock::new();
    ROOT_DIR.get_or_init(|| {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or(0);
        let dir = std::env::temp_dir().join(format!("pyexe-programs-{}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("cannot create the temp dir");
        dir
    })
}

/// A per-trial directory, removed on drop unless PYEXE_KEEP_TEMPS is set.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let dir = temp_root().join(format!("{name}-{n}"));
        std::fs::create_dir_all(&dir).expect("cannot create a temp dir");
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        if !keep_temps() {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }
}

// ---------------------------------------------------------------------------
// Building
// ---------------------------------------------------------------------------

fn build_flags() -> Vec<String> {
    std::env::var("PYEXE_TEST_BUILD_FLAGS")
        .map(|s| s.split_whitespace().map(String::from).collect())
        .unwrap_or_default()
}

fn build(source: &Path, out: &Path) -> Result<(), String> {
    let mut cmd = Command::new(PYEXE);
    cmd.arg("build").arg(source).arg("-o").arg(out).args(build_flags()).current_dir(ROOT);
    let shown = format!("pyexe build {} -o {} {}", rel(source), out.display(), build_flags().join(" "));
    let r = run_with_timeout(cmd, b"", BUILD_TIMEOUT)?;
    let mut problems = Vec::new();
    if r.code() != Some(0) {
        problems.push(format!("`{}` failed: {}", shown.trim_end(), r.describe_status()));
    } else if !out.exists() {
        problems.push(format!("`{}` succeeded but produced no {}", shown.trim_end(), out.display()));
    }
    if r.stderr.contains("panicked") {
        problems.push(format!("`{}` panicked", shown.trim_end()));
    }
    if problems.is_empty() {
        return Ok(());
    }
    let mut msg = problems.join("\n");
    msg.push_str(&format!("\n--- compiler stderr ---\n{}", tail(&r.stderr, 60)));
    if !r.stdout.trim().is_empty() {
        msg.push_str(&format!("\n--- compiler stdout ---\n{}", tail(&r.stdout, 20)));
    }
    Err(msg)
}

type SharedBuild = Arc<OnceLock<Result<PathBuf, String>>>;

/// Builds shared between trials (one build per example script).
fn shared_build(key: &str, source: &Path) -> Result<PathBuf, String> {
    static BUILDS: OnceLock<Mutex<HashMap<String, SharedBuild>>> = OnceLock::new();
    let cell = {
        let mut map = BUILDS.get_or_init(Default::default).lock().unwrap();
        map.entry(key.to_string()).or_default().clone()
    };
    cell.get_or_init(|| {
        let dir = temp_root().join(format!("shared-{}", sanitize(key)));
        std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
        let exe = dir.join(sanitize(key.strip_suffix(".py").unwrap_or(key)));
        build(source, &exe).map(|_| exe)
    })
    .clone()
}

fn sanitize(s: &str) -> String {
    s.chars().map(|c| if c.is_ascii_alphanumeric() || c == '_' || c == '-' { c } else { '_' }).collect()
}

// ---------------------------------------------------------------------------
// Python oracle
// ---------------------------------------------------------------------------

/// valgrind, when installed (PYEXE_TEST_NO_VALGRIND=1 skips it): every program also runs
/// under it, so a use-after-free or invalid read fails the test, not just a leak.
fn valgrind() -> Option<&'static str> {
    static VG: OnceLock<bool> = OnceLock::new();
    let found = *VG.get_or_init(|| {
        std::env::var_os("PYEXE_TEST_NO_VALGRIND").is_none()
            && Command::new("valgrind").arg("--version").output().is_ok_and(|o| o.status.success())
    });
    found.then_some("valgrind")
}

/// The CPython used for the cross-check (checked once); None to skip it.
fn python() -> Option<&'static PathBuf> {
    static PY: OnceLock<Option<PathBuf>> = OnceLock::new();
    PY.get_or_init(|| {
        if std::env::var_os("PYEXE_TEST_NO_PYTHON").is_some_and(|v| v != "0" && !v.is_empty()) {
            eprintln!("note: PYEXE_TEST_NO_PYTHON is set; skipping the CPython cross-check");
            return None;
        }
        let candidate = std::env::var("PYEXE_PYTHON").unwrap_or_else(|_| "python3".into());
        let out = Command::new(&candidate)
            .args([
                "-c",
                "import sys; print(sys.executable); print(sys.implementation.name, *sys.version_info[:2])",
            ])
            .stdin(Stdio::null())
            .output();
        let Ok(out) = out else {
            eprintln!("note: {candidate} not found; skipping the CPython cross-check");
            return None;
        };
        let text = String::from_utf8_lossy(&out.stdout);
        let mut lines = text.lines();
        let exe = lines.next().unwrap_or("").trim().to_string();
        let version = lines.next().unwrap_or("").trim().to_string();
        if !out.status.success() || exe.is_empty() {
            eprintln!("note: {candidate} does not work; skipping the CPython cross-check");
            return None;
        }
        if version != "cpython 3 11" {
            eprintln!(
                "note: {candidate} is {version:?}, not CPython 3.11 (the oracle); skipping the cross-check"
            );
            return None;
        }
        Some(PathBuf::from(exe))
    })
    .as_ref()
}

fn run_python(py: &Path, case: &Case) -> Result<RunOutput, String> {
    let mut cmd = Command::new(py);
    cmd.arg(&case.source)
        .args(&case.args)
        .current_dir(ROOT)
        .env("PYTHONUTF8", "1")
        .env("PYTHONIOENCODING", "utf-8")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env_remove("PYTHONSTARTUP")
        .env_remove("PYTHONINSPECT");
    // CPython is much slower than compiled code; give it more time.
    run_with_timeout(cmd, &case.stdin, run_timeout() * 6)
}

// ---------------------------------------------------------------------------
// Checking
// ---------------------------------------------------------------------------

fn rel(p: &Path) -> String {
    p.strip_prefix(ROOT).unwrap_or(p).display().to_string()
}

fn tail(s: &str, n: usize) -> String {
    let lines: Vec<&str> = s.lines().collect();
    if lines.len() <= n {
        return s.trim_end().to_string();
    }
    format!("[... {} lines omitted ...]\n{}", lines.len() - n, lines[lines.len() - n..].join("\n"))
}

fn last_nonempty_line(s: &str) -> Option<String> {
    s.lines().rev().find(|l| !l.trim().is_empty()).map(|l| l.trim().to_string())
}

/// Splits off the leak-check line(s): returns (stderr without them, values).
fn split_leakcheck(stderr: &str) -> (String, Vec<String>) {
    let mut rest = String::new();
    let mut leaks = Vec::new();
    for line in stderr.split_inclusive('\n') {
        if let Some(v) = line.trim_end().strip_prefix(LEAK_PREFIX) {
            leaks.push(v.trim().to_string());
        } else {
            rest.push_str(line);
        }
    }
    (rest, leaks)
}

/// A readable diff of expected vs actual text: the first differing line with
/// context around it.
fn diff(what: &str, expected: &str, actual: &str) -> String {
    let e: Vec<&str> = expected.split('\n').collect();
    let a: Vec<&str> = actual.split('\n').collect();
    let first = (0..e.len().max(a.len())).find(|&i| e.get(i) != a.get(i)).unwrap_or(0);
    let count = |v: &Vec<&str>| v.len() - usize::from(v.last() == Some(&""));
    let mut msg = format!(
        "{what} differs (expected {} lines, got {} lines); first difference at line {}:\n",
        count(&e),
        count(&a),
        first + 1
    );
    let show = |v: &Vec<&str>, i: usize| match v.get(i) {
        Some(l) if i + 1 == v.len() && l.is_empty() => "<end of output>".to_string(),
        Some(l) => format!("{l:?}"),
        None => "<end of output>".to_string(),
    };
    msg.push_str(&format!("  expected: {}\n  actual:   {}\n", show(&e, first), show(&a, first)));
    let lo = first.saturating_sub(3);
    let hi_e = (first + 6).min(e.len());
    let hi_a = (first + 6).min(a.len());
    msg.push_str("  --- expected (context) ---\n");
    for (i, line) in e.iter().enumerate().take(hi_e).skip(lo) {
        msg.push_str(&format!("  {}{:>4} | {line}\n", if i == first { ">" } else { " " }, i + 1));
    }
    msg.push_str("  --- actual (context) ---\n");
    for (i, line) in a.iter().enumerate().take(hi_a).skip(lo) {
        msg.push_str(&format!("  {}{:>4} | {line}\n", if i == first { ">" } else { " " }, i + 1));
    }
    if !expected.ends_with('\n') || !actual.ends_with('\n') {
        msg.push_str(&format!(
            "  (expected ends with newline: {}, actual ends with newline: {})\n",
            expected.ends_with('\n'),
            actual.ends_with('\n')
        ));
    }
    msg
}

/// Compares one run against the expectations; `who` is "pyexe" or "python3".
fn check_run(who: &str, case: &Case, expected_out: &str, r: &RunOutput, leakcheck: bool) -> Vec<String> {
    let mut problems = Vec::new();
    if r.timed_out {
        problems.push(format!("{who}: {}", r.describe_status()));
    }
    let (stderr, leaks) = if leakcheck { split_leakcheck(&r.stderr) } else { (r.stderr.clone(), Vec::new()) };
    if r.stdout != expected_out {
        problems.push(format!("{who}: {}", diff("stdout", expected_out, &r.stdout)));
    }
    if r.code() != Some(case.exit) {
        problems.push(format!("{who}: expected exit code {}, got {}", case.exit, r.describe_status()));
    }
    match &case.stderr_last {
        Some(want) => {
            let got = last_nonempty_line(&stderr);
            if got.as_deref() != Some(want.as_str()) {
                problems.push(format!(
                    "{who}: last line of stderr differs\n  expected: {want:?}\n  actual:   {}",
                    got.map_or("<stderr is empty>".to_string(), |g| format!("{g:?}"))
                ));
            }
        }
        None => {
            if !stderr.trim().is_empty() {
                problems.push(format!("{who}: expected empty stderr (no `# stderr:` expectation)"));
            }
        }
    }
    if leakcheck {
        match leaks.as_slice() {
            [] => problems.push(format!(
                "{who}: no `{LEAK_PREFIX} live=N` line on stderr (PYEXE_LEAKCHECK=1 was set)"
            )),
            [one] if one == "live=0" => {}
            [one] => problems.push(format!("{who}: leak check failed: `{LEAK_PREFIX} {one}` (want live=0)")),
            many => problems.push(format!("{who}: {} leak-check lines: {many:?}", many.len())),
        }
    }
    let mentions_stderr = problems.iter().any(|p| p.contains("stderr") || p.contains("exit code"));
    if mentions_stderr && !r.stderr.trim().is_empty() {
        problems.push(format!("{who}: --- full stderr ---\n{}", tail(&r.stderr, 40)));
    }
    problems
}

fn run_case(name: &str, case: &Case) -> Result<(), Failed> {
    let expected_out = std::fs::read_to_string(&case.expected_out).map_err(|e| {
        format!("cannot read {}: {e} (run scripts/bless.sh to generate it)", rel(&case.expected_out))
    })?;
    let mut problems: Vec<String> = Vec::new();
    let mut context = format!("program: {}", rel(&case.source));
    if !case.args.is_empty() {
        context.push_str(&format!("\nargs: {:?}", case.args));
    }
    if !case.stdin.is_empty() {
        context.push_str(&format!("\nstdin: {:?}", String::from_utf8_lossy(&case.stdin)));
    }
    context.push_str(&format!("\nexpectations: {} and {}", rel(&case.expected_out), case.origin));

    // 1. pyexe: build and run.
    let mut pyexe_stderr: Option<String> = None;
    let dir = TempDir::new(&sanitize(name));
    let exe = match &case.shared_build {
        Some(key) => shared_build(key, &case.source),
        None => {
            let exe = dir.0.join(sanitize(name));
            build(&case.source, &exe).map(|_| exe)
        }
    };
    let mut built_exe: Option<PathBuf> = None;
    match exe {
        Err(e) => problems.push(format!("pyexe: {e}")),
        Ok(exe) => {
            built_exe = Some(exe.clone());
            let mut cmd = Command::new(&exe);
            cmd.args(&case.args).current_dir(&dir.0).env("PYEXE_LEAKCHECK", "1");
            match run_with_timeout(cmd, &case.stdin, run_timeout()) {
                Err(e) => problems.push(format!("pyexe: {e}")),
                Ok(r) => {
                    problems.extend(check_run("pyexe", case, &expected_out, &r, true));
                    pyexe_stderr = Some(split_leakcheck(&r.stderr).0);
                }
            }
        }
    }
    if keep_temps() {
        context.push_str(&format!("\nbuild dir (kept): {}", dir.0.display()));
    }

    // 2. Memory safety: the same run under valgrind (exit code 99 on any memory error).
    if let (Some(vg), Some(exe)) = (valgrind(), built_exe.as_ref()) {
        let mut cmd = Command::new(vg);
        cmd.args(["-q", "--error-exitcode=99", "--leak-check=no"]).arg(exe).args(&case.args).current_dir(&dir.0);
        match run_with_timeout(cmd, &case.stdin, run_timeout() * 20) {
            Err(e) => problems.push(format!("valgrind: {e}")),
            Ok(r) if r.status.and_then(|s| s.code()) == Some(99) => {
                problems.push(format!("valgrind reports memory errors:\n{}", tail(&r.stderr, 30)))
            }
            Ok(_) => {}
        }
    }

    // 3. CPython cross-check of the stored expectations.
    if let Some(py) = python() {
        match run_python(py, case) {
            Err(e) => problems.push(format!("python3: {e}")),
            Ok(r) => {
                let p = check_run("python3", case, &expected_out, &r, false);
                if !p.is_empty() {
                    problems.push(
                        "CPython disagrees with the stored expectations; rerun scripts/bless.sh".into(),
                    );
                    problems.extend(p);
                }
                // With CPython at hand, all of stderr must agree (tracebacks with their
                // source lines and markers), not just its last line.
                if let Some(ours) = &pyexe_stderr {
                    if *ours != r.stderr {
                        problems.push(format!(
                            "stderr differs from CPython's\n--- pyexe ---\n{}\n--- python3 ---\n{}",
                            tail(ours, 40),
                            tail(&r.stderr, 40)
                        ));
                    }
                }
            }
        }
    }

    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!("{context}\n\n{}", problems.join("\n\n")).into())
    }
}

fn main() {
    let args = Arguments::from_args();
    let root = Path::new(ROOT);
    let mut trials = Vec::new();

    let mut programs: Vec<PathBuf> = std::fs::read_dir(root.join("tests/programs"))
        .expect("tests/programs")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    programs.sort();
    for path in programs {
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        match program_case(&path) {
            Ok(case) => trials.push(Trial::test(name.clone(), move || run_case(&name, &case))),
            Err(e) => trials.push(Trial::test(name, move || Err(e.into()))),
        }
    }
    match example_cases(root) {
        Ok(cases) => {
            for (slug, case) in cases {
                let name = format!("example_{slug}");
                let n = name.clone();
                trials.push(Trial::test(name, move || run_case(&n, &case)));
            }
        }
        Err(e) => trials.push(Trial::test("examples_txt", move || Err(e.into()))),
    }

    let conclusion = libtest_mimic::run(&args, trials);
    if !keep_temps() {
        let _ = std::fs::remove_dir_all(temp_root());
    } else {
        eprintln!("pyexe-programs: kept build directory {}", temp_root().display());
    }
    conclusion.exit();
}

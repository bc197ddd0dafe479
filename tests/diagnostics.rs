//! Programs the compiler must reject: one trial per `tests/diagnostics/NAME.py`.
//!
//! Header comments at the top of each case:
//!     # error: type-mismatch    expected diagnostic id (required)
//!     # line: 7                 expected line of the primary location (optional)
//!     # col: 5                  expected column (optional; needs `# line:`)
//!
//! The harness runs `pyexe check tests/diagnostics/NAME.py` with the crate root
//! as working directory and asserts: exit code 1; stderr contains
//! `error[ID]` and `--> tests/diagnostics/NAME.py:LINE:` (or just the path
//! when there is no `# line:`); stderr does not contain "panicked".
//! If `NAME.stderr` exists, stderr must equal it exactly (snapshot).  With
//! `BLESS=1` the harness writes `NAME.stderr` instead of comparing.

mod common;

use libtest_mimic::{Arguments, Failed, Trial};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

const PYEXE: &str = env!("CARGO_BIN_EXE_pyexe");
const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const TIMEOUT: Duration = Duration::from_secs(60);

#[derive(Debug, Default)]
struct Expect {
    id: Option<String>,
    line: Option<u32>,
    col: Option<u32>,
}

fn parse_header(text: &str) -> Result<Expect, String> {
    let mut e = Expect::default();
    for raw in text.split('\n') {
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        if line.trim().is_empty() {
            continue;
        }
        let Some(body) = line.strip_prefix('#') else { break };
        let body = body.strip_prefix(' ').unwrap_or(body);
        let Some((key, value)) = body.split_once(':') else { continue };
        let value = value.trim();
        match key {
            "error" => e.id = Some(value.to_string()),
            "line" => e.line = Some(value.parse().map_err(|err| format!("bad `# line: {value}`: {err}"))?),
            "col" => e.col = Some(value.parse().map_err(|err| format!("bad `# col: {value}`: {err}"))?),
            _ => {}
        }
    }
    if e.id.is_none() {
        return Err("missing `# error: ID` header".into());
    }
    if e.col.is_some() && e.line.is_none() {
        return Err("`# col:` needs `# line:`".into());
    }
    Ok(e)
}

fn bless_mode() -> bool {
    std::env::var_os("BLESS").is_some_and(|v| v != "0" && !v.is_empty())
}

fn run_check(rel_path: &str) -> Result<(Option<i32>, String, String), String> {
    let mut cmd = Command::new(PYEXE);
    cmd.arg("check").arg(rel_path).current_dir(ROOT);
    let r = common::run_with_timeout(cmd, b"", TIMEOUT)?;
    if r.timed_out {
        return Err(format!("`pyexe check {rel_path}` timed out after {}s", TIMEOUT.as_secs()));
    }
    Ok((r.status.and_then(|s| s.code()), r.stdout, r.stderr))
}

fn first_diff(expected: &str, actual: &str) -> String {
    let e: Vec<&str> = expected.split('\n').collect();
    let a: Vec<&str> = actual.split('\n').collect();
    let i = (0..e.len().max(a.len())).find(|&i| e.get(i) != a.get(i)).unwrap_or(0);
    let show = |v: &Vec<&str>| v.get(i).map_or("<end>".to_string(), |l| format!("{l:?}"));
    format!("first difference at line {}:\n  expected: {}\n  actual:   {}", i + 1, show(&e), show(&a))
}

fn run_case(path: &Path) -> Result<(), Failed> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let expect = parse_header(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let id = expect.id.as_deref().unwrap();
    let name = path.file_name().unwrap().to_string_lossy();
    let rel_path = format!("tests/diagnostics/{name}");
    let (code, stdout, stderr) = run_check(&rel_path)?;

    let mut problems = Vec::new();
    if stderr.contains("panicked") {
        problems.push("the compiler panicked".to_string());
    }
    if code != Some(1) {
        problems.push(format!(
            "expected exit code 1, got {}",
            code.map_or("none (killed by a signal)".into(), |c| c.to_string())
        ));
    }
    let tag = format!("error[{id}]");
    if !stderr.contains(&tag) {
        problems.push(format!("stderr does not contain `{tag}`"));
    }
    let location = match (expect.line, expect.col) {
        (Some(l), Some(c)) => format!("--> {rel_path}:{l}:{c}"),
        (Some(l), None) => format!("--> {rel_path}:{l}:"),
        _ => format!("--> {rel_path}:"),
    };
    if !stderr.contains(&location) {
        problems.push(format!("stderr does not contain `{location}`"));
    }

    let snapshot = path.with_extension("stderr");
    if bless_mode() {
        if problems.is_empty() {
            std::fs::write(&snapshot, &stderr).map_err(|e| format!("{}: {e}", snapshot.display()))?;
        }
    } else if snapshot.exists() {
        let want = std::fs::read_to_string(&snapshot).map_err(|e| format!("{}: {e}", snapshot.display()))?;
        if want != stderr {
            problems.push(format!(
                "stderr differs from the snapshot tests/diagnostics/{} (BLESS=1 to update)\n{}",
                snapshot.file_name().unwrap().to_string_lossy(),
                first_diff(&want, &stderr)
            ));
        }
    }

    if problems.is_empty() {
        return Ok(());
    }
    let mut msg = format!("`pyexe check {rel_path}` (expecting {tag} at {location}):\n- {}", problems.join("\n- "));
    msg.push_str(&format!("\n--- stderr ---\n{}", stderr.trim_end()));
    if !stdout.trim().is_empty() {
        msg.push_str(&format!("\n--- stdout ---\n{}", stdout.trim_end()));
    }
    if bless_mode() {
        msg.push_str("\n(snapshot not written because the checks above failed)");
    }
    Err(msg.into())
}

fn main() {
    let args = Arguments::from_args();
    let dir = Path::new(ROOT).join("tests/diagnostics");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/diagnostics")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    files.sort();
    let trials = files
        .into_iter()
        .map(|path| {
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            Trial::test(name, move || run_case(&path))
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}

//! The linker step: drives the system C compiler (found with the `cc` crate) to link the
//! program's object file with the runtime archive into a small executable.
use std::path::Path;
use std::process::Command;

/// The runtime static library, built by build.rs and embedded in the compiler.
pub static RUNTIME_ARCHIVE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/libpyexe_runtime.a"));

const TARGET: &str = env!("PYEXE_TARGET");

/// Links `obj` and the runtime archive (already written to `runtime`) into `out`.
/// Dead sections are dropped; symbols are stripped unless `debug`.
pub fn link(obj: &Path, runtime: &Path, out: &Path, debug: bool) -> Result<(), String> {
    let compiler = cc::Build::new()
        .target(TARGET)
        .host(TARGET)
        .opt_level(0)
        .cargo_metadata(false)
        .cargo_warnings(false)
        .try_get_compiler()
        .map_err(|e| format!("no C compiler found to link with: {e}"))?;
    let mut cmd = Command::new(compiler.path());
    cmd.arg(obj).arg(runtime).arg("-o").arg(out);
    // Drop unused sections; don't pad code and data segments to separate pages (saves
    // several KB on a small program).
    // No unwinder ever runs: the lookup table for unwind info is dead weight. No RELRO
    // segment: it is padded to a page boundary in the file (up to 4 KB of zeros on a
    // 60 KB program); the GOT stays writable, as in Go's executables.
    cmd.args(["-Wl,--gc-sections", "-Wl,--as-needed", "-Wl,-z,noseparate-code", "-Wl,-z,norelro", "-Wl,--no-eh-frame-hdr", "-lm"]);
    if !debug {
        cmd.args(["-s", "-Wl,--build-id=none"]);
    }
    let output = cmd.output().map_err(|e| format!("cannot run the linker '{}': {e}", compiler.path().display()))?;
    if !output.status.success() {
        return Err(format!("linking failed:\n{}", String::from_utf8_lossy(&output.stderr)));
    }
    Ok(())
}

//! Builds the runtime crate as a static library (profile `rt`: panic=abort, LTO) in a
//! target directory of its own, so the pyexe binary can embed it with `include_bytes!`.
use std::path::PathBuf;
use std::process::Command;

fn main() {
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR"));
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR"));
    let target_dir = out.join("rt-target");
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut cmd = Command::new(cargo);
    cmd.current_dir(&manifest)
        .args(["rustc", "--quiet", "-p", "pyexe-runtime", "--profile", "rt", "--crate-type", "staticlib", "--target-dir"])
        .arg(&target_dir)
        .args(["--", "-C", "relocation-model=pic", "-C", "force-unwind-tables=no"]);
    for (key, _) in std::env::vars_os() {
        let key = key.to_string_lossy().into_owned();
        if key.starts_with("CARGO_") && key != "CARGO_HOME" || key == "RUSTFLAGS" || key == "RUSTC_WRAPPER" {
            cmd.env_remove(&key);
        }
    }
    let status = cmd.status().expect("failed to run cargo for the runtime");
    assert!(status.success(), "building the runtime failed");
    let lib = target_dir.join("rt").join("libpyexe_runtime.a");
    let embedded = out.join("libpyexe_runtime.a");
    // Nothing in a compiled program unwinds (panic=abort, exceptions are return values), but
    // the precompiled core library brings unwind tables along: drop them, which keeps them
    // out of every executable (about 8 KiB). Without objcopy the archive is used as it is.
    let objcopy = std::env::var_os("OBJCOPY").unwrap_or_else(|| "objcopy".into());
    let stripped = Command::new(objcopy)
        .arg("--remove-section=.eh_frame")
        .arg(&lib)
        .arg(&embedded)
        .status()
        .is_ok_and(|s| s.success());
    if !stripped {
        std::fs::copy(&lib, &embedded).expect("runtime archive missing");
    }
    println!("cargo:rustc-env=PYEXE_TARGET={}", std::env::var("TARGET").expect("TARGET"));
    println!("cargo:rerun-if-changed=runtime/src");
    println!("cargo:rerun-if-changed=runtime/Cargo.toml");
    println!("cargo:rerun-if-changed=build.rs");
    // The runtime's profile (`rt`) lives in the workspace manifest.
    println!("cargo:rerun-if-changed=Cargo.toml");
}

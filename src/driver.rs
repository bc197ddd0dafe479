//! The driver: runs the pipeline (load → lower → infer → codegen → optimise → link) and
//! does its file I/O. Front-end errors come back as rendered diagnostics.
use crate::diag::Diagnostics;
use crate::{codegen, infer, link, load, lower};
use inkwell::context::Context;
use inkwell::passes::PassBuilderOptions;
use inkwell::targets::{CodeModel, FileType, InitializationConfig, RelocMode, Target, TargetMachine};
use inkwell::OptimizationLevel;
use std::path::{Path, PathBuf};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Emit {
    Exe,
    LlvmIr,
    Asm,
    Obj,
}

#[derive(Clone, Debug)]
pub struct Options {
    pub opt_level: u8,
    pub emit: Emit,
    pub debug: bool,
    pub keep_temps: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options { opt_level: 2, emit: Emit::Exe, debug: false, keep_temps: false }
    }
}

/// Why a build failed.
#[derive(Debug)]
pub enum Failure {
    /// The program was rejected: rendered diagnostics.
    Rejected(String),
    /// Something outside the program went wrong (I/O, linker).
    Internal(String),
}

/// Pipeline stages, for progress display.
pub const STAGES: &[&str] = &["parse", "infer", "codegen", "link"];

/// Checks a program without generating code.
pub fn check(entry: &Path) -> Result<(), Failure> {
    front_end(entry).map(|_| ())
}

fn front_end(entry: &Path) -> Result<(crate::hir::Program, infer::Typed), Failure> {
    let mut diags = Diagnostics::default();
    let mut read = |p: &Path| std::fs::read_to_string(p).ok();
    if !entry.exists() {
        return Err(Failure::Internal(format!("cannot read '{}': no such file", entry.display())));
    }
    let loaded = load::load(entry, &mut read, &mut diags);
    let files = loaded.as_ref().map(|l| l.files.clone()).unwrap_or_default();
    let Some(loaded) = loaded.filter(|_| !diags.has_errors()) else {
        return Err(Failure::Rejected(diags.render(&files)));
    };
    // A program refused as written is tried again with its variables split into regions
    // (a name reused for unrelated values becomes several variables); the first try's
    // diagnostics are the ones reported.
    let attempt = |loaded: load::Loaded, split: bool| {
        let mut diags = Diagnostics::default();
        let prog = lower::lower_with(loaded, &mut diags, split);
        let typed = (!diags.has_errors()).then(|| infer::infer(&prog, &mut diags));
        (prog, typed, diags)
    };
    let (prog, typed, first) = attempt(loaded.clone(), false);
    if let (Some(typed), false) = (typed, first.has_errors()) {
        return Ok((prog, typed));
    }
    let (split, typed, again) = attempt(loaded, true);
    if let (Some(typed), false) = (typed, again.has_errors()) {
        return Ok((split, typed));
    }
    Err(Failure::Rejected(first.render(&prog.files)))
}

/// Builds `entry` into `out` (or the `--emit` artifact), calling `progress` with each stage index.
pub fn build(entry: &Path, out: &Path, opts: &Options, progress: &mut dyn FnMut(usize)) -> Result<(), Failure> {
    progress(0);
    let (prog, typed) = front_end(entry)?;
    progress(2);
    let cx = Context::create();
    let module = codegen::generate(&cx, &prog, &typed);
    if let Err(e) = module.verify() {
        return Err(Failure::Internal(format!("internal compiler error: invalid LLVM IR: {}", e.to_string())));
    }
    let tm = target_machine(opts.opt_level)?;
    module.set_triple(&tm.get_triple());
    module.set_data_layout(&tm.get_target_data().get_data_layout());
    let passes = format!("default<O{}>", opts.opt_level.min(3));
    module
        .run_passes(&passes, &tm, PassBuilderOptions::create())
        .map_err(|e| Failure::Internal(format!("internal compiler error: LLVM passes: {}", e.to_string())))?;
    let write = |ft: FileType, path: &Path| {
        tm.write_to_file(&module, ft, path).map_err(|e| Failure::Internal(format!("cannot write '{}': {}", path.display(), e.to_string())))
    };
    match opts.emit {
        Emit::LlvmIr => return module.print_to_file(out).map_err(|e| Failure::Internal(e.to_string())),
        Emit::Asm => return write(FileType::Assembly, out),
        Emit::Obj => return write(FileType::Object, out),
        Emit::Exe => {}
    }
    progress(3);
    let tmp = tempfile::Builder::new().prefix("pyexe").tempdir().map_err(|e| Failure::Internal(format!("cannot create a temporary directory: {e}")))?;
    let obj = tmp.path().join("program.o");
    write(FileType::Object, &obj)?;
    let rt = tmp.path().join("libpyexe_runtime.a");
    std::fs::write(&rt, link::RUNTIME_ARCHIVE).map_err(|e| Failure::Internal(format!("cannot write the runtime: {e}")))?;
    link::link(&obj, &rt, out, opts.debug).map_err(Failure::Internal)?;
    if opts.keep_temps {
        let kept: PathBuf = tmp.keep();
        eprintln!("pyexe: temporary files kept in {}", kept.display());
    }
    Ok(())
}

fn target_machine(opt: u8) -> Result<TargetMachine, Failure> {
    Target::initialize_native(&InitializationConfig::default()).map_err(Failure::Internal)?;
    let triple = TargetMachine::get_default_triple();
    let target = Target::from_triple(&triple).map_err(|e| Failure::Internal(e.to_string()))?;
    let level = match opt {
        0 => OptimizationLevel::None,
        1 => OptimizationLevel::Less,
        2 => OptimizationLevel::Default,
        _ => OptimizationLevel::Aggressive,
    };
    target
        .create_target_machine(&triple, "generic", "", level, RelocMode::PIC, CodeModel::Default)
        .ok_or_else(|| Failure::Internal("cannot create an LLVM target machine".into()))
}

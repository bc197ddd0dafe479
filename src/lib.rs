//! pyexe: compiles a statically-typeable Python 3 program into one native executable.
//! The stages are modules of this crate; `driver` runs them in order.
pub mod annotations;
pub mod bind;
pub mod codegen;
pub mod dataclass;
pub mod diag;
pub mod driver;
pub mod hir;
pub mod infer;
pub mod link;
pub mod load;
pub mod lower;
pub mod regions;
pub mod types;

/// In-memory front end for unit tests: `files` maps paths to sources, the first is the entry.
#[cfg(test)]
pub(crate) fn front_end_for_test(files: &[(&str, &str)]) -> (hir::Program, infer::Typed, diag::Diagnostics) {
    let mut diags = diag::Diagnostics::default();
    let mut read = |p: &std::path::Path| files.iter().find(|(n, _)| std::path::Path::new(n) == p).map(|(_, s)| s.to_string());
    let loaded = load::load(std::path::Path::new(files[0].0), &mut read, &mut diags).expect("loads");
    let prog = lower::lower(loaded, &mut diags);
    let typed = infer::infer(&prog, &mut diags);
    (prog, typed, diags)
}

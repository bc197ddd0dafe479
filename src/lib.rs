//! pyexe: compiles a statically-typeable Python 3 program into one native executable.
//! The stages are modules of this crate; `driver` runs them in order.
pub mod bind;
pub mod codegen;
pub mod diag;
pub mod driver;
pub mod hir;
pub mod infer;
pub mod link;
pub mod load;
pub mod lower;
pub mod types;

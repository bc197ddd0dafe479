//! The pyexe runtime: strings, printing, numbers, exceptions and reference-counted
//! allocation for compiled Python programs, as a `no_std` static library over libc.
#![cfg_attr(not(test), no_std)]
extern crate alloc;

pub mod abi;
pub mod buf;
pub mod desc;
pub mod dict;
pub mod dynamic;
pub mod exc;
pub mod format;
pub mod guard;
pub mod hash;
pub mod io;
pub mod libc;
pub mod list;
pub mod math;
pub mod num;
pub mod object;
pub mod parse;
pub mod pool;
pub mod process;
pub mod set;
pub mod slice;
pub mod sort;
pub mod str;
pub mod strlist;
pub mod strmethods;

#[cfg(not(test))]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    // SAFETY: abort never returns.
    unsafe { libc::abort() }
}

/// The precompiled `compiler_builtins` refers to the unwinding personality even though
/// the runtime is built with panic=abort; nothing ever unwinds, so it is never called.
#[cfg(not(test))]
#[unsafe(no_mangle)]
pub extern "C" fn rust_eh_personality() {}

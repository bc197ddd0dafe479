//! The pyexe runtime: strings, printing, numbers, exceptions and reference-counted
//! allocation for compiled Python programs, as a `no_std` static library over libc.
#![cfg_attr(not(test), no_std)]
extern crate alloc;

pub mod abi;
pub mod libc;
pub mod format;
pub mod object;
pub mod parse;

#[cfg(not(test))]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    unsafe { libc::abort() }
}

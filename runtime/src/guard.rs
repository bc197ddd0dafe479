//! Stack-overflow guard: deep recursion must end the program like CPython's
//! RecursionError (message on stderr, exit code 1), never with a segmentation fault.
//! A SIGSEGV handler running on its own stack tells a stack overflow (a fault just below
//! the stack) from any other fault. It costs nothing until a fault happens.
use crate::{io, libc};
use core::ffi::{c_int, c_void};

const SIGSEGV: c_int = 11;
const SIGBUS: c_int = 7;
const SA_SIGINFO: c_int = 4;
const SA_ONSTACK: c_int = 0x0800_0000;
const ALT_STACK_SIZE: usize = 64 * 1024;

/// The handler's own stack (in .bss: no allocation, nothing for valgrind to call lost).
static mut ALT_STACK: [u8; ALT_STACK_SIZE] = [0; ALT_STACK_SIZE];

/// Lowest address the main thread's stack may reach, from the stack rlimit at start-up.
static mut STACK_LIMIT: usize = 0;

/// Installs the handler; `top` is an address in the caller's frame (the top of the stack).
pub fn install(top: usize) {
    let mut lim = libc::Rlimit { cur: 0, max: 0 };
    // SAFETY: plain libc calls with valid pointers; the alternate stack is a static that
    // lives as long as the process.
    unsafe {
        let size = if libc::getrlimit(libc::RLIMIT_STACK, &mut lim) == 0 && lim.cur < (1 << 40) { lim.cur as usize } else { 8 << 20 };
        STACK_LIMIT = top.saturating_sub(size);
        let stack = core::ptr::addr_of_mut!(ALT_STACK) as *mut core::ffi::c_void;
        let ss = libc::StackT { sp: stack, flags: 0, size: ALT_STACK_SIZE };
        if libc::sigaltstack(&ss, core::ptr::null_mut()) != 0 {
            return;
        }
        let mut sa: libc::Sigaction = core::mem::zeroed();
        sa.handler = on_fault as *const () as usize;
        sa.flags = SA_SIGINFO | SA_ONSTACK;
        libc::sigaction(SIGSEGV, &sa, core::ptr::null_mut());
        libc::sigaction(SIGBUS, &sa, core::ptr::null_mut());
    }
}

extern "C" fn on_fault(sig: c_int, info: *mut libc::Siginfo, _ctx: *mut c_void) {
    // SAFETY: the kernel passes a valid siginfo; only async-signal-safe calls follow.
    let addr = unsafe { (*info).addr as usize };
    let limit = unsafe { STACK_LIMIT };
    let overflow = limit != 0 && addr < limit + (256 << 10) && addr + (256 << 10) > limit;
    io::flush_stdout();
    let msg: &[u8] = if overflow {
        b"Traceback (most recent call last):\nRecursionError: maximum recursion depth exceeded\n"
    } else {
        b"Fatal Python error: Segmentation fault (a pyexe bug: please report it)\n"
    };
    // SAFETY: write and _exit are async-signal-safe.
    unsafe {
        libc::write(2, msg.as_ptr() as *const c_void, msg.len());
        libc::_exit(if overflow { 1 } else { 128 + sig });
    }
}

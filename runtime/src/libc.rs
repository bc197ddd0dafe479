//! The few libc and libm functions the runtime uses, declared by hand (no `libc` crate).
#![allow(non_camel_case_types)]
use core::ffi::{c_char, c_int, c_void};

extern "C" {
    pub fn malloc(size: usize) -> *mut c_void;
    pub fn calloc(n: usize, size: usize) -> *mut c_void;
    pub fn realloc(p: *mut c_void, size: usize) -> *mut c_void;
    pub fn free(p: *mut c_void);
    pub fn malloc_usable_size(p: *mut c_void) -> usize;
    pub fn abort() -> !;
    pub fn exit(code: c_int) -> !;
    pub fn write(fd: c_int, buf: *const c_void, n: usize) -> isize;
    pub fn read(fd: c_int, buf: *mut c_void, n: usize) -> isize;
    pub fn isatty(fd: c_int) -> c_int;
    pub fn getenv(name: *const c_char) -> *mut c_char;
    pub fn strlen(s: *const c_char) -> usize;
    pub fn memmem(hay: *const c_void, hay_len: usize, needle: *const c_void, needle_len: usize) -> *mut c_void;
}

#[link(name = "m")]
extern "C" {
    pub fn sqrt(x: f64) -> f64;
    pub fn sin(x: f64) -> f64;
    pub fn cos(x: f64) -> f64;
    pub fn tan(x: f64) -> f64;
    pub fn asin(x: f64) -> f64;
    pub fn acos(x: f64) -> f64;
    pub fn atan(x: f64) -> f64;
    pub fn atan2(y: f64, x: f64) -> f64;
    pub fn exp(x: f64) -> f64;
    pub fn log(x: f64) -> f64;
    pub fn log10(x: f64) -> f64;
    pub fn log2(x: f64) -> f64;
    pub fn pow(x: f64, y: f64) -> f64;
    pub fn fmod(x: f64, y: f64) -> f64;
    pub fn floor(x: f64) -> f64;
    pub fn ceil(x: f64) -> f64;
    pub fn round(x: f64) -> f64;
    pub fn fma(x: f64, y: f64, z: f64) -> f64;
    pub fn frexp(x: f64, exp: *mut c_int) -> f64;
    pub fn ldexp(x: f64, exp: c_int) -> f64;
    pub fn strtod(s: *const c_char, end: *mut *mut c_char) -> f64;
    pub fn _exit(code: c_int) -> !;
    pub fn getrlimit(resource: c_int, rlim: *mut Rlimit) -> c_int;
    pub fn sigaltstack(ss: *const StackT, old: *mut StackT) -> c_int;
    pub fn sigaction(sig: c_int, act: *const Sigaction, old: *mut Sigaction) -> c_int;
}

pub const RLIMIT_STACK: c_int = 3;

#[repr(C)]
pub struct Rlimit {
    pub cur: u64,
    pub max: u64,
}

/// `stack_t` (Linux).
#[repr(C)]
pub struct StackT {
    pub sp: *mut c_void,
    pub flags: c_int,
    pub size: usize,
}

/// `struct sigaction` as glibc lays it out on Linux (x86-64 and aarch64).
#[repr(C)]
pub struct Sigaction {
    pub handler: usize,
    pub mask: [u64; 16],
    pub flags: c_int,
    pub restorer: usize,
}

/// The start of `siginfo_t`, up to the fault address of SIGSEGV/SIGBUS.
#[repr(C)]
pub struct Siginfo {
    pub signo: c_int,
    pub errno: c_int,
    pub code: c_int,
    pub pad: c_int,
    pub addr: *mut c_void,
}

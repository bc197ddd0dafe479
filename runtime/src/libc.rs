//! The few libc functions the runtime uses, declared by hand (no `libc` crate).
#![allow(non_camel_case_types)]
use core::ffi::{c_char, c_int, c_void};

extern "C" {
    pub fn malloc(size: usize) -> *mut c_void;
    pub fn calloc(n: usize, size: usize) -> *mut c_void;
    pub fn realloc(p: *mut c_void, size: usize) -> *mut c_void;
    pub fn free(p: *mut c_void);
    pub fn abort() -> !;
    pub fn exit(code: c_int) -> !;
    pub fn write(fd: c_int, buf: *const c_void, n: usize) -> isize;
    pub fn read(fd: c_int, buf: *mut c_void, n: usize) -> isize;
    pub fn isatty(fd: c_int) -> c_int;
    pub fn getenv(name: *const c_char) -> *mut c_char;
}

//! Object layouts shared with codegen and the allocator: every heap object starts with
//! an `i64` reference count; allocations are counted so tests can check for leaks.
use crate::libc;
use core::alloc::{GlobalAlloc, Layout};
use core::sync::atomic::{AtomicI64, Ordering};

/// A Python `str`: UTF-8 bytes inline after the header, not NUL-terminated.
/// Codegen emits literals with this exact layout and `rc = IMMORTAL_RC`.
#[repr(C)]
pub struct Str {
    pub rc: i64,
    /// Length in bytes.
    pub len: i64,
    /// Length in code points (`len(s)`); equal to `len` for ASCII text.
    pub nchars: i64,
    pub data: [u8; 0],
}

/// Number of live runtime objects (allocated and not yet freed), for the leak check.
pub static LIVE_OBJECTS: AtomicI64 = AtomicI64::new(0);

pub fn note_alloc() {
    LIVE_OBJECTS.fetch_add(1, Ordering::Relaxed);
}
pub fn note_free() {
    LIVE_OBJECTS.fetch_sub(1, Ordering::Relaxed);
}

/// The global allocator: libc malloc/free.
pub struct LibcAlloc;

unsafe impl GlobalAlloc for LibcAlloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if layout.align() <= 16 {
            libc::malloc(layout.size()) as *mut u8
        } else {
            core::ptr::null_mut()
        }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        libc::free(ptr as *mut _)
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if layout.align() <= 16 {
            libc::realloc(ptr as *mut _, new_size) as *mut u8
        } else {
            core::ptr::null_mut()
        }
    }
}

#[cfg(not(test))]
#[global_allocator]
static GLOBAL: LibcAlloc = LibcAlloc;

/// An exception produced by pure runtime code (formatting, parsing): a kind from
/// `abi::EXC_*` and the message, raised by the `extern "C"` layer.
#[derive(Debug, Clone, PartialEq)]
pub struct PyErr {
    pub kind: i64,
    pub msg: alloc::vec::Vec<u8>,
}

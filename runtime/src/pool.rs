//! The small-object allocator: object headers and short strings come from per-size free
//! lists (16-byte classes up to `MAX_SMALL` bytes) carved from large chunks, like
//! CPython's pymalloc; bigger blocks and all resizable buffers use libc malloc.
//!
//! The caller passes the block size to `obj_free` (objects know it), so blocks need no
//! header. A block may be freed with a smaller size than it was allocated with (it then
//! serves a smaller class), never a larger one. Freed blocks stay with the allocator.
//!
//! Under valgrind the pools are off and every object is a libc block, so memcheck still
//! sees each allocation and free (use-after-free and overruns stay detectable).
use crate::libc;
use crate::object::{out_of_memory, Global};
use core::ptr;

/// The largest block served from the pools.
pub const MAX_SMALL: usize = 512;
const GRAIN: usize = 16;
const NCLASS: usize = MAX_SMALL / GRAIN;
/// Bytes fetched from libc at a time.
const CHUNK: usize = 256 * 1024;

/// A set of size-class free lists and the chunk being carved.
pub struct Pools {
    free: [*mut u8; NCLASS],
    bump: *mut u8,
    end: *mut u8,
}

impl Pools {
    pub const fn new() -> Pools {
        Pools { free: [ptr::null_mut(); NCLASS], bump: ptr::null_mut(), end: ptr::null_mut() }
    }

    /// The class index of a block of `size` bytes (1..=MAX_SMALL).
    #[inline(always)]
    fn class(size: usize) -> usize {
        (size.max(1) - 1) / GRAIN
    }

    /// A block of `size` (1..=MAX_SMALL) bytes, 16-byte aligned.
    #[inline(always)]
    pub fn alloc(&mut self, size: usize) -> *mut u8 {
        let c = Self::class(size);
        let head = self.free[c];
        if !head.is_null() {
            // SAFETY: a free block's first word links to the next free block.
            self.free[c] = unsafe { *(head as *mut *mut u8) };
            return head;
        }
        self.carve((c + 1) * GRAIN)
    }

    /// Cuts a fresh block of `bytes` from the current chunk, starting a new one when full.
    #[cold]
    fn carve(&mut self, bytes: usize) -> *mut u8 {
        if (self.end as usize) - (self.bump as usize) < bytes {
            // The rest of the old chunk (under MAX_SMALL bytes) is abandoned.
            // SAFETY: plain libc call; malloc's blocks of this size are 16-byte aligned.
            let c = unsafe { libc::malloc(CHUNK) } as *mut u8;
            if c.is_null() {
                out_of_memory();
            }
            self.bump = c;
            self.end = c.wrapping_add(CHUNK);
        }
        let p = self.bump;
        self.bump = p.wrapping_add(bytes);
        p
    }

    /// Returns a block of at least `size` (1..=MAX_SMALL) bytes to its class.
    ///
    /// # Safety
    /// `p` must be a block from `alloc(n)` with `n >= size` (or a libc block of more than
    /// MAX_SMALL bytes) that is no longer used.
    #[inline(always)]
    pub unsafe fn free(&mut self, p: *mut u8, size: usize) {
        let c = Self::class(size);
        // A block of a bigger class may serve this one only when it is at least as big,
        // which `class` rounding guarantees for sizes up to its own.
        *(p as *mut *mut u8) = self.free[c];
        self.free[c] = p;
    }
}

impl Default for Pools {
    fn default() -> Self {
        Self::new()
    }
}

static POOLS: Global<Pools> = Global::new(Pools::new());
/// Whether the pools serve small blocks (set once at start-up, before any allocation).
static ENABLED: Global<bool> = Global::new(false);

/// Turns the pools on unless the program runs under valgrind. Called first thing at
/// start-up, before any object is allocated.
pub fn init() {
    // SAFETY: single-threaded start-up.
    unsafe { *ENABLED.get() = !cfg!(test) && !running_on_valgrind() };
}

/// Whether small blocks come from the pools.
#[inline(always)]
pub fn enabled() -> bool {
    // SAFETY: single-threaded runtime; written once at start-up.
    unsafe { *ENABLED.get() }
}

/// A block of `size` bytes for an object (null when libc has no memory for a large one).
#[inline]
pub fn obj_alloc(size: usize) -> *mut u8 {
    if size <= MAX_SMALL && enabled() {
        // SAFETY: single-threaded runtime.
        return unsafe { (*POOLS.get()).alloc(size) };
    }
    // SAFETY: plain libc call.
    unsafe { libc::malloc(size.max(1)) as *mut u8 }
}

/// Frees a block from `obj_alloc(n)`, `n >= size` (see the module comment).
///
/// # Safety
/// `p` must be such a block, no longer used; `size` must not exceed its allocated size,
/// and must exceed MAX_SMALL exactly when the block came from libc (or pools are off).
#[inline]
pub unsafe fn obj_free(p: *mut u8, size: usize) {
    if size <= MAX_SMALL && enabled() {
        (*POOLS.get()).free(p, size);
    } else {
        libc::free(p as *mut _);
    }
}

/// The usable size of a block from `obj_alloc(n)` that was last sized `size` bytes.
///
/// # Safety
/// As for `obj_free`.
pub unsafe fn obj_capacity(p: *mut u8, size: usize) -> usize {
    if size <= MAX_SMALL && enabled() {
        (Pools::class(size) + 1) * GRAIN
    } else {
        libc::malloc_usable_size(p as *mut _)
    }
}

/// valgrind's RUNNING_ON_VALGRIND client request: the magic instruction sequence is a
/// no-op on real hardware (rdi is rotated by 128 bits) and answers non-zero under valgrind.
#[cfg(target_arch = "x86_64")]
fn running_on_valgrind() -> bool {
    let args: [u64; 6] = [0x1001, 0, 0, 0, 0, 0];
    let mut result: u64 = 0;
    // SAFETY: the sequence only rotates rdi by a full turn and exchanges rbx with itself.
    unsafe {
        core::arch::asm!(
            "rol rdi, 3", "rol rdi, 13", "rol rdi, 61", "rol rdi, 51", "xchg rbx, rbx",
            inout("rdx") result,
            in("rax") args.as_ptr(),
            out("rdi") _,
            options(nostack),
        );
    }
    result != 0
}

#[cfg(not(target_arch = "x86_64"))]
fn running_on_valgrind() -> bool {
    // No client request here: keep libc blocks everywhere so memcheck stays exact.
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_round_up_to_sixteen() {
        assert_eq!(Pools::class(1), 0);
        assert_eq!(Pools::class(16), 0);
        assert_eq!(Pools::class(17), 1);
        assert_eq!(Pools::class(MAX_SMALL), NCLASS - 1);
    }

    #[test]
    fn blocks_are_distinct_aligned_and_reused() {
        let mut p = Pools::new();
        let mut seen = std::collections::HashSet::new();
        let blocks: Vec<*mut u8> = (0..20_000).map(|i| p.alloc(1 + i % MAX_SMALL)).collect();
        for (i, &b) in blocks.iter().enumerate() {
            assert_eq!(b as usize % 16, 0);
            assert!(seen.insert(b as usize));
            // Fill the whole requested size: overlapping blocks would corrupt each other.
            unsafe { ptr::write_bytes(b, i as u8, 1 + i % MAX_SMALL) };
        }
        for (i, &b) in blocks.iter().enumerate() {
            let n = 1 + i % MAX_SMALL;
            assert!(unsafe { core::slice::from_raw_parts(b, n) }.iter().all(|&x| x == i as u8));
        }
        // LIFO reuse within a class; a bigger block may serve a smaller class.
        unsafe { p.free(blocks[0], 1) };
        assert_eq!(p.alloc(16), blocks[0]);
        unsafe { p.free(blocks[100], 1 + 100 % MAX_SMALL) };
        assert_eq!(p.alloc(1 + 100 % MAX_SMALL), blocks[100]);
        unsafe { p.free(blocks[200], 20) };
        assert_eq!(p.alloc(32), blocks[200]);
        // The chunks leak on purpose here (a test-local allocator).
    }

    #[test]
    fn valgrind_check_is_callable() {
        // Natively the request answers zero (this test does not run under valgrind).
        if std::env::var_os("PYEXE_UNDER_VALGRIND").is_none() && cfg!(target_arch = "x86_64") {
            assert!(!running_on_valgrind());
        }
    }
}

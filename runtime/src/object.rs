//! Object layouts shared with codegen and the allocator: every heap object starts with
//! an `i64` reference count; allocations are counted so tests can check for leaks.
use crate::abi::TAG_STR;
use crate::libc;
use core::alloc::{GlobalAlloc, Layout};
use core::cell::UnsafeCell;

/// A Python `str`: UTF-8 bytes inline after the header, not NUL-terminated.
/// Codegen emits literals with this exact layout and `rc = IMMORTAL_RC`.
#[repr(C)]
pub struct Str {
    pub rc: i64,
    /// Length in bytes.
    pub len: i64,
    /// Length in code points (`len(s)`); equal to `len` for ASCII text.
    pub nchars: i64,
    /// The hash, computed on first use (`-1` until then; strings are immutable once shared).
    pub hash: i64,
    pub data: [u8; 0],
}

/// Size of the `Str` header; the bytes follow it in the same allocation.
pub const STR_HEADER: usize = core::mem::size_of::<Str>();

/// A Python `list`: `len` element slots of `desc.size` bytes each (unboxed, see `desc`),
/// room for `cap`. Codegen loads `len` at offset 8 and indexes `items` inline.
#[repr(C)]
pub struct List {
    pub rc: i64,
    pub len: i64,
    pub cap: i64,
    pub items: *mut u8,
    pub desc: *const crate::desc::Desc,
}

/// A dynamic value, `{ tag, val }` with a tag from `abi::TAG_*`; returned in two registers.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Dyn {
    pub tag: i64,
    pub val: i64,
}

/// Number of live runtime objects (allocated and not yet freed), for the leak check.
/// A plain counter, not an atomic: compiled programs are single-threaded and a locked
/// add on every allocation and free is measurable.
static LIVE_OBJECTS: Global<i64> = Global::new(0);

#[inline]
pub fn note_alloc() {
    // SAFETY: single-threaded runtime (see `Global`).
    unsafe { *LIVE_OBJECTS.get() += 1 };
    #[cfg(test)]
    TEST_LIVE.with(|n| n.set(n.get() + 1));
}
#[inline]
pub fn note_free() {
    // SAFETY: single-threaded runtime (see `Global`).
    unsafe { *LIVE_OBJECTS.get() -= 1 };
    #[cfg(test)]
    TEST_LIVE.with(|n| n.set(n.get() - 1));
}

/// The live object count (per thread under `cargo test`, where tests run in parallel).
pub fn live_objects() -> i64 {
    #[cfg(test)]
    return TEST_LIVE.with(|n| n.get());
    #[cfg(not(test))]
    // SAFETY: single-threaded runtime (see `Global`).
    unsafe { *LIVE_OBJECTS.get() }
}

#[cfg(test)]
std::thread_local! {
    static TEST_LIVE: core::cell::Cell<i64> = const { core::cell::Cell::new(0) };
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

impl PyErr {
    pub fn new(kind: i64, msg: &[u8]) -> PyErr {
        PyErr { kind, msg: msg.to_vec() }
    }

    /// The error of an operation stopped by an exception already pending (a `__hash__`
    /// of the program raised): raising it changes nothing.
    pub fn pending() -> PyErr {
        PyErr { kind: -1, msg: alloc::vec::Vec::new() }
    }
}

/// A mutable global of the single-threaded runtime.
pub struct Global<T>(UnsafeCell<T>);

// SAFETY: compiled programs are single-threaded; the runtime never shares these across threads.
unsafe impl<T> Sync for Global<T> {}

impl<T> Global<T> {
    pub const fn new(v: T) -> Global<T> {
        Global(UnsafeCell::new(v))
    }
    pub fn get(&self) -> *mut T {
        self.0.get()
    }
}

/// malloc that never returns null: out of memory ends the program like CPython's
/// fatal MemoryError would.
pub fn malloc_or_die(size: usize) -> *mut u8 {
    let p = try_malloc(size);
    if p.is_null() {
        out_of_memory();
    }
    p
}

/// malloc returning null on failure (for allocations whose failure raises MemoryError).
pub fn try_malloc(size: usize) -> *mut u8 {
    // SAFETY: plain libc call.
    unsafe { libc::malloc(size.max(1)) as *mut u8 }
}

/// Reports an allocation failure and aborts.
pub fn out_of_memory() -> ! {
    let msg = b"MemoryError: out of memory\n";
    // SAFETY: writes a static buffer, then aborts.
    unsafe {
        libc::write(2, msg.as_ptr() as *const _, msg.len());
        libc::abort()
    }
}

/// Allocates a counted `Str` with room for `len` bytes (left uninitialized); null when
/// the memory is not available.
pub fn str_try_alloc(len: usize, nchars: usize) -> *mut Str {
    let Some(size) = len.checked_add(STR_HEADER) else { return core::ptr::null_mut() };
    if size > isize::MAX as usize {
        return core::ptr::null_mut();
    }
    let s = crate::pool::obj_alloc(size) as *mut Str;
    if !s.is_null() {
        // SAFETY: `s` is a fresh allocation large enough for the header.
        unsafe {
            (*s).rc = 1;
            (*s).len = len as i64;
            (*s).nchars = nchars as i64;
            (*s).hash = -1;
        }
        note_alloc();
    }
    s
}

/// A new counted `Str` (+1) holding a copy of `bytes` (valid UTF-8).
pub fn str_new(bytes: &[u8]) -> *mut Str {
    str_with_nchars(bytes, count_chars(bytes))
}

/// A new counted `Str` whose code point count is already known.
pub fn str_with_nchars(bytes: &[u8], nchars: usize) -> *mut Str {
    let s = str_try_alloc(bytes.len(), nchars);
    if s.is_null() {
        out_of_memory();
    }
    // SAFETY: the allocation has room for `bytes.len()` bytes after the header.
    unsafe { core::ptr::copy_nonoverlapping(bytes.as_ptr(), str_data(s), bytes.len()) };
    s
}

/// Pointer to the bytes of a string.
pub fn str_data(s: *mut Str) -> *mut u8 {
    (s as *mut u8).wrapping_add(STR_HEADER)
}

/// The bytes of a live string (null is read as the empty string).
///
/// # Safety
/// `s` must be null or point to a valid `Str` that outlives the returned slice.
pub unsafe fn str_bytes<'a>(s: *const Str) -> &'a [u8] {
    if s.is_null() {
        return &[];
    }
    core::slice::from_raw_parts((s as *const u8).add(STR_HEADER), (*s).len.max(0) as usize)
}

/// What the runtime knows of a class of the program (emitted by codegen, one per class).
#[repr(C)]
pub struct ClassInfo {
    /// Frees an instance whose count reached zero (dropping its fields).
    pub drop: unsafe extern "C" fn(*mut u8),
    /// `__repr__`, if the class defines it.
    pub repr: Option<unsafe extern "C" fn(*mut u8) -> *mut Str>,
    /// `module.Name` (immortal).
    pub name: *const Str,
    /// `a < b` and `a == b` through `__lt__` / `__eq__`, if the class defines them.
    pub lt: Option<unsafe extern "C" fn(*mut u8, *mut u8) -> i8>,
    pub eq: Option<unsafe extern "C" fn(*mut u8, *mut u8) -> i8>,
    /// `__str__`, if the class defines it.
    pub str: Option<unsafe extern "C" fn(*mut u8) -> *mut Str>,
    /// `__hash__`, if the class defines it (else instances hash by identity).
    pub hash: Option<unsafe extern "C" fn(*mut u8) -> i64>,
}

/// The class of an instance: the `ClassInfo` pointer after its reference count.
///
/// # Safety
/// `o` must be a valid instance.
pub unsafe fn obj_class(o: *const u8) -> *const ClassInfo {
    *(o as *const *const ClassInfo).add(1)
}

/// pyx_bound_method_eq(a, b) -> `a == b` of bound methods (`obj.m`, compiled as a function
/// object whose last cell holds `obj`): the same method (`__name__`, at index 8 of the
/// function info) of the same object.
///
/// # Safety
/// `a` must be such a function object, `b` a function object.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_bound_method_eq(a: *mut u8, b: *mut u8) -> i8 {
    let (ia, ib) = (obj_class(a), obj_class(b));
    if a == b {
        return 1;
    }
    if (*ia).eq.map(|f| f as usize) != (*ib).eq.map(|f| f as usize) {
        return 0;
    }
    let name = |i: *const ClassInfo| *(i as *const *const Str).add(8);
    // (the object is the last cell: the default of the lambda's last parameter; the count
    // of cells is at index 7 of the info)
    let receiver = |o: *mut u8, i: *const ClassInfo| {
        let ncells = *(i as *const i64).add(7) as usize;
        let cell = *(o as *const *const u8).add(1 + ncells);
        *(cell.add(24) as *const *const u8)
    };
    (str_bytes(name(ia) as *mut Str) == str_bytes(name(ib) as *mut Str) && receiver(a, ia) == receiver(b, ib)) as i8
}

/// pyx_func_eq(a, b) -> `a == b` of function objects: the same one, or equal bound methods.
///
/// # Safety
/// `a` and `b` must be function objects.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_func_eq(a: *mut u8, b: *mut u8) -> i8 {
    if a == b {
        return 1;
    }
    match (*obj_class(a)).eq {
        Some(eq) => eq(a, b),
        None => 0,
    }
}

/// pyx_buf_inst(buf, o, repr): str(o) (or repr(o)) by the object's own class: `__str__`,
/// else `__repr__`, else `<module.Name object at 0x...>`.
///
/// # Safety
/// `buf` must be a valid buffer and `o` a valid instance.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_buf_inst(buf: *mut alloc::vec::Vec<u8>, o: *mut u8, repr: i8) {
    let info = obj_class(o);
    let f = if repr == 0 { (*info).str.or((*info).repr) } else { (*info).repr };
    match f {
        Some(f) => {
            let s = f(o);
            if !s.is_null() {
                (*buf).extend_from_slice(str_bytes(s));
                str_decref(s);
            }
        }
        None => default_repr(&mut *buf, (*info).name, o),
    }
}

/// pyx_obj_new(size) -> a new instance block: zeroed, reference count 1.
#[unsafe(no_mangle)]
pub extern "C" fn pyx_obj_new(size: i64) -> *mut u8 {
    let size = size.max(8) as usize;
    let p = crate::pool::obj_alloc(size);
    if p.is_null() {
        out_of_memory();
    }
    // SAFETY: a fresh block of `size` bytes.
    unsafe {
        core::ptr::write_bytes(p, 0, size);
        *(p as *mut i64) = 1;
    }
    note_alloc();
    p
}

/// pyx_obj_free(p, size): frees an instance block (its fields already dropped).
///
/// # Safety
/// `p` must come from `pyx_obj_new(size)` and have no references left.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_obj_free(p: *mut u8, size: i64) {
    crate::pool::obj_free(p, size.max(8) as usize);
    note_free();
}

/// Appends CPython's default repr of an instance: `<module.Name object at 0x...>`.
///
/// # Safety
/// `name` must be a valid string.
pub unsafe fn default_repr(out: &mut alloc::vec::Vec<u8>, name: *const Str, p: *const u8) {
    out.extend_from_slice(b"<");
    out.extend_from_slice(str_bytes(name));
    out.extend_from_slice(b" object at 0x");
    hex_address(out, p);
    out.push(b'>');
}

/// Appends an address in lowercase hex (as CPython's `%p`, without the `0x`).
fn hex_address(out: &mut alloc::vec::Vec<u8>, p: *const u8) {
    let mut digits = [0u8; 16];
    let (mut v, mut n) = (p as usize, 0);
    loop {
        digits[n] = b"0123456789abcdef"[v & 15];
        n += 1;
        v >>= 4;
        if v == 0 {
            break;
        }
    }
    out.extend(digits[..n].iter().rev());
}

/// The first 8 bytes of `b` as a big-endian word, zero-padded: comparing two such words
/// orders the strings whenever the words differ.
#[inline(always)]
pub fn prefix_word(b: &[u8]) -> u64 {
    let mut w = [0u8; 8];
    let n = b.len().min(8);
    w[..n].copy_from_slice(&b[..n]);
    u64::from_be_bytes(w)
}

/// The order of two strings (code point order is byte order in UTF-8). Short keys are
/// mostly decided by their first 8 bytes, without a call to memcmp.
///
/// # Safety
/// `x` and `y` must be valid strings.
#[inline]
pub unsafe fn str_cmp(x: *const Str, y: *const Str) -> core::cmp::Ordering {
    if x == y {
        return core::cmp::Ordering::Equal;
    }
    let (a, b) = (str_bytes(x), str_bytes(y));
    let (p, q) = (prefix_word(a), prefix_word(b));
    if p != q {
        // A zero pad byte only ties with a real NUL byte, and then the words are equal.
        return p.cmp(&q);
    }
    a.cmp(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn str_cmp_is_byte_order() {
        let texts = ["", "\0", "\0\0", "a", "a\0", "a\0b", "ab", "abcdefgh", "abcdefgh\0", "abcdefghi", "abcdefgg", "é", "z", "\u{10FFFF}"];
        for x in texts {
            for y in texts {
                let (a, b) = (str_new(x.as_bytes()), str_new(y.as_bytes()));
                assert_eq!(unsafe { str_cmp(a, b) }, x.as_bytes().cmp(y.as_bytes()), "{x:?} vs {y:?}");
                unsafe {
                    str_decref(a);
                    str_decref(b);
                }
            }
        }
    }
}

/// Takes a new reference to the object a dynamic value holds, if any.
///
/// # Safety
/// A `TAG_STR` value must point to a valid `Str`.
pub unsafe fn dyn_incref(d: Dyn) {
    if d.tag == TAG_STR || d.tag == crate::abi::TAG_OBJ {
        // Strings and boxes both start with their reference count.
        *(d.val as *mut i64) += 1;
    }
}

/// Drops the reference a dynamic value holds, if any.
///
/// # Safety
/// A `TAG_STR` value must point to a valid `Str` the caller owns a reference to.
pub unsafe fn dyn_decref(d: Dyn) {
    if d.tag == TAG_STR {
        str_decref(d.val as *mut Str);
    } else if d.tag == crate::abi::TAG_OBJ {
        let b = d.val as *mut BoxObj;
        (*b).rc -= 1;
        if (*b).rc == 0 {
            box_free(b);
        }
    }
}

/// A value of any type boxed for a `Dyn` (`TAG_OBJ`): the slot of its descriptor follows
/// the header. Lists, dicts, sets and tuples reach variables and containers that may hold
/// several types this way.
#[repr(C)]
pub struct BoxObj {
    pub rc: i64,
    pub desc: *const crate::desc::Desc,
}

/// Size of the `BoxObj` header; the slot follows it.
pub const BOX_HEADER: usize = core::mem::size_of::<BoxObj>();

/// The slot a box holds.
pub fn box_slot(b: *mut BoxObj) -> *mut u8 {
    (b as *mut u8).wrapping_add(BOX_HEADER)
}

/// The block size of a box of descriptor `d`.
///
/// # Safety
/// `d` must be a valid descriptor.
unsafe fn box_size(d: *const crate::desc::Desc) -> usize {
    BOX_HEADER + (*d).size.max(1) as usize
}

/// pyx_box_new(desc, slot) -> a new box holding the slot's value (its references move in).
///
/// # Safety
/// `d` must be a descriptor that outlives the box and `slot` a valid slot of it.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_box_new(d: *const crate::desc::Desc, slot: *const u8) -> *mut BoxObj {
    let b = crate::pool::obj_alloc(box_size(d)) as *mut BoxObj;
    if b.is_null() {
        out_of_memory();
    }
    b.write(BoxObj { rc: 1, desc: d });
    core::ptr::copy_nonoverlapping(slot, box_slot(b), (*d).size.max(0) as usize);
    note_alloc();
    b
}

/// Frees a box whose count reached zero, dropping what it holds.
///
/// # Safety
/// `b` must be a box with no references left.
unsafe fn box_free(b: *mut BoxObj) {
    let d = (*b).desc;
    crate::desc::elem_decref(d, box_slot(b));
    crate::pool::obj_free(b as *mut u8, box_size(d));
    note_free();
}

/// A cell: a variable shared by a function and the closures defined in it. `bound` is
/// set once the variable is assigned; the value's slot (of the descriptor) follows.
#[repr(C)]
pub struct Cell {
    pub rc: i64,
    pub desc: *const crate::desc::Desc,
    pub bound: i64,
}

/// Size of the `Cell` header; the slot follows it (codegen relies on these offsets).
pub const CELL_HEADER: usize = core::mem::size_of::<Cell>();

/// pyx_cell_new(desc) -> a new, unbound cell for values of descriptor `desc`.
///
/// # Safety
/// `d` must be a descriptor that outlives the cell.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_cell_new(d: *const crate::desc::Desc) -> *mut Cell {
    let size = CELL_HEADER + (*d).size.max(8) as usize;
    let c = crate::pool::obj_alloc(size) as *mut Cell;
    if c.is_null() {
        out_of_memory();
    }
    core::ptr::write_bytes(c as *mut u8, 0, size);
    c.write(Cell { rc: 1, desc: d, bound: 0 });
    note_alloc();
    c
}

/// pyx_cell_decref(c): drops a reference to a cell, freeing it (and its value) at zero.
///
/// # Safety
/// `c` must be a cell the caller owns a reference to.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_cell_decref(c: *mut Cell) {
    (*c).rc -= 1;
    if (*c).rc == 0 {
        let d = (*c).desc;
        let slot = (c as *mut u8).add(CELL_HEADER);
        if (*c).bound != 0 {
            crate::desc::elem_decref(d, slot);
        }
        crate::pool::obj_free(c as *mut u8, CELL_HEADER + (*d).size.max(8) as usize);
        note_free();
    }
}

/// What the runtime knows of a function: its `ClassInfo` (function objects are
/// instances to containers), then how many cells its objects hold after the header.
#[repr(C)]
pub struct FnInfo {
    pub class: ClassInfo,
    pub ncells: i64,
    /// `__name__` and `__qualname__` (immortal; read by codegen).
    pub name: *const Str,
    pub qualname: *const Str,
}

/// pyx_cells_release(cells, n): called by a function on its way out with its own cells
/// that hold functions. When the only references left to them are its own and those of
/// closures they hold that nothing else holds (a nested function that calls itself, or
/// nested functions calling each other), the group is a garbage cycle: the cells let go
/// of their functions, which lets both be freed. Otherwise nothing changes.
///
/// # Safety
/// `cells` must point to `n` live cells of function values the caller holds.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_cells_release(cells: *const *mut Cell, n: i64) {
    let cells = core::slice::from_raw_parts(cells, n.max(0) as usize);
    let value = |c: *mut Cell| -> *mut u8 {
        if (*c).bound == 0 {
            return core::ptr::null_mut();
        }
        *((c as *mut u8).add(CELL_HEADER) as *const *mut u8)
    };
    for &c in cells {
        // References to c from the closures held (only) by the group's cells.
        let mut internal = 0;
        for &d in cells {
            let f = value(d);
            if f.is_null() || *(f as *const i64) != 1 {
                continue;
            }
            let info = obj_class(f) as *const FnInfo;
            let held = core::slice::from_raw_parts((f as *const *mut Cell).add(2), (*info).ncells.max(0) as usize);
            internal += held.iter().filter(|&&h| h == c).count() as i64;
        }
        if (*c).rc != 1 + internal {
            return;
        }
    }
    let mut dead: alloc::vec::Vec<*mut u8> = alloc::vec::Vec::new();
    for &c in cells {
        let f = value(c);
        if !f.is_null() {
            (*c).bound = 0;
            dead.push(f);
        }
    }
    for f in dead {
        *(f as *mut i64) -= 1;
        if *(f as *const i64) == 0 {
            ((*obj_class(f)).drop)(f);
        }
    }
}

/// pyx_func_repr(f, qualname) -> `<function qualname at 0x...>` of function object `f`.
///
/// # Safety
/// `qualname` must be a valid string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_func_repr(f: *const u8, qualname: *const Str) -> *mut Str {
    named_repr(b"<function ", qualname, f)
}

/// `<KIND qualname at 0x...>` of object `p`.
///
/// # Safety
/// `qualname` must be a valid string.
unsafe fn named_repr(kind: &[u8], qualname: *const Str, p: *const u8) -> *mut Str {
    let mut out = alloc::vec::Vec::new();
    out.extend_from_slice(kind);
    out.extend_from_slice(str_bytes(qualname));
    out.extend_from_slice(b" at 0x");
    hex_address(&mut out, p);
    out.push(b'>');
    str_new(&out)
}

/// pyx_gen_repr(g, qualname) -> `<generator object qualname at 0x...>` of generator `g`.
///
/// # Safety
/// `qualname` must be a valid string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_gen_repr(g: *const u8, qualname: *const Str) -> *mut Str {
    named_repr(b"<generator object ", qualname, g)
}

/// Number of code points in UTF-8 text (bytes that are not continuation bytes).
pub fn count_chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b & 0xC0) != 0x80).count()
}

/// Takes a new reference to a string.
///
/// # Safety
/// `s` must be null or point to a valid `Str`.
pub unsafe fn str_incref(s: *mut Str) {
    if !s.is_null() {
        (*s).rc += 1;
    }
}

/// Drops a reference to a string, freeing it at zero.
///
/// # Safety
/// `s` must be null or point to a valid `Str` the caller owns a reference to.
pub unsafe fn str_decref(s: *mut Str) {
    if !s.is_null() {
        (*s).rc -= 1;
        if (*s).rc == 0 {
            str_free(s);
        }
    }
}

/// Frees a counted string whose count reached zero (immortal strings never get there).
///
/// # Safety
/// `s` must be null or a string allocated by `str_try_alloc` with no references left.
pub unsafe fn str_free(s: *mut Str) {
    if !s.is_null() {
        crate::str::cursor_forget(s);
        note_free();
        crate::pool::obj_free(s as *mut u8, STR_HEADER + (*s).len as usize);
    }
}

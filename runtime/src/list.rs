//! Python lists of unboxed element slots (`List`, typed by a `desc::Desc`): creation and
//! growth, the list methods, comparison, concatenation and repetition, and slicing
//! (get, assign, delete) with CPython 3.11's semantics and messages. Sorting is in `sort`.
use crate::abi::{DESC_INT, DESC_STR, EXC_INDEX_ERROR, EXC_MEMORY_ERROR, EXC_VALUE_ERROR};
use crate::buf::Buf;
use crate::desc::{elem_decref, elem_eq, elem_incref, elem_repr, is_plain, list_cmp, rd_i64, rd_ptr, Desc};
use crate::exc::{or_raise, pending};
use crate::libc;
use crate::object::{note_alloc, note_free, out_of_memory, str_bytes, List, PyErr, Str};
use crate::slice::{item_index, slice_indices, Slice};
use core::ptr;

/// The bytes of one slot of a list.
///
/// # Safety
/// `l` must be a valid list.
#[inline]
pub unsafe fn elem_size(l: *const List) -> usize {
    (*(*l).desc).size.max(1) as usize
}

/// The item storage of a list is `cap * elem_size` bytes, from the small-object pools up
/// to `pool::MAX_SMALL` (most lists are short) and from libc beyond; these three keep the
/// size and the allocator in step.
pub unsafe fn items_alloc(bytes: usize) -> *mut u8 {
    crate::pool::obj_alloc(bytes)
}

/// Frees item storage of `bytes` bytes (null when the list never had any).
pub unsafe fn items_free(p: *mut u8, bytes: usize) {
    if !p.is_null() {
        crate::pool::obj_free(p, bytes);
    }
}

/// Moves item storage of `old` bytes to a block of `new > old` bytes (null if unavailable,
/// the old block then still valid).
unsafe fn items_grow(p: *mut u8, old: usize, new: usize) -> *mut u8 {
    if p.is_null() {
        return items_alloc(new);
    }
    if old > crate::pool::MAX_SMALL || !crate::pool::enabled() {
        return libc::realloc(p as *mut _, new) as *mut u8;
    }
    let q = items_alloc(new);
    if !q.is_null() {
        ptr::copy_nonoverlapping(p, q, old);
        items_free(p, old);
    }
    q
}

/// The slot of item `i` (`i <= cap`).
///
/// # Safety
/// `l` must be a valid list with room for `i`.
#[inline]
pub unsafe fn slot(l: *const List, i: usize) -> *mut u8 {
    (*l).items.add(i * elem_size(l))
}

/// The number of items as a usize.
///
/// # Safety
/// `l` must be a valid list.
#[inline]
pub unsafe fn len(l: *const List) -> usize {
    (*l).len.max(0) as usize
}

fn memory_error() -> PyErr {
    PyErr::new(EXC_MEMORY_ERROR, b"")
}

/// The byte size of `n` slots of `size` bytes, if it can be allocated at all.
fn bytes_for(n: usize, size: usize) -> Option<usize> {
    n.checked_mul(size).filter(|&b| b <= isize::MAX as usize)
}

/// A new empty list with room for `cap` items; MemoryError when that is impossible.
///
/// # Safety
/// `d` must be a valid descriptor.
pub unsafe fn list_try_new(d: *const Desc, cap: usize) -> Result<*mut List, PyErr> {
    let size = (*d).size.max(1) as usize;
    let bytes = bytes_for(cap, size).ok_or_else(memory_error)?;
    let items = if cap == 0 { ptr::null_mut() } else { items_alloc(bytes) };
    if cap != 0 && items.is_null() {
        return Err(memory_error());
    }
    let l = crate::pool::obj_alloc(core::mem::size_of::<List>()) as *mut List;
    l.write(List { rc: 1, len: 0, cap: cap as i64, items, desc: d });
    note_alloc();
    Ok(l)
}

/// A new empty list with room for `cap` items (out of memory ends the program). `d` must
/// be a valid descriptor: the runtime's statics or a constant emitted by codegen.
#[allow(clippy::not_unsafe_ptr_arg_deref)]
pub fn list_new(d: *const Desc, cap: usize) -> *mut List {
    // SAFETY: descriptors are statics or codegen constants, valid for the whole run.
    unsafe { list_try_new(d, cap) }.unwrap_or_else(|_| out_of_memory())
}

/// Frees a list whose count reached zero, dropping its elements.
///
/// # Safety
/// `l` must be null or a counted list with no references left.
pub unsafe fn list_free(l: *mut List) {
    if l.is_null() {
        return;
    }
    drop_items(l, 0, len(l));
    items_free((*l).items, (*l).cap.max(0) as usize * elem_size(l));
    crate::pool::obj_free(l as *mut u8, core::mem::size_of::<List>());
    note_free();
}

/// Drops the references held by items `lo..hi`.
unsafe fn drop_items(l: *const List, lo: usize, hi: usize) {
    let d = (*l).desc;
    if !is_plain(d) {
        for i in lo..hi {
            elem_decref(d, slot(l, i));
        }
    }
}

/// Takes new references to what items `lo..hi` hold.
unsafe fn ref_items(l: *const List, lo: usize, hi: usize) {
    let d = (*l).desc;
    if !is_plain(d) {
        for i in lo..hi {
            elem_incref(d, slot(l, i));
        }
    }
}

/// Makes room for at least `need` items (geometric growth); false when out of memory.
///
/// # Safety
/// `l` must be a valid list.
pub unsafe fn reserve(l: *mut List, need: usize) -> bool {
    let cap = (*l).cap.max(0) as usize;
    if need <= cap {
        return true;
    }
    let new_cap = need.max(cap.saturating_mul(2)).max(4);
    let size = elem_size(l);
    let Some(bytes) = bytes_for(new_cap, size).or_else(|| bytes_for(need, size)) else { return false };
    let items = items_grow((*l).items, cap * size, bytes);
    if items.is_null() {
        return false;
    }
    (*l).items = items;
    (*l).cap = (bytes / size) as i64;
    true
}

/// Appends an element, taking over the references its slot holds.
///
/// # Safety
/// `l` must be a valid list and `elem` a slot of its descriptor.
pub unsafe fn list_append(l: *mut List, elem: *const u8) {
    let n = len(l);
    if !reserve(l, n + 1) {
        out_of_memory();
    }
    ptr::copy_nonoverlapping(elem, slot(l, n), elem_size(l));
    (*l).len = n as i64 + 1;
}

/// Appends an 8-byte element (an int, or an object reference the list takes over).
///
/// # Safety
/// `l` must be a valid list whose slots are 8 bytes.
pub unsafe fn list_push_word(l: *mut List, v: i64) {
    list_append(l, &v as *const i64 as *const u8);
}

/// Appends `repr(l)`: `[1, 'a']`.
///
/// # Safety
/// `l` must be a valid list.
pub unsafe fn list_repr_into(out: &mut Buf, l: *const List) {
    out.push(b'[');
    for i in 0..len(l) {
        if pending() {
            break;
        }
        if i > 0 {
            out.extend_from_slice(b", ");
        }
        elem_repr(out, (*l).desc, slot(l, i));
    }
    out.push(b']');
}

/// The index of the first item in `lo..hi` equal to `elem`.
/// `find` of a needle of descriptor `nd`, which may differ from the list's (`xs.index(x)`
/// of an int list and an int-or-None `x`).
///
/// # Safety
/// `l` must be a valid list and `elem` a slot of descriptor `nd`.
unsafe fn find_as(l: *const List, nd: *const Desc, elem: *const u8, lo: usize, hi: usize) -> Option<usize> {
    let d = (*l).desc;
    if nd.is_null() || nd == d {
        return find(l, elem, lo, hi);
    }
    // (an __eq__ that raised stops the search: not found)
    (lo..hi.min(len(l))).find(|&i| crate::desc::eq2(d, slot(l, i), nd, elem) || pending()).filter(|_| !pending())
}

unsafe fn find(l: *const List, elem: *const u8, lo: usize, hi: usize) -> Option<usize> {
    let d = (*l).desc;
    let hi = hi.min(len(l));
    match (*d).kind {
        DESC_INT => {
            let x = rd_i64(elem);
            (lo..hi).find(|&i| rd_i64(slot(l, i)) == x)
        }
        DESC_STR => {
            let x: *mut Str = rd_ptr(elem);
            let xb = str_bytes(x);
            (lo..hi).find(|&i| {
                let y: *mut Str = rd_ptr(slot(l, i));
                y == x || str_bytes(y) == xb
            })
        }
        // (an __eq__ that raised stops the search: not found)
        _ => (lo..hi).find(|&i| elem_eq(d, slot(l, i), elem) || pending()).filter(|_| !pending()),
    }
}

/// Removes item `i` without dropping it (the caller took its slot's references).
unsafe fn remove_at(l: *mut List, i: usize) {
    let n = len(l);
    let size = elem_size(l);
    ptr::copy(slot(l, i + 1), slot(l, i), (n - i - 1) * size);
    (*l).len = n as i64 - 1;
}

/// CPython's index clamping for `list.index(x, start, stop)`.
fn clamp_bound(i: i64, n: usize) -> usize {
    let i = if i < 0 { i.saturating_add(n as i64).max(0) } else { i };
    (i as u64).min(n as u64) as usize
}

/// list.index(x, start, stop).
///
/// # Safety
/// `l` must be a valid list and `elem` a slot of its descriptor.
pub unsafe fn index(l: *const List, nd: *const Desc, elem: *const u8, start: i64, stop: i64) -> Result<i64, PyErr> {
    let n = len(l);
    match find_as(l, nd, elem, clamp_bound(start, n), clamp_bound(stop, n)) {
        Some(i) => Ok(i as i64),
        None if pending() => Ok(-1),
        None => {
            let mut msg = Buf::new();
            elem_repr(&mut msg, if nd.is_null() { (*l).desc } else { nd }, elem);
            msg.extend_from_slice(b" is not in list");
            Err(PyErr { kind: EXC_VALUE_ERROR, msg })
        }
    }
}

/// list.pop(i): moves the item to `out`.
///
/// # Safety
/// `l` must be a valid list and `out` room for one slot.
pub unsafe fn pop(l: *mut List, i: i64, out: *mut u8) -> Result<(), PyErr> {
    let n = len(l);
    if n == 0 {
        return Err(PyErr::new(EXC_INDEX_ERROR, b"pop from empty list"));
    }
    let i = item_index(n as i64, i).ok_or_else(|| PyErr::new(EXC_INDEX_ERROR, b"pop index out of range"))?;
    ptr::copy_nonoverlapping(slot(l, i), out, elem_size(l));
    remove_at(l, i);
    Ok(())
}

/// A new list holding items `lo..hi` of `l` and then items `lo2..hi2` of `b`, with new
/// references (the descriptor is `l`'s).
unsafe fn join_ranges(
    l: *const List,
    lo: usize,
    hi: usize,
    b: *const List,
    lo2: usize,
    hi2: usize,
) -> Result<*mut List, PyErr> {
    let (n1, n2) = (hi - lo, hi2 - lo2);
    let total = n1.checked_add(n2).ok_or_else(memory_error)?;
    let r = list_try_new((*l).desc, total)?;
    let size = elem_size(l);
    if n1 > 0 {
        ptr::copy_nonoverlapping(slot(l, lo), (*r).items, n1 * size);
    }
    if n2 > 0 {
        ptr::copy_nonoverlapping(slot(b, lo2), (*r).items.add(n1 * size), n2 * size);
    }
    (*r).len = total as i64;
    ref_items(r, 0, total);
    Ok(r)
}

/// a + b.
///
/// # Safety
/// `a` and `b` must be valid lists with the same element layout.
pub unsafe fn concat(a: *const List, b: *const List) -> Result<*mut List, PyErr> {
    join_ranges(a, 0, len(a), b, 0, len(b))
}

/// a * n.
///
/// # Safety
/// `a` must be a valid list.
pub unsafe fn repeat(a: *const List, n: i64) -> Result<*mut List, PyErr> {
    let k = len(a);
    if n <= 0 || k == 0 {
        return list_try_new((*a).desc, 0);
    }
    let total = k.checked_mul(n as usize).filter(|&t| t <= isize::MAX as usize).ok_or_else(memory_error)?;
    let r = list_try_new((*a).desc, total)?;
    let size = elem_size(a);
    let (chunk, all) = (k * size, total * size);
    ptr::copy_nonoverlapping((*a).items, (*r).items, chunk);
    let mut done = chunk;
    while done < all {
        let m = done.min(all - done);
        ptr::copy_nonoverlapping((*r).items, (*r).items.add(done), m);
        done += m;
    }
    (*r).len = total as i64;
    ref_items(r, 0, total);
    Ok(r)
}

/// l.extend(other); `other` may be `l`.
///
/// # Safety
/// `l` and `other` must be valid lists with the same element layout.
pub unsafe fn extend(l: *mut List, other: *const List) -> Result<(), PyErr> {
    let (n, m) = (len(l), len(other));
    if m == 0 {
        return Ok(());
    }
    let need = n.checked_add(m).ok_or_else(memory_error)?;
    if !reserve(l, need) {
        return Err(memory_error());
    }
    // After `reserve`: when `other` is `l`, its items moved with it.
    ptr::copy_nonoverlapping((*other).items, slot(l, n), m * elem_size(l));
    (*l).len = need as i64;
    ref_items(l, n, need);
    Ok(())
}

/// The slice selected by `[start:stop:step]` (parts absent per `mask`).
unsafe fn sel(l: *const List, start: i64, stop: i64, step: i64, mask: i64) -> Result<Slice, PyErr> {
    slice_indices(len(l) as i64, start, stop, step, mask)
}

/// l[start:stop:step] as a new list.
///
/// # Safety
/// `l` must be a valid list.
pub unsafe fn get_slice(l: *const List, start: i64, stop: i64, step: i64, mask: i64) -> Result<*mut List, PyErr> {
    let s = sel(l, start, stop, step, mask)?;
    let count = s.count as usize;
    if s.step == 1 {
        let lo = s.start.max(0) as usize;
        return join_ranges(l, lo, lo + count, l, 0, 0);
    }
    let r = list_try_new((*l).desc, count)?;
    let size = elem_size(l);
    for k in 0..count {
        let i = (s.start + k as i64 * s.step) as usize;
        ptr::copy_nonoverlapping(slot(l, i), slot(r, k), size);
    }
    (*r).len = count as i64;
    ref_items(r, 0, count);
    Ok(r)
}

/// l[start:stop:step] = src; `src` may be `l`.
///
/// # Safety
/// `l` and `src` must be valid lists with the same element layout.
pub unsafe fn set_slice(
    l: *mut List,
    start: i64,
    stop: i64,
    step: i64,
    mask: i64,
    src: *mut List,
) -> Result<(), PyErr> {
    let s = sel(l, start, stop, step, mask)?;
    // Assigning a list to a slice of itself reads a copy, as CPython does.
    let copy = if src == l { get_slice(l, 0, 0, 0, 0)? } else { ptr::null_mut() };
    let from = if copy.is_null() { src as *const List } else { copy };
    let r = if s.step == 1 {
        replace_range(l, s.start.max(0) as usize, s.count as usize, from)
    } else {
        assign_extended(l, s, from)
    };
    if !copy.is_null() {
        list_free(copy);
    }
    r
}

/// Replaces items `lo..lo + count` with the items of `src` (a different list).
unsafe fn replace_range(l: *mut List, lo: usize, count: usize, src: *const List) -> Result<(), PyErr> {
    let (n, m) = (len(l), len(src));
    let new_len = (n - count).checked_add(m).ok_or_else(memory_error)?;
    if !reserve(l, new_len) {
        return Err(memory_error());
    }
    ref_items(src, 0, m);
    drop_items(l, lo, lo + count);
    let size = elem_size(l);
    ptr::copy(slot(l, lo + count), slot(l, lo + m), (n - lo - count) * size);
    if m > 0 {
        ptr::copy_nonoverlapping((*src).items, slot(l, lo), m * size);
    }
    (*l).len = new_len as i64;
    Ok(())
}

/// Assigns the items of `src` (a different list) to an extended slice.
unsafe fn assign_extended(l: *mut List, s: Slice, src: *const List) -> Result<(), PyErr> {
    let m = len(src);
    if m as i64 != s.count {
        let mut msg = b"attempt to assign sequence of size ".to_vec();
        crate::format::int_decimal(m as i64, &mut msg);
        msg.extend_from_slice(b" to extended slice of size ");
        crate::format::int_decimal(s.count, &mut msg);
        return Err(PyErr { kind: EXC_VALUE_ERROR, msg });
    }
    let (d, size) = ((*l).desc, elem_size(l));
    for k in 0..m {
        let dst = slot(l, (s.start + k as i64 * s.step) as usize);
        let new = slot(src, k);
        elem_incref(d, new);
        elem_decref(d, dst);
        ptr::copy_nonoverlapping(new, dst, size);
    }
    Ok(())
}

/// del l[start:stop:step].
///
/// # Safety
/// `l` must be a valid list.
pub unsafe fn del_slice(l: *mut List, start: i64, stop: i64, step: i64, mask: i64) -> Result<(), PyErr> {
    let s = sel(l, start, stop, step, mask)?;
    if s.count <= 0 {
        return Ok(());
    }
    let count = s.count as usize;
    // The lowest selected index and a positive step.
    let (lo, st) = if s.step < 0 {
        ((s.start + s.step * (s.count - 1)) as usize, s.step.unsigned_abs() as usize)
    } else {
        (s.start as usize, s.step as usize)
    };
    let (n, size, d) = (len(l), elem_size(l), (*l).desc);
    if st == 1 {
        drop_items(l, lo, lo + count);
        ptr::copy(slot(l, lo + count), slot(l, lo), (n - lo - count) * size);
    } else {
        let last = lo + (count - 1) * st;
        let mut w = lo;
        for i in lo..n {
            if i <= last && (i - lo) % st == 0 {
                elem_decref(d, slot(l, i));
            } else {
                if w != i {
                    ptr::copy_nonoverlapping(slot(l, i), slot(l, w), size);
                }
                w += 1;
            }
        }
    }
    (*l).len = (n - count) as i64;
    Ok(())
}

/// l.reverse().
///
/// # Safety
/// `l` must be a valid list.
pub unsafe fn reverse(l: *mut List) {
    let n = len(l);
    if n < 2 {
        return;
    }
    let size = elem_size(l);
    if size == 8 {
        core::slice::from_raw_parts_mut((*l).items as *mut core::mem::MaybeUninit<u64>, n).reverse();
        return;
    }
    for i in 0..n / 2 {
        ptr::swap_nonoverlapping(slot(l, i), slot(l, n - 1 - i), size);
    }
}

/// l.clear(): drops the items and the storage.
///
/// # Safety
/// `l` must be a valid list.
pub unsafe fn clear(l: *mut List) {
    let (n, items, bytes) = (len(l), (*l).items, (*l).cap.max(0) as usize * elem_size(l));
    drop_items(l, 0, n);
    (*l).len = 0;
    (*l).cap = 0;
    (*l).items = ptr::null_mut();
    items_free(items, bytes);
}

// ---- exported ----------------------------------------------------------------------

/// pyx_list_new(desc, cap) -> a new empty list with room for `cap` items.
///
/// # Safety
/// `d` must be a valid descriptor.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_list_new(d: *const Desc, cap: i64) -> *mut List {
    list_new(d, cap.max(0) as usize)
}

/// pyx_list_free(l): frees a list whose count reached zero.
///
/// # Safety
/// `l` must be null or a counted list with no references left.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_list_free(l: *mut List) {
    list_free(l);
}

/// pyx_list_grow(l): makes `cap > len` (called by codegen's inline append when full).
///
/// # Safety
/// `l` must be a valid list.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_list_grow(l: *mut List) {
    if !reserve(l, len(l) + 1) {
        out_of_memory();
    }
}

/// pyx_list_append(l, elem): appends, taking over the element's references.
///
/// # Safety
/// `l` must be a valid list and `elem` a slot of its descriptor.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_list_append(l: *mut List, elem: *const u8) {
    list_append(l, elem);
}

/// pyx_list_repr(buf, l): appends repr(l).
///
/// # Safety
/// `buf` must be a valid buffer and `l` a valid list.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_list_repr(buf: *mut Buf, l: *const List) {
    list_repr_into(&mut *buf, l);
}

/// pyx_list_cmp(a, b, op) -> a op b (CMP_*); raises TypeError for unorderable items.
///
/// # Safety
/// `a` and `b` must be valid lists.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_list_cmp(a: *const List, b: *const List, op: i64) -> i8 {
    or_raise(list_cmp(a, b, op), false) as i8
}

/// pyx_list_contains(l, elem) -> elem in l
///
/// # Safety
/// `l` must be a valid list and `elem` a slot of its descriptor.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_list_contains(l: *const List, elem: *const u8) -> i8 {
    find(l, elem, 0, len(l)).is_some() as i8
}

/// pyx_list_index(l, nd, elem, start, stop) -> l.index(elem, start, stop), the needle a slot
/// of descriptor `nd` (null: the list's); ValueError: 3 is not in list
///
/// # Safety
/// `l` must be a valid list and `elem` a slot of `nd`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_list_index(l: *const List, nd: *const Desc, elem: *const u8, start: i64, stop: i64) -> i64 {
    or_raise(index(l, nd, elem, start, stop), -1)
}

/// pyx_tuple_index(t, elem, start, stop) -> t.index(elem, start, stop) for a tuple laid out
/// as a list; ValueError: tuple.index(x): x not in tuple
///
/// # Safety
/// `t` must be a valid list and `elem` a slot of its descriptor.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_tuple_index(t: *const List, nd: *const Desc, elem: *const u8, start: i64, stop: i64) -> i64 {
    let r = index(t, nd, elem, start, stop).map_err(|_| PyErr::new(EXC_VALUE_ERROR, b"tuple.index(x): x not in tuple"));
    or_raise(r, -1)
}

/// pyx_list_count(l, nd, elem) -> l.count(elem), the needle a slot of descriptor `nd`
/// (null: the list's)
///
/// # Safety
/// `l` must be a valid list and `elem` a slot of `nd`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_list_count(l: *const List, nd: *const Desc, elem: *const u8) -> i64 {
    let (mut k, mut at, n) = (0, 0, len(l));
    while let Some(i) = find_as(l, nd, elem, at, n) {
        k += 1;
        at = i + 1;
    }
    k
}

/// pyx_list_remove(l, nd, elem), the needle a slot of descriptor `nd` (null: the list's);
/// ValueError: list.remove(x): x not in list
///
/// # Safety
/// `l` must be a valid list and `elem` a slot of `nd`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_list_remove(l: *mut List, nd: *const Desc, elem: *const u8) {
    match find_as(l, nd, elem, 0, len(l)) {
        Some(i) => {
            elem_decref((*l).desc, slot(l, i));
            remove_at(l, i);
        }
        None if pending() => {}
        None => crate::exc::raise(EXC_VALUE_ERROR, b"list.remove(x): x not in list"),
    }
}

/// pyx_list_insert(l, i, elem): l.insert(i, elem), taking over the element's references.
///
/// # Safety
/// `l` must be a valid list and `elem` a slot of its descriptor.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_list_insert(l: *mut List, i: i64, elem: *const u8) {
    let n = len(l);
    let at = clamp_bound(i, n);
    if !reserve(l, n + 1) {
        out_of_memory();
    }
    let size = elem_size(l);
    ptr::copy(slot(l, at), slot(l, at + 1), (n - at) * size);
    ptr::copy_nonoverlapping(elem, slot(l, at), size);
    (*l).len = n as i64 + 1;
}

/// pyx_list_pop(l, i, out): moves l.pop(i) to `out`; IndexError: pop from empty list /
/// pop index out of range
///
/// # Safety
/// `l` must be a valid list and `out` room for one slot.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_list_pop(l: *mut List, i: i64, out: *mut u8) {
    or_raise(pop(l, i, out), ());
}

/// pyx_list_extend(l, other): l.extend(other) / l += other; `other` may be `l`.
///
/// # Safety
/// `l` and `other` must be valid lists with the same element layout.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_list_extend(l: *mut List, other: *const List) {
    or_raise(extend(l, other), ());
}

/// pyx_list_concat(a, b) -> a + b
///
/// # Safety
/// `a` and `b` must be valid lists with the same element layout.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_list_concat(a: *const List, b: *const List) -> *mut List {
    or_raise(concat(a, b), ptr::null_mut())
}

/// pyx_list_repeat(a, n) -> a * n; MemoryError when too large.
///
/// # Safety
/// `a` must be a valid list.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_list_repeat(a: *const List, n: i64) -> *mut List {
    or_raise(repeat(a, n), ptr::null_mut())
}

/// pyx_list_slice(l, start, stop, step, mask) -> l[start:stop:step]; ValueError: slice step
/// cannot be zero
///
/// # Safety
/// `l` must be a valid list.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_list_slice(l: *const List, start: i64, stop: i64, step: i64, mask: i64) -> *mut List {
    or_raise(get_slice(l, start, stop, step, mask), ptr::null_mut())
}

/// pyx_list_set_slice(l, start, stop, step, mask, src): l[start:stop:step] = src
///
/// # Safety
/// `l` and `src` must be valid lists with the same element layout.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_list_set_slice(l: *mut List, start: i64, stop: i64, step: i64, mask: i64, src: *mut List) {
    or_raise(set_slice(l, start, stop, step, mask, src), ());
}

/// pyx_list_del_slice(l, start, stop, step, mask): del l[start:stop:step]
///
/// # Safety
/// `l` must be a valid list.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_list_del_slice(l: *mut List, start: i64, stop: i64, step: i64, mask: i64) {
    or_raise(del_slice(l, start, stop, step, mask), ());
}

/// pyx_list_del_item(l, i): del l[i]; IndexError: list assignment index out of range
///
/// # Safety
/// `l` must be a valid list.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_list_del_item(l: *mut List, i: i64) {
    match item_index(len(l) as i64, i) {
        Some(i) => {
            elem_decref((*l).desc, slot(l, i));
            remove_at(l, i);
        }
        None => crate::exc::raise(EXC_INDEX_ERROR, b"list assignment index out of range"),
    }
}

/// # Safety
/// `l` must be a valid list.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_list_reverse(l: *mut List) {
    reverse(l);
}

/// # Safety
/// `l` must be a valid list.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_list_clear(l: *mut List) {
    clear(l);
}

/// pyx_list_copy(l) -> l.copy() / l[:]
///
/// # Safety
/// `l` must be a valid list.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_list_copy(l: *const List) -> *mut List {
    join_ranges(l, 0, len(l), l, 0, 0).unwrap_or_else(|_| out_of_memory())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::abi::*;
    use crate::desc::testing::*;
    use crate::desc::{pyx_desc_int, pyx_desc_str};
    use crate::exc::testing::{lock, take};
    use crate::object::{live_objects, str_new};

    fn p<T>(x: &T) -> *const u8 {
        x as *const T as *const u8
    }

    /// Runs `f`, returning the repr of the list or the exception it raised.
    fn outcome(l: *mut List, r: Result<(), PyErr>) -> String {
        match r {
            Ok(()) => lrepr(l),
            Err(e) => format!("{}: {}", crate::exc::kind_name(e.kind), String::from_utf8(e.msg).unwrap()),
        }
    }

    #[test]
    fn slices_agree_with_python() {
        let mut rng = Rng(0x1234_5678);
        let mut cases = Vec::new();
        for _ in 0..3000 {
            let n = rng.below(8) as i64;
            let pick = |rng: &mut Rng| rng.below(21) as i64 - 10;
            let (start, stop) = (pick(&mut rng), pick(&mut rng));
            let step = [-3, -2, -1, 1, 2, 3, 0][rng.below(7) as usize];
            let mask = rng.below(8) as i64;
            let mask = if step == 0 { mask & !SLICE_HAS_STEP } else { mask };
            cases.push((n, start, stop, step, mask, rng.below(4) as i64));
        }
        let lines: Vec<String> =
            cases.iter().map(|c| format!("{} {} {} {} {} {}", c.0, c.1, c.2, c.3, c.4, c.5)).collect();
        let body = "n, start, stop, step, mask, m = map(int, line.split())
sl = slice(start if mask & 1 else None, stop if mask & 2 else None, step if mask & 4 else None)
a = list(range(n))
b = list(range(n))
try:
    b[sl] = list(range(100, 100 + m))
    r = repr(b)
except ValueError as e:
    r = 'ValueError: ' + str(e)
c = list(range(n))
del c[sl]
out(repr(a[sl]) + ' | ' + r + ' | ' + repr(c))";
        let Some(expected) = python_hex(body, &lines) else { return };
        let live = live_objects();
        for (&(n, start, stop, step, mask, m), want) in cases.iter().zip(expected) {
            let base: Vec<i64> = (0..n).collect();
            unsafe {
                let a = ints(&base);
                let got = get_slice(a, start, stop, step, mask).unwrap();
                let src = ints(&(100..100 + m).collect::<Vec<_>>());
                let r = set_slice(a, start, stop, step, mask, src);
                let assigned = outcome(a, r);
                let c = ints(&base);
                del_slice(c, start, stop, step, mask).unwrap();
                assert_eq!(
                    format!("{} | {} | {}", lrepr(got), assigned, lrepr(c)),
                    want,
                    "{n} {start} {stop} {step} {mask} {m}"
                );
                for l in [a, got, src, c] {
                    drop_list(l);
                }
            }
        }
        assert_eq!(live_objects(), live);
    }

    #[test]
    fn slice_assignment_from_itself() {
        let live = live_objects();
        unsafe {
            let a = strs(&["a", "b", "c"]);
            set_slice(a, 0, 0, -1, SLICE_HAS_STEP, a).unwrap();
            assert_eq!(lrepr(a), "['c', 'b', 'a']");
            set_slice(a, 1, 2, 1, SLICE_HAS_START | SLICE_HAS_STOP, a).unwrap();
            assert_eq!(lrepr(a), "['c', 'c', 'b', 'a', 'a']");
            set_slice(a, 0, 0, 0, 0, a).unwrap();
            assert_eq!(lrepr(a), "['c', 'c', 'b', 'a', 'a']");
            let e = set_slice(a, 0, 0, 2, SLICE_HAS_STEP, a).unwrap_err();
            assert_eq!(e.msg, b"attempt to assign sequence of size 5 to extended slice of size 3");
            let e = set_slice(a, 0, 0, 0, SLICE_HAS_STEP, a).unwrap_err();
            assert_eq!(e.msg, b"slice step cannot be zero");
            drop_list(a);
        }
        assert_eq!(live_objects(), live);
    }

    #[test]
    fn methods_and_messages() {
        let live = live_objects();
        unsafe {
            let l = strs(&["a", "b", "a"]);
            let (a, z) = (str_new(b"a"), str_new(b"z"));
            assert_eq!(index(l, ptr::null(), p(&a), 0, i64::MAX), Ok(0));
            assert_eq!(index(l, ptr::null(), p(&a), 1, i64::MAX), Ok(2));
            assert_eq!(index(l, ptr::null(), p(&a), -1, i64::MAX), Ok(2));
            let e = index(l, ptr::null(), p(&a), 1, 2).unwrap_err();
            assert_eq!((e.kind, e.msg.as_slice()), (EXC_VALUE_ERROR, &b"'a' is not in list"[..]));
            assert!(index(l, ptr::null(), p(&a), i64::MIN, i64::MIN).is_err());
            assert_eq!(pyx_list_count(l, ptr::null(), p(&a)), 2);
            assert_eq!(pyx_list_count(l, ptr::null(), p(&z)), 0);
            assert_eq!(pyx_list_contains(l, p(&z)), 0);
            pyx_list_remove(l, ptr::null(), p(&a));
            assert_eq!(lrepr(l), "['b', 'a']");
            pyx_list_insert(l, -1, p(&z));
            crate::object::str_incref(z);
            pyx_list_insert(l, 100, p(&z));
            crate::object::str_incref(z);
            pyx_list_insert(l, -100, p(&z));
            assert_eq!(lrepr(l), "['z', 'b', 'z', 'a', 'z']");
            let mut out: *mut Str = core::ptr::null_mut();
            pop(l, -2, &mut out as *mut *mut Str as *mut u8).unwrap();
            assert_eq!(str_bytes(out), b"a");
            crate::object::str_decref(out);
            let e = pop(l, 4, &mut out as *mut *mut Str as *mut u8).unwrap_err();
            assert_eq!((e.kind, e.msg.as_slice()), (EXC_INDEX_ERROR, &b"pop index out of range"[..]));
            clear(l);
            let e = pop(l, -1, &mut out as *mut *mut Str as *mut u8).unwrap_err();
            assert_eq!(e.msg, b"pop from empty list");
            assert_eq!((*l).cap, 0);
            list_push_word(l, a as i64);
            assert_eq!(lrepr(l), "['a']");
            drop_list(l);

            let n = ints(&[5, 6, 7]);
            let e = index(n, ptr::null(), p(&9i64), 0, i64::MAX).unwrap_err();
            assert_eq!(e.msg, b"9 is not in list");
            assert_eq!(index(n, ptr::null(), p(&7i64), -1, 3), Ok(2));
            reverse(n);
            assert_eq!(lrepr(n), "[7, 6, 5]");
            extend(n, n).unwrap();
            assert_eq!(lrepr(n), "[7, 6, 5, 7, 6, 5]");
            drop_list(n);
        }
        assert_eq!(live_objects(), live);
    }

    #[test]
    fn exported_errors() {
        let _g = lock();
        let live = live_objects();
        unsafe {
            let l = ints(&[1]);
            pyx_list_remove(l, ptr::null(), p(&2i64));
            assert_eq!(take(), Some(("ValueError", "list.remove(x): x not in list".to_string())));
            pyx_list_del_item(l, 1);
            assert_eq!(take(), Some(("IndexError", "list assignment index out of range".to_string())));
            pyx_list_del_item(l, -1);
            assert_eq!((take(), (*l).len), (None, 0));
            assert_eq!(pyx_list_index(l, ptr::null(), p(&1i64), 0, i64::MAX), -1);
            assert_eq!(take(), Some(("ValueError", "1 is not in list".to_string())));
            let mut out = 0i64;
            pyx_list_pop(l, 0, &mut out as *mut i64 as *mut u8);
            assert_eq!(take(), Some(("IndexError", "pop from empty list".to_string())));
            assert!(pyx_list_slice(l, 0, 0, 0, SLICE_HAS_STEP).is_null());
            assert_eq!(take(), Some(("ValueError", "slice step cannot be zero".to_string())));
            let two = ints(&[1, 2]);
            assert!(pyx_list_repeat(two, i64::MAX).is_null());
            assert_eq!(take(), Some(("MemoryError", String::new())));
            assert!(pyx_list_repeat(two, 1 << 62).is_null());
            assert_eq!(take(), Some(("MemoryError", String::new())));
            let n = ints(&[1, 2]);
            let s = strs(&["a"]);
            let ll = lists(&[n, s]);
            assert_eq!(pyx_list_cmp(n, n, CMP_LT), 0);
            let l2 = lists(&[s]);
            crate::desc::elem_incref(&crate::desc::pyx_desc_list, p(&s));
            // [[1, 2], ['a']] < [['a']]: 1 against 'a'.
            assert_eq!(pyx_list_cmp(ll, l2, CMP_LT), 0);
            assert_eq!(
                take(),
                Some(("TypeError", "'<' not supported between instances of 'int' and 'str'".to_string()))
            );
            assert_eq!(pyx_list_cmp(ll, l2, CMP_NE), 1);
            assert_eq!(take(), None);
            for x in [l, two, ll, l2] {
                drop_list(x);
            }
        }
        assert_eq!(live_objects(), live);
    }

    #[test]
    fn concat_repeat_copy_tuples() {
        let live = live_objects();
        unsafe {
            let a = pairs(&[(1, "x"), (2, "y")]);
            let b = pairs(&[(3, "z")]);
            let c = concat(a, b).unwrap();
            assert_eq!(lrepr(c), "[(1, 'x'), (2, 'y'), (3, 'z')]");
            let r = repeat(b, 3).unwrap();
            assert_eq!(lrepr(r), "[(3, 'z'), (3, 'z'), (3, 'z')]");
            let z = rd_ptr::<Str>(slot(b, 0).add(8));
            assert_eq!((*z).rc, 5); // b, c and three in r
            let e = repeat(a, 0).unwrap();
            assert_eq!(((*e).len, (*e).desc), (0, &INT_STR as *const Desc));
            let k = pyx_list_copy(c);
            drop_list(c);
            assert_eq!(lrepr(k), "[(1, 'x'), (2, 'y'), (3, 'z')]");
            reverse(k);
            assert_eq!(lrepr(k), "[(3, 'z'), (2, 'y'), (1, 'x')]");
            del_slice(k, 0, 0, 2, SLICE_HAS_STEP).unwrap();
            assert_eq!(lrepr(k), "[(2, 'y')]");
            extend(a, a).unwrap();
            assert_eq!(lrepr(a), "[(1, 'x'), (2, 'y'), (1, 'x'), (2, 'y')]");
            let big = repeat(a, 1000).unwrap();
            assert_eq!((*big).len, 4000);
            for l in [a, b, r, e, k, big] {
                drop_list(l);
            }
        }
        assert_eq!(live_objects(), live);
    }

    #[test]
    fn growth_and_append() {
        let live = live_objects();
        unsafe {
            let l = pyx_list_new(&pyx_desc_int, 0);
            for i in 0..1000i64 {
                if (*l).len == (*l).cap {
                    pyx_list_grow(l);
                    assert!((*l).cap > (*l).len);
                }
                pyx_list_append(l, p(&i));
            }
            assert_eq!((*l).len, 1000);
            assert_eq!(rd_i64(slot(l, 999)), 999);
            let s = pyx_list_slice(l, 10, 20, 3, SLICE_HAS_START | SLICE_HAS_STOP | SLICE_HAS_STEP);
            assert_eq!(lrepr(s), "[10, 13, 16, 19]");
            pyx_list_free(l);
            pyx_list_free(s);
            let e = pyx_list_new(&pyx_desc_str, 4);
            pyx_list_free(e);
        }
        assert_eq!(live_objects(), live);
    }
}

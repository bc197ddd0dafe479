//! Python `dict`: CPython's compact, insertion-ordered layout (a table of indices into a
//! dense array of entries; deletions leave holes that a resize compacts) with keys and
//! values stored unboxed, each entry caching its key's hash.
use crate::abi::*;
use crate::buf::Buf;
use crate::desc::{elem_decref, elem_hash, elem_incref, elem_repr, eq2, fields, is_plain, Desc};
use crate::exc::{or_raise, raise};
use crate::libc;
use crate::list::{list_append, list_new};
use crate::object::{malloc_or_die, note_alloc, note_free, out_of_memory, List, PyErr};
use crate::set::with_eq;
use core::ptr;

/// Index slot values that are not entry numbers.
const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;
/// The hash of a deleted entry (no key hashes to -1).
const DELETED: i64 = -1;
const MINSIZE: usize = 8;
const PERTURB_SHIFT: u32 = 5;

/// A `dict`. Codegen reads `len` at offset 8.
#[repr(C)]
pub struct Dict {
    pub rc: i64,
    /// Number of items.
    pub len: i64,
    pub kdesc: *const Desc,
    pub vdesc: *const Desc,
    /// Entries in use, deleted ones included.
    nentries: i64,
    /// Entries that can still be appended before a resize (CPython's `dk_usable`: not
    /// given back by deletions, so resizes happen where CPython's do).
    usable_left: i64,
    /// Index slots minus one.
    mask: i64,
    /// `mask + 1` u32 index slots, then `usable_fraction(mask + 1)` entries; null until the
    /// first insertion.
    table: *mut u8,
    /// Bytes per entry: the hash (i64), the key at offset 8, the value at `voff`.
    stride: i64,
    voff: i64,
}

fn round8(n: i64) -> i64 {
    (n.max(0) + 7) & !7
}

/// CPython's `USABLE_FRACTION`: the entries a table of `n` index slots holds.
fn usable_fraction(n: usize) -> usize {
    n * 2 / 3
}

/// CPython's `estimate_log2_keysize` (as a size): index slots for `n` items without a resize.
fn estimate_size(n: usize) -> usize {
    n.saturating_mul(3).saturating_add(1) / 2
}

impl Dict {
    #[inline(always)]
    unsafe fn indices(&self) -> *mut u32 {
        self.table as *mut u32
    }
    #[inline(always)]
    unsafe fn entry(&self, ix: usize) -> *mut u8 {
        self.table.add((self.mask as usize + 1) * 4 + ix * self.stride as usize)
    }
    #[inline(always)]
    unsafe fn ehash(&self, ix: usize) -> i64 {
        *(self.entry(ix) as *const i64)
    }
    #[inline(always)]
    unsafe fn key(&self, ix: usize) -> *mut u8 {
        self.entry(ix).add(8)
    }
    #[inline(always)]
    unsafe fn val(&self, ix: usize) -> *mut u8 {
        self.entry(ix).add(self.voff as usize)
    }
}

/// The hash of a key slot (never -1).
unsafe fn hash_of(d: *const Desc, p: *const u8) -> Result<i64, PyErr> {
    elem_hash(d, p).map(|h| if h == DELETED { -2 } else { h })
}

/// A new empty dict.
pub fn dict_alloc(kdesc: *const Desc, vdesc: *const Desc) -> *mut Dict {
    // SAFETY: the descriptors are valid (codegen passes the key and value types).
    let (ks, vs) = unsafe { ((*kdesc).size, (*vdesc).size) };
    let voff = 8 + round8(ks);
    let d = malloc_or_die(core::mem::size_of::<Dict>()) as *mut Dict;
    let dict = Dict {
        rc: 1,
        len: 0,
        kdesc,
        vdesc,
        nentries: 0,
        usable_left: 0,
        mask: -1,
        table: ptr::null_mut(),
        stride: voff + round8(vs),
        voff,
    };
    // SAFETY: `d` is a fresh allocation of the right size.
    unsafe { d.write(dict) };
    note_alloc();
    d
}

/// The index slot and entry number of the key for which `eq` holds.
#[inline(always)]
unsafe fn lookup(d: *const Dict, hash: i64, eq: impl Fn(*const u8) -> bool) -> Option<(usize, usize)> {
    let d = &*d;
    if d.table.is_null() {
        return None;
    }
    let mask = d.mask as usize;
    let idx = d.indices();
    let mut perturb = hash as u64;
    let mut i = hash as u64 as usize & mask;
    loop {
        let ix = *idx.add(i);
        if ix == EMPTY {
            return None;
        }
        if ix != DUMMY && d.ehash(ix as usize) == hash && eq(d.key(ix as usize)) {
            return Some((i, ix as usize));
        }
        perturb >>= PERTURB_SHIFT;
        i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
    }
}

/// The index slot and entry number of a key of the dict's key type.
unsafe fn find(d: *const Dict, key: *const u8, hash: i64) -> Option<(usize, usize)> {
    with_eq!((*d).kdesc, key, lookup(d, hash))
}

/// An index slot for a new entry (an unused or deleted one) on the probe path of `hash`.
unsafe fn free_slot(d: &Dict, hash: i64) -> usize {
    let mask = d.mask as usize;
    let idx = d.indices();
    let mut perturb = hash as u64;
    let mut i = hash as u64 as usize & mask;
    while *idx.add(i) < DUMMY {
        perturb >>= PERTURB_SHIFT;
        i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
    }
    i
}

/// The bytes of a table of `n` index slots.
fn table_bytes(d: &Dict, n: usize) -> usize {
    let bytes = (d.stride as usize).checked_mul(usable_fraction(n)).and_then(|b| b.checked_add(n * 4));
    bytes.unwrap_or_else(|| out_of_memory())
}

/// CPython's `dictresize`: rebuilds the table with the smallest power-of-two size (at
/// least 8) not below `minsize`, compacting the live entries in order.
unsafe fn resize(dp: *mut Dict, minsize: usize) {
    let d = &mut *dp;
    let mut n = MINSIZE;
    while n < minsize {
        n = n.checked_shl(1).filter(|&n| n < 1 << 32).unwrap_or_else(|| out_of_memory());
    }
    let table = malloc_or_die(table_bytes(d, n));
    ptr::write_bytes(table, 0xFF, n * 4); // every index slot EMPTY
    let (oldtable, oldn) = (d.table, d.nentries as usize);
    let old = Dict { table: oldtable, ..*d };
    d.table = table;
    d.mask = n as i64 - 1;
    d.usable_left = (usable_fraction(n) as i64) - d.len;
    let mut k = 0;
    for ix in 0..oldn {
        let h = old.ehash(ix);
        if h != DELETED {
            ptr::copy_nonoverlapping(old.entry(ix), d.entry(k), d.stride as usize);
            let slot = free_slot(d, h);
            *d.indices().add(slot) = k as u32;
            k += 1;
        }
    }
    d.nentries = k as i64;
    libc::free(oldtable as *mut _);
}

/// Appends a new entry for a key known to be absent (the dict takes the references).
unsafe fn append_entry(dp: *mut Dict, key: *const u8, val: *const u8, hash: i64) {
    let d = &mut *dp;
    if d.usable_left <= 0 {
        // CPython's GROWTH_RATE: used * 3.
        resize(dp, (d.len as usize).saturating_mul(3));
    }
    let d = &mut *dp;
    let ix = d.nentries as usize;
    let e = d.entry(ix);
    *(e as *mut i64) = hash;
    ptr::copy_nonoverlapping(key, d.key(ix), (*d.kdesc).size as usize);
    ptr::copy_nonoverlapping(val, d.val(ix), (*d.vdesc).size as usize);
    let slot = free_slot(d, hash);
    *d.indices().add(slot) = ix as u32;
    d.nentries += 1;
    d.usable_left -= 1;
    d.len += 1;
}

/// `d[key] = val` with the key's hash. A `borrowed` key and value get new references when
/// stored; otherwise the dict takes them over (dropping the key when it is already present).
unsafe fn insert(dp: *mut Dict, key: *const u8, val: *const u8, hash: i64, borrowed: bool) {
    let (kd, vd) = ((*dp).kdesc, (*dp).vdesc);
    if borrowed {
        elem_incref(vd, val);
    }
    match find(dp, key, hash) {
        Some((_, ix)) => {
            if !borrowed {
                elem_decref(kd, key);
            }
            // The new value holds its own references, so the old one can go first.
            let slot = (*dp).val(ix);
            elem_decref(vd, slot);
            ptr::copy_nonoverlapping(val, slot, (*vd).size as usize);
        }
        None => {
            if borrowed {
                elem_incref(kd, key);
            }
            append_entry(dp, key, val, hash);
        }
    }
}

/// Removes the entry `ix` found at index slot `slot`, leaving its key and value in place
/// for the caller to take or drop.
unsafe fn unlink(dp: *mut Dict, slot: usize, ix: usize) {
    let d = &mut *dp;
    *d.indices().add(slot) = DUMMY;
    *(d.entry(ix) as *mut i64) = DELETED;
    d.len -= 1;
}

/// Calls `f(key, value, hash)` on every item in order.
unsafe fn for_each(d: *const Dict, mut f: impl FnMut(*mut u8, *mut u8, i64)) {
    let d = &*d;
    for ix in 0..d.nentries.max(0) as usize {
        let h = d.ehash(ix);
        if h != DELETED {
            f(d.key(ix), d.val(ix), h);
        }
    }
}

/// Drops every item and frees the table.
unsafe fn drop_items(d: *mut Dict) {
    let (kd, vd) = ((*d).kdesc, (*d).vdesc);
    let (kp, vp) = (is_plain(kd), is_plain(vd));
    if !(kp && vp) {
        for_each(d, |k, v, _| {
            if !kp {
                elem_decref(kd, k);
            }
            if !vp {
                elem_decref(vd, v);
            }
        });
    }
    libc::free((*d).table as *mut _);
}

/// Empties a dict (`d.clear()`).
unsafe fn clear(dp: *mut Dict) {
    // Detach the table first: dropping values cannot reach this dict then.
    let old = Dict { table: (*dp).table, ..*dp };
    let d = &mut *dp;
    d.table = ptr::null_mut();
    d.len = 0;
    d.nentries = 0;
    d.usable_left = 0;
    d.mask = -1;
    let mut old = old;
    drop_items(&mut old);
}

/// The key of entry `ix` looked up in `other`, whose key type may differ.
unsafe fn find_in(other: *const Dict, kd: *const Desc, key: *const u8, hash: i64) -> Option<(usize, usize)> {
    if kd == (*other).kdesc {
        find(other, key, hash)
    } else {
        lookup(other, hash, |p| eq2((*other).kdesc, p, kd, key))
    }
}

/// Appends the items as `k: v, ` pairs or just keys / values.
unsafe fn write_items(out: &mut Buf, d: *const Dict, which: i64) {
    let (kd, vd) = ((*d).kdesc, (*d).vdesc);
    let mut first = true;
    for_each(d, |k, v, _| {
        if !first {
            out.extend_from_slice(b", ");
        }
        first = false;
        match which {
            VIEW_KEYS => elem_repr(out, kd, k),
            VIEW_VALUES => elem_repr(out, vd, v),
            VIEW_ITEMS => {
                out.push(b'(');
                elem_repr(out, kd, k);
                out.extend_from_slice(b", ");
                elem_repr(out, vd, v);
                out.push(b')');
            }
            _ => {
                elem_repr(out, kd, k);
                out.extend_from_slice(b": ");
                elem_repr(out, vd, v);
            }
        }
    });
}

/// Makes `dst` (empty) a copy of `src`'s table, holes included (CPython's
/// `clone_combined_dict_keys`).
unsafe fn clone_into(dst: *mut Dict, src: *const Dict) {
    let s = &*src;
    libc::free((*dst).table as *mut _);
    let d = &mut *dst;
    d.table = ptr::null_mut();
    if !s.table.is_null() {
        let bytes = table_bytes(s, s.mask as usize + 1);
        d.table = malloc_or_die(bytes);
        ptr::copy_nonoverlapping(s.table, d.table, bytes);
    }
    d.mask = s.mask;
    d.nentries = s.nentries;
    d.usable_left = s.usable_left;
    d.len = s.len;
    let (kd, vd) = (d.kdesc, d.vdesc);
    for_each(dst, |k, v, _| {
        elem_incref(kd, k);
        elem_incref(vd, v);
    });
}

/// CPython's `dict_merge` for `d.update(other)` (same key and value types).
unsafe fn update(dp: *mut Dict, other: *const Dict) {
    let o = &*other;
    if dp as *const Dict == other || o.len == 0 {
        return;
    }
    let osize = o.mask as usize + 1;
    if (*dp).len == 0
        && o.len == o.nentries
        && (osize == MINSIZE || usable_fraction(osize / 2) < o.len as usize)
    {
        // A clean source into an empty dict: clone its table.
        clone_into(dp, other);
        return;
    }
    // One resize up front.
    let size = if (*dp).table.is_null() { MINSIZE } else { (*dp).mask as usize + 1 };
    if usable_fraction(size) < o.len as usize {
        resize(dp, estimate_size(((*dp).len + o.len) as usize));
    }
    for_each(other, |k, v, h| insert(dp, k, v, h, true));
}

// ---- Rust API (desc.rs) -----------------------------------------------------------

/// Frees a dict whose count reached zero, dropping its items.
///
/// # Safety
/// `d` must be null or a dict with no references left.
pub unsafe fn dict_free(d: *mut Dict) {
    if d.is_null() {
        return;
    }
    drop_items(d);
    libc::free(d as *mut _);
    note_free();
}

/// `a == b`: the same keys with equal values, in any order.
///
/// # Safety
/// `a` and `b` must be valid dicts.
pub unsafe fn dict_eq(a: *const Dict, b: *const Dict) -> bool {
    if a == b {
        return true;
    }
    if (*a).len != (*b).len {
        return false;
    }
    let (kd, vd) = ((*a).kdesc, (*a).vdesc);
    let mut equal = true;
    for_each(a, |k, v, h| {
        if equal {
            equal = match find_in(b, kd, k, h) {
                Some((_, ix)) => eq2(vd, v, (*b).vdesc, (*b).val(ix)),
                None => false,
            };
        }
    });
    equal
}

/// Appends `repr(d)`: `{'a': 1}`, `{}`.
///
/// # Safety
/// `d` must be a valid dict.
pub unsafe fn dict_repr_into(out: &mut Buf, d: *const Dict) {
    out.push(b'{');
    write_items(out, d, -1);
    out.push(b'}');
}

// ---- exported ---------------------------------------------------------------------

/// pyx_dict_new(kdesc, vdesc) -> an empty dict.
///
/// # Safety
/// The descriptors must be valid and outlive the dict.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_dict_new(kdesc: *const Desc, vdesc: *const Desc) -> *mut Dict {
    dict_alloc(kdesc, vdesc)
}

/// # Safety
/// `d` must be null or a dict with no references left.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_dict_free(d: *mut Dict) {
    dict_free(d);
}

/// pyx_dict_set(d, key: moved, val: moved): `d[key] = val`; raises TypeError for an
/// unhashable key.
///
/// # Safety
/// `d` must be a valid dict, `key` and `val` valid slots of its key and value types.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_dict_set(d: *mut Dict, key: *const u8, val: *const u8) {
    match hash_of((*d).kdesc, key) {
        Ok(h) => insert(d, key, val, h, false),
        Err(e) => {
            elem_decref((*d).kdesc, key);
            elem_decref((*d).vdesc, val);
            raise(e.kind, &e.msg);
        }
    }
}

/// pyx_dict_lookup(d, key: borrowed) -> the value slot inside the dict, or null.
///
/// # Safety
/// `d` must be a valid dict and `key` a valid slot of its key type.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_dict_lookup(d: *mut Dict, key: *const u8) -> *mut u8 {
    match hash_of((*d).kdesc, key) {
        Ok(h) => find(d, key, h).map_or(ptr::null_mut(), |(_, ix)| (*d).val(ix)),
        Err(e) => or_raise(Err(e), ptr::null_mut()),
    }
}

/// pyx_dict_contains(d, key) -> key in d
///
/// # Safety
/// `d` must be a valid dict and `key` a valid slot of its key type.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_dict_contains(d: *const Dict, key: *const u8) -> i8 {
    match hash_of((*d).kdesc, key) {
        Ok(h) => find(d, key, h).is_some() as i8,
        Err(e) => or_raise(Err(e), 0),
    }
}

/// pyx_dict_del(d, key) -> whether the key was there (its item is dropped).
///
/// # Safety
/// `d` must be a valid dict and `key` a valid slot of its key type.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_dict_del(d: *mut Dict, key: *const u8) -> i8 {
    match hash_of((*d).kdesc, key) {
        Ok(h) => match find(d, key, h) {
            Some((slot, ix)) => {
                unlink(d, slot, ix);
                elem_decref((*d).kdesc, (*d).key(ix));
                elem_decref((*d).vdesc, (*d).val(ix));
                1
            }
            None => 0,
        },
        Err(e) => or_raise(Err(e), 0),
    }
}

/// pyx_dict_pop(d, key, out) -> found: removes the key, moving its value to `out`.
///
/// # Safety
/// `d` must be a valid dict, `key` a valid slot of its key type, `out` room for a value.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_dict_pop(d: *mut Dict, key: *const u8, out: *mut u8) -> i8 {
    match hash_of((*d).kdesc, key) {
        Ok(h) => match find(d, key, h) {
            Some((slot, ix)) => {
                unlink(d, slot, ix);
                ptr::copy_nonoverlapping((*d).val(ix), out, (*(*d).vdesc).size as usize);
                elem_decref((*d).kdesc, (*d).key(ix));
                1
            }
            None => 0,
        },
        Err(e) => or_raise(Err(e), 0),
    }
}

/// pyx_dict_popitem(d, kout, vout): removes the last item, moving it out;
/// KeyError: 'popitem(): dictionary is empty'
///
/// # Safety
/// `d` must be a valid dict, `kout` and `vout` room for a key and a value.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_dict_popitem(d: *mut Dict, kout: *mut u8, vout: *mut u8) {
    let dd = &mut *d;
    if dd.len == 0 {
        raise(EXC_KEY_ERROR, b"'popitem(): dictionary is empty'");
        return;
    }
    let mut ix = dd.nentries as usize - 1;
    while dd.ehash(ix) == DELETED {
        ix -= 1;
    }
    let h = dd.ehash(ix);
    let slot = lookup(d, h, |p| p == (*d).key(ix) as *const u8).map_or(0, |(s, _)| s);
    unlink(d, slot, ix);
    let dd = &mut *d;
    ptr::copy_nonoverlapping(dd.key(ix), kout, (*dd.kdesc).size as usize);
    ptr::copy_nonoverlapping(dd.val(ix), vout, (*dd.vdesc).size as usize);
    dd.nentries = ix as i64;
}

/// pyx_dict_next(d, pos, len_at_start, kslot, vslot) -> 0 at the end: iteration from
/// `*pos = 0` (an opaque cursor), storing borrowed pointers to the next item's key and value
/// slots. RuntimeError: dictionary changed size during iteration / dictionary keys changed
/// during iteration (more items than there were at the start).
///
/// # Safety
/// `d` must be a valid dict and the pointers valid.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_dict_next(
    d: *const Dict,
    pos: *mut i64,
    len_at_start: i64,
    kslot: *mut *mut u8,
    vslot: *mut *mut u8,
) -> i8 {
    let dd = &*d;
    if dd.len != len_at_start {
        raise(EXC_RUNTIME_ERROR, b"dictionary changed size during iteration");
        return 0;
    }
    // The cursor: the next entry number in the low 32 bits, the items seen in the high ones.
    let cur = *pos as u64;
    let (mut ix, seen) = ((cur & 0xFFFF_FFFF) as usize, cur >> 32);
    let n = dd.nentries.max(0) as usize;
    while ix < n && dd.ehash(ix) == DELETED {
        ix += 1;
    }
    if ix >= n {
        *pos = n as i64;
        return 0;
    }
    if seen >= len_at_start as u64 {
        raise(EXC_RUNTIME_ERROR, b"dictionary keys changed during iteration");
        return 0;
    }
    *pos = ((seen + 1) << 32 | (ix as u64 + 1)) as i64;
    *kslot = dd.key(ix);
    *vslot = dd.val(ix);
    1
}

/// pyx_dict_update(d, other): `d.update(other)` (same key and value types).
///
/// # Safety
/// `d` and `other` must be valid dicts of the same types.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_dict_update(d: *mut Dict, other: *const Dict) {
    update(d, other);
}

/// pyx_dict_copy(d) -> `d.copy()`: a clone of the table unless more than a third of its
/// entries are holes, then a compacted copy (as CPython).
///
/// # Safety
/// `d` must be a valid dict.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_dict_copy(d: *const Dict) -> *mut Dict {
    let r = dict_alloc((*d).kdesc, (*d).vdesc);
    if (*d).len >= (*d).nentries * 2 / 3 {
        clone_into(r, d);
    } else {
        update(r, d);
    }
    r
}

/// pyx_dict_clear(d): `d.clear()`.
///
/// # Safety
/// `d` must be a valid dict.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_dict_clear(d: *mut Dict) {
    clear(d);
}

/// pyx_dict_eq(a, b) -> a == b
///
/// # Safety
/// `a` and `b` must be valid dicts.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_dict_eq(a: *const Dict, b: *const Dict) -> i8 {
    dict_eq(a, b) as i8
}

/// pyx_dict_repr(buf, d): appends `repr(d)`.
///
/// # Safety
/// `buf` must be a valid buffer and `d` a valid dict.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_dict_repr(buf: *mut Buf, d: *const Dict) {
    dict_repr_into(&mut *buf, d);
}

/// pyx_dict_view_repr(buf, d, which): `dict_keys([...])`, `dict_values([...])` or
/// `dict_items([...])` for `VIEW_*`.
///
/// # Safety
/// `buf` must be a valid buffer and `d` a valid dict.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_dict_view_repr(buf: *mut Buf, d: *const Dict, which: i64) {
    let out = &mut *buf;
    out.extend_from_slice(match which {
        VIEW_VALUES => b"dict_values([",
        VIEW_ITEMS => b"dict_items([",
        _ => b"dict_keys([",
    });
    write_items(out, d, if which == VIEW_VALUES || which == VIEW_ITEMS { which } else { VIEW_KEYS });
    out.extend_from_slice(b"])");
}

/// pyx_dict_keys_list(d) -> list(d)
///
/// # Safety
/// `d` must be a valid dict.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_dict_keys_list(d: *const Dict) -> *mut List {
    let kd = (*d).kdesc;
    let l = list_new(kd, (*d).len as usize);
    for_each(d, |k, _, _| {
        elem_incref(kd, k);
        list_append(l, k);
    });
    l
}

/// pyx_dict_values_list(d) -> list(d.values())
///
/// # Safety
/// `d` must be a valid dict.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_dict_values_list(d: *const Dict) -> *mut List {
    let vd = (*d).vdesc;
    let l = list_new(vd, (*d).len as usize);
    for_each(d, |_, v, _| {
        elem_incref(vd, v);
        list_append(l, v);
    });
    l
}

/// pyx_dict_items_list(d, tuple_desc) -> list(d.items()), tuples laid out per `tuple_desc`
/// (a DESC_TUPLE of two fields: the key and value types).
///
/// # Safety
/// `d` must be a valid dict and `tdesc` a matching tuple descriptor.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_dict_items_list(d: *const Dict, tdesc: *const Desc) -> *mut List {
    let (kd, vd) = ((*d).kdesc, (*d).vdesc);
    let l = list_new(tdesc, (*d).len as usize);
    let fs = fields(tdesc);
    let (ko, vo) = match fs {
        [k, v] => (k.offset as usize, v.offset as usize),
        _ => return l,
    };
    let size = (*tdesc).size.max(0) as usize;
    let mut tmp: alloc::vec::Vec<u64> = alloc::vec![0; size.div_ceil(8)];
    let t = tmp.as_mut_ptr() as *mut u8;
    for_each(d, |k, v, _| {
        ptr::copy_nonoverlapping(k, t.add(ko), (*kd).size as usize);
        ptr::copy_nonoverlapping(v, t.add(vo), (*vd).size as usize);
        elem_incref(kd, k);
        elem_incref(vd, v);
        list_append(l, t);
    });
    l
}

/// pyx_raise_key_error(desc, key): raises KeyError with `repr(key)` as its message.
///
/// # Safety
/// `key` must be a valid slot of `desc`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_raise_key_error(desc: *const Desc, key: *const u8) {
    let mut msg = Buf::new();
    elem_repr(&mut msg, desc, key);
    raise(EXC_KEY_ERROR, &msg);
}

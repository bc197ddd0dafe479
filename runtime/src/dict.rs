//! Python `dict`: CPython's compact, insertion-ordered layout (a table of indices into a
//! dense array of entries; deletions leave holes that a resize compacts) with keys and
//! values stored unboxed, each entry caching its key's hash.
use crate::abi::*;
use crate::buf::Buf;
use crate::desc::{elem_decref, elem_hash, elem_incref, elem_repr, eq2, fields, is_plain, rd_ptr, Desc};
use crate::exc::{or_raise, raise};
use crate::libc;
use crate::list::{list_append, list_new};
use crate::object::{malloc_or_die, note_alloc, note_free, out_of_memory, str_bytes, List, PyErr, Str};
use crate::set::with_eq;
use alloc::vec::Vec;
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

/// CPython 3.11's `calculate_log2_keysize` (as a size), bit trick included: the power of
/// two above `(minsize | 8) - 1`, so that e.g. 6 gives 16 and 16 gives 32.
fn keysize(minsize: usize) -> usize {
    let x = ((minsize | MINSIZE) - 1) | (MINSIZE - 1);
    let bits = usize::BITS - x.leading_zeros();
    if bits >= 32 {
        out_of_memory(); // the indices are u32
    }
    1 << bits
}

/// CPython's `estimate_log2_keysize` (as a size): a table for `n` items without a resize.
fn estimate_size(n: usize) -> usize {
    keysize(n.saturating_mul(3).saturating_add(1) / 2)
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
///
/// # Safety
/// The descriptors must be valid and outlive the dict.
pub unsafe fn dict_alloc(kdesc: *const Desc, vdesc: *const Desc) -> *mut Dict {
    let (ks, vs) = ((*kdesc).size, (*vdesc).size);
    let voff = 8 + round8(ks);
    let d = crate::pool::obj_alloc(core::mem::size_of::<Dict>()) as *mut Dict;
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
    d.write(dict);
    note_alloc();
    d
}

/// `p` (a slot of `desc`), or a copy of it in `buf` when it lies in the dict's own table
/// (which a resize frees).
unsafe fn detached(d: *const Dict, p: *const u8, desc: *const Desc, buf: &mut Vec<u64>) -> *const u8 {
    let start = (*d).table as *const u8;
    if start.is_null() || p < start || p >= start.add(table_bytes(&*d, (*d).mask as usize + 1)) {
        return p;
    }
    let size = (*desc).size.max(0) as usize;
    buf.resize(size.div_ceil(8), 0);
    ptr::copy_nonoverlapping(p, buf.as_mut_ptr() as *mut u8, size);
    buf.as_ptr() as *const u8
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

/// CPython's `dictresize`: rebuilds the table with `n` index slots (a power of two),
/// compacting the live entries in order.
unsafe fn resize(dp: *mut Dict, n: usize) {
    let d = &mut *dp;
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
        resize(dp, keysize((d.len as usize).saturating_mul(3)));
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
            ptr::copy(val, slot, (*vd).size as usize);
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
    let mut old = Dict { table: (*dp).table, ..*dp };
    let d = &mut *dp;
    d.table = ptr::null_mut();
    d.len = 0;
    d.nentries = 0;
    d.usable_left = 0;
    d.mask = -1;
    drop_items(&mut old);
}

/// Looks up `key`, a slot of `kd` (which may differ from `other`'s key type), in `other`.
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
    if ptr::eq(dp, other) || o.len == 0 {
        return;
    }
    let osize = o.mask as usize + 1;
    if (*dp).len == 0 && o.len == o.nentries && (osize == MINSIZE || usable_fraction(osize / 2) < o.len as usize) {
        // A clean source into an empty dict: clone its table.
        clone_into(dp, other);
        return;
    }
    // One resize up front (no table counts as CPython's 1-slot empty keys).
    let size = if (*dp).table.is_null() { 1 } else { (*dp).mask as usize + 1 };
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
    crate::pool::obj_free(d as *mut u8, core::mem::size_of::<Dict>());
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
    let (mut kt, mut vt) = (Vec::new(), Vec::new());
    let (key, val) = (detached(d, key, (*d).kdesc, &mut kt), detached(d, val, (*d).vdesc, &mut vt));
    match hash_of((*d).kdesc, key) {
        Ok(h) => insert(d, key, val, h, false),
        Err(e) => {
            elem_decref((*d).kdesc, key);
            elem_decref((*d).vdesc, val);
            crate::exc::raise_err(e);
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

/// pyx_dict_setdefault(d, key: moved, default: moved) -> the value slot of `key`, inserting
/// `default` when the key is absent (`d.setdefault(key, default)`; the moved key and default
/// are dropped when it is present). One hash and one probe, so codegen can also use it for
/// `d[k] = d.get(k, 0) + 1`. The slot is valid until the dict next changes. Raises TypeError
/// for an unhashable key (returning null).
///
/// # Safety
/// `d` must be a valid dict, `key` and `default` valid slots of its key and value types.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_dict_setdefault(d: *mut Dict, key: *const u8, default: *const u8) -> *mut u8 {
    let (kd, vd) = ((*d).kdesc, (*d).vdesc);
    let (mut kt, mut vt) = (Vec::new(), Vec::new());
    let (key, default) = (detached(d, key, kd, &mut kt), detached(d, default, vd, &mut vt));
    match hash_of(kd, key) {
        Ok(h) => match find(d, key, h) {
            Some((_, ix)) => {
                elem_decref(kd, key);
                elem_decref(vd, default);
                (*d).val(ix)
            }
            None => {
                append_entry(d, key, default, h);
                (*d).val((*d).nentries as usize - 1)
            }
        },
        Err(e) => {
            elem_decref(kd, key);
            elem_decref(vd, default);
            or_raise(Err(e), ptr::null_mut())
        }
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
    let slot = lookup(d, h, |p| ptr::eq(p, (*d).key(ix))).map_or(0, |(s, _)| s);
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

/// pyx_kw_check(d, names, nfilled, n, fname): the TypeErrors of `fname(**d)` (d's keys are
/// strs): a key among `names[..nfilled]` (parameters given otherwise) is given twice; with
/// `n` >= 0, a key not among `names[nfilled..n]` is unexpected.
///
/// # Safety
/// `d` must be a valid dict of str keys, `names` hold `max(n, nfilled)` valid strings.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_kw_check(d: *const Dict, names: *const *const Str, nfilled: i64, n: i64, fname: *const Str) {
    let all = core::slice::from_raw_parts(names, n.max(nfilled).max(0) as usize);
    let dd = &*d;
    for ix in 0..dd.nentries.max(0) as usize {
        if dd.ehash(ix) == DELETED {
            continue;
        }
        let key = str_bytes(rd_ptr::<Str>(dd.key(ix)));
        let is = |s: &*const Str| str_bytes(*s as *mut Str) == key;
        let problem: &[u8] = if all[..nfilled as usize].iter().any(is) {
            b"() got multiple values for argument '"
        } else if n >= 0 && !all[nfilled as usize..].iter().any(is) {
            b"() got an unexpected keyword argument '"
        } else {
            continue;
        };
        let mut msg = Buf::new();
        msg.extend_from_slice(str_bytes(fname as *mut Str));
        msg.extend_from_slice(problem);
        msg.extend_from_slice(key);
        msg.push(b'\'');
        crate::exc::raise(EXC_TYPE_ERROR, &msg);
        return;
    }
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
    if (*d).len == 0 {
        return r;
    }
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
    let size = (*tdesc).size.max(0) as usize;
    let (ks, vs) = ((*kd).size.max(0) as usize, (*vd).size.max(0) as usize);
    let (ko, vo) = match fields(tdesc) {
        [k, v] if k.offset >= 0 && v.offset >= 0 => (k.offset as usize, v.offset as usize),
        _ => return l,
    };
    if ko + ks > size || vo + vs > size {
        return l; // not a (key, value) tuple descriptor
    }
    let mut tmp: Vec<u64> = alloc::vec![0; size.div_ceil(8)];
    let t = tmp.as_mut_ptr() as *mut u8;
    for_each(d, |k, v, _| {
        ptr::copy_nonoverlapping(k, t.add(ko), ks);
        ptr::copy_nonoverlapping(v, t.add(vo), vs);
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
    // e.args is (key,)
    crate::exc::set_pending_arg(crate::desc::slot_to_obj(desc, key));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::desc::{pyx_desc_float, pyx_desc_int, pyx_desc_list, pyx_desc_str, rd_i64, Field};
    use crate::exc::testing::{lock, python_lines, s, take};
    use crate::object::{live_objects, str_bytes, str_decref, str_incref, Str};
    use std::collections::HashMap;
    use std::string::{String, ToString};
    use std::vec::Vec;

    static ITEM_FIELDS: [Field; 2] =
        [Field { offset: 0, desc: &pyx_desc_int }, Field { offset: 8, desc: &pyx_desc_int }];
    /// tuple[int, int]
    static ITEM: Desc = Desc { kind: DESC_TUPLE, size: 16, nfields: 2, fields: ITEM_FIELDS.as_ptr() };
    static SI_FIELDS: [Field; 2] = [Field { offset: 0, desc: &pyx_desc_str }, Field { offset: 8, desc: &pyx_desc_int }];
    /// tuple[str, int]
    static SI: Desc = Desc { kind: DESC_TUPLE, size: 16, nfields: 2, fields: SI_FIELDS.as_ptr() };

    struct Rng(u64);
    impl Rng {
        fn below(&mut self, n: u64) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0 % n
        }
    }

    fn p<T>(x: &T) -> *const u8 {
        x as *const T as *const u8
    }

    unsafe fn repr(d: *const Dict) -> String {
        let mut b = Vec::new();
        dict_repr_into(&mut b, d);
        String::from_utf8(b).unwrap()
    }

    unsafe fn release(d: *mut Dict) {
        (*d).rc -= 1;
        if (*d).rc == 0 {
            dict_free(d);
        }
    }

    /// Interprets one line of dict[int, int] operations (see SCRIPT).
    unsafe fn run_line(line: &str) -> String {
        let mut dicts: HashMap<String, *mut Dict> = HashMap::new();
        let mut out: Vec<String> = Vec::new();
        let put = |dicts: &mut HashMap<String, *mut Dict>, name: &str, d: *mut Dict| {
            if let Some(old) = dicts.insert(name.to_string(), d) {
                release(old);
            }
        };
        for op in line.split(';') {
            let w: Vec<&str> = op.split_whitespace().collect();
            let int = |i: usize| w[i].parse::<i64>().unwrap();
            if w[0] == "n" {
                put(&mut dicts, w[1], pyx_dict_new(&pyx_desc_int, &pyx_desc_int));
                continue;
            }
            let x = dicts[w[1]];
            match w[0] {
                "s" => pyx_dict_set(x, p(&int(2)), p(&int(3))),
                "d" => {
                    let k = int(2);
                    if pyx_dict_del(x, p(&k)) == 0 {
                        pyx_raise_key_error(&pyx_desc_int, p(&k));
                        let (kind, msg) = take().unwrap();
                        out.push(std::format!("{kind}:{msg}"));
                    } else {
                        out.push("1".into());
                    }
                }
                "p" => {
                    let mut v = 0i64;
                    out.push(if pyx_dict_pop(x, p(&int(2)), &mut v as *mut i64 as *mut u8) != 0 {
                        v.to_string()
                    } else {
                        "None".into()
                    });
                }
                "P" => {
                    let (mut k, mut v) = (0i64, 0i64);
                    pyx_dict_popitem(x, &mut k as *mut i64 as *mut u8, &mut v as *mut i64 as *mut u8);
                    out.push(match take() {
                        Some((kind, msg)) => std::format!("{kind}:{msg}"),
                        None => std::format!("({k}, {v})"),
                    });
                }
                "S" => out.push(rd_i64(pyx_dict_setdefault(x, p(&int(2)), p(&int(3)))).to_string()),
                "u" => pyx_dict_update(x, dicts[w[2]]),
                "c" => put(&mut dicts, w[2], pyx_dict_copy(x)),
                "l" => pyx_dict_clear(x),
                "r" => out.push(repr(x)),
                "e" => out.push(if pyx_dict_eq(x, dicts[w[2]]) != 0 { "True" } else { "False" }.into()),
                "g" => {
                    let v = pyx_dict_lookup(x, p(&int(2)));
                    out.push(if v.is_null() { "None".into() } else { rd_i64(v).to_string() });
                }
                "v" => {
                    let mut b = Vec::new();
                    for which in [VIEW_KEYS, VIEW_VALUES, VIEW_ITEMS] {
                        pyx_dict_view_repr(&mut b, x, which);
                    }
                    out.push(String::from_utf8(b).unwrap());
                }
                "i" => {
                    // for k in d: <mutate per mode>
                    let (mode, tag) = (w[2], out.len() as i64 + 1);
                    let (mut pos, n0, mut n) = (0i64, (*x).len, 0i64);
                    let (mut kp, mut vp) = (ptr::null_mut(), ptr::null_mut());
                    let mut seen = Vec::new();
                    while pyx_dict_next(x, &mut pos, n0, &mut kp, &mut vp) != 0 {
                        n += 1;
                        let k = rd_i64(kp);
                        seen.push(k.to_string());
                        match mode {
                            "swap" => {
                                pyx_dict_del(x, p(&k));
                                pyx_dict_set(x, p(&(1_000_000_000_000 * tag + n)), p(&n));
                            }
                            "del" => {
                                pyx_dict_del(x, p(&k));
                            }
                            "set" => pyx_dict_set(x, p(&k), p(&n)),
                            _ => {}
                        }
                    }
                    let err = take().map_or(String::new(), |(kind, msg)| std::format!("{kind}:{msg}"));
                    out.push(std::format!("{}{err}", seen.join(",")));
                }
                "k" => {
                    let ks = pyx_dict_keys_list(x);
                    let vs = pyx_dict_values_list(x);
                    let its = pyx_dict_items_list(x, &ITEM);
                    let mut b = Vec::new();
                    for l in [ks, vs, its] {
                        crate::list::list_repr_into(&mut b, l);
                        crate::list::list_free(l);
                    }
                    out.push(String::from_utf8(b).unwrap());
                }
                _ => {}
            }
        }
        for (_, d) in dicts {
            release(d);
        }
        out.join("|")
    }

    const SCRIPT: &str = r#"
import sys
for line in sys.stdin:
    S = {}
    out = []
    for op in line.strip().split(';'):
        c, *a = op.split()
        if c == 'n':
            S[a[0]] = {}
            continue
        X = S[a[0]]
        if c == 's': X[int(a[1])] = int(a[2])
        elif c == 'd':
            try:
                del X[int(a[1])]
                out.append('1')
            except KeyError as e: out.append('KeyError:' + str(e))
        elif c == 'p': out.append(repr(X.pop(int(a[1]), None)))
        elif c == 'P':
            try: out.append(repr(X.popitem()))
            except KeyError as e: out.append('KeyError:' + str(e))
        elif c == 'S': out.append(repr(X.setdefault(int(a[1]), int(a[2]))))
        elif c == 'u': X.update(S[a[1]])
        elif c == 'c': S[a[1]] = X.copy()
        elif c == 'l': X.clear()
        elif c == 'r': out.append(repr(X))
        elif c == 'e': out.append(str(X == S[a[1]]))
        elif c == 'g': out.append(repr(X.get(int(a[1]))))
        elif c == 'v': out.append(repr(X.keys()) + repr(X.values()) + repr(X.items()))
        elif c == 'k': out.append(repr(list(X)) + repr(list(X.values())) + repr(list(X.items())))
        elif c == 'i':
            mode, tag, n, seen, err = a[1], len(out) + 1, 0, [], ''
            try:
                for k in X:
                    n += 1
                    seen.append(str(k))
                    if mode == 'swap':
                        del X[k]
                        X[10**12 * tag + n] = n
                    elif mode == 'del': del X[k]
                    elif mode == 'set': X[k] = n
            except RuntimeError as e: err = 'RuntimeError:' + str(e)
            out.append(','.join(seen) + err)
    print('|'.join(out))
"#;

    fn random_line(rng: &mut Rng) -> String {
        let names = ["A", "B", "C"];
        let keys = 3 + rng.below(60);
        let mut ops: Vec<String> = names.iter().map(|n| std::format!("n {n}")).collect();
        for _ in 0..1 + rng.below(150) {
            let x = names[rng.below(3) as usize];
            let y = names[rng.below(3) as usize];
            let k = rng.below(keys) as i64 - 5;
            let op = match rng.below(100) {
                0..=39 => std::format!("s {x} {k} {}", rng.below(1000)),
                40..=44 => std::format!("S {x} {k} {}", rng.below(1000)),
                45..=54 => std::format!("d {x} {k}"),
                55..=59 => std::format!("p {x} {k}"),
                60..=64 => std::format!("P {x}"),
                65..=68 => std::format!("u {x} {y}"),
                69..=71 => std::format!("c {x} {y}"),
                72 => std::format!("l {x}"),
                73..=79 => std::format!("r {x}"),
                80..=82 => std::format!("e {x} {y}"),
                83..=86 => std::format!("g {x} {k}"),
                87..=88 => std::format!("v {x}"),
                89..=90 => std::format!("k {x}"),
                _ => std::format!("i {x} {}", ["swap", "del", "set", "none"][rng.below(4) as usize]),
            };
            ops.push(op);
        }
        for n in names {
            ops.push(std::format!("r {n}"));
        }
        ops.join(";")
    }

    #[test]
    fn dict_semantics_match_cpython() {
        let _g = lock();
        let mut rng = Rng(0x2545_F491_4F6C_DD1D);
        let lines: Vec<String> = (0..2000).map(|_| random_line(&mut rng)).collect();
        let Some(expected) = python_lines(SCRIPT, &lines) else { return };
        let live = live_objects();
        for (line, want) in lines.iter().zip(&expected) {
            let got = unsafe { run_line(line) };
            assert_eq!(&got, want, "for {line}");
        }
        assert_eq!(live_objects(), live);
    }

    #[test]
    fn str_keys_and_object_values() {
        let _g = lock();
        let live = live_objects();
        unsafe {
            // Word count: d[w] = d.get(w, 0) + 1
            let d = pyx_dict_new(&pyx_desc_str, &pyx_desc_int);
            let text = "the cat and the hat and the bat";
            for w in text.split(' ') {
                let k = s(w);
                let v = pyx_dict_lookup(d, p(&k));
                let n = if v.is_null() { 0 } else { rd_i64(v) } + 1;
                pyx_dict_set(d, p(&k), p(&n)); // moves k
            }
            assert_eq!(repr(d), "{'the': 3, 'cat': 1, 'and': 2, 'hat': 1, 'bat': 1}");
            let items = pyx_dict_items_list(d, &SI);
            let mut b = Vec::new();
            crate::list::list_repr_into(&mut b, items);
            assert_eq!(b, b"[('the', 3), ('cat', 1), ('and', 2), ('hat', 1), ('bat', 1)]");
            crate::list::list_free(items);
            let k = s("and");
            assert_eq!(pyx_dict_del(d, p(&k)), 1);
            assert_eq!(pyx_dict_contains(d, p(&k)), 0);
            let mut b = Vec::new();
            pyx_raise_key_error(&pyx_desc_str, p(&k));
            assert_eq!(take(), Some(("KeyError", "'and'".to_string())));
            str_decref(k);
            pyx_dict_view_repr(&mut b, d, VIEW_KEYS);
            assert_eq!(b, b"dict_keys(['the', 'cat', 'hat', 'bat'])");
            let (mut k, mut v): (*mut Str, i64) = (ptr::null_mut(), 0);
            pyx_dict_popitem(d, &mut k as *mut _ as *mut u8, &mut v as *mut i64 as *mut u8);
            assert_eq!((str_bytes(k), v), (&b"bat"[..], 1));
            str_decref(k);
            // A dict of lists: values are dropped with the dict.
            let dl = pyx_dict_new(&pyx_desc_int, &pyx_desc_list);
            for i in 0..3i64 {
                let l = crate::list::list_new(&pyx_desc_int, 0);
                crate::list::list_append(l, p(&i));
                pyx_dict_set(dl, p(&(i % 2)), p(&l));
            }
            assert_eq!(repr(dl), "{0: [2], 1: [1]}");
            let c = pyx_dict_copy(dl);
            let outer = pyx_dict_new(&pyx_desc_str, &crate::desc::pyx_desc_dict);
            let key = s("k");
            pyx_dict_set(outer, p(&key), p(&c));
            assert_eq!(repr(outer), "{'k': {0: [2], 1: [1]}}");
            // Unhashable keys: the moved key and value are dropped.
            let bad = pyx_dict_new(&pyx_desc_list, &pyx_desc_str);
            let l = crate::list::list_new(&pyx_desc_int, 0);
            let v = s("v");
            pyx_dict_set(bad, p(&l), p(&v));
            assert_eq!(take(), Some(("TypeError", "unhashable type: 'list'".to_string())));
            let mut b = Vec::new();
            pyx_dict_popitem(bad, p(&0u64) as *mut u8, p(&0u64) as *mut u8);
            assert_eq!(take(), Some(("KeyError", "'popitem(): dictionary is empty'".to_string())));
            pyx_raise_key_error(&ITEM, p(&[1i64, -2]));
            assert_eq!(take(), Some(("KeyError", "(1, -2)".to_string())));
            dict_repr_into(&mut b, bad);
            assert_eq!(b, b"{}");
            // Dynamic keys: d[1] = 'a'; d[1.0] = 'b'; d[True] = 'c' keeps the key 1.
            let dy = pyx_dict_new(&crate::desc::pyx_desc_dyn, &pyx_desc_str);
            for (i, (tag, val)) in [(TAG_INT, 1), (TAG_FLOAT, 1.0f64.to_bits() as i64), (TAG_BOOL, 1), (TAG_NONE, 0)]
                .into_iter()
                .enumerate()
            {
                let k = crate::object::Dyn { tag, val };
                let v = s(["a", "b", "c", "n"][i]);
                pyx_dict_set(dy, p(&k), p(&v));
            }
            assert_eq!(repr(dy), "{1: 'c', None: 'n'}");
            dict_free(dy);
            // Equality across value types: {1: 2} == {1: 2.0}.
            let a = pyx_dict_new(&pyx_desc_int, &pyx_desc_int);
            let f = pyx_dict_new(&pyx_desc_int, &pyx_desc_float);
            pyx_dict_set(a, p(&1i64), p(&2i64));
            pyx_dict_set(f, p(&1i64), p(&2.0f64));
            assert!(dict_eq(a, f));
            pyx_dict_set(f, p(&1i64), p(&2.5f64));
            assert!(!dict_eq(a, f));
            for x in [d, dl, outer, bad, a, f] {
                dict_free(x);
            }
        }
        assert_eq!(live_objects(), live);
    }

    /// Moved keys and values may point into the dict itself, even when inserting resizes it.
    #[test]
    fn slots_from_the_dict_itself() {
        let live = live_objects();
        unsafe {
            let d = pyx_dict_new(&pyx_desc_str, &pyx_desc_str);
            for i in 0..5 {
                let (k, v) = (s(&std::format!("k{i}")), s(&std::format!("v{i}")));
                pyx_dict_set(d, p(&k), p(&v));
            }
            // d['k5'] = d['k0'] with the table full, then d['k1'] = d['k1'].
            let k0 = s("k0");
            let v0 = pyx_dict_lookup(d, p(&k0));
            str_incref(*(v0 as *const *mut Str));
            let k5 = s("k5");
            pyx_dict_set(d, p(&k5), v0);
            let k1 = s("k1");
            let v1 = pyx_dict_lookup(d, p(&k1));
            str_incref(*(v1 as *const *mut Str));
            pyx_dict_set(d, p(&k1), v1); // moves k1
            assert_eq!(repr(d), "{'k0': 'v0', 'k1': 'v1', 'k2': 'v2', 'k3': 'v3', 'k4': 'v4', 'k5': 'v0'}");
            str_decref(k0);
            dict_free(d);
        }
        assert_eq!(live_objects(), live);
    }

    /// A word count over many distinct and repeated str keys stays fast.
    #[test]
    fn word_count_speed() {
        let live = live_objects();
        let words: Vec<*mut Str> = (0..200_000u64).map(|i| s(&std::format!("w{}", (i * 7919) % 50_000))).collect();
        let t = std::time::Instant::now();
        unsafe {
            let d = pyx_dict_new(&pyx_desc_str, &pyx_desc_int);
            for _ in 0..5 {
                for &w in &words {
                    str_incref(w);
                    let v = pyx_dict_setdefault(d, p(&w), p(&0i64));
                    *(v as *mut i64) += 1;
                }
            }
            assert_eq!((*d).len, 50_000);
            let k = s("w0");
            assert_eq!(rd_i64(pyx_dict_lookup(d, p(&k))), 20);
            str_decref(k);
            dict_free(d);
            for w in words {
                str_decref(w);
            }
        }
        std::eprintln!("1M str-key lookups: {:?}", t.elapsed());
        assert_eq!(live_objects(), live);
    }
}

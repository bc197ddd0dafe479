//! Element descriptors: how containers store their elements unboxed, and the generic
//! operations on one element slot (reference counting, ==, <, hash, repr) with CPython's
//! semantics and TypeErrors.
use crate::abi::*;
use crate::buf::Buf;
use crate::dynamic::{compare, write_dyn};
use crate::exc::or_raise;
use crate::format::{float_repr, int_decimal, str_repr};
use crate::hash::{hash_float, hash_int, str_hash, TupleHasher, NONE_HASH};
use crate::object::{str_bytes, str_decref, str_incref, Dyn, List, PyErr, Str};

/// The type of a container's elements. `kind` is an `abi::DESC_*`, `size` the bytes of one
/// slot; a tuple (DESC_TUPLE) has `nfields` members described by `fields`.
#[repr(C)]
#[derive(Debug)]
pub struct Desc {
    pub kind: i64,
    pub size: i64,
    pub nfields: i64,
    pub fields: *const Field,
}

/// One member of a tuple: its byte offset in the tuple's slot and its descriptor.
#[repr(C)]
#[derive(Debug)]
pub struct Field {
    pub offset: i64,
    pub desc: *const Desc,
}

// SAFETY: descriptors are immutable after construction.
unsafe impl Sync for Desc {}
unsafe impl Sync for Field {}

const fn scalar(kind: i64, size: i64) -> Desc {
    Desc { kind, size, nfields: 0, fields: core::ptr::null() }
}

#[unsafe(no_mangle)]
pub static pyx_desc_none: Desc = scalar(DESC_NONE, 1);
#[unsafe(no_mangle)]
pub static pyx_desc_bool: Desc = scalar(DESC_BOOL, 1);
#[unsafe(no_mangle)]
pub static pyx_desc_int: Desc = scalar(DESC_INT, 8);
#[unsafe(no_mangle)]
pub static pyx_desc_float: Desc = scalar(DESC_FLOAT, 8);
#[unsafe(no_mangle)]
pub static pyx_desc_str: Desc = scalar(DESC_STR, 8);
#[unsafe(no_mangle)]
pub static pyx_desc_dyn: Desc = scalar(DESC_DYN, 16);
#[unsafe(no_mangle)]
pub static pyx_desc_list: Desc = scalar(DESC_LIST, 8);
#[unsafe(no_mangle)]
pub static pyx_desc_vtuple: Desc = scalar(DESC_VTUPLE, 8);
#[unsafe(no_mangle)]
pub static pyx_desc_dict: Desc = scalar(DESC_DICT, 8);
#[unsafe(no_mangle)]
pub static pyx_desc_set: Desc = scalar(DESC_SET, 8);
#[unsafe(no_mangle)]
pub static pyx_desc_exc: Desc = scalar(DESC_EXC, 8);

// ---- reading slots -----------------------------------------------------------------

/// The i64 at `p` (slots need not be aligned).
///
/// # Safety
/// `p` must be valid for reading 8 bytes.
#[inline]
pub unsafe fn rd_i64(p: *const u8) -> i64 {
    (p as *const i64).read_unaligned()
}

/// # Safety
/// `p` must be valid for reading 8 bytes.
#[inline]
pub unsafe fn rd_f64(p: *const u8) -> f64 {
    (p as *const f64).read_unaligned()
}

/// The object pointer at `p`.
///
/// # Safety
/// `p` must be valid for reading 8 bytes.
#[inline]
pub unsafe fn rd_ptr<T>(p: *const u8) -> *mut T {
    (p as *const *mut T).read_unaligned()
}

/// # Safety
/// `p` must be valid for reading 16 bytes.
#[inline]
pub unsafe fn rd_dyn(p: *const u8) -> Dyn {
    (p as *const Dyn).read_unaligned()
}

/// The fields of a tuple descriptor.
///
/// # Safety
/// `d` must be a valid tuple descriptor.
pub unsafe fn fields<'a>(d: *const Desc) -> &'a [Field] {
    if (*d).fields.is_null() || (*d).nfields <= 0 {
        return &[];
    }
    core::slice::from_raw_parts((*d).fields, (*d).nfields as usize)
}

/// The class of an instance descriptor.
///
/// # Safety
/// `d` must be a `DESC_INST` descriptor.
pub unsafe fn class_info(d: *const Desc) -> *const crate::object::ClassInfo {
    (*d).fields as *const crate::object::ClassInfo
}

/// Whether slots of this descriptor hold no references (plain bytes to copy and drop).
///
/// # Safety
/// `d` must be a valid descriptor.
pub unsafe fn is_plain(d: *const Desc) -> bool {
    match (*d).kind {
        DESC_NONE | DESC_BOOL | DESC_INT | DESC_FLOAT => true,
        DESC_TUPLE => fields(d).iter().all(|f| is_plain(f.desc)),
        _ => false,
    }
}

/// The value in a slot as an `object` (a new reference): scalars and strs as they are,
/// anything else in a box.
///
/// # Safety
/// `p` must be a valid slot of `d`.
pub unsafe fn slot_to_obj(d: *const Desc, p: *const u8) -> Dyn {
    elem_incref(d, p);
    match as_dyn(d, p) {
        Some(v) => v,
        None => Dyn { tag: TAG_OBJ, val: crate::object::pyx_box_new(d, p) as i64 },
    }
}

/// A scalar slot (None, bool, int, float, str, dynamic) as a dynamic value (borrowed).
unsafe fn as_dyn(d: *const Desc, p: *const u8) -> Option<Dyn> {
    Some(match (*d).kind {
        DESC_NONE => Dyn { tag: TAG_NONE, val: 0 },
        DESC_BOOL => Dyn { tag: TAG_BOOL, val: (*p != 0) as i64 },
        DESC_INT => Dyn { tag: TAG_INT, val: rd_i64(p) },
        DESC_FLOAT => Dyn { tag: TAG_FLOAT, val: rd_i64(p) },
        DESC_STR => Dyn { tag: TAG_STR, val: rd_i64(p) },
        DESC_DYN => rd_dyn(p),
        _ => return None,
    })
}

/// Whether a set object is a frozenset (`Set { rc, len, frozen, .. }`).
unsafe fn set_is_frozen(s: *const u8) -> bool {
    !s.is_null() && rd_i64(s.add(16)) != 0
}

/// The Python type name of the value in a slot, as in error messages.
///
/// # Safety
/// `p` must be a valid slot of descriptor `d`.
pub unsafe fn type_name(d: *const Desc, p: *const u8) -> &'static [u8] {
    match (*d).kind {
        DESC_TUPLE | DESC_VTUPLE => b"tuple",
        DESC_INST => {
            let o: *const u8 = rd_ptr(p);
            let info = if o.is_null() { class_info(d) } else { crate::object::obj_class(o) };
            let name = str_bytes((*info).name);
            let short = name.iter().rposition(|&c| c == b'.').map_or(name, |i| &name[i + 1..]);
            core::slice::from_raw_parts(short.as_ptr(), short.len())
        }
        DESC_LIST => b"list",
        DESC_DICT => b"dict",
        DESC_EXC if rd_ptr::<crate::exc::Exc>(p).is_null() => b"NoneType",
        DESC_EXC => {
            let name = crate::exc::kind_name((*rd_ptr::<crate::exc::Exc>(p)).kind);
            let short = name.rsplit('.').next().unwrap_or(name);
            short.as_bytes()
        }
        DESC_SET if set_is_frozen(rd_ptr(p)) => b"frozenset",
        DESC_SET => b"set",
        _ => as_dyn(d, p).map_or(b"object", crate::dynamic::name_of),
    }
}

/// pyx_type_name(d, p) -> `type(x).__name__` of the value in slot `p` of descriptor `d`.
///
/// # Safety
/// `p` must be a valid slot of descriptor `d`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_type_name(d: *const Desc, p: *const u8) -> *mut Str {
    if (*d).kind == DESC_INST && rd_ptr::<u8>(p).is_null() {
        return crate::object::str_new(b"NoneType");
    }
    crate::object::str_new(type_name(d, p))
}

// ---- reference counting --------------------------------------------------------------

/// Takes a new reference to what a slot holds.
///
/// # Safety
/// `p` must be a valid slot of descriptor `d`.
pub unsafe fn elem_incref(d: *const Desc, p: *const u8) {
    match (*d).kind {
        DESC_STR => str_incref(rd_ptr(p)),
        DESC_EXC => crate::exc::exc_incref(rd_ptr(p)),
        DESC_LIST | DESC_VTUPLE | DESC_DICT | DESC_SET | DESC_INST => {
            let o: *mut i64 = rd_ptr(p);
            if !o.is_null() {
                *o += 1;
            }
        }
        DESC_DYN => crate::object::dyn_incref(rd_dyn(p)),
        DESC_TUPLE => {
            for f in fields(d) {
                elem_incref(f.desc, p.add(f.offset as usize));
            }
        }
        _ => {}
    }
}

/// Drops the references a slot holds, freeing objects whose count reaches zero.
///
/// # Safety
/// `p` must be a valid slot of descriptor `d` whose references the caller owns.
pub unsafe fn elem_decref(d: *const Desc, p: *const u8) {
    match (*d).kind {
        DESC_STR => str_decref(rd_ptr(p)),
        DESC_INST => {
            let o: *mut i64 = rd_ptr(p);
            if !o.is_null() {
                *o -= 1;
                if *o == 0 {
                    ((*crate::object::obj_class(o as *const u8)).drop)(o as *mut u8);
                }
            }
        }
        DESC_EXC => crate::exc::exc_decref(rd_ptr(p)),
        DESC_LIST | DESC_VTUPLE | DESC_DICT | DESC_SET => {
            let o: *mut i64 = rd_ptr(p);
            if o.is_null() {
                return;
            }
            *o -= 1;
            if *o == 0 {
                match (*d).kind {
                    DESC_LIST | DESC_VTUPLE => crate::list::list_free(o as *mut List),
                    DESC_DICT => crate::dict::dict_free(o as _),
                    _ => crate::set::set_free(o as _),
                }
            }
        }
        DESC_DYN => crate::object::dyn_decref(rd_dyn(p)),
        DESC_TUPLE => {
            for f in fields(d) {
                elem_decref(f.desc, p.add(f.offset as usize));
            }
        }
        _ => {}
    }
}

// ---- comparison ------------------------------------------------------------------------

fn cmp_symbol(op: i64) -> &'static [u8] {
    match op {
        CMP_EQ => b"==",
        CMP_NE => b"!=",
        CMP_LT => b"<",
        CMP_LE => b"<=",
        CMP_GT => b">",
        _ => b">=",
    }
}

/// TypeError: '<' not supported between instances of 'X' and 'Y'
pub fn unorderable(op: i64, a: &[u8], b: &[u8]) -> PyErr {
    PyErr {
        kind: EXC_TYPE_ERROR,
        msg: [b"'", cmp_symbol(op), b"' not supported between instances of '", a, b"' and '", b, b"'"].concat(),
    }
}

/// The result of an ordering comparison on two values of a total order.
fn ord_result<T: PartialOrd>(a: T, b: T, op: i64) -> bool {
    match op {
        CMP_EQ => a == b,
        CMP_NE => a != b,
        CMP_LT => a < b,
        CMP_LE => a <= b,
        CMP_GT => a > b,
        _ => a >= b,
    }
}

/// CPython's sequence comparison: the first index whose items are not equal decides
/// (with `op` on those items), else the lengths do.
fn seq_cmp(
    na: usize,
    nb: usize,
    op: i64,
    eq: impl Fn(usize) -> bool,
    cmp: impl Fn(usize, i64) -> Result<bool, PyErr>,
) -> Result<bool, PyErr> {
    if na != nb && (op == CMP_EQ || op == CMP_NE) {
        return Ok(op == CMP_NE);
    }
    match (0..na.min(nb)).find(|&i| !eq(i)) {
        None => Ok(ord_result(na, nb, op)),
        Some(_) if op == CMP_EQ => Ok(false),
        Some(_) if op == CMP_NE => Ok(true),
        Some(i) => cmp(i, op),
    }
}

/// The slot of item `i` of a list.
#[inline]
unsafe fn item(l: *const List, i: usize) -> *const u8 {
    (*l).items.add(i * (*(*l).desc).size as usize)
}

/// `a op b` for two lists (their element types may differ, e.g. `[1] == [1.0]`).
///
/// # Safety
/// `a` and `b` must be valid lists.
pub unsafe fn list_cmp(a: *const List, b: *const List, op: i64) -> Result<bool, PyErr> {
    if a == b && (op == CMP_EQ || op == CMP_NE) {
        return Ok(op == CMP_EQ); // every item is identical to itself
    }
    let (da, db) = ((*a).desc, (*b).desc);
    let (na, nb) = ((*a).len.max(0) as usize, (*b).len.max(0) as usize);
    seq_cmp(
        na,
        nb,
        op,
        |i| a == b || eq2(da, item(a, i), db, item(b, i)),
        |i, op| cmp2(da, item(a, i), db, item(b, i), op),
    )
}

/// Whether two members of containers are equal. The very same slot holds the very same
/// object, which CPython's containers count as equal even when it is a float NaN.
unsafe fn eq_slots(da: *const Desc, a: *const u8, db: *const Desc, b: *const u8) -> bool {
    (a == b && da == db) || eq2(da, a, db, b)
}

/// Python `a == b` for slots of possibly different descriptors.
///
/// # Safety
/// `a` and `b` must be valid slots of `da` and `db`.
pub unsafe fn eq2(da: *const Desc, a: *const u8, db: *const Desc, b: *const u8) -> bool {
    match ((*da).kind, (*db).kind) {
        (DESC_INT, DESC_INT) => rd_i64(a) == rd_i64(b),
        (DESC_FLOAT, DESC_FLOAT) => rd_f64(a) == rd_f64(b),
        (DESC_STR, DESC_STR) => {
            let (x, y): (*mut Str, *mut Str) = (rd_ptr(a), rd_ptr(b));
            x == y || str_bytes(x) == str_bytes(y)
        }
        (DESC_BOOL, DESC_BOOL) => (*a != 0) == (*b != 0),
        (DESC_NONE, DESC_NONE) => true,
        (DESC_TUPLE, DESC_TUPLE) => {
            let (fa, fb) = (fields(da), fields(db));
            fa.len() == fb.len()
                && fa
                    .iter()
                    .zip(fb)
                    .all(|(x, y)| eq_slots(x.desc, a.add(x.offset as usize), y.desc, b.add(y.offset as usize)))
        }
        (DESC_LIST, DESC_LIST) | (DESC_VTUPLE, DESC_VTUPLE) => list_cmp(rd_ptr(a), rd_ptr(b), CMP_EQ).unwrap_or(false),
        // Exceptions compare by identity.
        (DESC_EXC, DESC_EXC) => rd_i64(a) == rd_i64(b),
        // Instances: __eq__ of the same class, else identity.
        (DESC_INST, DESC_INST) => {
            let (x, y): (*mut u8, *mut u8) = (rd_ptr(a), rd_ptr(b));
            if x.is_null() || y.is_null() {
                return x == y;
            }
            match (*crate::object::obj_class(x)).eq {
                // (an __eq__ that raised: not equal, which stops comparisons of containers)
                Some(eq) => eq(x, y) != 0 && !crate::exc::pending(),
                _ => x == y,
            }
        }
        (DESC_DICT, DESC_DICT) => {
            let (x, y): (*mut u8, *mut u8) = (rd_ptr(a), rd_ptr(b));
            x == y || crate::dict::dict_eq(x as _, y as _)
        }
        (DESC_SET, DESC_SET) => {
            let (x, y): (*mut u8, *mut u8) = (rd_ptr(a), rd_ptr(b));
            x == y || crate::set::set_eq(x as _, y as _)
        }
        _ => match (as_dyn(da, a), as_dyn(db, b)) {
            (Some(x), Some(y)) => compare(CMP_EQ, x, y).unwrap_or(false),
            _ => false,
        },
    }
}

/// Python `a op b` (op a `CMP_*` code) for slots of possibly different descriptors.
///
/// # Safety
/// `a` and `b` must be valid slots of `da` and `db`.
pub unsafe fn cmp2(da: *const Desc, a: *const u8, db: *const Desc, b: *const u8, op: i64) -> Result<bool, PyErr> {
    if op == CMP_EQ || op == CMP_NE {
        return Ok(eq2(da, a, db, b) == (op == CMP_EQ));
    }
    match ((*da).kind, (*db).kind) {
        (DESC_INT, DESC_INT) => Ok(ord_result(rd_i64(a), rd_i64(b), op)),
        (DESC_FLOAT, DESC_FLOAT) => Ok(ord_result(rd_f64(a), rd_f64(b), op)),
        (DESC_STR, DESC_STR) => Ok(ord_result(str_bytes(rd_ptr(a)), str_bytes(rd_ptr(b)), op)),
        (DESC_TUPLE, DESC_TUPLE) => {
            let (fa, fb) = (fields(da), fields(db));
            let slot = |f: &[Field], p: *const u8, i: usize| (f[i].desc, p.add(f[i].offset as usize));
            seq_cmp(
                fa.len(),
                fb.len(),
                op,
                |i| {
                    let ((xd, x), (yd, y)) = (slot(fa, a, i), slot(fb, b, i));
                    eq_slots(xd, x, yd, y)
                },
                |i, op| {
                    let ((xd, x), (yd, y)) = (slot(fa, a, i), slot(fb, b, i));
                    cmp2(xd, x, yd, y, op)
                },
            )
        }
        (DESC_LIST, DESC_LIST) | (DESC_VTUPLE, DESC_VTUPLE) => list_cmp(rd_ptr(a), rd_ptr(b), op),
        // Instances of a class with __lt__: a < b, and a > b as b < a (the reflected call).
        (DESC_INST, DESC_INST)
            if !rd_ptr::<u8>(a).is_null()
                && !rd_ptr::<u8>(b).is_null()
                && (*crate::object::obj_class(rd_ptr(a))).lt.is_some()
                && matches!(op, CMP_LT | CMP_GT) =>
        {
            let (x, y): (*mut u8, *mut u8) = (rd_ptr(a), rd_ptr(b));
            let first = if op == CMP_LT { x } else { y };
            let lt = (*crate::object::obj_class(first)).lt.or((*crate::object::obj_class(x)).lt).expect("checked");
            Ok(if op == CMP_LT { lt(x, y) } else { lt(y, x) } != 0)
        }
        (DESC_SET, DESC_SET) => Ok(crate::set::set_cmp(rd_ptr::<u8>(a) as _, rd_ptr::<u8>(b) as _, op)),
        _ => match (as_dyn(da, a), as_dyn(db, b)) {
            (Some(x), Some(y)) => compare(op, x, y),
            _ => Err(unorderable(op, type_name(da, a), type_name(db, b))),
        },
    }
}

/// Python `a == b` for two slots of one descriptor.
///
/// # Safety
/// `a` and `b` must be valid slots of `d`.
#[inline]
pub unsafe fn elem_eq(d: *const Desc, a: *const u8, b: *const u8) -> bool {
    eq2(d, a, d, b)
}

/// Python `a < b` for two slots of one descriptor.
///
/// # Safety
/// `a` and `b` must be valid slots of `d`.
#[inline]
pub unsafe fn elem_lt(d: *const Desc, a: *const u8, b: *const u8) -> Result<bool, PyErr> {
    match (*d).kind {
        DESC_INT => Ok(rd_i64(a) < rd_i64(b)),
        DESC_FLOAT => Ok(rd_f64(a) < rd_f64(b)),
        DESC_STR => Ok(crate::object::str_cmp(rd_ptr(a), rd_ptr(b)).is_lt()),
        DESC_TUPLE => tuple_lt(d, a, b),
        _ => cmp2(d, a, d, b, CMP_LT),
    }
}

/// `a < b` for two tuples of one descriptor (what sorting mostly compares): scalar members
/// compared directly, the first unequal member deciding.
unsafe fn tuple_lt(d: *const Desc, a: *const u8, b: *const u8) -> Result<bool, PyErr> {
    if a == b {
        return Ok(false);
    }
    tuple_lt_from(d, a, b, 0)
}

/// `tuple_lt` when members `0..k` are known to be equal.
///
/// # Safety
/// `a` and `b` must be valid slots of the tuple descriptor `d`.
pub unsafe fn tuple_lt_from(d: *const Desc, a: *const u8, b: *const u8, k: usize) -> Result<bool, PyErr> {
    for f in fields(d).iter().skip(k) {
        let (fd, x, y) = (f.desc, a.add(f.offset as usize), b.add(f.offset as usize));
        match (*fd).kind {
            DESC_INT => {
                let (p, q) = (rd_i64(x), rd_i64(y));
                if p != q {
                    return Ok(p < q);
                }
            }
            DESC_FLOAT => {
                let (p, q) = (rd_f64(x), rd_f64(y));
                if p != q {
                    return Ok(p < q);
                }
            }
            DESC_STR => {
                let (p, q): (*mut Str, *mut Str) = (rd_ptr(x), rd_ptr(y));
                if p != q {
                    match crate::object::str_cmp(p, q) {
                        core::cmp::Ordering::Less => return Ok(true),
                        core::cmp::Ordering::Greater => return Ok(false),
                        core::cmp::Ordering::Equal => {}
                    }
                }
            }
            DESC_BOOL => {
                let (p, q) = (*x != 0, *y != 0);
                if p != q {
                    return Ok(q);
                }
            }
            DESC_NONE => {}
            _ => {
                if !eq2(fd, x, fd, y) {
                    return cmp2(fd, x, fd, y, CMP_LT);
                }
            }
        }
    }
    Ok(false)
}

/// Python `a op b` for two slots of one descriptor.
///
/// # Safety
/// `a` and `b` must be valid slots of `d`.
pub unsafe fn elem_cmp(d: *const Desc, a: *const u8, b: *const u8, op: i64) -> Result<bool, PyErr> {
    cmp2(d, a, d, b, op)
}

// ---- hashing -------------------------------------------------------------------------

fn unhashable(name: &[u8]) -> PyErr {
    PyErr { kind: EXC_TYPE_ERROR, msg: [b"unhashable type: '", name, b"'"].concat() }
}

/// hash() of a dynamic value: that of the plain value, so 1, 1.0 and True hash alike.
///
/// # Safety
/// A str value must point to a valid string.
pub unsafe fn dyn_hash(v: Dyn) -> i64 {
    match v.tag {
        TAG_BOOL | TAG_INT => hash_int(v.val),
        TAG_FLOAT => hash_float(f64::from_bits(v.val as u64)),
        TAG_STR => str_hash(v.val as *mut Str),
        _ => NONE_HASH,
    }
}

/// Python `hash(x)` of a slot: CPython's exact values for numbers and tuples of them;
/// TypeError for lists, dicts and (non-frozen) sets.
///
/// # Safety
/// `p` must be a valid slot of `d`.
pub unsafe fn elem_hash(d: *const Desc, p: *const u8) -> Result<i64, PyErr> {
    Ok(match (*d).kind {
        DESC_INT => hash_int(rd_i64(p)),
        DESC_STR => str_hash(rd_ptr(p) as *mut Str),
        DESC_FLOAT => hash_float(rd_f64(p)),
        DESC_BOOL => (*p != 0) as i64,
        DESC_NONE => NONE_HASH,
        DESC_DYN => match rd_dyn(p) {
            v if v.tag == TAG_OBJ => {
                let b = v.val as *mut crate::object::BoxObj;
                elem_hash((*b).desc, crate::object::box_slot(b))?
            }
            v => dyn_hash(v),
        },
        DESC_TUPLE => {
            let mut h = TupleHasher::new();
            for f in fields(d) {
                h.add(elem_hash(f.desc, p.add(f.offset as usize))?);
            }
            h.finish()
        }
        // CPython's _Py_HashPointer: the address rotated by 4 bits.
        DESC_EXC => (rd_i64(p) as u64).rotate_right(4) as i64,
        DESC_INST => {
            let o: *mut u8 = rd_ptr(p);
            match (!o.is_null()).then(|| (*crate::object::obj_class(o)).hash).flatten() {
                // hash() maps a __hash__ of -1 to -2, as CPython
                Some(h) => match h(o) {
                    _ if crate::exc::pending() => return Err(PyErr::pending()),
                    -1 => -2,
                    v => v,
                },
                None => (rd_i64(p) as u64).rotate_right(4) as i64,
            }
        }
        DESC_VTUPLE => {
            let l: *const List = rd_ptr(p);
            let mut h = TupleHasher::new();
            for i in 0..crate::list::len(l) {
                h.add(elem_hash((*l).desc, crate::list::slot(l, i))?);
            }
            h.finish()
        }
        DESC_SET => crate::set::set_hash(rd_ptr::<u8>(p) as _)?,
        _ => return Err(unhashable(type_name(d, p))),
    })
}

// ---- repr ------------------------------------------------------------------------------

/// Appends `repr(x)` of a slot (also its `str()` unless it is a str).
///
/// # Safety
/// `p` must be a valid slot of `d`.
pub unsafe fn elem_repr(out: &mut Buf, d: *const Desc, p: *const u8) {
    match (*d).kind {
        DESC_INT => int_decimal(rd_i64(p), out),
        DESC_FLOAT => float_repr(rd_f64(p), out),
        DESC_STR => str_repr(str_bytes(rd_ptr(p)), out),
        DESC_BOOL => out.extend_from_slice(if *p != 0 { b"True" } else { b"False" }),
        DESC_NONE => out.extend_from_slice(b"None"),
        DESC_DYN => write_dyn(out, rd_dyn(p), true),
        DESC_TUPLE => {
            let fs = fields(d);
            out.push(b'(');
            for (i, f) in fs.iter().enumerate() {
                if i > 0 {
                    out.extend_from_slice(b", ");
                }
                elem_repr(out, f.desc, p.add(f.offset as usize));
            }
            if fs.len() == 1 {
                out.push(b',');
            }
            out.push(b')');
        }
        DESC_LIST => crate::list::list_repr_into(out, rd_ptr(p)),
        DESC_EXC => {
            let s = crate::exc::pyx_exc_repr(rd_ptr(p));
            out.extend_from_slice(str_bytes(s));
            str_decref(s);
        }
        DESC_INST => {
            let o: *mut u8 = rd_ptr(p);
            if o.is_null() {
                out.extend_from_slice(b"None");
                return;
            }
            let info = crate::object::obj_class(o);
            match (*info).repr {
                Some(f) => {
                    let s = f(o);
                    if !s.is_null() {
                        out.extend_from_slice(str_bytes(s));
                        str_decref(s);
                    }
                }
                None => crate::object::default_repr(out, (*info).name, o),
            }
        }
        DESC_VTUPLE => {
            let l: *const List = rd_ptr(p);
            let n = crate::list::len(l);
            out.push(b'(');
            for i in 0..n {
                if i > 0 {
                    out.extend_from_slice(b", ");
                }
                elem_repr(out, (*l).desc, crate::list::slot(l, i));
            }
            if n == 1 {
                out.push(b',');
            }
            out.push(b')');
        }
        DESC_DICT => crate::dict::dict_repr_into(out, rd_ptr::<u8>(p) as _),
        DESC_SET => crate::set::set_repr_into(out, rd_ptr::<u8>(p) as _),
        _ => out.extend_from_slice(b"<object>"),
    }
}

// ---- exported ----------------------------------------------------------------------

/// pyx_elem_repr(buf, desc, slot): appends repr() of an element.
///
/// # Safety
/// `buf` must be a valid buffer and `p` a valid slot of `d`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_elem_repr(buf: *mut Buf, d: *const Desc, p: *const u8) {
    elem_repr(&mut *buf, d, p);
}

/// pyx_elem_eq(desc, a, b) -> a == b
///
/// # Safety
/// `a` and `b` must be valid slots of `d`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_elem_eq(d: *const Desc, a: *const u8, b: *const u8) -> i8 {
    elem_eq(d, a, b) as i8
}

/// pyx_elem_cmp(desc, a, b, op) -> a op b (op a CMP_* code); raises TypeError.
///
/// # Safety
/// `a` and `b` must be valid slots of `d`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_elem_cmp(d: *const Desc, a: *const u8, b: *const u8, op: i64) -> i8 {
    or_raise(elem_cmp(d, a, b, op), false) as i8
}

/// pyx_elem_hash(desc, slot) -> hash(x); raises TypeError: unhashable type: 'list'
///
/// # Safety
/// `p` must be a valid slot of `d`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_elem_hash(d: *const Desc, p: *const u8) -> i64 {
    or_raise(elem_hash(d, p), -1)
}

/// # Safety
/// `p` must be a valid slot of `d`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_elem_incref(d: *const Desc, p: *const u8) {
    elem_incref(d, p);
}

/// # Safety
/// `p` must be a valid slot of `d` whose references the caller owns.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_elem_decref(d: *const Desc, p: *const u8) {
    elem_decref(d, p);
}

#[cfg(test)]
#[allow(clippy::not_unsafe_ptr_arg_deref)]
pub mod testing {
    //! Helpers for tests of the containers: building lists, a tuple descriptor, reprs,
    //! a small deterministic random generator and python3 cross-checks through hex text.
    use super::*;
    use crate::list::{list_append, list_new, list_push_word};
    use crate::object::str_new;

    /// The descriptor of `tuple[int, str]`.
    pub static INT_STR_FIELDS: [Field; 2] =
        [Field { offset: 0, desc: &pyx_desc_int }, Field { offset: 8, desc: &pyx_desc_str }];
    pub static INT_STR: Desc = Desc { kind: DESC_TUPLE, size: 16, nfields: 2, fields: INT_STR_FIELDS.as_ptr() };
    /// `tuple[float, bool, tuple[int, str]]`, nested by value.
    pub static NESTED_FIELDS: [Field; 3] = [
        Field { offset: 0, desc: &pyx_desc_float },
        Field { offset: 8, desc: &pyx_desc_bool },
        Field { offset: 16, desc: &INT_STR },
    ];
    pub static NESTED: Desc = Desc { kind: DESC_TUPLE, size: 32, nfields: 3, fields: NESTED_FIELDS.as_ptr() };
    /// `tuple[int]` and `tuple[()]`.
    pub static ONE_FIELDS: [Field; 1] = [Field { offset: 0, desc: &pyx_desc_int }];
    pub static ONE: Desc = Desc { kind: DESC_TUPLE, size: 8, nfields: 1, fields: ONE_FIELDS.as_ptr() };
    pub static EMPTY_TUPLE: Desc = Desc { kind: DESC_TUPLE, size: 1, nfields: 0, fields: core::ptr::null() };
    /// `tuple[dyn, dyn]`.
    pub static DYN2_FIELDS: [Field; 2] =
        [Field { offset: 0, desc: &pyx_desc_dyn }, Field { offset: 16, desc: &pyx_desc_dyn }];
    pub static DYN2: Desc = Desc { kind: DESC_TUPLE, size: 32, nfields: 2, fields: DYN2_FIELDS.as_ptr() };

    pub fn ints(xs: &[i64]) -> *mut List {
        let l = list_new(&pyx_desc_int, 0);
        for &x in xs {
            unsafe { list_push_word(l, x) };
        }
        l
    }

    pub fn floats(xs: &[f64]) -> *mut List {
        let l = list_new(&pyx_desc_float, 0);
        for &x in xs {
            unsafe { list_push_word(l, x.to_bits() as i64) };
        }
        l
    }

    pub fn strs(xs: &[&str]) -> *mut List {
        let l = list_new(&pyx_desc_str, 0);
        for x in xs {
            unsafe { list_push_word(l, str_new(x.as_bytes()) as i64) };
        }
        l
    }

    /// A list of `(int, str)` tuples.
    pub fn pairs(xs: &[(i64, &str)]) -> *mut List {
        let l = list_new(&INT_STR, 0);
        for &(i, s) in xs {
            let slot: [i64; 2] = [i, str_new(s.as_bytes()) as i64];
            unsafe { list_append(l, slot.as_ptr() as *const u8) };
        }
        l
    }

    /// A list of dynamic values (the strs are new references the list takes).
    pub fn dyns(xs: &[Dyn]) -> *mut List {
        let l = list_new(&pyx_desc_dyn, 0);
        for x in xs {
            unsafe { list_append(l, x as *const Dyn as *const u8) };
        }
        l
    }

    /// A list of lists (the inner lists are moved in).
    pub fn lists(xs: &[*mut List]) -> *mut List {
        let l = list_new(&pyx_desc_list, 0);
        for &x in xs {
            unsafe { list_push_word(l, x as i64) };
        }
        l
    }

    /// repr() of one slot.
    pub fn repr(d: *const Desc, p: *const u8) -> String {
        let mut out = Vec::new();
        unsafe { elem_repr(&mut out, d, p) };
        String::from_utf8(out).unwrap()
    }

    /// repr() of a list.
    pub fn lrepr(l: *const List) -> String {
        let mut out = Vec::new();
        unsafe { crate::list::list_repr_into(&mut out, l) };
        String::from_utf8(out).unwrap()
    }

    /// Drops one reference to a list.
    pub fn drop_list(l: *mut List) {
        let p = l as i64;
        unsafe { elem_decref(&pyx_desc_list, &p as *const i64 as *const u8) };
    }

    /// xorshift64*: deterministic test data.
    pub struct Rng(pub u64);
    impl Rng {
        pub fn next_u64(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
        }
        pub fn below(&mut self, n: u64) -> u64 {
            self.next_u64() % n.max(1)
        }
    }

    pub fn hex(s: &str) -> String {
        s.bytes().map(|b| format!("{b:02x}")).collect()
    }

    pub fn unhex(s: &str) -> String {
        let bytes: Vec<u8> = (0..s.len() / 2).map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).unwrap()).collect();
        String::from_utf8(bytes).unwrap()
    }

    /// Runs `python3 -c script` where the script reads hex-encoded lines as `line` and
    /// prints one result as text; returns the results (None without python3).
    pub fn python_hex(body: &str, lines: &[String]) -> Option<Vec<String>> {
        let script = format!(
            "import sys\ndef out(t): print(t.encode().hex())\nfor raw in sys.stdin:\n    line = bytes.fromhex(raw.strip()).decode()\n{}",
            body.lines().map(|l| format!("    {l}\n")).collect::<String>()
        );
        let hexed: Vec<String> = lines.iter().map(|l| hex(l)).collect();
        let out = crate::exc::testing::python_lines(&script, &hexed)?;
        Some(out.iter().map(|o| unhex(o)).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::testing::*;
    use super::*;
    use crate::exc::testing::{lock, take};
    use crate::object::{live_objects, str_new};

    fn int(v: i64) -> Dyn {
        Dyn { tag: TAG_INT, val: v }
    }
    fn flt(v: f64) -> Dyn {
        Dyn { tag: TAG_FLOAT, val: v.to_bits() as i64 }
    }
    fn st(s: &str) -> Dyn {
        Dyn { tag: TAG_STR, val: str_new(s.as_bytes()) as i64 }
    }
    const NONE: Dyn = Dyn { tag: TAG_NONE, val: 0 };
    const TRUE: Dyn = Dyn { tag: TAG_BOOL, val: 1 };

    fn p<T>(x: &T) -> *const u8 {
        x as *const T as *const u8
    }

    #[test]
    fn scalar_reprs() {
        assert_eq!(repr(&pyx_desc_int, p(&-42i64)), "-42");
        assert_eq!(repr(&pyx_desc_float, p(&1e16f64)), "1e+16");
        assert_eq!(repr(&pyx_desc_float, p(&2.0f64)), "2.0");
        assert_eq!(repr(&pyx_desc_bool, p(&1u8)), "True");
        assert_eq!(repr(&pyx_desc_bool, p(&0u8)), "False");
        assert_eq!(repr(&pyx_desc_none, p(&0u8)), "None");
        let live = live_objects();
        let s = str_new("it's".as_bytes());
        assert_eq!(repr(&pyx_desc_str, p(&s)), "\"it's\"");
        let d = Dyn { tag: TAG_STR, val: s as i64 };
        assert_eq!(repr(&pyx_desc_dyn, p(&d)), "\"it's\"");
        assert_eq!(repr(&pyx_desc_dyn, p(&flt(0.5))), "0.5");
        assert_eq!(repr(&pyx_desc_dyn, p(&NONE)), "None");
        unsafe { elem_decref(&pyx_desc_str, p(&s)) };
        assert_eq!(live_objects(), live);
    }

    #[test]
    fn tuple_reprs_and_refcounts() {
        let live = live_objects();
        let s = str_new(b"a");
        let t: [i64; 2] = [1, s as i64];
        assert_eq!(repr(&INT_STR, p(&t)), "(1, 'a')");
        assert_eq!(repr(&ONE, p(&7i64)), "(7,)");
        assert_eq!(repr(&EMPTY_TUPLE, p(&0u8)), "()");
        // (2.5, True, (1, 'a')) laid out by value.
        let mut n = [0u8; 32];
        n[..8].copy_from_slice(&2.5f64.to_le_bytes());
        n[8] = 1;
        n[16..24].copy_from_slice(&1i64.to_le_bytes());
        n[24..32].copy_from_slice(&(s as i64).to_le_bytes());
        assert_eq!(repr(&NESTED, n.as_ptr()), "(2.5, True, (1, 'a'))");
        unsafe {
            elem_incref(&NESTED, n.as_ptr());
            assert_eq!((*s).rc, 2);
            elem_decref(&INT_STR, p(&t));
            assert_eq!((*s).rc, 1);
            elem_decref(&NESTED, n.as_ptr());
        }
        assert_eq!(live_objects(), live);
    }

    #[test]
    fn nested_lists_free_recursively() {
        let live = live_objects();
        let inner = strs(&["x", "y"]);
        let outer = lists(&[inner, ints(&[1, 2]), strs(&[])]);
        // A second reference to the inner list survives the outer one.
        unsafe { elem_incref(&pyx_desc_list, p(&inner)) };
        assert_eq!(lrepr(outer), "[['x', 'y'], [1, 2], []]");
        drop_list(outer);
        assert_eq!(lrepr(inner), "['x', 'y']");
        drop_list(inner);
        assert_eq!(live_objects(), live);
    }

    #[test]
    fn equality_across_types() {
        let live = live_objects();
        unsafe {
            let (a, b) = (ints(&[1, 2]), floats(&[1.0, 2.0]));
            assert!(eq2(&pyx_desc_list, p(&a), &pyx_desc_list, p(&b)));
            let c = floats(&[1.0, 2.5]);
            assert!(!eq2(&pyx_desc_list, p(&a), &pyx_desc_list, p(&c)));
            assert!(eq2(&pyx_desc_dyn, p(&TRUE), &pyx_desc_int, p(&1i64)));
            assert!(eq2(&pyx_desc_dyn, p(&flt(3.0)), &pyx_desc_int, p(&3i64)));
            assert!(!eq2(&pyx_desc_dyn, p(&NONE), &pyx_desc_int, p(&0i64)));
            assert!(eq2(&pyx_desc_none, p(&0u8), &pyx_desc_dyn, p(&NONE)));
            assert!(!eq2(&pyx_desc_list, p(&a), &pyx_desc_int, p(&1i64)));
            // NaN: unequal to itself as a value, equal inside the very same container.
            let nan = f64::NAN;
            assert!(!elem_eq(&pyx_desc_float, p(&nan), p(&nan)));
            let n = floats(&[nan]);
            assert!(eq2(&pyx_desc_list, p(&n), &pyx_desc_list, p(&n)));
            let n2 = floats(&[nan]);
            assert!(!eq2(&pyx_desc_list, p(&n), &pyx_desc_list, p(&n2)));
            for l in [a, b, c, n, n2] {
                drop_list(l);
            }
        }
        assert_eq!(live_objects(), live);
    }

    #[test]
    fn ordering_and_type_errors() {
        let live = live_objects();
        unsafe {
            let lt = |d: *const Desc, a: *const u8, b: *const u8| elem_lt(d, a, b);
            assert_eq!(lt(&pyx_desc_int, p(&1i64), p(&2i64)), Ok(true));
            let e = lt(&pyx_desc_none, p(&0u8), p(&0u8)).unwrap_err();
            assert_eq!(e.msg, b"'<' not supported between instances of 'NoneType' and 'NoneType'");
            let s = st("a");
            let e = cmp2(&pyx_desc_dyn, p(&int(1)), &pyx_desc_dyn, p(&s), CMP_GE).unwrap_err();
            assert_eq!(e.msg, b"'>=' not supported between instances of 'int' and 'str'");
            // Tuples: the first unequal members decide, None == None needs no order.
            let t1: [Dyn; 2] = [int(1), NONE];
            let t2: [Dyn; 2] = [int(2), NONE];
            assert_eq!(lt(&DYN2, p(&t1), p(&t2)), Ok(true));
            assert_eq!(lt(&DYN2, p(&t1), p(&t1)), Ok(false));
            let t3: [Dyn; 2] = [int(1), NONE];
            assert_eq!(lt(&DYN2, p(&t1), p(&t3)), Ok(false));
            let t4: [Dyn; 2] = [int(1), int(0)];
            let e = lt(&DYN2, p(&t1), p(&t4)).unwrap_err();
            assert_eq!(e.msg, b"'<' not supported between instances of 'NoneType' and 'int'");
            let e = elem_cmp(&DYN2, p(&t1), p(&t4), CMP_GT).unwrap_err();
            assert_eq!(e.msg, b"'>' not supported between instances of 'NoneType' and 'int'");
            assert_eq!(elem_cmp(&DYN2, p(&t1), p(&t4), CMP_NE), Ok(true));
            // Lists: lexicographic, then by length.
            let (a, b, c) = (ints(&[1, 2]), ints(&[1, 2, 0]), ints(&[1, 3]));
            for (x, y, op, want) in [
                (a, b, CMP_LT, true),
                (b, a, CMP_GT, true),
                (a, a, CMP_LE, true),
                (a, a, CMP_LT, false),
                (c, b, CMP_GT, true),
                (c, b, CMP_LE, false),
                (a, b, CMP_EQ, false),
                (a, b, CMP_NE, true),
            ] {
                assert_eq!(elem_cmp(&pyx_desc_list, p(&x), p(&y), op), Ok(want));
            }
            let ll = lists(&[a, b]);
            // A list against an int is unorderable.
            let e = cmp2(&pyx_desc_list, p(&ll), &pyx_desc_int, p(&1i64), CMP_LT).unwrap_err();
            assert_eq!(e.msg, b"'<' not supported between instances of 'list' and 'int'");
            drop_list(ll);
            drop_list(c);
            elem_decref(&pyx_desc_dyn, p(&s));
        }
        assert_eq!(live_objects(), live);
    }

    #[test]
    fn hashes() {
        let live = live_objects();
        unsafe {
            assert_eq!(elem_hash(&pyx_desc_int, p(&-1i64)), Ok(-2));
            assert_eq!(elem_hash(&pyx_desc_bool, p(&1u8)), Ok(1));
            for d in [int(1), TRUE, flt(1.0)] {
                assert_eq!(elem_hash(&pyx_desc_dyn, p(&d)), Ok(1));
            }
            let s = str_new(b"key");
            let ds = Dyn { tag: TAG_STR, val: s as i64 };
            assert_eq!(elem_hash(&pyx_desc_dyn, p(&ds)), elem_hash(&pyx_desc_str, p(&s)));
            let t: [i64; 2] = [1, s as i64];
            let mut h = TupleHasher::new();
            h.add(1);
            h.add(crate::hash::hash_str(b"key"));
            assert_eq!(elem_hash(&INT_STR, p(&t)), Ok(h.finish()));
            assert_eq!(elem_hash(&ONE, p(&1i64)), Ok(-6644214454873602895));
            assert_eq!(elem_hash(&EMPTY_TUPLE, p(&0u8)), Ok(5740354900026072187));
            let l = ints(&[1]);
            let e = elem_hash(&pyx_desc_list, p(&l)).unwrap_err();
            assert_eq!((e.kind, e.msg.as_slice()), (EXC_TYPE_ERROR, &b"unhashable type: 'list'"[..]));
            drop_list(l);
            crate::object::str_decref(s);
        }
        assert_eq!(live_objects(), live);
    }

    #[test]
    fn python_agrees_on_tuple_hashes() {
        // tuple[float, tuple[int]]: members nested by value (strs hash differently from CPython).
        static INNER: [Field; 2] = [Field { offset: 0, desc: &pyx_desc_float }, Field { offset: 8, desc: &ONE }];
        static OUTER: Desc = Desc { kind: DESC_TUPLE, size: 16, nfields: 2, fields: INNER.as_ptr() };
        let cases: [(f64, i64); 5] = [(0.5, 1), (-1.0, -1), (1e300, 1 << 62), (0.0, 0), (3.25, -77)];
        let lines: Vec<String> = cases.iter().map(|(f, i)| format!("({f:?}, ({i},))")).collect();
        let Some(out) = python_hex("out(str(hash(eval(line))))", &lines) else { return };
        for ((f, i), o) in cases.iter().zip(out) {
            let mut slot = [0u8; 16];
            slot[..8].copy_from_slice(&f.to_le_bytes());
            slot[8..].copy_from_slice(&i.to_le_bytes());
            assert_eq!(unsafe { elem_hash(&OUTER, slot.as_ptr()) }.unwrap().to_string(), o);
        }
    }

    #[test]
    fn exported_functions_raise() {
        let _g = lock();
        let live = live_objects();
        unsafe {
            let l = ints(&[]);
            assert_eq!(pyx_elem_hash(&pyx_desc_list, p(&l)), -1);
            assert_eq!(take(), Some(("TypeError", "unhashable type: 'list'".to_string())));
            assert_eq!(pyx_elem_cmp(&pyx_desc_none, p(&0u8), p(&0u8), CMP_LE), 0);
            assert_eq!(
                take(),
                Some(("TypeError", "'<=' not supported between instances of 'NoneType' and 'NoneType'".to_string()))
            );
            assert_eq!(pyx_elem_cmp(&pyx_desc_none, p(&0u8), p(&0u8), CMP_EQ), 1);
            assert_eq!(pyx_elem_eq(&pyx_desc_int, p(&3i64), p(&3i64)), 1);
            assert_eq!(take(), None);
            let b = pyx_buf_new_for_test();
            pyx_elem_repr(b, &pyx_desc_list, p(&l));
            assert_eq!(&*Box::from_raw(b), b"[]");
            pyx_elem_incref(&pyx_desc_list, p(&l));
            assert_eq!((*l).rc, 2);
            pyx_elem_decref(&pyx_desc_list, p(&l));
            pyx_elem_decref(&pyx_desc_list, p(&l));
        }
        assert_eq!(live_objects(), live);
    }

    fn pyx_buf_new_for_test() -> *mut Buf {
        Box::into_raw(Box::new(Vec::new()))
    }
}

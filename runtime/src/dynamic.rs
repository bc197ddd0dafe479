//! Dynamic values `{ tag, val }` (None, bool, int, float or str in one variable):
//! CPython's binary operators, comparisons, unary operators, truth values and
//! conversions over every combination of those types, with CPython's TypeErrors.
use crate::abi::*;
use crate::exc::or_raise;
use crate::format::{float_repr, int_decimal, str_repr};
use crate::num::{
    cmp_int_float, float_floordiv, float_mod, float_pow, float_to_int, float_truediv, int_add, int_floordiv,
    int_lshift, int_mod, int_mul, int_pow, int_rshift, int_sub, int_truediv, overflow,
};
use crate::desc::Desc;
use crate::object::{box_slot, dyn_decref, dyn_incref, str_bytes, str_new, BoxObj, Dyn, PyErr, Str};
use crate::parse::{parse_float, parse_int};
use crate::str::{concat, percent, repeat};
use alloc::vec::Vec;
use core::cmp::Ordering;

const NONE: Dyn = Dyn { tag: TAG_NONE, val: 0 };

fn int(v: i64) -> Dyn {
    Dyn { tag: TAG_INT, val: v }
}
fn float(v: f64) -> Dyn {
    Dyn { tag: TAG_FLOAT, val: v.to_bits() as i64 }
}
fn string(s: *mut Str) -> Dyn {
    Dyn { tag: TAG_STR, val: s as i64 }
}
fn as_str(d: Dyn) -> *mut Str {
    d.val as *mut Str
}
fn f64_of(d: Dyn) -> f64 {
    if d.tag == TAG_FLOAT {
        f64::from_bits(d.val as u64)
    } else {
        d.val as f64
    }
}
/// int or bool (bool is a subclass of int).
fn is_int(tag: i64) -> bool {
    tag == TAG_INT || tag == TAG_BOOL
}
fn is_number(tag: i64) -> bool {
    is_int(tag) || tag == TAG_FLOAT
}

/// The Python type name of a tag, as in error messages.
pub fn type_name(tag: i64) -> &'static [u8] {
    match tag {
        TAG_NONE => b"NoneType",
        TAG_BOOL => b"bool",
        TAG_INT => b"int",
        TAG_FLOAT => b"float",
        TAG_STR => b"str",
        _ => b"object",
    }
}

/// The Python type name of a dynamic value, as in error messages (a box's by its slot).
pub fn name_of(d: Dyn) -> &'static [u8] {
    match unbox(d) {
        // SAFETY: a TAG_OBJ value points to a valid box (see `object::BoxObj`).
        Some((desc, p)) => unsafe { crate::desc::type_name(desc, p) },
        None => type_name(d.tag),
    }
}

/// The descriptor and slot a `TAG_OBJ` value holds.
fn unbox(d: Dyn) -> Option<(*const Desc, *const u8)> {
    (d.tag == TAG_OBJ).then(|| {
        let b = d.val as *mut BoxObj;
        // SAFETY: a TAG_OBJ value points to a valid box.
        (unsafe { (*b).desc }, box_slot(b) as *const u8)
    })
}

/// A TypeError whose message is the concatenation of `parts`.
fn type_error(parts: &[&[u8]]) -> PyErr {
    PyErr { kind: EXC_TYPE_ERROR, msg: parts.concat() }
}

/// Writes `str(d)` (or `repr(d)`) to `out`.
///
/// # Safety
/// A `TAG_STR` value must point to a valid string.
pub unsafe fn write_dyn(out: &mut Vec<u8>, d: Dyn, repr: bool) {
    match d.tag {
        TAG_BOOL => out.extend_from_slice(if d.val != 0 { b"True" } else { b"False" }),
        TAG_INT => int_decimal(d.val, out),
        TAG_FLOAT => float_repr(f64::from_bits(d.val as u64), out),
        TAG_STR if repr => str_repr(str_bytes(as_str(d)), out),
        TAG_STR => out.extend_from_slice(str_bytes(as_str(d))),
        // Containers: str() is repr().
        TAG_OBJ => match unbox(d) {
            Some((desc, p)) => crate::desc::elem_repr(out, desc, p),
            None => {}
        },
        _ => out.extend_from_slice(b"None"),
    }
}

fn op_symbol(op: i64) -> &'static [u8] {
    match op {
        OP_ADD => b"+",
        OP_SUB => b"-",
        OP_MUL => b"*",
        OP_TRUEDIV => b"/",
        OP_FLOORDIV => b"//",
        OP_MOD => b"%",
        OP_POW => b"** or pow()",
        OP_LSHIFT => b"<<",
        OP_RSHIFT => b">>",
        OP_BITAND => b"&",
        OP_BITOR => b"|",
        OP_BITXOR => b"^",
        _ => b"?",
    }
}

/// Binary operators on ints and bools; `both_bool` makes `&`, `|`, `^` give a bool.
fn int_binop(op: i64, x: i64, y: i64, both_bool: bool) -> Result<Option<Dyn>, PyErr> {
    let bits = |v: i64| Dyn { tag: if both_bool { TAG_BOOL } else { TAG_INT }, val: v };
    Ok(Some(match op {
        OP_ADD => int(int_add(x, y)?),
        OP_SUB => int(int_sub(x, y)?),
        OP_MUL => int(int_mul(x, y)?),
        OP_TRUEDIV => float(int_truediv(x, y)?),
        OP_FLOORDIV => int(int_floordiv(x, y)?),
        OP_MOD => int(int_mod(x, y)?),
        OP_POW if y < 0 => float(float_pow(x as f64, y as f64)?),
        OP_POW => int(int_pow(x, y)?),
        OP_LSHIFT => int(int_lshift(x, y)?),
        OP_RSHIFT => int(int_rshift(x, y)?),
        OP_BITAND => bits(x & y),
        OP_BITOR => bits(x | y),
        OP_BITXOR => bits(x ^ y),
        _ => return Ok(None),
    }))
}

/// Binary operators on floats (an int operand converted); None for int-only operators.
fn float_binop(op: i64, x: f64, y: f64) -> Result<Option<Dyn>, PyErr> {
    Ok(Some(float(match op {
        OP_ADD => x + y,
        OP_SUB => x - y,
        OP_MUL => x * y,
        OP_TRUEDIV => float_truediv(x, y)?,
        OP_FLOORDIV => float_floordiv(x, y)?,
        OP_MOD => float_mod(x, y)?,
        OP_POW => float_pow(x, y)?,
        _ => return Ok(None),
    })))
}

/// Binary operators with a str operand; None when CPython reports unsupported operands.
///
/// # Safety
/// `TAG_STR` operands must point to valid strings.
unsafe fn str_binop(op: i64, a: Dyn, b: Dyn) -> Result<Option<Dyn>, PyErr> {
    let (a_str, b_str) = (a.tag == TAG_STR, b.tag == TAG_STR);
    match op {
        OP_ADD if a_str && b_str => Ok(Some(string(concat(as_str(a), as_str(b))))),
        OP_ADD if a_str => Err(type_error(&[b"can only concatenate str (not \"", name_of(b), b"\") to str"])),
        OP_MUL => {
            let (s, n) = if a_str { (a, b) } else { (b, a) };
            if is_int(n.tag) {
                Ok(Some(string(repeat(as_str(s), n.val)?)))
            } else {
                Err(type_error(&[b"can't multiply sequence by non-int of type '", name_of(n), b"'"]))
            }
        }
        OP_MOD if a_str => Ok(Some(string(percent(str_bytes(as_str(a)), &[b])?))),
        _ => Ok(None),
    }
}

/// `a op b` for dynamic values: a new value (a new reference when it is a str).
///
/// # Safety
/// `TAG_STR` operands must point to valid strings.
pub unsafe fn binop(op: i64, a: Dyn, b: Dyn) -> Result<Dyn, PyErr> {
    let inplace = op & OP_INPLACE != 0;
    let op = op & !OP_INPLACE;
    let r = if is_int(a.tag) && is_int(b.tag) {
        int_binop(op, a.val, b.val, a.tag == TAG_BOOL && b.tag == TAG_BOOL)?
    } else if is_number(a.tag) && is_number(b.tag) {
        float_binop(op, f64_of(a), f64_of(b))?
    } else if a.tag == TAG_STR || b.tag == TAG_STR {
        str_binop(op, a, b)?
    } else {
        None
    };
    r.ok_or_else(|| {
        type_error(&[
            b"unsupported operand type(s) for ",
            if inplace && op == OP_POW { b"**" } else { op_symbol(op) },
            if inplace { b"=" } else { b"" },
            b": '",
            name_of(a),
            b"' and '",
            name_of(b),
            b"'",
        ])
    })
}

/// The order of two numbers (None when a nan makes them unordered).
fn num_cmp(a: Dyn, b: Dyn) -> Option<Ordering> {
    match (is_int(a.tag), is_int(b.tag)) {
        (true, true) => Some(a.val.cmp(&b.val)),
        (true, false) => cmp_int_float(a.val, f64_of(b)),
        (false, true) => cmp_int_float(b.val, f64_of(a)).map(Ordering::reverse),
        (false, false) => f64_of(a).partial_cmp(&f64_of(b)),
    }
}

/// `a op b` for a comparison operator.
///
/// # Safety
/// `TAG_STR` operands must point to valid strings.
pub unsafe fn compare(op: i64, a: Dyn, b: Dyn) -> Result<bool, PyErr> {
    if a.tag == TAG_OBJ || b.tag == TAG_OBJ {
        // Through the descriptors; a scalar side is a slot of the dynamic descriptor.
        let dynd: *const Desc = &crate::desc::pyx_desc_dyn;
        let (da, pa) = unbox(a).unwrap_or((dynd, &a as *const Dyn as *const u8));
        let (db, pb) = unbox(b).unwrap_or((dynd, &b as *const Dyn as *const u8));
        return crate::desc::cmp2(da, pa, db, pb, op);
    }
    let ord = if is_number(a.tag) && is_number(b.tag) {
        num_cmp(a, b)
    } else if a.tag == TAG_STR && b.tag == TAG_STR {
        Some(str_bytes(as_str(a)).cmp(str_bytes(as_str(b))))
    } else if op == CMP_EQ || op == CMP_NE {
        // Different types are never equal; None equals None.
        (a.tag == TAG_NONE && b.tag == TAG_NONE).then_some(Ordering::Equal)
    } else {
        return Err(crate::desc::unorderable(op, name_of(a), name_of(b)));
    };
    Ok(match op {
        CMP_EQ => ord == Some(Ordering::Equal),
        CMP_NE => ord != Some(Ordering::Equal),
        CMP_LT => ord == Some(Ordering::Less),
        CMP_LE => matches!(ord, Some(Ordering::Less | Ordering::Equal)),
        CMP_GT => ord == Some(Ordering::Greater),
        _ => matches!(ord, Some(Ordering::Greater | Ordering::Equal)),
    })
}

/// `-a`, `+a`, `~a`.
pub fn unary(op: i64, a: Dyn) -> Result<Dyn, PyErr> {
    let r = match (op, a.tag) {
        (UN_NEG, TAG_INT | TAG_BOOL) => Some(int(a.val.checked_neg().ok_or_else(overflow)?)),
        (UN_POS, TAG_INT | TAG_BOOL) => Some(int(a.val)),
        (UN_INVERT, TAG_INT | TAG_BOOL) => Some(int(!a.val)),
        (UN_NEG, TAG_FLOAT) => Some(float(-f64_of(a))),
        (UN_POS, TAG_FLOAT) => Some(a),
        (UN_ABS, TAG_INT | TAG_BOOL) => Some(int(a.val.checked_abs().ok_or_else(overflow)?)),
        (UN_ABS, TAG_FLOAT) => Some(float(f64_of(a).abs())),
        _ => None,
    };
    r.ok_or_else(|| {
        if op == UN_ABS {
            return type_error(&[b"bad operand type for abs(): '", name_of(a), b"'"]);
        }
        let sym: &[u8] = match op {
            UN_NEG => b"-",
            UN_POS => b"+",
            _ => b"~",
        };
        type_error(&[b"bad operand type for unary ", sym, b": '", name_of(a), b"'"])
    })
}

/// bool(a).
///
/// # Safety
/// A `TAG_STR` value must point to a valid string.
pub unsafe fn truthy(a: Dyn) -> bool {
    match a.tag {
        TAG_FLOAT => f64_of(a) != 0.0,
        TAG_STR => !str_bytes(as_str(a)).is_empty(),
        TAG_NONE => false,
        TAG_OBJ => len(a).map_or(true, |n| n != 0),
        _ => a.val != 0,
    }
}

/// An int where Python requires one (`range()`, indexing).
pub fn to_index(a: Dyn) -> Result<i64, PyErr> {
    if is_int(a.tag) {
        return Ok(a.val);
    }
    Err(type_error(&[b"'", name_of(a), b"' object cannot be interpreted as an integer"]))
}

/// int(a).
///
/// # Safety
/// A `TAG_STR` value must point to a valid string.
pub unsafe fn to_int(a: Dyn) -> Result<i64, PyErr> {
    match a.tag {
        TAG_FLOAT => float_to_int(f64_of(a)),
        TAG_STR => parse_int(str_bytes(as_str(a)), 10),
        TAG_INT | TAG_BOOL => Ok(a.val),
        _ => Err(type_error(&[
            b"int() argument must be a string, a bytes-like object or a real number, not '",
            name_of(a),
            b"'",
        ])),
    }
}

/// float(a).
///
/// # Safety
/// A `TAG_STR` value must point to a valid string.
pub unsafe fn to_float(a: Dyn) -> Result<f64, PyErr> {
    match a.tag {
        TAG_FLOAT | TAG_INT | TAG_BOOL => Ok(f64_of(a)),
        TAG_STR => parse_float(str_bytes(as_str(a))),
        _ => Err(type_error(&[b"float() argument must be a string or a real number, not '", name_of(a), b"'"])),
    }
}

/// len(a).
///
/// # Safety
/// A `TAG_STR` value must point to a valid string.
pub unsafe fn len(a: Dyn) -> Result<i64, PyErr> {
    if a.tag == TAG_STR {
        return Ok((*as_str(a)).nchars);
    }
    if let Some((d, p)) = unbox(a) {
        let n = match (*d).kind {
            DESC_LIST | DESC_VTUPLE | DESC_DICT | DESC_SET => *(crate::desc::rd_ptr::<i64>(p)).add(1),
            DESC_TUPLE => (*d).nfields,
            _ => -1,
        };
        if n >= 0 {
            return Ok(n);
        }
    }
    Err(type_error(&[b"object of type '", name_of(a), b"' has no len()"]))
}

/// `str(a)` or `repr(a)` as a new string.
///
/// # Safety
/// A `TAG_STR` value must point to a valid string.
unsafe fn to_text(a: Dyn, repr: bool) -> *mut Str {
    if a.tag == TAG_STR && !repr {
        dyn_incref(a);
        return as_str(a);
    }
    let mut out = Vec::new();
    write_dyn(&mut out, a, repr);
    str_new(&out)
}

/// # Safety
/// `TAG_STR` operands must point to valid strings.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_dyn_binop(op: i64, at: i64, av: i64, bt: i64, bv: i64) -> Dyn {
    or_raise(binop(op, Dyn { tag: at, val: av }, Dyn { tag: bt, val: bv }), NONE)
}

/// # Safety
/// `TAG_STR` operands must point to valid strings.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_dyn_cmp(op: i64, at: i64, av: i64, bt: i64, bv: i64) -> i8 {
    or_raise(compare(op, Dyn { tag: at, val: av }, Dyn { tag: bt, val: bv }), false) as i8
}

#[unsafe(no_mangle)]
pub extern "C" fn pyx_dyn_unary(op: i64, tag: i64, val: i64) -> Dyn {
    or_raise(unary(op, Dyn { tag, val }), NONE)
}

/// # Safety
/// A `TAG_STR` value must point to a valid string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_dyn_truthy(tag: i64, val: i64) -> i8 {
    truthy(Dyn { tag, val }) as i8
}

#[unsafe(no_mangle)]
pub extern "C" fn pyx_dyn_to_index(tag: i64, val: i64) -> i64 {
    or_raise(to_index(Dyn { tag, val }), 0)
}

/// An int from a dynamic value used as an index, with the TypeError CPython gives in that
/// context (`what` is an INDEX_FOR_* code).
#[unsafe(no_mangle)]
pub extern "C" fn pyx_dyn_index_for(tag: i64, val: i64, what: i64) -> i64 {
    let r = match (tag, what) {
        (TAG_INT | TAG_BOOL, _) => Ok(val),
        (_, crate::abi::INDEX_FOR_STR) => Err(type_error(&[b"string indices must be integers, not '", type_name(tag), b"'"])),
        (_, crate::abi::INDEX_FOR_LIST) => Err(type_error(&[b"list indices must be integers or slices, not ", type_name(tag)])),
        (_, crate::abi::INDEX_FOR_SLICE) => {
            Err(type_error(&[b"slice indices must be integers or None or have an __index__ method"]))
        }
        _ => to_index(Dyn { tag, val }),
    };
    or_raise(r, 0)
}

/// # Safety
/// A `TAG_STR` value must point to a valid string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_dyn_to_int(tag: i64, val: i64) -> i64 {
    or_raise(to_int(Dyn { tag, val }), 0)
}

/// # Safety
/// A `TAG_STR` value must point to a valid string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_dyn_to_float(tag: i64, val: i64) -> f64 {
    or_raise(to_float(Dyn { tag, val }), 0.0)
}

/// A real number where one is required (math functions): TypeError: must be real number, not str
#[unsafe(no_mangle)]
pub extern "C" fn pyx_dyn_to_real(tag: i64, val: i64) -> f64 {
    let a = Dyn { tag, val };
    match tag {
        TAG_FLOAT | TAG_INT | TAG_BOOL => f64_of(a),
        _ => or_raise(Err(type_error(&[b"must be real number, not ", type_name(tag)])), 0.0),
    }
}

/// round(x) of a dynamic value: ints stay exact; TypeError: type str doesn't define __round__ method
#[unsafe(no_mangle)]
pub extern "C" fn pyx_dyn_round(tag: i64, val: i64) -> i64 {
    let r = match tag {
        TAG_INT | TAG_BOOL => Ok(val),
        TAG_FLOAT => crate::num::float_round(f64::from_bits(val as u64)),
        _ => Err(type_error(&[b"type ", type_name(tag), b" doesn't define __round__ method"])),
    };
    or_raise(r, 0)
}

/// # Safety
/// A `TAG_STR` value must point to a valid string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_dyn_len(tag: i64, val: i64) -> i64 {
    or_raise(len(Dyn { tag, val }), 0)
}

/// # Safety
/// A `TAG_STR` value must point to a valid string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_dyn_to_str(tag: i64, val: i64) -> *mut Str {
    to_text(Dyn { tag, val }, false)
}

/// # Safety
/// A `TAG_STR` value must point to a valid string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_dyn_repr(tag: i64, val: i64) -> *mut Str {
    to_text(Dyn { tag, val }, true)
}

/// # Safety
/// A `TAG_STR` value must point to a valid string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_dyn_incref(tag: i64, val: i64) {
    dyn_incref(Dyn { tag, val });
}

/// # Safety
/// A `TAG_STR` value must point to a valid string the caller owns a reference to.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_dyn_decref(tag: i64, val: i64) {
    dyn_decref(Dyn { tag, val });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::{live_objects, str_decref};

    const T: Dyn = Dyn { tag: TAG_BOOL, val: 1 };

    /// A boxed `[1, 2]` as a dynamic value (one reference).
    fn boxed_list(items: &[i64]) -> Dyn {
        let l = crate::list::list_new(&crate::desc::pyx_desc_int, 0);
        for &i in items {
            unsafe { crate::list::list_push_word(l, i) };
        }
        let b = unsafe { crate::object::pyx_box_new(&crate::desc::pyx_desc_list, &(l as i64) as *const i64 as *const u8) };
        Dyn { tag: TAG_OBJ, val: b as i64 }
    }

    #[test]
    fn boxed_objects_print_compare_and_free() {
        let _g = crate::exc::testing::lock();
        let live = live_objects();
        let (a, b, c) = (boxed_list(&[1, 2]), boxed_list(&[1, 2]), boxed_list(&[1, 3]));
        let text = |d: Dyn| {
            let mut out = Vec::new();
            unsafe { write_dyn(&mut out, d, false) };
            String::from_utf8(out).unwrap()
        };
        assert_eq!(text(a), "[1, 2]");
        assert_eq!(name_of(a), b"list");
        unsafe {
            assert!(compare(CMP_EQ, a, b).unwrap());
            assert!(compare(CMP_LT, a, c).unwrap());
            assert!(!compare(CMP_EQ, a, int(1)).unwrap());
            let e = compare(CMP_LT, a, int(1)).unwrap_err();
            assert_eq!(e.msg, b"'<' not supported between instances of 'list' and 'int'");
            assert_eq!(len(a).unwrap(), 2);
            assert!(truthy(a));
            dyn_incref(a);
            dyn_decref(a);
            for d in [a, b, c] {
                dyn_decref(d);
            }
        }
        assert_eq!(live_objects(), live);
    }
    const F: Dyn = Dyn { tag: TAG_BOOL, val: 0 };

    /// Owns test strings and frees them at the end.
    struct Strs(Vec<*mut Str>);
    impl Strs {
        fn s(&mut self, t: &str) -> Dyn {
            let p = str_new(t.as_bytes());
            self.0.push(p);
            string(p)
        }
    }
    impl Drop for Strs {
        fn drop(&mut self) {
            for &p in &self.0 {
                unsafe { str_decref(p) };
            }
        }
    }

    /// `a op b` shown as Python would: a repr, or "Kind: message".
    fn show(r: Result<Dyn, PyErr>) -> String {
        match r {
            Ok(d) => {
                let mut out = Vec::new();
                unsafe {
                    write_dyn(&mut out, d, true);
                    dyn_decref(d);
                }
                String::from_utf8(out).unwrap()
            }
            Err(e) => format!("{}: {}", crate::exc::kind_name(e.kind), String::from_utf8(e.msg).unwrap()),
        }
    }

    fn bin(op: i64, a: Dyn, b: Dyn) -> String {
        show(unsafe { binop(op, a, b) })
    }

    fn err_msg<T>(r: Result<T, PyErr>) -> String {
        match r {
            Ok(_) => "no error".into(),
            Err(e) => format!("{}: {}", crate::exc::kind_name(e.kind), String::from_utf8(e.msg).unwrap()),
        }
    }

    #[test]
    fn type_errors_match_cpython() {
        let live = live_objects();
        {
            let mut st = Strs(Vec::new());
            let a = st.s("a");
            let none = NONE;
            let cases: &[(i64, Dyn, Dyn, &str)] = &[
                (OP_ADD, int(1), a, "TypeError: unsupported operand type(s) for +: 'int' and 'str'"),
                (OP_ADD, a, int(1), "TypeError: can only concatenate str (not \"int\") to str"),
                (OP_ADD, a, none, "TypeError: can only concatenate str (not \"NoneType\") to str"),
                (OP_MUL, a, float(1.5), "TypeError: can't multiply sequence by non-int of type 'float'"),
                (OP_MUL, float(1.5), a, "TypeError: can't multiply sequence by non-int of type 'float'"),
                (OP_MUL, a, a, "TypeError: can't multiply sequence by non-int of type 'str'"),
                (OP_MUL, none, a, "TypeError: can't multiply sequence by non-int of type 'NoneType'"),
                (OP_ADD, none, int(1), "TypeError: unsupported operand type(s) for +: 'NoneType' and 'int'"),
                (OP_SUB, a, a, "TypeError: unsupported operand type(s) for -: 'str' and 'str'"),
                (OP_TRUEDIV, a, int(1), "TypeError: unsupported operand type(s) for /: 'str' and 'int'"),
                (OP_FLOORDIV, a, int(1), "TypeError: unsupported operand type(s) for //: 'str' and 'int'"),
                (OP_MOD, int(1), a, "TypeError: unsupported operand type(s) for %: 'int' and 'str'"),
                (OP_POW, a, int(2), "TypeError: unsupported operand type(s) for ** or pow(): 'str' and 'int'"),
                (OP_BITAND, float(1.0), int(1), "TypeError: unsupported operand type(s) for &: 'float' and 'int'"),
                (OP_LSHIFT, int(1), float(1.0), "TypeError: unsupported operand type(s) for <<: 'int' and 'float'"),
                (OP_BITXOR, none, none, "TypeError: unsupported operand type(s) for ^: 'NoneType' and 'NoneType'"),
                (OP_MUL, int(2), none, "TypeError: unsupported operand type(s) for *: 'int' and 'NoneType'"),
            ];
            for &(op, x, y, want) in cases {
                assert_eq!(bin(op, x, y), want);
            }
        }
        assert_eq!(live_objects(), live);
    }

    #[test]
    fn arithmetic_matches_cpython() {
        let live = live_objects();
        {
            let mut st = Strs(Vec::new());
            let ab = st.s("ab");
            let cases: &[(i64, Dyn, Dyn, &str)] = &[
                (OP_ADD, T, T, "2"),
                (OP_BITAND, T, T, "True"),
                (OP_BITOR, T, F, "True"),
                (OP_BITXOR, T, T, "False"),
                (OP_BITAND, T, int(1), "1"),
                (OP_LSHIFT, T, T, "2"),
                (OP_POW, int(2), T, "2"),
                (OP_FLOORDIV, T, T, "1"),
                (OP_MUL, ab, T, "'ab'"),
                (OP_MUL, T, ab, "'ab'"),
                (OP_MUL, ab, int(-1), "''"),
                (OP_MUL, int(3), ab, "'ababab'"),
                (OP_ADD, ab, ab, "'abab'"),
                (OP_FLOORDIV, int(-5), int(3), "-2"),
                (OP_MOD, int(5), int(-3), "-1"),
                (OP_ADD, int(i64::MAX), int(1), "OverflowError: int too large (pyexe ints are 64-bit)"),
                (OP_MUL, int(1 << 32), int(1 << 31), "OverflowError: int too large (pyexe ints are 64-bit)"),
                (OP_FLOORDIV, int(1), int(0), "ZeroDivisionError: integer division or modulo by zero"),
                (OP_MOD, T, F, "ZeroDivisionError: integer modulo by zero"),
                (OP_TRUEDIV, int(1), int(0), "ZeroDivisionError: division by zero"),
                (OP_TRUEDIV, float(1.0), int(0), "ZeroDivisionError: float division by zero"),
                (OP_TRUEDIV, int(1), float(0.0), "ZeroDivisionError: float division by zero"),
                (OP_FLOORDIV, int(1), float(0.0), "ZeroDivisionError: float floor division by zero"),
                (OP_MOD, float(1.0), int(0), "ZeroDivisionError: float modulo"),
                (OP_POW, int(0), int(-1), "ZeroDivisionError: 0.0 cannot be raised to a negative power"),
                (OP_POW, int(2), int(64), "OverflowError: int too large (pyexe ints are 64-bit)"),
                (OP_LSHIFT, int(1), int(-1), "ValueError: negative shift count"),
                (OP_RSHIFT, int(1), int(-1), "ValueError: negative shift count"),
                (OP_LSHIFT, int(1), int(64), "OverflowError: int too large (pyexe ints are 64-bit)"),
                (OP_POW, float(-8.0), float(1.0 / 3.0), "ValueError: math domain error"),
                (OP_POW, float(10.0), int(400), "OverflowError: (34, 'Numerical result out of range')"),
                (OP_FLOORDIV, int(i64::MIN), int(-1), "OverflowError: int too large (pyexe ints are 64-bit)"),
                (OP_MOD, int(i64::MIN), int(-1), "0"),
            ];
            for &(op, x, y, want) in cases {
                assert_eq!(bin(op, x, y), want, "op {op} {x:?} {y:?}");
            }
            // Results whose text goes through float repr are checked by value.
            let f = |r: Result<Dyn, PyErr>| {
                let d = r.unwrap();
                assert_eq!(d.tag, TAG_FLOAT);
                f64::from_bits(d.val as u64)
            };
            unsafe {
                assert_eq!(f(binop(OP_POW, int(2), int(-1))), 0.5);
                assert_eq!(f(binop(OP_TRUEDIV, T, T)), 1.0);
                assert_eq!(f(binop(OP_ADD, int(1), float(0.5))), 1.5);
                assert_eq!(f(binop(OP_SUB, float(0.5), T)), -0.5);
                assert_eq!(f(binop(OP_FLOORDIV, float(5.0), int(-2))), -3.0);
                assert_eq!(f(binop(OP_MOD, int(-5), float(3.0))), 1.0);
                assert_eq!(f(binop(OP_POW, int(2), float(0.5))), 2f64.sqrt());
                assert_eq!(f(binop(OP_TRUEDIV, int(7), int(2))), 3.5);
            }
        }
        assert_eq!(live_objects(), live);
    }

    #[test]
    fn comparisons() {
        let live = live_objects();
        {
            let mut st = Strs(Vec::new());
            let (a, b) = (st.s("a"), st.s("b"));
            let c = |op, x, y| unsafe { compare(op, x, y) }.map_err(|e| String::from_utf8(e.msg).unwrap());
            assert_eq!(c(CMP_EQ, int(1), float(1.0)), Ok(true));
            assert_eq!(c(CMP_EQ, T, int(1)), Ok(true));
            assert_eq!(c(CMP_EQ, T, float(1.0)), Ok(true));
            assert_eq!(c(CMP_EQ, NONE, NONE), Ok(true));
            assert_eq!(c(CMP_NE, NONE, NONE), Ok(false));
            assert_eq!(c(CMP_EQ, a, int(1)), Ok(false));
            assert_eq!(c(CMP_NE, a, NONE), Ok(true));
            assert_eq!(c(CMP_EQ, NONE, F), Ok(false));
            assert_eq!(c(CMP_LT, a, b), Ok(true));
            assert_eq!(c(CMP_GE, a, b), Ok(false));
            assert_eq!(c(CMP_LE, a, a), Ok(true));
            assert_eq!(c(CMP_LT, int(9007199254740993), float(9007199254740992.0)), Ok(false));
            assert_eq!(c(CMP_GT, int(9007199254740993), float(9007199254740992.0)), Ok(true));
            assert_eq!(c(CMP_GT, float(0.5), F), Ok(true));
            assert_eq!(c(CMP_LT, float(f64::NAN), int(1)), Ok(false));
            assert_eq!(c(CMP_GE, float(f64::NAN), int(1)), Ok(false));
            assert_eq!(c(CMP_NE, float(f64::NAN), float(f64::NAN)), Ok(true));
            assert_eq!(c(CMP_LT, a, int(1)), Err("'<' not supported between instances of 'str' and 'int'".into()));
            assert_eq!(c(CMP_LT, T, a), Err("'<' not supported between instances of 'bool' and 'str'".into()));
            assert_eq!(
                c(CMP_GE, NONE, NONE),
                Err("'>=' not supported between instances of 'NoneType' and 'NoneType'".into())
            );
            assert_eq!(
                c(CMP_LE, int(1), NONE),
                Err("'<=' not supported between instances of 'int' and 'NoneType'".into())
            );
            assert_eq!(
                c(CMP_GT, float(1.0), a),
                Err("'>' not supported between instances of 'float' and 'str'".into())
            );
        }
        assert_eq!(live_objects(), live);
    }

    #[test]
    fn unary_and_conversions() {
        let live = live_objects();
        {
            let mut st = Strs(Vec::new());
            let (a, empty) = (st.s("a"), st.s(""));
            assert_eq!(show(unary(UN_NEG, T)), "-1");
            assert_eq!(show(unary(UN_POS, T)), "1");
            assert_eq!(show(unary(UN_INVERT, T)), "-2");
            assert_eq!(show(unary(UN_INVERT, int(5))), "-6");
            assert_eq!(show(unary(UN_NEG, int(i64::MIN))), "OverflowError: int too large (pyexe ints are 64-bit)");
            assert_eq!(f64::from_bits(unary(UN_NEG, float(0.0)).unwrap().val as u64).to_bits(), (-0.0f64).to_bits());
            assert_eq!(show(unary(UN_NEG, a)), "TypeError: bad operand type for unary -: 'str'");
            assert_eq!(show(unary(UN_POS, a)), "TypeError: bad operand type for unary +: 'str'");
            assert_eq!(show(unary(UN_INVERT, float(1.5))), "TypeError: bad operand type for unary ~: 'float'");
            assert_eq!(show(unary(UN_NEG, NONE)), "TypeError: bad operand type for unary -: 'NoneType'");
            unsafe {
                assert!(!truthy(NONE));
                assert!(truthy(T) && !truthy(F));
                assert!(truthy(float(f64::NAN)) && !truthy(float(-0.0)));
                assert!(truthy(a) && !truthy(empty));
                assert!(!truthy(int(0)) && truthy(int(-3)));
                assert_eq!(to_index(T), Ok(1));
                assert_eq!(
                    err_msg(to_index(float(1.5))),
                    "TypeError: 'float' object cannot be interpreted as an integer"
                );
                assert_eq!(err_msg(to_index(NONE)), "TypeError: 'NoneType' object cannot be interpreted as an integer");
                assert_eq!(err_msg(to_index(a)), "TypeError: 'str' object cannot be interpreted as an integer");
                assert_eq!(to_int(float(-2.7)), Ok(-2));
                assert_eq!(to_int(T), Ok(1));
                assert_eq!(err_msg(to_int(float(f64::NAN))), "ValueError: cannot convert float NaN to integer");
                assert_eq!(
                    err_msg(to_int(NONE)),
                    "TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'"
                );
                assert_eq!(to_float(int(3)), Ok(3.0));
                assert_eq!(to_float(F), Ok(0.0));
                assert_eq!(
                    err_msg(to_float(NONE)),
                    "TypeError: float() argument must be a string or a real number, not 'NoneType'"
                );
                assert_eq!(len(a), Ok(1));
                assert_eq!(len(empty), Ok(0));
                assert_eq!(err_msg(len(int(1))), "TypeError: object of type 'int' has no len()");
                assert_eq!(err_msg(len(NONE)), "TypeError: object of type 'NoneType' has no len()");
                let r = pyx_dyn_to_str(a.tag, a.val);
                assert_eq!(r, as_str(a)); // str(s) is s
                str_decref(r);
                for (d, want) in [(NONE, "None"), (T, "True"), (F, "False")] {
                    let r = pyx_dyn_to_str(d.tag, d.val);
                    assert_eq!(str_bytes(r), want.as_bytes());
                    str_decref(r);
                }
            }
        }
        assert_eq!(live_objects(), live);
    }
}

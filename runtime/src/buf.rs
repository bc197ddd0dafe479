//! Append-only text buffers behind `print()`, `str()` of several parts and f-strings:
//! appending every kind of value in its `str`/`repr` form or through a format spec.
use crate::abi::{EXC_TYPE_ERROR, TAG_BOOL, TAG_FLOAT, TAG_INT, TAG_NONE, TAG_STR};
use crate::dynamic::write_dyn;
use crate::exc::or_raise;
use crate::format::{format_float, format_int, format_str, str_repr};
use crate::object::{note_alloc, note_free, str_bytes, str_new, Dyn, Global, PyErr, Str};
use alloc::boxed::Box;
use alloc::vec::Vec;

/// A text buffer. stdout and stderr are buffers owned by the runtime (see `io`).
pub type Buf = Vec<u8>;

/// The buffer behind a pointer from codegen.
///
/// # Safety
/// `b` must come from `pyx_buf_new`, `pyx_stdout` or `pyx_stderr` and be unaliased.
unsafe fn buf<'a>(b: *mut Buf) -> &'a mut Buf {
    &mut *b
}

/// Appends `format(d, spec)`; on an error the buffer is left as it was.
///
/// # Safety
/// A `TAG_STR` value must point to a valid string.
pub unsafe fn format_dyn(out: &mut Buf, d: Dyn, spec: &[u8]) -> Result<(), PyErr> {
    let mark = out.len();
    let r = match d.tag {
        TAG_INT => format_int(d.val, spec, out),
        TAG_FLOAT => format_float(f64::from_bits(d.val as u64), spec, out),
        TAG_STR => format_str(str_bytes(d.val as *const Str), spec, out),
        TAG_BOOL | TAG_NONE if spec.is_empty() => {
            write_dyn(out, d, false);
            Ok(())
        }
        // bool formats as an int under a non-empty spec, naming its own type in errors.
        TAG_BOOL => format_int(d.val, spec, out).map_err(|mut e| {
            if let Some(stem) = e.msg.strip_suffix(b"'int'") {
                e.msg = [stem, b"'bool'"].concat();
            }
            e
        }),
        _ => Err(PyErr::new(EXC_TYPE_ERROR, b"unsupported format string passed to NoneType.__format__")),
    };
    if r.is_err() {
        out.truncate(mark);
    }
    r
}

/// Appends `format(d, spec)` to a buffer, raising on a bad spec.
///
/// # Safety
/// `b` must be a valid buffer, `spec` a valid string, and a str value a valid string.
unsafe fn buf_fmt(b: *mut Buf, d: Dyn, spec: *mut Str) {
    if d.tag == crate::abi::TAG_OBJ {
        // format(container, spec): str() for an empty spec, as object.__format__.
        if str_bytes(spec).is_empty() {
            crate::dynamic::write_dyn(buf(b), d, false);
        } else {
            let name = crate::dynamic::name_of(d);
            let msg = [b"unsupported format string passed to ", name, b".__format__"].concat();
            or_raise(Err::<(), _>(PyErr { kind: crate::abi::EXC_TYPE_ERROR, msg }), ());
        }
        return;
    }
    or_raise(format_dyn(buf(b), d, str_bytes(spec)), ());
}

/// Finished buffers kept for reuse (with their capacity), so building a string costs no
/// allocation but the string's own.
struct Pool {
    bufs: [*mut Buf; POOL_SIZE],
    n: usize,
}
const POOL_SIZE: usize = 8;
/// Buffers that grew larger than this are freed rather than kept.
const POOL_MAX_CAP: usize = 4096;
static POOL: Global<Pool> = Global::new(Pool { bufs: [core::ptr::null_mut(); POOL_SIZE], n: 0 });

#[unsafe(no_mangle)]
pub extern "C" fn pyx_buf_new() -> *mut Buf {
    note_alloc();
    // SAFETY: single-threaded runtime; pooled buffers are empty and unused.
    unsafe {
        let p = &mut *POOL.get();
        if p.n > 0 {
            p.n -= 1;
            return p.bufs[p.n];
        }
    }
    Box::into_raw(Box::new(Vec::new()))
}

/// Consumes the buffer and returns its text as a new string.
///
/// # Safety
/// `b` must come from `pyx_buf_new` and not be used afterwards.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_buf_finish(b: *mut Buf) -> *mut Str {
    note_free();
    let s = str_new(&*b);
    let p = &mut *POOL.get();
    if p.n < POOL_SIZE && (*b).capacity() <= POOL_MAX_CAP {
        (*b).clear();
        p.bufs[p.n] = b;
        p.n += 1;
    } else {
        drop(Box::from_raw(b));
    }
    s
}

/// Frees the pooled buffers (at exit).
pub fn release_pool() {
    // SAFETY: single-threaded; pooled buffers are owned by the pool.
    unsafe {
        let p = &mut *POOL.get();
        while p.n > 0 {
            p.n -= 1;
            drop(Box::from_raw(p.bufs[p.n]));
        }
    }
}

/// # Safety
/// `b` must be a valid buffer and `s` a valid string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_buf_str(b: *mut Buf, s: *mut Str) {
    buf(b).extend_from_slice(str_bytes(s));
}

/// # Safety
/// `b` must be a valid buffer and `s` a valid string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_buf_str_repr(b: *mut Buf, s: *mut Str) {
    str_repr(str_bytes(s), buf(b));
}

/// # Safety
/// `b` must be a valid buffer.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_buf_int(b: *mut Buf, x: i64) {
    write_dyn(buf(b), Dyn { tag: TAG_INT, val: x }, false);
}

/// # Safety
/// `b` must be a valid buffer.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_buf_float(b: *mut Buf, x: f64) {
    write_dyn(buf(b), Dyn { tag: TAG_FLOAT, val: x.to_bits() as i64 }, false);
}

/// # Safety
/// `b` must be a valid buffer.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_buf_bool(b: *mut Buf, v: i8) {
    write_dyn(buf(b), Dyn { tag: TAG_BOOL, val: (v != 0) as i64 }, false);
}

/// # Safety
/// `b` must be a valid buffer.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_buf_none(b: *mut Buf) {
    write_dyn(buf(b), Dyn { tag: TAG_NONE, val: 0 }, false);
}

/// # Safety
/// `b` must be a valid buffer and a str value a valid string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_buf_dyn(b: *mut Buf, tag: i64, val: i64) {
    write_dyn(buf(b), Dyn { tag, val }, false);
}

/// # Safety
/// `b` must be a valid buffer and a str value a valid string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_buf_dyn_repr(b: *mut Buf, tag: i64, val: i64) {
    write_dyn(buf(b), Dyn { tag, val }, true);
}

/// # Safety
/// `b` must be a valid buffer and `spec` a valid string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_buf_int_fmt(b: *mut Buf, x: i64, spec: *mut Str) {
    buf_fmt(b, Dyn { tag: TAG_INT, val: x }, spec);
}

/// # Safety
/// `b` must be a valid buffer and `spec` a valid string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_buf_float_fmt(b: *mut Buf, x: f64, spec: *mut Str) {
    buf_fmt(b, Dyn { tag: TAG_FLOAT, val: x.to_bits() as i64 }, spec);
}

/// # Safety
/// `b` must be a valid buffer, `s` and `spec` valid strings.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_buf_str_fmt(b: *mut Buf, s: *mut Str, spec: *mut Str) {
    buf_fmt(b, Dyn { tag: TAG_STR, val: s as i64 }, spec);
}

/// # Safety
/// `b` must be a valid buffer and `spec` a valid string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_buf_bool_fmt(b: *mut Buf, v: i8, spec: *mut Str) {
    buf_fmt(b, Dyn { tag: TAG_BOOL, val: (v != 0) as i64 }, spec);
}

/// # Safety
/// `b` must be a valid buffer and `spec` a valid string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_buf_none_fmt(b: *mut Buf, spec: *mut Str) {
    buf_fmt(b, Dyn { tag: TAG_NONE, val: 0 }, spec);
}

/// # Safety
/// `b` must be a valid buffer, `spec` a valid string, and a str value a valid string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_buf_dyn_fmt(b: *mut Buf, tag: i64, val: i64, spec: *mut Str) {
    buf_fmt(b, Dyn { tag, val }, spec);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exc::testing::{lock, s, take};
    use crate::object::{live_objects, str_decref};

    #[test]
    fn buffer_round_trip() {
        let live = live_objects();
        unsafe {
            let b = pyx_buf_new();
            let x = s("héllo");
            pyx_buf_str(b, x);
            pyx_buf_bool(b, 1);
            pyx_buf_none(b);
            pyx_buf_dyn(b, TAG_STR, x as i64);
            pyx_buf_dyn(b, TAG_BOOL, 0);
            let r = pyx_buf_finish(b);
            assert_eq!(str_bytes(r), "hélloTrueNonehélloFalse".as_bytes());
            assert_eq!((*r).nchars, 23);
            str_decref(r);
            str_decref(x);
        }
        assert_eq!(live_objects(), live);
    }

    #[test]
    fn bool_and_none_format_specs() {
        let mut out = Vec::new();
        unsafe {
            format_dyn(&mut out, Dyn { tag: TAG_BOOL, val: 1 }, b"").unwrap();
            format_dyn(&mut out, Dyn { tag: TAG_NONE, val: 0 }, b"").unwrap();
            assert_eq!(out, b"TrueNone");
            let e = format_dyn(&mut out, Dyn { tag: TAG_NONE, val: 0 }, b">5").unwrap_err();
            assert_eq!(
                (e.kind, e.msg.as_slice()),
                (EXC_TYPE_ERROR, &b"unsupported format string passed to NoneType.__format__"[..])
            );
        }
        assert_eq!(out, b"TrueNone");
    }

    #[test]
    fn format_errors_raise() {
        let _g = lock();
        let live = live_objects();
        unsafe {
            let b = pyx_buf_new();
            let spec = s("^9");
            pyx_buf_none_fmt(b, spec);
            assert_eq!(
                take(),
                Some(("TypeError", "unsupported format string passed to NoneType.__format__".to_string()))
            );
            str_decref(spec);
            str_decref(pyx_buf_finish(b));
        }
        assert_eq!(live_objects(), live);
    }
}

//! Python `str` operations over the UTF-8 `Str` object: concatenation, repetition,
//! comparison, search, indexing and slicing by code point, and conversions to and from
//! numbers.
use crate::abi::{TAG_TEXTS, 
    EXC_INDEX_ERROR, EXC_MEMORY_ERROR, EXC_OVERFLOW_ERROR, EXC_TYPE_ERROR, EXC_VALUE_ERROR, IMMORTAL_RC, TAG_BOOL,
    TAG_FLOAT, TAG_INT, TAG_STR,
};
use crate::exc::or_raise;
use crate::format::{float_repr, int_decimal, int_prefixed, percent_format, str_repr, Arg};
use crate::libc;
use crate::object::{str_decref, STR_HEADER, 
    out_of_memory, str_bytes, str_data, str_free, str_incref, str_new, str_try_alloc, str_with_nchars, Dyn, Global,
    PyErr, Str,
};
use crate::parse::{parse_float, parse_int};
use crate::pool;
use crate::slice::{item_index, slice_indices};
use alloc::vec::Vec;

/// An immortal string of at most 8 bytes, laid out like `Str`.
#[repr(C)]
struct SmallStr {
    rc: i64,
    len: i64,
    nchars: i64,
    hash: i64,
    data: [u8; 8],
}

const fn ascii_table() -> [SmallStr; 129] {
    let mut t = [const { SmallStr { rc: IMMORTAL_RC, len: 1, nchars: 1, hash: -1, data: [0; 8] } }; 129];
    let mut i = 0;
    while i < 128 {
        t[i].data[0] = i as u8;
        i += 1;
    }
    t[128].len = 0; // the empty string
    t[128].nchars = 0;
    t
}

/// The one-character ASCII strings, then the empty string, shared and never freed.
static SMALL: Global<[SmallStr; 129]> = Global::new(ascii_table());

/// A shared immortal string from the table (+1).
fn small(i: usize) -> *mut Str {
    let s = (SMALL.get() as *mut SmallStr).wrapping_add(i.min(128)) as *mut Str;
    // SAFETY: `s` points into the static table.
    unsafe { str_incref(s) };
    s
}

/// A new reference to the empty string.
pub fn empty_str() -> *mut Str {
    small(128)
}

/// A new string holding the single code point `bytes`.
fn one_char(bytes: &[u8]) -> *mut Str {
    match bytes {
        [b] if *b < 0x80 => small(*b as usize),
        _ => str_with_nchars(bytes, 1),
    }
}

/// A new string from pure-ASCII bytes (skips counting code points).
pub fn str_ascii(bytes: &[u8]) -> *mut Str {
    str_with_nchars(bytes, bytes.len())
}

/// A new string from bytes that come from outside (argv, stdin): invalid UTF-8 sequences
/// become U+FFFD so every `Str` holds valid UTF-8.
pub fn str_from_external(bytes: &[u8]) -> *mut Str {
    let mut rest = bytes;
    let mut fixed = Vec::new();
    loop {
        match core::str::from_utf8(rest) {
            Ok(_) if fixed.is_empty() => return str_new(bytes),
            Ok(_) => {
                fixed.extend_from_slice(rest);
                return str_new(&fixed);
            }
            Err(e) => {
                let (good, bad) = rest.split_at(e.valid_up_to());
                fixed.extend_from_slice(good);
                fixed.extend_from_slice("\u{FFFD}".as_bytes());
                let skip = e.error_len().unwrap_or(bad.len()).max(1);
                rest = bad.get(skip..).unwrap_or(&[]);
            }
        }
    }
}

/// The byte length of the UTF-8 sequence starting with `lead`.
fn utf8_width(lead: u8) -> usize {
    match lead {
        0xF0.. => 4,
        0xE0.. => 3,
        0xC0.. => 2,
        _ => 1,
    }
}

/// The byte offset of code point `n` in UTF-8 text (the end when past it).
fn char_offset(bytes: &[u8], n: usize) -> usize {
    let mut off = 0;
    for _ in 0..n {
        match bytes.get(off) {
            Some(&b) => off += utf8_width(b),
            None => break,
        }
    }
    off.min(bytes.len())
}

/// Where code point `index` of the last non-ASCII string looked up starts: (string, index,
/// byte offset). Indexing a string position by position then costs O(1) a step instead of
/// a scan from the start. Reset when that string is freed or moved.
static CURSOR: Global<(usize, usize, usize)> = Global::new((0, 0, 0));

/// For the last long non-ASCII string indexed far from the cursor: the byte offset of every
/// `STRIDE`-th code point, so random access scans at most `STRIDE` code points.
static INDEX: Global<(usize, Vec<u32>)> = Global::new((0, Vec::new()));
const STRIDE: usize = 64;

/// Forgets the cursor and index if they describe `s` (freed or moved).
pub fn cursor_forget(s: *mut Str) {
    // SAFETY: single-threaded access to the runtime's globals.
    unsafe {
        if (*CURSOR.get()).0 == s as usize {
            *CURSOR.get() = (0, 0, 0);
        }
        let index = &mut *INDEX.get();
        if index.0 == s as usize {
            index.0 = 0;
            index.1 = Vec::new();
        }
    }
}

/// The byte offset of code point `n` through the stride index of `s` (built on first use).
///
/// # Safety
/// `s` must be a valid string with fewer than 2^32 bytes.
unsafe fn indexed_offset(s: *mut Str, bytes: &[u8], n: usize) -> usize {
    let index = &mut *INDEX.get();
    if index.0 != s as usize {
        let mut marks = Vec::with_capacity((*s).nchars as usize / STRIDE + 1);
        let mut off = 0usize;
        let mut k = 0usize;
        while off < bytes.len() {
            if k.is_multiple_of(STRIDE) {
                marks.push(off as u32);
            }
            off += bytes.get(off).map_or(1, |&b| utf8_width(b));
            k += 1;
        }
        *index = (s as usize, marks);
    }
    let base = index.1.get(n / STRIDE).map_or(0, |&o| o as usize);
    base + char_offset(bytes.get(base..).unwrap_or(&[]), n % STRIDE)
}

/// The byte offset of code point `n` of a non-ASCII string, from the nearest known point:
/// the cursor, the start, or the end.
///
/// # Safety
/// `s` must be a valid string with `n <= nchars`.
unsafe fn char_offset_of(s: *mut Str, n: usize) -> usize {
    let bytes = str_bytes(s);
    let nchars = (*s).nchars as usize;
    // Walks back `k` code points from byte `off`.
    let back = |mut off: usize, k: usize| {
        for _ in 0..k {
            off = off.saturating_sub(1);
            while off > 0 && bytes.get(off).is_some_and(|b| b & 0xC0 == 0x80) {
                off -= 1;
            }
        }
        off
    };
    let (p, ci, bo) = *CURSOR.get();
    let from_cursor = if p == s as usize { n.abs_diff(ci) } else { usize::MAX };
    let nearest_end = n.min(nchars - n);
    let off = if from_cursor > STRIDE && nearest_end > STRIDE && bytes.len() < u32::MAX as usize {
        indexed_offset(s, bytes, n)
    } else if from_cursor <= nearest_end {
        if n >= ci {
            bo + char_offset(bytes.get(bo..).unwrap_or(&[]), n - ci)
        } else {
            back(bo, ci - n)
        }
    } else if nchars - n < n {
        back(bytes.len(), nchars - n)
    } else {
        char_offset(bytes, n)
    };
    *CURSOR.get() = (s as usize, n, off);
    off
}

/// The code point starting at byte `off` (empty when out of range).
fn char_bytes(bytes: &[u8], off: usize) -> &[u8] {
    match bytes.get(off) {
        Some(&b) => bytes.get(off..off + utf8_width(b)).or_else(|| bytes.get(off..)).unwrap_or(&[]),
        None => &[],
    }
}

/// The code point encoded by one UTF-8 sequence (surrogates included, as CPython's str allows them).
fn decode_char(c: &[u8]) -> u32 {
    match *c {
        [a] => a as u32,
        [a, b] => (a as u32 & 0x1F) << 6 | (b as u32 & 0x3F),
        [a, b, d] => (a as u32 & 0x0F) << 12 | (b as u32 & 0x3F) << 6 | (d as u32 & 0x3F),
        [a, b, d, e, ..] => {
            (a as u32 & 0x07) << 18 | (b as u32 & 0x3F) << 12 | (d as u32 & 0x3F) << 6 | (e as u32 & 0x3F)
        }
        [] => 0,
    }
}

/// The UTF-8 encoding of a code point below 0x110000, in `buf`.
fn encode_char(cp: u32, buf: &mut [u8; 4]) -> &[u8] {
    let cont = |shift: u32| 0x80 | ((cp >> shift) & 0x3F) as u8;
    let n = match cp {
        0..=0x7F => {
            buf[0] = cp as u8;
            1
        }
        0x80..=0x7FF => {
            *buf = [0xC0 | (cp >> 6) as u8, cont(0), 0, 0];
            2
        }
        0x800..=0xFFFF => {
            *buf = [0xE0 | (cp >> 12) as u8, cont(6), cont(0), 0];
            3
        }
        _ => {
            *buf = [0xF0 | ((cp >> 18) & 0x07) as u8, cont(12), cont(6), cont(0)];
            4
        }
    };
    buf.get(..n).unwrap_or(&[])
}

/// ord(s).
///
/// # Safety
/// `s` must be a valid `Str`.
pub unsafe fn ord(s: *mut Str) -> Result<i64, PyErr> {
    if (*s).nchars != 1 {
        let mut msg = b"ord() expected a character, but string of length ".to_vec();
        int_decimal((*s).nchars, &mut msg);
        msg.extend_from_slice(b" found");
        return Err(PyErr { kind: EXC_TYPE_ERROR, msg });
    }
    Ok(decode_char(str_bytes(s)) as i64)
}

/// chr(i).
pub fn chr(i: i64) -> Result<*mut Str, PyErr> {
    if !(0..0x110000).contains(&i) {
        return Err(PyErr::new(EXC_VALUE_ERROR, b"chr() arg not in range(0x110000)"));
    }
    Ok(one_char(encode_char(i as u32, &mut [0; 4])))
}

/// Whether a string is pure ASCII (byte and code point indices agree).
///
/// # Safety
/// `s` must be a valid `Str`.
unsafe fn is_ascii(s: *const Str) -> bool {
    (*s).len == (*s).nchars
}

/// `fmt % args` as a new string.
///
/// # Safety
/// `TAG_STR` arguments must point to valid strings.
pub unsafe fn percent(fmt: &[u8], args: &[Dyn]) -> Result<*mut Str, PyErr> {
    let args: Vec<Arg> = args
        .iter()
        .map(|d| match d.tag {
            TAG_BOOL => Arg::Bool(d.val != 0),
            TAG_INT => Arg::Int(d.val),
            TAG_FLOAT => Arg::Float(f64::from_bits(d.val as u64)),
            TAG_STR => Arg::Str(str_bytes(d.val as *const Str)),
            TAG_TEXTS => {
                let t = d.val as *const *const Str;
                Arg::Obj(str_bytes(*t), str_bytes(*t.add(1)), str_bytes(*t.add(2)))
            }
            _ => Arg::None,
        })
        .collect();
    let mut out = Vec::new();
    percent_format(fmt, &args, &mut out)?;
    Ok(str_new(&out))
}

/// `s * n` as a new string.
///
/// # Safety
/// `s` must be a valid `Str`.
pub unsafe fn repeat(s: *mut Str, n: i64) -> Result<*mut Str, PyErr> {
    let bytes = str_bytes(s);
    if n <= 0 || bytes.is_empty() {
        return Ok(empty_str());
    }
    if n == 1 {
        str_incref(s);
        return Ok(s);
    }
    let total = (bytes.len() as u64).checked_mul(n as u64).filter(|&t| t <= isize::MAX as u64);
    let Some(total) = total else {
        return Err(PyErr::new(EXC_OVERFLOW_ERROR, b"repeated string is too long"));
    };
    let r = str_try_alloc(total as usize, ((*s).nchars as u64 * n as u64) as usize);
    if r.is_null() {
        return Err(PyErr::new(EXC_MEMORY_ERROR, b""));
    }
    let dst = str_data(r);
    let total = total as usize;
    core::ptr::copy_nonoverlapping(bytes.as_ptr(), dst, bytes.len());
    let mut filled = bytes.len();
    while filled < total {
        let chunk = filled.min(total - filled);
        core::ptr::copy_nonoverlapping(dst, dst.add(filled), chunk);
        filled += chunk;
    }
    Ok(r)
}

/// `a + b` as a new string.
///
/// # Safety
/// `a` and `b` must be valid strings.
/// pyx_str_concat_n(parts, n) -> parts[0] + parts[1] + ... in one allocation
/// (`a + b + c` on strings).
///
/// # Safety
/// `parts` must point to `n` valid strings.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_str_concat_n(parts: *const *mut Str, n: i64) -> *mut Str {
    let parts = core::slice::from_raw_parts(parts, n.max(0) as usize);
    let (mut len, mut nchars) = (0usize, 0usize);
    for &p in parts {
        len = len.saturating_add((*p).len as usize);
        nchars += (*p).nchars as usize;
    }
    let r = str_try_alloc(len, nchars);
    if r.is_null() {
        out_of_memory();
    }
    let mut d = str_data(r);
    for &p in parts {
        let b = str_bytes(p);
        core::ptr::copy_nonoverlapping(b.as_ptr(), d, b.len());
        d = d.add(b.len());
    }
    r
}

pub unsafe fn concat(a: *mut Str, b: *mut Str) -> *mut Str {
    let (x, y) = (str_bytes(a), str_bytes(b));
    if y.is_empty() || x.is_empty() {
        let r = if y.is_empty() { a } else { b };
        str_incref(r);
        return r;
    }
    let r = str_try_alloc(x.len() + y.len(), ((*a).nchars + (*b).nchars) as usize);
    if r.is_null() {
        out_of_memory();
    }
    let d = str_data(r);
    core::ptr::copy_nonoverlapping(x.as_ptr(), d, x.len());
    core::ptr::copy_nonoverlapping(y.as_ptr(), d.add(x.len()), y.len());
    r
}

/// Whether `needle` occurs in `hay`.
pub fn contains(hay: &[u8], needle: &[u8]) -> bool {
    if needle.is_empty() {
        return true;
    }
    if needle.len() > hay.len() {
        return false;
    }
    // SAFETY: both slices are valid for their lengths.
    unsafe { !libc::memmem(hay.as_ptr() as *const _, hay.len(), needle.as_ptr() as *const _, needle.len()).is_null() }
}

/// `s[start:stop:step]` as a new string.
///
/// # Safety
/// `s` must be a valid `Str`.
pub unsafe fn slice(s: *mut Str, start: i64, stop: i64, step: i64, mask: i64) -> Result<*mut Str, PyErr> {
    let n = (*s).nchars;
    let sl = slice_indices(n, start, stop, step, mask)?;
    let bytes = str_bytes(s);
    if sl.count == 0 {
        return Ok(empty_str());
    }
    if sl.step == 1 && sl.count == n {
        str_incref(s);
        return Ok(s);
    }
    let count = sl.count as usize;
    if sl.step == 1 {
        let (from, len) = if is_ascii(s) {
            (sl.start as usize, count)
        } else {
            let from = char_offset_of(s, sl.start as usize);
            (from, char_offset_of(s, sl.start as usize + count) - from)
        };
        return Ok(str_with_nchars(bytes.get(from..from + len).unwrap_or(&[]), count));
    }
    let mut out = Vec::with_capacity(count);
    let positions = (0..sl.count).map(|k| (sl.start + k * sl.step) as usize);
    if is_ascii(s) {
        out.extend(positions.filter_map(|i| bytes.get(i).copied()));
    } else {
        let mut starts = Vec::with_capacity(n as usize);
        let mut off = 0;
        while let Some(&b) = bytes.get(off) {
            starts.push(off);
            off += utf8_width(b);
        }
        for i in positions {
            if let Some(&off) = starts.get(i) {
                out.extend_from_slice(char_bytes(bytes, off));
            }
        }
    }
    Ok(str_with_nchars(&out, count))
}

/// `s[i]` as a new string.
///
/// # Safety
/// `s` must be a valid `Str`.
pub unsafe fn getitem(s: *mut Str, i: i64) -> Result<*mut Str, PyErr> {
    let Some(i) = item_index((*s).nchars, i) else {
        return Err(PyErr::new(EXC_INDEX_ERROR, b"string index out of range"));
    };
    let bytes = str_bytes(s);
    let off = if is_ascii(s) { i } else { char_offset_of(s, i) };
    Ok(one_char(char_bytes(bytes, off)))
}

/// pyx_str_free(s): frees a string whose count reached zero.
///
/// # Safety
/// `s` must be a counted string with no references left.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_str_free(s: *mut Str) {
    str_free(s);
}

/// # Safety
/// `a` and `b` must be valid strings.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_str_concat(a: *mut Str, b: *mut Str) -> *mut Str {
    concat(a, b)
}

/// pyx_str_append(a, b) -> a + b, consuming the reference `a`. When that reference is the
/// only one, `a` grows in place with geometric over-allocation, so `s += t` in a loop is
/// linear (CPython has the same optimisation).
///
/// # Safety
/// `a` and `b` must be valid strings; the caller gives up its reference to `a`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_str_append(a: *mut Str, b: *mut Str) -> *mut Str {
    let (alen, blen) = ((*a).len as usize, (*b).len as usize);
    if blen == 0 {
        return a;
    }
    if (*a).rc != 1 || a == b {
        let r = concat(a, b);
        str_decref(a);
        return r;
    }
    let (have, need) = (STR_HEADER + alen, STR_HEADER + alen + blen);
    let mut p = a;
    if pool::obj_capacity(a as *mut u8, have) < need {
        cursor_forget(a);
        let cap = need.max(have * 2);
        if have <= pool::MAX_SMALL && pool::enabled() {
            // A pool block moves to a bigger one (a libc block once past MAX_SMALL).
            p = pool::obj_alloc(cap) as *mut Str;
            if !p.is_null() {
                core::ptr::copy_nonoverlapping(a as *const u8, p as *mut u8, have);
                pool::obj_free(a as *mut u8, have);
            }
        } else {
            p = libc::realloc(a as *mut _, cap) as *mut Str;
        }
        if p.is_null() {
            out_of_memory();
        }
    }
    core::ptr::copy_nonoverlapping(str_data(b), str_data(p).add(alen), blen);
    (*p).len += blen as i64;
    (*p).nchars += (*b).nchars;
    (*p).hash = -1;
    p
}

/// # Safety
/// `s` must be a valid string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_str_repeat(s: *mut Str, n: i64) -> *mut Str {
    or_raise(repeat(s, n), core::ptr::null_mut())
}

/// # Safety
/// `a` and `b` must be valid strings.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_str_eq(a: *mut Str, b: *mut Str) -> i8 {
    (str_bytes(a) == str_bytes(b)) as i8
}

/// -1, 0 or 1: UTF-8 byte order is code point order.
///
/// # Safety
/// `a` and `b` must be valid strings.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_str_cmp(a: *mut Str, b: *mut Str) -> i64 {
    str_bytes(a).cmp(str_bytes(b)) as i64
}

/// `needle in hay`.
///
/// # Safety
/// `hay` and `needle` must be valid strings.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_str_contains(hay: *mut Str, needle: *mut Str) -> i8 {
    contains(str_bytes(hay), str_bytes(needle)) as i8
}

/// # Safety
/// `s` must be a valid string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_str_getitem(s: *mut Str, i: i64) -> *mut Str {
    or_raise(getitem(s, i), core::ptr::null_mut())
}

/// # Safety
/// `s` must be a valid string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_str_slice(s: *mut Str, start: i64, stop: i64, step: i64, mask: i64) -> *mut Str {
    or_raise(slice(s, start, stop, step, mask), core::ptr::null_mut())
}

/// The one-character string starting at byte offset `off` (for `for c in s`).
///
/// # Safety
/// `s` must be a valid string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_str_char_at(s: *mut Str, off: i64) -> *mut Str {
    let c = char_bytes(str_bytes(s), usize::try_from(off).unwrap_or(usize::MAX));
    if c.is_empty() {
        empty_str()
    } else {
        one_char(c)
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn pyx_str_from_int(x: i64) -> *mut Str {
    let mut v = Vec::new();
    int_decimal(x, &mut v);
    str_ascii(&v)
}

#[unsafe(no_mangle)]
pub extern "C" fn pyx_str_from_float(x: f64) -> *mut Str {
    let mut v = Vec::new();
    float_repr(x, &mut v);
    str_ascii(&v)
}

/// # Safety
/// `s` must be a valid string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_str_repr(s: *mut Str) -> *mut Str {
    let mut v = Vec::new();
    str_repr(str_bytes(s), &mut v);
    str_new(&v)
}

/// int(s, base).
///
/// # Safety
/// `s` must be a valid string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_str_to_int(s: *mut Str, base: i64) -> i64 {
    or_raise(parse_int(str_bytes(s), base), 0)
}

/// float(s).
///
/// # Safety
/// `s` must be a valid string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_str_to_float(s: *mut Str) -> f64 {
    or_raise(parse_float(str_bytes(s)), 0.0)
}

/// `fmt % args` with `args` an array of `n` dynamic values.
///
/// # Safety
/// `fmt` must be a valid string and `args` point to `n` valid values.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_str_percent(fmt: *mut Str, args: *const Dyn, n: i64) -> *mut Str {
    let args = if args.is_null() || n <= 0 { &[][..] } else { core::slice::from_raw_parts(args, n as usize) };
    or_raise(percent(str_bytes(fmt), args), core::ptr::null_mut())
}

/// ord(s): TypeError unless `s` is one character.
///
/// # Safety
/// `s` must be a valid string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_str_ord(s: *mut Str) -> i64 {
    or_raise(ord(s), 0)
}

/// chr(i): ValueError outside range(0x110000).
#[unsafe(no_mangle)]
pub extern "C" fn pyx_str_chr(i: i64) -> *mut Str {
    or_raise(chr(i), core::ptr::null_mut())
}

fn prefixed(x: i64, base: u32) -> *mut Str {
    let mut v = Vec::new();
    int_prefixed(x, base, &mut v);
    str_ascii(&v)
}

#[unsafe(no_mangle)]
pub extern "C" fn pyx_int_hex(x: i64) -> *mut Str {
    prefixed(x, 16)
}

#[unsafe(no_mangle)]
pub extern "C" fn pyx_int_oct(x: i64) -> *mut Str {
    prefixed(x, 8)
}

#[unsafe(no_mangle)]
pub extern "C" fn pyx_int_bin(x: i64) -> *mut Str {
    prefixed(x, 2)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::abi::*;
    use crate::object::{live_objects, str_decref};

    use crate::exc::testing::{s, text};

    fn sl(t: &str, start: Option<i64>, stop: Option<i64>, step: Option<i64>) -> String {
        let x = s(t);
        let mask = start.map_or(0, |_| SLICE_HAS_START)
            | stop.map_or(0, |_| SLICE_HAS_STOP)
            | step.map_or(0, |_| SLICE_HAS_STEP);
        let r = unsafe { slice(x, start.unwrap_or(0), stop.unwrap_or(0), step.unwrap_or(0), mask) };
        unsafe { str_decref(x) };
        text(r.unwrap())
    }

    #[test]
    fn slicing_by_code_point() {
        let live = live_objects();
        assert_eq!(sl("hello", Some(1), Some(3), None), "el");
        assert_eq!(sl("hello", None, None, Some(-1)), "olleh");
        assert_eq!(sl("hello", None, None, Some(2)), "hlo");
        assert_eq!(sl("hello", Some(-2), None, None), "lo");
        assert_eq!(sl("hello", Some(10), None, None), "");
        assert_eq!(sl("hello", None, None, None), "hello");
        assert_eq!(sl("héllo wörld", Some(1), Some(8), None), "éllo wö");
        assert_eq!(sl("héllo wörld", None, None, Some(-1)), "dlröw olléh");
        assert_eq!(sl("日本語テキスト", Some(-3), None, Some(1)), "キスト");
        assert_eq!(sl("日本語テキスト", Some(5), Some(0), Some(-2)), "ステ本");
        assert_eq!(sl("a😀b", Some(1), Some(2), None), "😀");
        let x = s("abc");
        let e = unsafe { slice(x, 0, 0, 0, SLICE_HAS_STEP) }.unwrap_err();
        assert_eq!(e.msg, b"slice step cannot be zero");
        unsafe { str_decref(x) };
        assert_eq!(live_objects(), live);
    }

    #[test]
    fn indexing_and_chars() {
        let live = live_objects();
        let x = s("aé😀z");
        unsafe {
            assert_eq!(text(getitem(x, 0).unwrap()), "a");
            assert_eq!(text(getitem(x, 1).unwrap()), "é");
            assert_eq!(text(getitem(x, -2).unwrap()), "😀");
            assert_eq!(text(getitem(x, -1).unwrap()), "z");
            let e = getitem(x, 4).unwrap_err();
            assert_eq!((e.kind, e.msg.as_slice()), (EXC_INDEX_ERROR, &b"string index out of range"[..]));
            assert!(getitem(x, -5).is_err());
            assert_eq!(text(pyx_str_char_at(x, 1)), "é");
            assert_eq!(text(pyx_str_char_at(x, 3)), "😀");
            assert_eq!(text(pyx_str_char_at(x, 7)), "z");
            assert_eq!(text(pyx_str_char_at(x, 8)), "");
            str_decref(x);
        }
        assert_eq!(live_objects(), live);
    }

    #[test]
    fn concat_repeat_compare() {
        let live = live_objects();
        let (a, b, e) = (s("ab"), s("cé"), s(""));
        unsafe {
            assert_eq!(text(concat(a, b)), "abcé");
            assert_eq!(text(concat(a, e)), "ab");
            assert_eq!(text(concat(e, b)), "cé");
            assert_eq!(text(repeat(b, 3).unwrap()), "cécécé");
            assert_eq!(text(repeat(a, 0).unwrap()), "");
            assert_eq!(text(repeat(a, -5).unwrap()), "");
            assert_eq!(text(repeat(a, 1).unwrap()), "ab");
            assert_eq!(text(repeat(a, 7).unwrap()), "ab".repeat(7));
            let err = repeat(a, i64::MAX).unwrap_err();
            assert_eq!((err.kind, err.msg.as_slice()), (EXC_OVERFLOW_ERROR, &b"repeated string is too long"[..]));
            assert_eq!(pyx_str_cmp(a, b), -1);
            assert_eq!(pyx_str_cmp(b, a), 1);
            assert_eq!(pyx_str_cmp(a, a), 0);
            assert_eq!(pyx_str_cmp(e, a), -1);
            assert_eq!(pyx_str_eq(a, a), 1);
            assert_eq!(pyx_str_eq(a, b), 0);
            assert_eq!(pyx_str_contains(b, e), 1);
            let (h, n) = (s("hello world"), s("o w"));
            assert_eq!(pyx_str_contains(h, n), 1);
            assert_eq!(pyx_str_contains(n, h), 0);
            for x in [a, b, e, h, n] {
                str_decref(x);
            }
        }
        // Code point order matches UTF-8 byte order: U+FFFF < U+10000.
        assert!("\u{FFFF}".as_bytes() < "\u{10000}".as_bytes());
        assert_eq!(live_objects(), live);
    }

    #[test]
    fn ord_and_chr() {
        let live = live_objects();
        for t in ["a", "\u{7f}", "\u{80}", "é", "\u{7ff}", "\u{800}", "€", "\u{ffff}", "\u{10000}", "😀", "\u{10ffff}"]
        {
            let x = s(t);
            let cp = unsafe { ord(x) }.unwrap();
            assert_eq!(cp, t.chars().next().unwrap() as i64);
            assert_eq!(text(chr(cp).unwrap()), t);
            unsafe { str_decref(x) };
        }
        let x = s("abc");
        let e = unsafe { ord(x) }.unwrap_err();
        assert_eq!(
            (e.kind, e.msg.as_slice()),
            (EXC_TYPE_ERROR, &b"ord() expected a character, but string of length 3 found"[..])
        );
        unsafe { str_decref(x) };
        // A lone surrogate is kept (as its generalized UTF-8 form), like CPython's chr(0xd800).
        let sur = chr(0xD800).unwrap();
        unsafe {
            assert_eq!(str_bytes(sur), b"\xed\xa0\x80");
            assert_eq!(ord(sur), Ok(0xD800));
            str_decref(sur);
        }
        for bad in [-1, 0x110000, i64::MIN] {
            let e = chr(bad).unwrap_err();
            assert_eq!((e.kind, e.msg.as_slice()), (EXC_VALUE_ERROR, &b"chr() arg not in range(0x110000)"[..]));
        }
        assert_eq!(live_objects(), live);
    }

    #[test]
    fn external_text_is_sanitized() {
        assert_eq!(text(str_from_external(b"ok")), "ok");
        assert_eq!(text(str_from_external(b"a\xffb\xe2\x82")), "a\u{FFFD}b\u{FFFD}");
        assert_eq!(text(str_from_external(b"\xc3\xa9\x80")), "é\u{FFFD}");
    }

    #[test]
    fn small_strings_are_immortal() {
        let live = live_objects();
        let a = one_char(b"a");
        let b = one_char(b"a");
        assert_eq!(a, b);
        unsafe {
            assert!((*a).rc > IMMORTAL_RC / 2);
            str_decref(a);
            str_decref(b);
        }
        assert_eq!(text(empty_str()), "");
        assert_eq!(live_objects(), live);
    }
}

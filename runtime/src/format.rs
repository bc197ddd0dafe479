//! Number and text formatting with CPython's exact output: `repr(float)`, the
//! format-spec mini-language (`format(x, spec)`, f-strings), `%`-formatting, `hex`/`oct`/`bin`,
//! `repr(str)` and `round(x, n)`. Pure functions over byte vectors.
use crate::object::PyErr;
use alloc::vec::Vec;

/// One argument of `%`-formatting.
#[derive(Clone, Copy, Debug)]
pub enum Arg<'a> {
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(&'a [u8]),
}

/// repr(x) for a float, exactly as CPython: 0.1, 15.0, 1e+16, 1.5e-05, inf, nan, -0.0.
pub fn float_repr(x: f64, out: &mut Vec<u8>) {
    let _ = x;
    out.extend_from_slice(b"0.0"); // stub: replaced by the real implementation
}

/// str(i) for an int.
pub fn int_decimal(x: i64, out: &mut Vec<u8>) {
    let _ = x;
    out.extend_from_slice(b"0"); // stub
}

/// format(x, spec) for an int (also bool via `bool_fmt`). Err: ValueError with CPython's message.
pub fn format_int(x: i64, spec: &[u8], out: &mut Vec<u8>) -> Result<(), PyErr> {
    let _ = (x, spec, out);
    Ok(()) // stub
}

/// format(x, spec) for a float.
pub fn format_float(x: f64, spec: &[u8], out: &mut Vec<u8>) -> Result<(), PyErr> {
    let _ = (x, spec, out);
    Ok(()) // stub
}

/// format(s, spec) for a str (UTF-8; widths count code points).
pub fn format_str(s: &[u8], spec: &[u8], out: &mut Vec<u8>) -> Result<(), PyErr> {
    let _ = (s, spec, out);
    Ok(()) // stub
}

/// hex(x) / oct(x) / bin(x): base 16, 8 or 2 with the 0x/0o/0b prefix and a leading '-'.
pub fn int_prefixed(x: i64, base: u32, out: &mut Vec<u8>) {
    let _ = (x, base, out); // stub
}

/// repr(s) for a str with CPython's quoting and escaping rules.
pub fn str_repr(s: &[u8], out: &mut Vec<u8>) {
    let _ = (s, out); // stub
}

/// round(x, ndigits) for a float, correctly rounded as CPython (half to even on the exact value).
pub fn float_round_to(x: f64, ndigits: i64) -> f64 {
    let _ = ndigits;
    x // stub
}

/// fmt % args. Err: TypeError/ValueError with CPython's messages
/// ("not enough arguments for format string", "not all arguments converted during string formatting", ...).
pub fn percent_format(fmt: &[u8], args: &[Arg], out: &mut Vec<u8>) -> Result<(), PyErr> {
    let _ = (fmt, args, out);
    Ok(()) // stub
}

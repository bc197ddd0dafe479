//! Parsing numbers from text with CPython's rules and exact error messages:
//! `int(s)`, `int(s, base)` and `float(s)`. Pure functions.
use crate::object::PyErr;

/// int(s, base): whitespace around, sign, underscores between digits, 0x/0o/0b prefixes
/// (base 0 or matching base). Err: ValueError "invalid literal for int() with base 10: 'abc'",
/// ValueError "int() base must be >= 2 and <= 36, or 0", OverflowError beyond 64 bits.
pub fn parse_int(s: &[u8], base: i64) -> Result<i64, PyErr> {
    let _ = (s, base);
    Ok(0) // stub
}

/// float(s): whitespace around, sign, inf/infinity/nan (any case), underscores between digits.
/// Err: ValueError "could not convert string to float: 'abc'".
pub fn parse_float(s: &[u8]) -> Result<f64, PyErr> {
    let _ = s;
    Ok(0.0) // stub
}

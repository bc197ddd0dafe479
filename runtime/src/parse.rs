//! Parsing numbers from text with CPython's rules and exact error messages:
//! `int(s)`, `int(s, base)` and `float(s)`. Pure functions.
use crate::abi::{EXC_OVERFLOW_ERROR, EXC_VALUE_ERROR};
use crate::format::{char_prefix, chars, int_decimal, str_repr};
use crate::object::PyErr;
use alloc::vec::Vec;

/// int(s, base): whitespace around, sign, underscores between digits, 0x/0o/0b prefixes
/// (base 0 or matching base). Err: ValueError "invalid literal for int() with base 10: 'abc'",
/// ValueError "int() base must be >= 2 and <= 36, or 0", OverflowError beyond 64 bits.
pub fn parse_int(s: &[u8], base: i64) -> Result<i64, PyErr> {
    if base != 0 && !(2..=36).contains(&base) {
        return Err(value_error(b"int() base must be >= 2 and <= 36, or 0".to_vec()));
    }
    let invalid = || {
        let mut msg = b"invalid literal for int() with base ".to_vec();
        int_decimal(base, &mut msg);
        msg.extend_from_slice(b": ");
        let at = msg.len();
        str_repr(s, &mut msg);
        msg.truncate(at + char_prefix(&msg[at..], 200)); // "%.200R"
        value_error(msg)
    };
    // PyLong_FromString on the ASCII form of the text (the text itself when it is ASCII
    // without DEL, as nearly always: no copy).
    let converted;
    let t: &[u8] = if s.iter().all(|&c| c < 127) {
        s
    } else {
        converted = to_ascii(s);
        &converted
    };
    let at = |k: usize| t.get(k).copied().unwrap_or(0);
    let mut p = 0;
    while is_space(at(p)) {
        p += 1;
    }
    let neg = at(p) == b'-';
    if matches!(at(p), b'+' | b'-') {
        p += 1;
    }
    let mut base = base as u64;
    let old_octal = base == 0 && at(p) == b'0' && !matches!(at(p + 1) | 0x20, b'x' | b'o' | b'b');
    if base == 0 {
        base = match (at(p), at(p + 1) | 0x20) {
            (b'0', b'x') => 16,
            (b'0', b'o') => 8,
            (b'0', b'b') => 2,
            _ => 10,
        };
    }
    if at(p) == b'0' && matches!((base, at(p + 1) | 0x20), (16, b'x') | (8, b'o') | (2, b'b')) {
        p += 2;
        if at(p) == b'_' {
            p += 1;
        }
    }
    if at(p) == b'_' {
        return Err(invalid());
    }
    let start = p;
    let (mut value, mut overflow, mut ndigits, mut prev) = (0u64, false, 0, 0);
    loop {
        let c = at(p);
        if c == b'_' {
            if prev == b'_' {
                return Err(invalid());
            }
        } else {
            let d = (c as char).to_digit(36).unwrap_or(99) as u64;
            if d >= base {
                break;
            }
            ndigits += 1;
            match value.checked_mul(base).and_then(|v| v.checked_add(d)) {
                Some(v) => value = v,
                None => overflow = true,
            }
        }
        prev = c;
        p += 1;
    }
    if prev == b'_' {
        return Err(invalid());
    }
    if !base.is_power_of_two() && ndigits > 4300 {
        let mut msg =
            b"Exceeds the limit (4300 digits) for integer string conversion: value has ".to_vec();
        int_decimal(ndigits, &mut msg);
        msg.extend_from_slice(b" digits; use sys.set_int_max_str_digits() to increase the limit");
        return Err(value_error(msg));
    }
    if (old_octal && (value != 0 || overflow)) || p == start {
        return Err(invalid());
    }
    while is_space(at(p)) {
        p += 1;
    }
    if p != t.len() {
        return Err(invalid());
    }
    if overflow || value > i64::MAX as u64 + neg as u64 {
        let msg = b"Python int too large to convert to C long".to_vec();
        return Err(PyErr { kind: EXC_OVERFLOW_ERROR, msg });
    }
    Ok(if neg { (value as i64).wrapping_neg() } else { value as i64 })
}

/// float(s): whitespace around, sign, inf/infinity/nan (any case), underscores between digits.
/// Err: ValueError "could not convert string to float: 'abc'".
pub fn parse_float(s: &[u8]) -> Result<f64, PyErr> {
    let invalid = || {
        let mut msg = b"could not convert string to float: ".to_vec();
        str_repr(s, &mut msg);
        value_error(msg)
    };
    // PEP 515: an underscore only between two digits; they are dropped before parsing.
    let mut t = Vec::with_capacity(s.len());
    let mut prev = 0u8;
    for c in to_ascii(s) {
        if c == b'_' {
            if !prev.is_ascii_digit() {
                return Err(invalid());
            }
        } else {
            if prev == b'_' && !c.is_ascii_digit() {
                return Err(invalid());
            }
            t.push(c);
        }
        prev = c;
    }
    if prev == b'_' {
        return Err(invalid());
    }
    let start = t.iter().position(|&c| !is_space(c)).unwrap_or(t.len());
    let end = t.iter().rposition(|&c| !is_space(c)).map_or(start, |e| e + 1);
    let text = t.get(start..end).unwrap_or(&[]);
    // Check the grammar, since Rust's parser accepts slightly different text.
    let body = match text.first() {
        Some(b'+' | b'-') => &text[1..],
        _ => text,
    };
    let named = [&b"inf"[..], b"infinity", b"nan"].iter().any(|w| body.eq_ignore_ascii_case(w));
    if !named {
        let digits =
            |from: usize| from + body[from..].iter().take_while(|c| c.is_ascii_digit()).count();
        let mut i = digits(0);
        let mut n = i;
        if body.get(i) == Some(&b'.') {
            let j = digits(i + 1);
            n += j - i - 1;
            i = j;
        }
        if n == 0 {
            return Err(invalid());
        }
        if matches!(body.get(i), Some(b'e' | b'E')) {
            let sign = matches!(body.get(i + 1), Some(b'+' | b'-')) as usize;
            let j = digits(i + 1 + sign);
            if j == i + 1 + sign {
                return Err(invalid());
            }
            i = j;
        }
        if i != body.len() {
            return Err(invalid());
        }
    }
    decimal_to_f64(text).ok_or_else(invalid)
}

/// Correctly rounded conversion of validated decimal text (digits, '.', exponent, or
/// inf/infinity/nan) with libc's `strtod`, which keeps core's large tables out of programs.
pub(crate) fn decimal_to_f64(text: &[u8]) -> Option<f64> {
    let mut buf = alloc::vec::Vec::with_capacity(text.len() + 1);
    buf.extend_from_slice(text);
    buf.push(0);
    let mut end: *mut core::ffi::c_char = core::ptr::null_mut();
    // SAFETY: buf is NUL-terminated and outlives the call; end points into it.
    let x = unsafe { crate::libc::strtod(buf.as_ptr() as *const core::ffi::c_char, &mut end) };
    let used = (end as usize).wrapping_sub(buf.as_ptr() as usize);
    (!text.is_empty() && used == text.len()).then_some(x)
}

fn value_error(msg: Vec<u8>) -> PyErr {
    PyErr { kind: EXC_VALUE_ERROR, msg }
}

/// Py_ISSPACE.
fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

/// _PyUnicode_TransformDecimalAndSpaceToASCII: ASCII kept, other whitespace becomes ' ',
/// anything else ends the text with '?' (so it fails to parse). Non-ASCII decimal digits,
/// which CPython accepts, are not supported.
fn to_ascii(s: &[u8]) -> Vec<u8> {
    let mut t = Vec::with_capacity(s.len());
    for c in chars(s) {
        match c as u32 {
            c @ 0..=126 => t.push(c as u8),
            0x85 | 0xA0 | 0x1680 | 0x2000..=0x200A | 0x2028 | 0x2029 | 0x202F | 0x205F | 0x3000 => {
                t.push(b' ')
            }
            _ => {
                t.push(b'?');
                break;
            }
        }
    }
    t
}

#[cfg(test)]
mod tests {
    //! Expected values were produced by CPython 3.11 (`python3`).
    use super::*;
    use std::string::String;

    fn show<T: core::fmt::Display>(r: Result<T, PyErr>) -> String {
        match r {
            Ok(v) => std::format!("{v}"),
            Err(e) => {
                let kind =
                    crate::abi::EXC_KINDS.iter().find(|k| k.0 == e.kind).map_or("?", |k| k.1);
                std::format!("!{kind}: {}", String::from_utf8_lossy(&e.msg))
            }
        }
    }

    #[test]
    fn ints() {
        for &(s, base, want) in INTS {
            assert_eq!(show(parse_int(s.as_bytes(), base)), want, "int({s:?}, {base})");
        }
    }

    #[test]
    fn long_ints() {
        let limit = |n| {
            std::format!("!ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has {n} digits; use sys.set_int_max_str_digits() to increase the limit")
        };
        let zeros = "0".repeat(5000);
        assert_eq!(show(parse_int(zeros.as_bytes(), 10)), limit(5000));
        assert_eq!(show(parse_int((zeros.clone() + "x").as_bytes(), 10)), limit(5000));
        assert_eq!(show(parse_int(zeros.as_bytes(), 16)), "0");
        assert_eq!(show(parse_int(&zeros.as_bytes()[..4300], 10)), "0");
        assert_eq!(show(parse_int(("1_".repeat(4301) + "1").as_bytes(), 0)), limit(4302));
        let long = "a".repeat(300);
        let want =
            std::format!("!ValueError: invalid literal for int() with base 10: '{}", &long[..199]);
        assert_eq!(show(parse_int(long.as_bytes(), 10)), want);
    }

    #[test]
    fn floats() {
        for &(s, want) in FLOATS {
            let got = show(parse_float(s.as_bytes()).map(|x| {
                let mut out = Vec::new();
                crate::format::float_repr(x, &mut out);
                String::from_utf8(out).unwrap()
            }));
            assert_eq!(got, want, "float({s:?})");
        }
        assert!(parse_float(b"-0").unwrap().is_sign_negative());
        let big = std::format!("1{}", "0".repeat(400));
        assert_eq!(parse_float(big.as_bytes()), Ok(f64::INFINITY));
        let tiny = std::format!("0.{}1", "0".repeat(400));
        assert_eq!(parse_float(tiny.as_bytes()), Ok(0.0));
        let long = "a".repeat(300);
        let want = std::format!("could not convert string to float: '{long}'");
        assert_eq!(parse_float(long.as_bytes()).unwrap_err().msg, want.as_bytes());
    }

    const INTS: &[(&str, i64, &str)] = &[
        ("0", 10, "0"),
        ("42", 10, "42"),
        ("-42", 10, "-42"),
        ("+42", 10, "42"),
        (" 12 ", 10, "12"),
        ("\t\n12\x0b\x0c\r ", 10, "12"),
        ("\u{a0}12\u{3000}", 10, "12"),
        ("\x1c12", 10, "!ValueError: invalid literal for int() with base 10: '\\x1c12'"),
        ("1_000", 10, "1000"),
        ("1_000_000", 0, "1000000"),
        ("0x_1f", 16, "31"),
        ("0x_1f", 0, "31"),
        ("0X1F", 0, "31"),
        ("0o17", 0, "15"),
        ("0O17", 8, "15"),
        ("0b101", 0, "5"),
        ("0B101", 2, "5"),
        ("0b_1_0", 2, "2"),
        ("_1", 10, "!ValueError: invalid literal for int() with base 10: '_1'"),
        ("1_", 10, "!ValueError: invalid literal for int() with base 10: '1_'"),
        ("1__0", 10, "!ValueError: invalid literal for int() with base 10: '1__0'"),
        ("0x__1", 16, "!ValueError: invalid literal for int() with base 16: '0x__1'"),
        ("0x1_", 16, "!ValueError: invalid literal for int() with base 16: '0x1_'"),
        ("0x", 0, "!ValueError: invalid literal for int() with base 0: '0x'"),
        ("0x", 16, "!ValueError: invalid literal for int() with base 16: '0x'"),
        ("0b102", 0, "!ValueError: invalid literal for int() with base 0: '0b102'"),
        ("010", 0, "!ValueError: invalid literal for int() with base 0: '010'"),
        ("00", 0, "0"),
        ("0_0", 0, "0"),
        ("000", 0, "0"),
        ("0_1", 0, "!ValueError: invalid literal for int() with base 0: '0_1'"),
        ("-0", 0, "0"),
        ("010", 10, "10"),
        ("0x1f", 10, "!ValueError: invalid literal for int() with base 10: '0x1f'"),
        ("0x1f", 16, "31"),
        ("1f", 16, "31"),
        ("z", 36, "35"),
        ("Z", 36, "35"),
        ("zz", 35, "!ValueError: invalid literal for int() with base 35: 'zz'"),
        ("10", 2, "2"),
        ("12", 2, "!ValueError: invalid literal for int() with base 2: '12'"),
        ("777", 8, "511"),
        ("8", 8, "!ValueError: invalid literal for int() with base 8: '8'"),
        ("ff", 15, "!ValueError: invalid literal for int() with base 15: 'ff'"),
        ("", 10, "!ValueError: invalid literal for int() with base 10: ''"),
        ("  ", 10, "!ValueError: invalid literal for int() with base 10: '  '"),
        ("+", 10, "!ValueError: invalid literal for int() with base 10: '+'"),
        ("-", 10, "!ValueError: invalid literal for int() with base 10: '-'"),
        ("+-1", 10, "!ValueError: invalid literal for int() with base 10: '+-1'"),
        ("- 1", 10, "!ValueError: invalid literal for int() with base 10: '- 1'"),
        ("1 2", 10, "!ValueError: invalid literal for int() with base 10: '1 2'"),
        ("abc", 10, "!ValueError: invalid literal for int() with base 10: 'abc'"),
        ("abc", 0, "!ValueError: invalid literal for int() with base 0: 'abc'"),
        ("1.5", 10, "!ValueError: invalid literal for int() with base 10: '1.5'"),
        ("1e5", 10, "!ValueError: invalid literal for int() with base 10: '1e5'"),
        ("12é", 10, "!ValueError: invalid literal for int() with base 10: '12é'"),
        ("12\x00", 10, "!ValueError: invalid literal for int() with base 10: '12\\x00'"),
        ("it's", 10, "!ValueError: invalid literal for int() with base 10: \"it's\""),
        ("€", 10, "!ValueError: invalid literal for int() with base 10: '€'"),
        ("9223372036854775807", 10, "9223372036854775807"),
        ("-9223372036854775808", 10, "-9223372036854775808"),
        ("9223372036854775808", 10, "!OverflowError: Python int too large to convert to C long"),
        ("-9223372036854775809", 10, "!OverflowError: Python int too large to convert to C long"),
        (
            "99999999999999999999999",
            10,
            "!OverflowError: Python int too large to convert to C long",
        ),
        ("0x7fffffffffffffff", 0, "9223372036854775807"),
        ("-0x8000000000000000", 0, "-9223372036854775808"),
        ("0x8000000000000000", 0, "!OverflowError: Python int too large to convert to C long"),
        (
            "1111111111111111111111111111111111111111111111111111111111111111",
            2,
            "!OverflowError: Python int too large to convert to C long",
        ),
        (
            "-1000000000000000000000000000000000000000000000000000000000000000",
            2,
            "-9223372036854775808",
        ),
        (
            "10000000000000000000000000000000000000000000000000000000000000000",
            2,
            "!OverflowError: Python int too large to convert to C long",
        ),
        ("12", 1, "!ValueError: int() base must be >= 2 and <= 36, or 0"),
        ("12", 37, "!ValueError: int() base must be >= 2 and <= 36, or 0"),
        ("12", -1, "!ValueError: int() base must be >= 2 and <= 36, or 0"),
    ];
    const FLOATS: &[(&str, &str)] = &[
        ("1", "1.0"),
        ("-1", "-1.0"),
        ("+1.5", "1.5"),
        ("1.", "1.0"),
        (".5", "0.5"),
        ("1.e5", "100000.0"),
        ("+.5e-3", "0.0005"),
        ("1e+5", "100000.0"),
        ("1E-5", "1e-05"),
        ("00001.5", "1.5"),
        (" 1.5 ", "1.5"),
        ("\t1.5\n", "1.5"),
        ("\u{a0}1.5\u{2003}", "1.5"),
        ("1_0.5", "10.5"),
        ("1e1_0", "10000000000.0"),
        ("1_000.000_1", "1000.0001"),
        ("1_e5", "!ValueError: could not convert string to float: '1_e5'"),
        ("_1", "!ValueError: could not convert string to float: '_1'"),
        ("1__0", "!ValueError: could not convert string to float: '1__0'"),
        ("1_.5", "!ValueError: could not convert string to float: '1_.5'"),
        ("1._5", "!ValueError: could not convert string to float: '1._5'"),
        ("1.5_", "!ValueError: could not convert string to float: '1.5_'"),
        ("1_", "!ValueError: could not convert string to float: '1_'"),
        (".", "!ValueError: could not convert string to float: '.'"),
        ("1e", "!ValueError: could not convert string to float: '1e'"),
        ("e5", "!ValueError: could not convert string to float: 'e5'"),
        ("1e+", "!ValueError: could not convert string to float: '1e+'"),
        ("-", "!ValueError: could not convert string to float: '-'"),
        ("+", "!ValueError: could not convert string to float: '+'"),
        ("", "!ValueError: could not convert string to float: ''"),
        ("  ", "!ValueError: could not convert string to float: '  '"),
        ("0x10", "!ValueError: could not convert string to float: '0x10'"),
        ("1.5.2", "!ValueError: could not convert string to float: '1.5.2'"),
        ("1e5.5", "!ValueError: could not convert string to float: '1e5.5'"),
        ("--1", "!ValueError: could not convert string to float: '--1'"),
        ("1 5", "!ValueError: could not convert string to float: '1 5'"),
        ("inf", "inf"),
        ("-inf", "-inf"),
        ("+inf", "inf"),
        ("INF", "inf"),
        ("Infinity", "inf"),
        ("-iNfInItY", "-inf"),
        ("infinit", "!ValueError: could not convert string to float: 'infinit'"),
        ("infinityy", "!ValueError: could not convert string to float: 'infinityy'"),
        ("nan", "nan"),
        ("-nan", "nan"),
        ("+NaN", "nan"),
        ("NAN", "nan"),
        ("nan_", "!ValueError: could not convert string to float: 'nan_'"),
        ("i_nf", "!ValueError: could not convert string to float: 'i_nf'"),
        ("in f", "!ValueError: could not convert string to float: 'in f'"),
        ("nana", "!ValueError: could not convert string to float: 'nana'"),
        ("1e500", "inf"),
        ("-1e-500", "-0.0"),
        ("1e-320", "1e-320"),
        ("2.2250738585072011e-308", "2.225073858507201e-308"),
        ("0.1", "0.1"),
        ("123456789012345678901234567890", "1.2345678901234568e+29"),
        ("1.7976931348623157e308", "1.7976931348623157e+308"),
        ("1.7976931348623159e308", "inf"),
        ("9007199254740993", "9007199254740992.0"),
        ("9007199254740993.000000000001", "9007199254740994.0"),
        ("1_2_3.4_5e1_0", "1234500000000.0"),
        ("it's", "!ValueError: could not convert string to float: \"it's\""),
        ("12\x00", "!ValueError: could not convert string to float: '12\\x00'"),
        ("0e0", "0.0"),
        ("-0.0", "-0.0"),
        ("-0", "-0.0"),
    ];
}
